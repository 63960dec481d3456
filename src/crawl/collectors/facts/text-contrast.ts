// In-page part of the `images` gatherer for RGAA 3.2.1–3.2.4: which of the four size classes of text the page
// shows, and the boxes painted by a CSS background image with no text over them (they may be text in an image,
// which axe-core's contrast check cannot read). Read-only, serialised into the page: must stay self-contained.

import type { TextContrastFacts } from '../../../core/facts/images.js';
import type { VigieWindow } from './page-helpers.js';

export function gatherTextContrastFacts(): TextContrastFacts {
  const v = (window as unknown as VigieWindow).__vigie;
  const sizes = { normal: 0, bold: 0, large: 0, largeBold: 0 };
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || seen.has(parent) || !/[\p{L}\p{N}]/u.test(node.nodeValue ?? '')) continue;
    seen.add(parent);
    if (seen.size > 20_000) break;
    if (parent.closest('script, style, noscript, template, svg, math, head')) continue;
    if (!v.isVisible(parent)) continue;
    const style = getComputedStyle(parent);
    const px = Number.parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    if (bold) sizes[px >= 18.5 ? 'largeBold' : 'bold']++;
    else sizes[px >= 24 ? 'large' : 'normal']++;
  }
  const backgroundImageBoxes: TextContrastFacts['backgroundImageBoxes'] = [];
  let scanned = 0;
  for (const element of Array.from(document.querySelectorAll('body, body *'))) {
    if (backgroundImageBoxes.length >= 20 || ++scanned > 8000) break;
    const style = getComputedStyle(element);
    if (!style.backgroundImage.includes('url(')) continue;
    const rect = element.getBoundingClientRect();
    // Icons and sprites (under 32 × 16 px) are too small to hold text worth a contrast check.
    if (rect.width < 32 || rect.height < 16 || !v.isVisible(element)) continue;
    if (/[\p{L}\p{N}]/u.test(v.visibleText(element))) continue; // text over it: axe-core checks it
    backgroundImageBoxes.push({ selector: v.selector(element), snippet: v.snippet(element) });
  }
  return { textSizes: sizes, backgroundImageBoxes, scannedAll: scanned <= 8000 };
}
