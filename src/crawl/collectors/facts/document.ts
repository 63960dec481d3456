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
      // Title words are matched in the page without accents and case, and with the French plural and feminine
      // endings dropped (« récolte » matches « récoltées »).
      const plain = (value: string) =>
        value
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase();
      const stem = (word: string) => {
        const short = word.replace(/(ees|ee|es|e|s|x)$/, '');
        return short.length >= 3 ? short : word;
      };
      const WORD = /[\p{L}][\p{L}'’-]*/gu;
      // Text in the default language: skip code and elements whose lang differs from the root's (RGAA 8.4.1).
      const rootLang = (html.getAttribute('lang') ?? html.getAttribute('xml:lang') ?? '')
        .trim()
        .toLowerCase();
      const SKIP = 'script, style, noscript, template, code, pre, kbd, samp, svg, math';
      const textWords: string[] = [];
      let textWordCount = 0;
      const body = document.body;
      if (body) {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (textWords.length >= 500 && textWordCount >= 1000) break;
          const words = (node.nodeValue ?? '').match(WORD);
          const parent = node.parentElement;
          if (!words || !parent || parent.closest(SKIP)) continue;
          textWordCount += words.length;
          if (textWords.length >= 500) continue;
          const langOwner = parent.closest('[lang]');
          const lang = (langOwner?.getAttribute('lang') ?? rootLang).trim().toLowerCase();
          if (langOwner && langOwner !== html && lang !== rootLang) continue;
          for (const word of words) if (textWords.length < 500) textWords.push(cut(word.toLowerCase(), 40));
        }
      }
      // RGAA 8.3.1 accepts a language given on every text element instead of <html>: when <html> has none,
      // count the text nodes with no language on any ancestor (up to 5 000 nodes looked at).
      let textWithoutLang = 0;
      const langOf = (element: Element): string =>
        (element.getAttribute('lang') ?? element.getAttribute('xml:lang') ?? '').trim();
      if (body && !langOf(html)) {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node && seen < 5000; node = walker.nextNode()) {
          seen++;
          const parent = node.parentElement;
          if (!parent || !/[\p{L}\p{N}]/u.test(node.nodeValue ?? '') || parent.closest(SKIP)) continue;
          let owner: Element | null = parent;
          while (owner && !langOf(owner)) owner = owner.parentElement;
          if (!owner) textWithoutLang++;
        }
      }
      const hasTitle = document.querySelector('title') !== null;
      const title = hasTitle ? document.title.replace(/\s+/g, ' ').trim() : null;
      // The page as one string: body text (scripts included: it can only add matches) and text attributes.
      const attributes = body
        ? Array.from(body.querySelectorAll('[alt], [aria-label], [title]'))
            .slice(0, 2000)
            .map((element) =>
              ['alt', 'aria-label', 'title'].map((name) => element.getAttribute(name) ?? '').join(' '),
            )
        : [];
      const haystack = title
        ? plain(`${(body?.textContent ?? '').slice(0, 1_000_000)} ${attributes.join(' ')}`)
        : '';
      const titleStems = Array.from(
        new Set((title ?? '').match(WORD)?.map((word) => stem(plain(word))) ?? []),
      );
      // Title words hold only letters, hyphens and apostrophes: nothing to escape in a pattern.
      const inPage = (word: string) =>
        new RegExp(`(^|[^\\p{L}\\p{N}])${word}(ees|ee|es|e|s|x)?(?![\\p{L}\\p{N}])`, 'u').test(haystack);
      // Long text blocks with their effective language, for the language-of-parts check (RGAA 8.7.1).
      const BLOCKS = 'p, li, td, th, dd, blockquote, figcaption';
      const textBlocks: NonNullable<DocumentFacts['textBlocks']> = [];
      for (const block of Array.from(body?.querySelectorAll(BLOCKS) ?? [])) {
        if (textBlocks.length >= 30) break;
        if (block.querySelector(BLOCKS) || block.closest(SKIP)) continue;
        const words = (block.textContent ?? '').match(WORD);
        if (!words || words.length < 40) continue;
        textBlocks.push({
          selector: v.selector(block),
          snippet: v.snippet(block),
          lang: (block.closest('[lang]')?.getAttribute('lang') ?? '').trim().toLowerCase(),
          words: words.slice(0, 80).map((word) => cut(word.toLowerCase(), 40)),
        });
      }
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
        textWordCount: Math.min(textWordCount, 1000),
        textWithoutLang,
        titleWords: titleStems.slice(0, 20).map((word) => ({ word: cut(word, 40), inPage: inPage(word) })),
        textBlocks,
        firstH1: h1 ? cut(v.visibleText(h1) || v.text(h1)) : null,
      };
    }),
});
