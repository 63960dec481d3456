// In-page part of the `rendering` gatherer for RGAA 10.14.1 / 10.14.2: style rules whose :hover (or :focus)
// selector shows content hidden at rest, and whether the other state has the same rule. Read-only, serialised
// into the page: must stay self-contained.

import type { StateRevealFact } from '../../../core/facts/rendering.js';
import type { VigieWindow } from './page-helpers.js';

export function gatherStateReveals(): StateRevealFact[] {
  const v = (window as unknown as VigieWindow).__vigie;
  const MAX_RULES = 3000;
  const STATE = /:(hover|focus-within|focus-visible|focus)(?![\w-])/g;
  const SHOWING = [
    'display',
    'visibility',
    'opacity',
    'clip',
    'clip-path',
    'max-height',
    'height',
    'transform',
  ];
  const POSITION = ['left', 'top', 'right', 'bottom', 'margin-left', 'text-indent'];
  const FOCUSABLE =
    'a[href], button, input:not([type="hidden" i]), select, textarea, summary, iframe, [tabindex]:not([tabindex^="-"]), [contenteditable]';
  const parts = new Set<string>();
  const candidates: { part: string; state: 'hover' | 'focus'; pseudo: string }[] = [];
  const norm = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/\s*([>+~])\s*/g, ' $1 ')
      .trim();
  const split = (list: string): string[] => {
    const out: string[] = [];
    let depth = 0;
    let start = 0;
    for (let index = 0; index < list.length; index++) {
      const char = list[index];
      if (char === '(' || char === '[') depth++;
      else if (char === ')' || char === ']') depth--;
      else if (char === ',' && depth === 0) {
        out.push(list.slice(start, index));
        start = index + 1;
      }
    }
    out.push(list.slice(start));
    return out.map(norm).filter(Boolean);
  };
  let seen = 0;
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (seen++ > MAX_RULES) return;
      if (rule instanceof CSSStyleRule) {
        if (rule.parentRule instanceof CSSStyleRule) continue; // nested CSS: relative selectors
        const list = split(rule.selectorText);
        for (const part of list) parts.add(part);
        const shows = [...SHOWING, ...POSITION].some((prop) => rule.style.getPropertyValue(prop) !== '');
        if (!shows || candidates.length >= 300) continue;
        for (const part of list) {
          const states = [...part.matchAll(STATE)].map((match) => match[1] ?? '');
          if (states.length === 0 || /:not\([^)]*:(hover|focus)/.test(part)) continue;
          const hover = states.includes('hover');
          const focus = states.some((state) => state.startsWith('focus'));
          if (hover && focus) continue; // one selector for both states: nothing to compare
          candidates.push({ part, state: hover ? 'hover' : 'focus', pseudo: `:${states[0]}` });
        }
      } else if (rule instanceof CSSMediaRule) {
        if (window.matchMedia(rule.conditionText).matches) visit(rule.cssRules);
      } else if (rule instanceof CSSSupportsRule) {
        if (CSS.supports(rule.conditionText)) visit(rule.cssRules);
      } else if (rule instanceof CSSImportRule) {
        if (rule.styleSheet) read(rule.styleSheet);
      } else if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) {
        visit((rule as CSSGroupingRule).cssRules);
      }
    }
  };
  const read = (sheet: CSSStyleSheet) => {
    if (sheet.disabled || (sheet.media.mediaText && !window.matchMedia(sheet.media.mediaText).matches))
      return;
    try {
      visit(sheet.cssRules);
    } catch {
      // Cross-origin sheet: reported by gatherCssFacts (unreadableSheets).
    }
  };
  for (const sheet of Array.from(document.styleSheets)) read(sheet);
  for (const sheet of document.adoptedStyleSheets ?? []) read(sheet);

  /** Hidden at rest: not rendered, invisible, transparent, clipped, collapsed or pushed off screen. */
  const hidden = (element: Element, pseudo: string | null): boolean => {
    const style = getComputedStyle(element, pseudo);
    if (pseudo && (style.content === 'none' || style.content === 'normal')) return false;
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return true;
    if (style.clip.startsWith('rect(') || /inset\(50%|circle\(0/.test(style.clipPath)) return true;
    if (/matrix\(0, 0, 0, 0|scale\(0/.test(style.transform)) return true;
    if (pseudo) return false;
    const rect = element.getBoundingClientRect();
    if ((rect.height === 0 || rect.width === 0) && style.overflow !== 'visible') return true;
    return rect.right + window.scrollX < 0 || rect.bottom + window.scrollY < 0;
  };
  const hasContent = (element: Element, pseudo: string | null): boolean =>
    pseudo
      ? /["'][^"']*\S/.test(getComputedStyle(element, pseudo).content) ||
        /attr\(/.test(getComputedStyle(element, pseudo).content)
      : Boolean(element.textContent?.trim()) || element.querySelector('img, svg, video, input, a') !== null;
  const reveals: StateRevealFact[] = [];
  const done = new Set<string>();
  for (const { part, state, pseudo } of candidates) {
    if (reveals.length >= 100) break;
    if (done.has(part)) continue;
    done.add(part);
    // The compound carrying the state ends at the next combinator after the pseudo-class.
    const at = part.search(STATE);
    const rest = part.slice(at);
    const end = at + (/ [>+~] | /.exec(rest)?.index ?? rest.length);
    let host = part.slice(0, end);
    let suffix = part.slice(end);
    let pseudoElement: string | null = null;
    const trailing = /::?(before|after)$/.exec(host);
    if (trailing && !suffix) {
      pseudoElement = `::${trailing[1]}`;
      host = host.slice(0, trailing.index);
    } else if (!suffix.trim()) continue; // the element itself changes: no additional content
    const stripped = host.replace(STATE, '');
    const hostSelector = /^\s|^$/.test(stripped) ? `*${stripped}` : stripped;
    const trailingPseudo = /::?(before|after)$/.exec(suffix);
    if (trailingPseudo) {
      pseudoElement = `::${trailingPseudo[1]}`;
      suffix = suffix.slice(0, trailingPseudo.index);
    }
    if (STATE.test(suffix)) continue;
    STATE.lastIndex = 0;
    let revealed: Element[] = [];
    let hosts: Element[] = [];
    try {
      revealed = Array.from(document.querySelectorAll(`${hostSelector}${suffix}`)).slice(0, 5);
      hosts = Array.from(document.querySelectorAll(hostSelector)).slice(0, 20);
    } catch {
      continue;
    }
    const shown = revealed.find(
      (element) => hidden(element, pseudoElement) && hasContent(element, pseudoElement),
    );
    if (!shown) continue;
    const others = state === 'hover' ? [':focus', ':focus-within', ':focus-visible'] : [':hover'];
    const equivalent = others.some((other) => parts.has(norm(part.replace(pseudo, other))));
    reveals.push({
      selector: v.selector(shown),
      snippet: v.snippet(shown),
      state,
      cssSelector: part.slice(0, 200),
      equivalent,
      hostFocusable: hosts.some((element) => element.matches(FOCUSABLE) || element.querySelector(FOCUSABLE)),
      disclosure: hosts.some(
        (element) =>
          element.matches('[aria-expanded], [aria-controls], [aria-haspopup]') ||
          element.querySelector('[aria-expanded], [aria-controls], [aria-haspopup]') !== null,
      ),
      // A click focuses too (:focus, :focus-within); :focus-visible follows a click only in a text field.
      clickFocuses:
        state === 'focus' &&
        (pseudo !== ':focus-visible' ||
          (hosts.length > 0 &&
            hosts.every((element) =>
              element.matches(
                'textarea, [contenteditable], input:not([type="checkbox" i], [type="radio" i], [type="button" i], [type="submit" i], [type="reset" i], [type="image" i], [type="range" i], [type="color" i], [type="file" i])',
              ),
            ))),
    });
  }
  return reveals;
}
