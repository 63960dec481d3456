// In-page part of the `eco` gatherer for RGESN 4.5, 4.13, 5.3 and 5.7: interactive components native or rebuilt
// with ARIA roles, notification and push permission requests the page made (recorded by the behaviour recorder),
// each video's definition against its displayed size, and links to office documents. Read-only, serialised into
// the page: must stay self-contained.

import type { EcoMoreFacts } from '../../../core/facts/eco.js';
import type { VigieWindow } from './page-helpers.js';

export function gatherEcoMore(): EcoMoreFacts {
  const v = (window as unknown as VigieWindow).__vigie;
  const NATIVE =
    'button, input:not([type="hidden" i]), select, textarea, a[href], summary, details, progress, meter, dialog';
  const ROLES = new Set([
    'button',
    'checkbox',
    'radio',
    'switch',
    'listbox',
    'combobox',
    'slider',
    'spinbutton',
    'tab',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'option',
    'link',
    'textbox',
    'searchbox',
    'dialog',
    'progressbar',
  ]);
  let native = 0;
  const custom: EcoMoreFacts['widgets']['custom'] = [];
  let customCount = 0;
  for (const element of Array.from(document.querySelectorAll('body *')).slice(0, 20_000)) {
    const role = element.getAttribute('role')?.trim().toLowerCase().split(/\s+/)[0] ?? '';
    if (element.matches(NATIVE)) native++;
    else if (ROLES.has(role) && element.localName !== 'option') {
      customCount++;
      if (custom.length < 10) custom.push({ selector: v.selector(element), snippet: v.snippet(element) });
    }
  }
  const state = (window as unknown as Record<symbol, { permissionRequests?: string[] } | undefined>)[
    Symbol.for('vigie.behaviour')
  ];
  const videos = Array.from(document.querySelectorAll('video'))
    .slice(0, 50)
    .map((video) => {
      const rect = video.getBoundingClientRect();
      return {
        selector: v.selector(video),
        snippet: v.snippet(video),
        src: (video.currentSrc || '').slice(0, 500),
        videoWidth: video.videoWidth,
        videoHeight: video.videoHeight,
        renderedWidth: Math.round(rect.width),
        renderedHeight: Math.round(rect.height),
      };
    });
  const OFFICE = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf)(?=$|[?#])/i;
  const documents: EcoMoreFacts['documents'] = [];
  for (const anchor of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (documents.length >= 100) break;
    let path = '';
    try {
      path = new URL(anchor.href).pathname;
    } catch {
      continue;
    }
    const match = OFFICE.exec(path);
    if (!match) continue;
    documents.push({
      selector: v.selector(anchor),
      snippet: v.snippet(anchor),
      href: anchor.href.slice(0, 500),
      extension: match[1]!.toLowerCase(),
    });
  }
  return {
    widgets: { native, customCount, custom },
    permissionRequests: [...(state?.permissionRequests ?? [])],
    videos,
    documents,
  };
}
