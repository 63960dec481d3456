// In-page part of the `links` gatherer for RGAA 10.6.1 (WCAG 1.4.1): links inside running text, whether anything
// but colour sets them apart at rest, the contrast between their colour and the text around them, and whether a
// :hover rule that applies to them changes something other than a colour. Read-only, serialised into the page:
// must stay self-contained.

import type { InTextLinkFact } from '../../../core/facts/links.js';
import type { VigieWindow } from './page-helpers.js';

export function gatherInTextLinks(max: number): { inText: InTextLinkFact[]; unreadableSheets: number } {
  const v = (window as unknown as VigieWindow).__vigie;
  const INLINE = /^(inline|contents)$/;
  const letters = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '').length;
  const rgba = (value: string): [number, number, number, number] | null => {
    const match = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
    if (!match) return null;
    const alpha =
      match[4] === undefined
        ? 1
        : match[4].endsWith('%')
          ? Number.parseFloat(match[4]) / 100
          : Number(match[4]);
    return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
  };
  const luminance = ([r, g, b]: [number, number, number, number]) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrastOf = (a: string, b: string): number | null => {
    const x = rgba(a);
    const y = rgba(b);
    if (!x || !y || x[3] < 1 || y[3] < 1) return null;
    const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
  };

  // :hover rules of the readable sheets, with the selector part that must match the link for them to apply.
  const NON_COLOUR =
    /^(text-decoration(-line|-style|-thickness)?|border(-(top|right|bottom|left))?(-(width|style))?|outline(-(width|style))?|box-shadow|font-weight|font-style|text-shadow|background-image|transform|padding(-\w+)?)$/;
  const hoverRules: { selector: string; cue: boolean }[] = [];
  let unreadableSheets = 0;
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        if (!rule.selectorText.includes(':hover')) continue;
        const props = Array.from(rule.style);
        const cue = props.some(
          (prop) =>
            NON_COLOUR.test(prop) &&
            !/^(none|0px|normal|initial|unset)$/.test(rule.style.getPropertyValue(prop).trim()),
        );
        for (const part of rule.selectorText.split(',')) {
          if (!part.includes(':hover')) continue;
          hoverRules.push({ selector: part.replace(/:hover/g, '').trim() || '*', cue });
        }
      } else if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) {
        visit(rule.cssRules);
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      unreadableSheets++;
    }
  }

  const atRestCue = (link: HTMLElement, around: Element): string | null => {
    const own = getComputedStyle(link);
    const parent = getComputedStyle(around);
    const parts = [link, ...Array.from(link.children).slice(0, 3)];
    for (const part of parts) {
      const style = getComputedStyle(part);
      if (/underline|overline|line-through/.test(style.textDecorationLine)) return 'soulignement';
      if (Number.parseFloat(style.borderBottomWidth) > 0 && style.borderBottomStyle !== 'none')
        return 'bordure';
    }
    if (own.backgroundColor !== parent.backgroundColor && (rgba(own.backgroundColor)?.[3] ?? 0) > 0)
      return 'fond';
    if (Math.abs(Number(own.fontWeight) - Number(parent.fontWeight)) >= 300) return 'graisse';
    if (own.fontStyle !== parent.fontStyle) return 'italique';
    if (own.boxShadow !== 'none') return 'ombre';
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(link, pseudo).content;
      if (content && content !== 'none' && content !== 'normal' && content !== '""') return 'icône';
    }
    if (link.querySelector('img, svg, [role="img"]')) return 'image';
    return null;
  };

  const inText: InTextLinkFact[] = [];
  for (const link of Array.from(document.querySelectorAll<HTMLElement>('a[href]'))) {
    if (inText.length >= max) break;
    const linkText = v.visibleText(link);
    if (letters(linkText) === 0 || !v.isVisible(link) || link.closest('nav, [role="navigation"]')) continue;
    // The block the link sits in: its text, the link's left out, must be running text.
    let block: Element | null = link.parentElement;
    while (block && block !== document.body && INLINE.test(getComputedStyle(block).display))
      block = block.parentElement;
    if (!block || !link.parentElement) continue;
    const others = Array.from(block.querySelectorAll('a[href], button'))
      .map((el) => v.visibleText(el))
      .join('');
    if (letters(v.visibleText(block)) - letters(others) < 10) continue;
    const around = link.parentElement;
    const cue = atRestCue(link, around);
    const matching = hoverRules.filter((rule) => {
      try {
        return link.matches(rule.selector) || link.closest(rule.selector) !== null;
      } catch {
        return false;
      }
    });
    const hoverCue = matching.some((rule) => rule.cue) ? 'yes' : unreadableSheets > 0 ? 'unknown' : 'no';
    inText.push({
      selector: v.selector(link),
      snippet: v.snippet(link),
      nonColourCue: cue,
      contrast: contrastOf(getComputedStyle(link).color, getComputedStyle(around).color),
      hoverCue,
    });
  }
  return { inText, unreadableSheets };
}
