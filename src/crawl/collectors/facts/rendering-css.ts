// In-page part of the `rendering` gatherer that only reads: colours declared in same-origin style sheets (CSSOM)
// and inline styles, matched to the elements holding text (RGAA 10.5.1–10.5.3), and text inserted by CSS
// ::before/::after (RGAA 10.2.1). Serialised into the page: must stay self-contained.

import type {
  BackgroundImageFact,
  ColourPairing,
  GeneratedContentFact,
  RenderingFacts,
} from '../../../core/facts/rendering.js';
import type { VigieWindow } from './page-helpers.js';

export type CssFacts = Pick<
  RenderingFacts,
  | 'root'
  | 'hasText'
  | 'unreadableSheets'
  | 'textColours'
  | 'backgroundColours'
  | 'backgroundImages'
  | 'generatedContent'
>;

export function gatherCssFacts(): CssFacts {
  const v = (window as unknown as VigieWindow).__vigie;
  const MAX_RULES = 3000;
  const MAX_TEXTS = 3000;
  const colourDeclared = new Set<Element>();
  const backgroundDeclared = new Set<Element>();
  const generated: { selector: string; pseudo: 'before' | 'after' }[] = [];
  const unreadableSheets: string[] = [];
  const NOT_A_COLOUR = /^(inherit|initial|unset|revert|revert-layer|currentcolor)$/i;
  /** State-dependent selectors (:hover, :focus…) do not describe the page at rest. */
  const STATEFUL =
    /:(hover|focus|focus-within|focus-visible|active|visited|target|checked)\b|::(selection|placeholder|marker|backdrop|first-letter|first-line)/i;
  /** Top-level parts of a selector list (commas inside :is(), :not()… kept). */
  const splitList = (list: string): string[] => {
    const parts: string[] = [];
    let depth = 0;
    let start = 0;
    for (let index = 0; index < list.length; index++) {
      const char = list[index];
      if (char === '(' || char === '[') depth++;
      else if (char === ')' || char === ']') depth--;
      else if (char === ',' && depth === 0) {
        parts.push(list.slice(start, index));
        start = index + 1;
      }
    }
    parts.push(list.slice(start));
    return parts.map((part) => part.trim()).filter(Boolean);
  };
  let rulesSeen = 0;
  const mark = (selectorText: string, set: Set<Element>) => {
    try {
      for (const element of document.querySelectorAll(selectorText)) set.add(element);
    } catch {
      // Selector the engine cannot query (vendor prefix, nested `&`): its declarations stay unknown.
      if (!unreadableSheets.includes('sélecteur illisible') && unreadableSheets.length < 20)
        unreadableSheets.push('sélecteur illisible');
    }
  };
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rulesSeen++ > MAX_RULES) return;
      if (rule instanceof CSSStyleRule) {
        const colour = rule.style.getPropertyValue('color').trim();
        const background = rule.style.getPropertyValue('background-color').trim();
        if (rule.parentRule instanceof CSSStyleRule && (colour || background)) {
          // Nested CSS: selectors relative to their parent, not matched here.
          if (!unreadableSheets.includes('CSS imbriqué') && unreadableSheets.length < 20)
            unreadableSheets.push('CSS imbriqué');
          continue;
        }
        for (const part of splitList(rule.selectorText)) {
          const pseudo = /::?(before|after)\s*$/i.exec(part)?.[1]?.toLowerCase() as
            | 'before'
            | 'after'
            | undefined;
          if (pseudo && /["']/.test(rule.style.getPropertyValue('content'))) {
            const base = part.replace(/::?(before|after)\s*$/i, '').trim() || '*';
            if (!STATEFUL.test(base) && generated.length < 300) generated.push({ selector: base, pseudo });
            continue;
          }
          if (STATEFUL.test(part) || /::/.test(part)) continue;
          if (colour && !NOT_A_COLOUR.test(colour)) mark(part, colourDeclared);
          if (background && !NOT_A_COLOUR.test(background) && background !== 'transparent')
            mark(part, backgroundDeclared);
        }
        if (rule.cssRules?.length) visit(rule.cssRules); // CSS nesting
      } else if (rule instanceof CSSMediaRule) {
        if (window.matchMedia(rule.conditionText).matches) visit(rule.cssRules);
      } else if (rule instanceof CSSSupportsRule) {
        if (CSS.supports(rule.conditionText)) visit(rule.cssRules);
      } else if (rule instanceof CSSImportRule) {
        if (rule.styleSheet) readSheet(rule.styleSheet);
      } else if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) {
        visit((rule as CSSGroupingRule).cssRules); // @layer, @container, @scope
      }
    }
  };
  const readSheet = (sheet: CSSStyleSheet) => {
    if (sheet.disabled || (sheet.media.mediaText && !window.matchMedia(sheet.media.mediaText).matches))
      return;
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      if (unreadableSheets.length < 20) unreadableSheets.push((sheet.href ?? 'style').slice(0, 200));
      return;
    }
    visit(rules);
  };
  for (const sheet of Array.from(document.styleSheets)) readSheet(sheet);
  for (const sheet of document.adoptedStyleSheets ?? []) readSheet(sheet);
  for (const element of document.querySelectorAll<HTMLElement>('[style]')) {
    const colour = element.style.getPropertyValue('color').trim();
    const background = element.style.getPropertyValue('background-color').trim();
    if (colour && !NOT_A_COLOUR.test(colour)) colourDeclared.add(element);
    if (background && !NOT_A_COLOUR.test(background) && background !== 'transparent')
      backgroundDeclared.add(element);
  }
  // Presentational colours are declarations too (RGAA 10.1 deals with the attributes themselves).
  for (const element of document.querySelectorAll('font[color], body[text]')) colourDeclared.add(element);
  for (const element of document.querySelectorAll('[bgcolor]')) backgroundDeclared.add(element);

  // Elements the browser colours itself (links, form controls): their text does not inherit the author colour.
  const DEFAULT_COLOURED = 'a[href], button, input, select, textarea, option, optgroup, mark';
  const alpha = (colour: string) => {
    const match = /rgba?\(([^)]+)\)/.exec(colour);
    if (!match) return colour === 'transparent' ? 0 : 1;
    const parts = (match[1] ?? '').split(/[\s,/]+/).filter(Boolean);
    return parts.length === 4 ? Number(parts[3]) : 1;
  };
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'math', 'IFRAME', 'OPTION']);
  const texts: Element[] = [];
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && texts.length < MAX_TEXTS; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim() || SKIP.has(parent.nodeName) || texts.at(-1) === parent) continue;
    if (parent.closest('svg, math, noscript, template') || !v.isVisible(parent)) continue;
    texts.push(parent);
  }
  const textColours = new Map<Element, ColourPairing>();
  const backgroundColours = new Map<Element, ColourPairing>();
  const backgroundImages = new Map<Element, BackgroundImageFact>();
  const pairing = (owner: Element, sample: Element): ColourPairing => ({
    selector: v.selector(owner),
    snippet: v.snippet(owner),
    sample: v.selector(sample),
    texts: 0,
    withoutBackground: 0,
    onImageOnly: 0,
    withoutColour: 0,
    defaultColour: 0,
  });
  /** Memoised walk up the ancestors: nearest background colour, first background image below it. */
  const backdrops = new Map<Element, { backgroundOwner: Element | null; imageOwner: Element | null }>();
  const backdrop = (element: Element): { backgroundOwner: Element | null; imageOwner: Element | null } => {
    const known = backdrops.get(element);
    if (known) return known;
    const style = getComputedStyle(element);
    const image = style.backgroundImage !== 'none' ? element : null;
    let result: { backgroundOwner: Element | null; imageOwner: Element | null };
    if (alpha(style.backgroundColor) > 0) result = { backgroundOwner: element, imageOwner: image };
    else if (!element.parentElement) result = { backgroundOwner: null, imageOwner: image };
    else {
      const above = backdrop(element.parentElement);
      result = { backgroundOwner: above.backgroundOwner, imageOwner: image ?? above.imageOwner };
    }
    backdrops.set(element, result);
    return result;
  };
  for (const text of texts) {
    // Where the text colour comes from: the nearest author declaration, unless the browser colours first.
    let colourOwner: Element | null = null;
    let defaultColour = false;
    for (let node: Element | null = text; node; node = node.parentElement) {
      if (colourDeclared.has(node)) {
        colourOwner = node;
        break;
      }
      if (node.matches(DEFAULT_COLOURED)) {
        defaultColour = true;
        break;
      }
    }
    // What the text sits on: the nearest background colour, and the first background image met on the way.
    const { backgroundOwner, imageOwner } = backdrop(text);
    if (colourOwner && textColours.size < 500) {
      const entry = textColours.get(colourOwner) ?? pairing(colourOwner, text);
      entry.texts++;
      if (!backgroundOwner && !imageOwner) entry.withoutBackground++;
      else if (!backgroundOwner) entry.onImageOnly++;
      textColours.set(colourOwner, entry);
    }
    if (
      backgroundOwner &&
      (!imageOwner || imageOwner === backgroundOwner) &&
      backgroundDeclared.has(backgroundOwner) &&
      backgroundColours.size < 500
    ) {
      const entry = backgroundColours.get(backgroundOwner) ?? pairing(backgroundOwner, text);
      entry.texts++;
      if (defaultColour) entry.defaultColour++;
      else if (!colourOwner) entry.withoutColour++;
      backgroundColours.set(backgroundOwner, entry);
    }
    if (imageOwner && !backgroundImages.has(imageOwner) && backgroundImages.size < 500) {
      const style = getComputedStyle(imageOwner);
      const image = style.backgroundImage;
      const size = style.backgroundSize;
      backgroundImages.set(imageOwner, {
        selector: v.selector(imageOwner),
        snippet: v.snippet(imageOwner),
        image: image.slice(0, 200),
        coversBox:
          /gradient\(/.test(image) ||
          /cover|contain|100%/.test(size) ||
          style.backgroundRepeat
            .split(',')
            .some((repeat) => /^\s*repeat\s*$|^\s*repeat repeat\s*$/.test(repeat)),
        hasBackgroundColour: backdrop(imageOwner).backgroundOwner !== null,
        sample: v.selector(text),
      });
    }
  }
  const generatedContent: GeneratedContentFact[] = [];
  const seen = new Set<string>();
  for (const { selector, pseudo } of generated) {
    let elements: Element[] = [];
    try {
      elements = Array.from(document.querySelectorAll(selector)).slice(0, 50);
    } catch {
      continue;
    }
    for (const element of elements) {
      const key = `${v.selector(element)}::${pseudo}`;
      if (seen.has(key) || generatedContent.length >= 200 || !v.isVisible(element)) continue;
      seen.add(key);
      const style = getComputedStyle(element, `::${pseudo}`);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const content = style.content;
      const strings = content.match(/"((?:[^"\\]|\\.)*)"/g) ?? [];
      const text = strings
        .map((item) =>
          item
            .slice(1, -1)
            .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16))),
        )
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      if (!text) continue;
      generatedContent.push({
        selector: v.selector(element),
        snippet: v.snippet(element),
        pseudo,
        text: text.slice(0, 200),
        // innerText leaves generated content out: nothing left means an empty element without CSS.
        onlyContent:
          !v.visibleText(element) &&
          !element.querySelector('img, svg, picture, canvas, video, input, select, textarea'),
        repeated: v.visibleText(element).toLowerCase().includes(text.toLowerCase()),
        interactive: element.matches('a[href], button, [role="button"], [role="link"], summary, label'),
      });
    }
  }
  const html = document.documentElement;
  return {
    root: { selector: v.selector(html), snippet: v.snippet(html).replace(/>[\s\S]*$/, '>') },
    hasText: texts.length > 0,
    unreadableSheets,
    textColours: [...textColours.values()],
    backgroundColours: [...backgroundColours.values()],
    backgroundImages: [...backgroundImages.values()],
    generatedContent,
  };
}
