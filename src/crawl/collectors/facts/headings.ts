// Structure facts (RGAA 9.x, 12.6.1): headings in document order, landmarks with their computed roles, lists,
// text laid out as a list without list markup, search forms and in-page links.

import type { FakeListFact, HeadingFacts, LandmarkFact, LandmarkRole } from '../../../core/facts/headings.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'headings',
  mutates: false,
  gather: (page) =>
    page.evaluate((): HeadingFacts => {
      const v = (window as unknown as VigieWindow).__vigie;
      const MAX = 500;
      const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
      const target = (element: Element) => ({ selector: v.selector(element), snippet: v.snippet(element) });
      // Containers (html, landmarks): their opening tag only, without serialising their whole subtree.
      const shallow = (element: Element) => {
        const html = (element.cloneNode(false) as Element).outerHTML;
        const close = `</${element.localName}>`;
        const open = html.endsWith(close) ? html.slice(0, -close.length) : html;
        return { selector: v.selector(element), snippet: cut(`${open}…${close}`, 250) };
      };
      const shown = (element: Element) => v.isVisible(element) && !v.isHiddenFromAT(element);
      const html = document.documentElement;

      const headings = Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role="heading" i]'))
        .slice(0, MAX)
        .map((element) => {
          const byRole = element.getAttribute('role')?.trim().toLowerCase() === 'heading';
          const ariaLevel = Number.parseInt(element.getAttribute('aria-level') ?? '', 10);
          const tagLevel = /^h([1-6])$/.exec(element.localName)?.[1];
          const level = byRole
            ? Number.isFinite(ariaLevel) && ariaLevel > 0
              ? ariaLevel
              : Number(tagLevel ?? 2)
            : Number(tagLevel);
          return {
            ...target(element),
            tag: element.localName,
            level,
            name: cut(v.accessibleName(element), 200),
            hiddenFromAT: v.isHiddenFromAT(element),
          };
        });

      const ROLES = new Set(['banner', 'navigation', 'main', 'contentinfo', 'search', 'complementary']);
      const landmarks: LandmarkFact[] = [];
      for (const element of Array.from(
        document.querySelectorAll('header,nav,main,footer,aside,search,form,[role]'),
      )) {
        const role = v.role(element);
        if (!role || !ROLES.has(role) || landmarks.length >= MAX) continue;
        // A box of its own or, for display:contents and zero-size wrappers, a visible child.
        const visible =
          v.isVisible(element) || Array.from(element.children).some((child) => v.isVisible(child));
        landmarks.push({
          ...shallow(element),
          tag: element.localName,
          role: role as LandmarkRole,
          visible,
          // The helper reads display:contents as not rendered: judged from the visibility computed above.
          hiddenFromAT: !visible || element.closest('[aria-hidden="true" i]') !== null,
          hiddenAttribute: element.hasAttribute('hidden'),
          links: element.querySelectorAll('a[href]').length,
        });
      }

      const lists = Array.from(document.querySelectorAll('ul,ol'))
        .filter((list) => {
          const role = list.getAttribute('role')?.trim().toLowerCase();
          return (!role || role === 'list') && shown(list);
        })
        .slice(0, MAX)
        .map((list) => ({
          ...target(list),
          tag: list.localName as 'ul' | 'ol',
          strayChildren: Array.from(list.children)
            .map((child) => child.localName)
            .filter((tag) => !['li', 'script', 'template'].includes(tag))
            .slice(0, 5),
        }));

      // Text laid out as a list: consecutive lines (br) or sibling paragraphs starting with a marker.
      const MARK = /^(?:([-•*·▪►])|([–—])|(\d{1,2})[.)])\s+\S/;
      const markerOf = (line: string) => {
        const match = MARK.exec(line);
        if (!match) return null;
        if (match[3]) return { marker: 'number' as const, n: Number(match[3]) };
        return { marker: match[2] ? ('dash' as const) : ('bullet' as const), n: 0 };
      };
      const longestRun = (lines: string[]) => {
        let best = { marker: 'bullet' as FakeListFact['marker'], items: 0, start: 0 };
        let run = { marker: 'bullet' as FakeListFact['marker'], items: 0, start: 0, n: 0 };
        lines.forEach((line, index) => {
          const mark = markerOf(line);
          const continues =
            mark &&
            run.items > 0 &&
            mark.marker === run.marker &&
            (mark.marker !== 'number' || mark.n === run.n + 1);
          if (!mark) run = { marker: 'bullet', items: 0, start: index, n: 0 };
          else if (continues) run = { ...run, items: run.items + 1, n: mark.n };
          else run = { marker: mark.marker, items: 1, start: index, n: mark.n };
          if (run.items > best.items) best = { marker: run.marker, items: run.items, start: run.start };
        });
        return best;
      };
      const INLINE = new Set([
        'a',
        'b',
        'strong',
        'em',
        'i',
        'span',
        'br',
        'abbr',
        'small',
        'sup',
        'sub',
        'u',
        'mark',
        'img',
        'code',
        'font',
      ]);
      // Lines of a leaf block, split at its <br> (no layout needed, unlike innerText).
      const linesOf = (block: Element): string[] => {
        const lines = [''];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeName === 'BR') lines.push('');
          else if (node.nodeType === Node.TEXT_NODE) lines[lines.length - 1] += node.textContent ?? '';
        }
        return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
      };
      const fakeLists: FakeListFact[] = [];
      const reported = new Set<Element>();
      const QUICK = /[-•*·▪►–—]\s|\d[.)]\s/;
      // Without <br> a leaf block is one line (sibling paragraphs are read below): start from the <br>.
      const blocks = new Set(
        Array.from(document.querySelectorAll('br'))
          .map((br) => br.parentElement?.closest('p,td,dd,div,blockquote'))
          .filter((block): block is Element => !!block),
      );
      for (const block of blocks) {
        if (fakeLists.length >= MAX) break;
        // Leaf blocks only: no block-level child.
        if (!Array.from(block.children).every((child) => INLINE.has(child.localName))) continue;
        if (!QUICK.test(block.textContent ?? '')) continue;
        const lines = linesOf(block);
        const run = longestRun(lines);
        if (run.items < 2 || !shown(block)) continue;
        reported.add(block);
        fakeLists.push({
          ...target(block),
          marker: run.marker,
          items: run.items,
          sample: cut(lines.slice(run.start, run.start + 2).join(' / '), 120),
        });
      }
      for (const first of Array.from(document.querySelectorAll('p'))) {
        if (fakeLists.length >= MAX) break;
        if (reported.has(first) || !markerOf(v.text(first))) continue;
        const previous = first.previousElementSibling;
        if (previous?.localName === 'p' && markerOf(v.text(previous))) continue;
        const group: string[] = [];
        for (
          let p: Element | null = first;
          p?.localName === 'p' && !reported.has(p);
          p = p.nextElementSibling
        ) {
          const text = v.text(p);
          if (!markerOf(text)) break;
          group.push(text);
        }
        const run = longestRun(group);
        if (run.items < 2 || run.start !== 0 || !shown(first)) continue;
        fakeLists.push({
          ...target(first),
          marker: run.marker,
          items: run.items,
          sample: cut(group.slice(0, 2).join(' / '), 120),
        });
      }

      const SEARCH_NAME = /search|recherch|^q$|^s$|query|keywords?|mots?[-_ ]?cl/i;
      const searchForms = Array.from(document.querySelectorAll('form'))
        .filter((form) =>
          Array.from(form.querySelectorAll('input')).some(
            (input) =>
              input.type === 'search' ||
              (input.type === 'text' &&
                [input.name, input.id, input.placeholder, input.getAttribute('aria-label') ?? ''].some(
                  (value) => SEARCH_NAME.test(value.trim()),
                )),
          ),
        )
        .filter(shown)
        .slice(0, 20)
        .map((form) => ({
          ...target(form),
          inSearchLandmark: !!form.closest('search,[role="search" i]'),
        }));

      const inPageLinks = Array.from(document.querySelectorAll('a[href^="#"]')).filter((link) => {
        try {
          const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
          return id !== '' && document.getElementById(id) !== null && v.isVisible(link);
        } catch {
          return false;
        }
      }).length;

      return {
        root: { selector: v.selector(html), snippet: shallow(html).snippet.replace(/>[\s\S]*$/, '>') },
        headings,
        landmarks,
        lists,
        fakeLists,
        searchForms,
        inPageLinks,
      };
    }),
});
