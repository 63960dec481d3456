// In-page part of the `rendering` gatherer for RGAA 8.10.1: visible text written right to left and the nearest
// `dir` attribute around it. Read-only, serialised into the page: must stay self-contained.

import type { RtlTextFact } from '../../../core/facts/rendering.js';
import type { VigieWindow } from './page-helpers.js';

export function gatherDirectionFacts(): { documentDirection: 'ltr' | 'rtl'; rtlTexts: RtlTextFact[] } {
  const v = (window as unknown as VigieWindow).__vigie;
  const html = document.documentElement;
  const documentDirection = html.getAttribute('dir')?.trim().toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  // Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, presentation forms.
  const RTL = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  const rtlTexts: RtlTextFact[] = [];
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body ?? html, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && rtlTexts.length < 100; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || seen.has(parent) || !RTL.test(value)) continue;
    if (parent.closest('script, style, noscript, template, svg, math') || !v.isVisible(parent)) continue;
    seen.add(parent);
    const owner = parent.closest('[dir]');
    rtlTexts.push({
      selector: v.selector(parent),
      snippet: v.snippet(parent),
      text: value.replace(/\s+/g, ' ').trim().slice(0, 80),
      dir: owner && owner !== html ? (owner.getAttribute('dir') ?? '').trim().toLowerCase() : null,
    });
  }
  return { documentDirection, rtlTexts };
}
