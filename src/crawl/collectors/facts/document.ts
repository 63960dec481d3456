// Document facts (RGAA 8.x, 10.4.2, 13.1): doctype and its position, languages, title, meta refresh and viewport,
// and a word sample of the page text for the language and title checks. One pass over the text nodes.

import type { DocumentFacts } from '../../../core/facts/document.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'document',
  mutates: false,
  gather: (page) =>
    page.evaluate((): DocumentFacts => {
      const v = (window as unknown as VigieWindow).__vigie;
      const html = document.documentElement;
      const doctype = document.doctype;
      const nodes = Array.from(document.childNodes);
      const cut = (value: string, max = 200) => (value.length > max ? value.slice(0, max) : value);
      const metas = (selector: string) =>
        Array.from(document.querySelectorAll(selector))
          .slice(0, 20)
          .map((meta) => ({
            selector: v.selector(meta),
            snippet: v.snippet(meta),
            content: cut(meta.getAttribute('content') ?? ''),
            inHead: meta.parentElement === document.head,
          }));
      // Lower case, no accents, French plural and feminine endings dropped (« récoltées » → « recolt »).
      const fold = (value: string) => {
        const word = value
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase();
        const stem = word.replace(/(ees|ee|es|e|s|x)$/, '');
        return stem.length >= 3 ? stem : word;
      };
      const WORD = /[\p{L}][\p{L}'’-]*/gu;
      // Text in the default language: skip code and elements whose lang differs from the root's (RGAA 8.4.1).
      const rootLang = (html.getAttribute('lang') ?? html.getAttribute('xml:lang') ?? '')
        .trim()
        .toLowerCase();
      const SKIP = 'script, style, noscript, template, code, pre, kbd, samp, svg, math';
      const textWords: string[] = [];
      const pageWords = new Set<string>();
      const body = document.body;
      if (body) {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        let scanned = 0;
        for (let node = walker.nextNode(); node && scanned < 300_000; node = walker.nextNode()) {
          const text = node.nodeValue ?? '';
          scanned += text.length;
          const words = text.match(WORD);
          if (!words) continue;
          for (const word of words) pageWords.add(fold(word));
          if (textWords.length >= 500) continue;
          const parent = node.parentElement;
          if (!parent || parent.closest(SKIP)) continue;
          const langOwner = parent.closest('[lang]');
          const lang = (langOwner?.getAttribute('lang') ?? rootLang).trim().toLowerCase();
          if (langOwner && langOwner !== html && lang !== rootLang) continue;
          for (const word of words) if (textWords.length < 500) textWords.push(cut(word.toLowerCase(), 40));
        }
        for (const element of Array.from(body.querySelectorAll('[alt], [aria-label], [title]')).slice(
          0,
          2000,
        ))
          for (const name of ['alt', 'aria-label', 'title'])
            for (const word of element.getAttribute(name)?.match(WORD) ?? []) pageWords.add(fold(word));
      }
      const hasTitle = document.querySelector('title') !== null;
      const title = hasTitle ? document.title.replace(/\s+/g, ' ').trim() : null;
      const h1 = body?.querySelector('h1, [role="heading"][aria-level="1"]');
      return {
        root: { selector: v.selector(html), snippet: v.snippet(html).replace(/>[\s\S]*$/, '>') },
        isHtml: html.localName === 'html' && html.namespaceURI === 'http://www.w3.org/1999/xhtml',
        doctype: doctype
          ? {
              name: doctype.name,
              publicId: doctype.publicId,
              systemId: doctype.systemId,
              beforeHtml: nodes.indexOf(doctype) < nodes.indexOf(html),
            }
          : null,
        lang: html.getAttribute('lang'),
        xmlLang: html.getAttribute('xml:lang'),
        title,
        metaRefresh: metas('meta[http-equiv="refresh" i]'),
        metaViewport: metas('meta[name="viewport" i]'),
        textWords,
        visibleWordCount: body ? Math.min(10_000, v.visibleText(body).match(WORD)?.length ?? 0) : 0,
        titleWords: Array.from(new Set((title ?? '').match(WORD)?.map(fold) ?? []))
          .slice(0, 20)
          .map((word) => ({ word: cut(word, 40), inPage: pageWords.has(word) })),
        firstH1: h1 ? cut(v.visibleText(h1) || v.text(h1)) : null,
      };
    }),
});
