// Markup facts (RGAA 8.9.1, 8.10.2, 10.1.1–10.1.3): presentational tags and attributes, empty paragraphs, runs of
// <br>, links without href, blockquotes, spaced-out letters and dir attributes. Lists capped at 200 (100 a kind).

import type { MarkupFacts, PresentationMarkupFact } from '../../../core/facts/markup.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'markup',
  mutates: false,
  gather: (page) =>
    page.evaluate((): MarkupFacts => {
      const v = (window as unknown as VigieWindow).__vigie;
      // Caps keep the facts small and the gatherer fast on pathological pages (the selector helper walks siblings);
      // a page past them fails anyway.
      const MAX = 200;
      const MAX_PER_KIND = 100;
      const HTML_NS = 'http://www.w3.org/1999/xhtml';
      const isHtml = (element: Element) =>
        element.namespaceURI === HTML_NS && !element.localName.includes('-');
      const cut = (value: string) => (value.length > 200 ? value.slice(0, 200) : value);
      const target = (element: Element) => ({ selector: v.selector(element), snippet: v.snippet(element) });
      const all = (selector: string) => Array.from(document.querySelectorAll(selector)).filter(isHtml);
      const html = document.documentElement;

      // RGAA glossary « Présentation de l’information »; u, width, height and size are judged by the rule.
      const TAGS = 'basefont, big, blink, center, font, marquee, s, strike, tt, u';
      const ATTRIBUTES = [
        'align',
        'alink',
        'background',
        'bgcolor',
        'border',
        'cellpadding',
        'cellspacing',
        'char',
        'charoff',
        'clear',
        'compact',
        'color',
        'frameborder',
        'hspace',
        'link',
        'marginheight',
        'marginwidth',
        'text',
        'valign',
        'vlink',
        'vspace',
        'width',
        'height',
        'size',
      ];
      // The glossary's exceptions are left out here so that the cap keeps the offending elements: width and
      // height on img, object, embed, canvas (and svg, not HTML), size on select.
      const SIZED = new Set(['img', 'object', 'embed', 'canvas']);
      const allowed = (tag: string, name: string) =>
        ((name === 'width' || name === 'height') && SIZED.has(tag)) || (name === 'size' && tag === 'select');
      const presentationalAttributes = all(ATTRIBUTES.map((name) => `[${name}]`).join(', '))
        .map((element) => ({
          element,
          attributes: ATTRIBUTES.filter(
            (name) => element.hasAttribute(name) && !allowed(element.localName, name),
          ),
        }))
        .filter(({ attributes }) => attributes.length > 0)
        .slice(0, MAX)
        .map(({ element, attributes }) => ({
          ...target(element),
          tag: element.localName,
          attributes,
          ...(element.localName === 'link' ? { rel: (element.getAttribute('rel') ?? '').toLowerCase() } : {}),
        }));

      const markup: PresentationMarkupFact[] = [];
      const describe = (element: Element, kind: PresentationMarkupFact['kind'], count = 0) => {
        const box = element.getBoundingClientRect();
        markup.push({
          ...target(element),
          kind,
          visible: v.isVisible(
            kind === 'line-breaks' && element.parentElement ? element.parentElement : element,
          ),
          height: Math.round(box.height),
          attributes: element.getAttributeNames().slice(0, 20),
          count,
          inPresentationRole: element.closest('[role="presentation" i], [role="none" i]') !== null,
          inNavigation:
            element.closest('li, nav, [role="navigation" i], [role="menu" i], [role="menubar" i]') !== null,
        });
      };
      const blank = (text: string | null) => (text ?? '').replace(/[\s\u00a0]+/g, '') === '';
      const empty = all('p').filter(
        (p) => blank(p.textContent) && Array.from(p.children).every((child) => child.localName === 'br'),
      );
      for (const p of empty.slice(0, MAX_PER_KIND)) describe(p, 'empty-paragraph');
      // Runs of <br> separated only by blank text or comments: the first <br> of each run of two or more.
      const isGap = (node: Node) => node.nodeType === 8 || (node.nodeType === 3 && blank(node.nodeValue));
      let runs = 0;
      for (const br of all('br')) {
        if (runs >= MAX_PER_KIND) break;
        let previous = br.previousSibling;
        while (previous && isGap(previous)) previous = previous.previousSibling;
        if (previous && previous.nodeName === 'BR') continue;
        let count = 1;
        for (let next = br.nextSibling; next; next = next.nextSibling) {
          if (isGap(next)) continue;
          if (next.nodeName !== 'BR') break;
          count++;
        }
        if (count < 2) continue;
        describe(br, 'line-breaks', count);
        runs++;
      }
      for (const link of all('a:not([href])').slice(0, MAX_PER_KIND)) describe(link, 'bare-link');
      for (const quote of all('blockquote:not([cite])').slice(0, MAX_PER_KIND)) describe(quote, 'blockquote');

      // Single letters separated by single spaces, four or more (RGAA 10.1.3).
      const spacedLetters: MarkupFacts['spacedLetters'] = [];
      const RUN = /(?:^|[\s(«"“'])((?:\p{L}[ \u00a0]){3,}\p{L})(?=$|[\s.,;:!?)»"”'])/gu;
      if (document.body) {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node && spacedLetters.length < 100; node = walker.nextNode()) {
          const text = node.nodeValue ?? '';
          if (text.length < 7) continue;
          const parent = node.parentElement;
          if (!parent || parent.closest('script, style, noscript, template, pre, code, textarea, svg, math'))
            continue;
          for (const match of text.matchAll(RUN))
            if (spacedLetters.length < 100)
              spacedLetters.push({ ...target(parent), text: cut(match[1] ?? '') });
        }
      }

      return {
        root: { selector: v.selector(html), snippet: v.snippet(html).replace(/>[\s\S]*$/, '>') },
        presentationalTags: all(TAGS)
          .slice(0, MAX)
          .map((element) => ({ ...target(element), tag: element.localName })),
        presentationalAttributes,
        presentationMarkup: markup,
        spacedLetters,
        dir: all('[dir]')
          .slice(0, MAX)
          .map((element) => ({ ...target(element), value: cut(element.getAttribute('dir') ?? '') })),
      };
    }),
});
