// Navigation facts (RGAA 12.1, 12.7, 12.8): main content, skip links and their targets, navigation systems (menu,
// sitemap link, search) and positive tabindex values. Changes the page: a hidden skip link is focused to see
// whether it shows (then the focus, the scroll position and the CSS transitions are put back).

import type { NavigationFacts, NavigationSystem, SkipLinkFact } from '../../../core/facts/navigation.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'navigation',
  mutates: true,
  gather: (page) =>
    page.evaluate(async (): Promise<NavigationFacts> => {
      const v = (window as unknown as VigieWindow).__vigie;
      const collapse = (value: string | null | undefined): string =>
        (value ?? '').replace(/\s+/g, ' ').trim();
      const cut = (value: string, max: number): string =>
        value.length > max ? `${value.slice(0, max - 1)}…` : value;
      const target = (element: Element) => ({ selector: v.selector(element), snippet: v.snippet(element) });
      const all = Array.from(document.querySelectorAll('*'));
      const documentOrder = new Map(all.map((element, index) => [element, index]));
      // Name, place (box) and document order: what a site-level check of 12.2, 12.4 and 12.5 compares.
      const system = (element: Element): NavigationSystem => {
        const own = (link: HTMLAnchorElement) =>
          link.origin === location.origin ? link.pathname + link.search : link.href;
        const isLink = element instanceof HTMLAnchorElement;
        const links = isLink
          ? []
          : Array.from(element.querySelectorAll<HTMLAnchorElement>('a[href]')).slice(0, 30);
        return {
          ...target(element),
          name: cut(v.accessibleName(element) || v.text(element), 100),
          href: isLink ? cut(element.href, 500) : null,
          box: v.box(element),
          order: documentOrder.get(element) ?? -1,
          links: links.map((link) => cut(own(link), 200)),
        };
      };
      const html = document.documentElement;
      const root = { selector: v.selector(html), snippet: v.snippet(html).replace(/>[\s\S]*$/, '>') };
      const main =
        Array.from(document.querySelectorAll('main, [role="main" i]')).find(
          (candidate) => v.isVisible(candidate) && !v.isHiddenFromAT(candidate),
        ) ?? null;
      /** In the document before the main content, not one of its ancestors. */
      const beforeMain = (element: Element): boolean =>
        !!main &&
        !element.contains(main) &&
        !!(main.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);

      // Focusable elements in document order (the sequential order when no tabindex is positive).
      const FOCUSABLE =
        'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false" i]), audio[controls], video[controls]';
      const focusables = Array.from(document.querySelectorAll(FOCUSABLE)).filter(
        (element): element is HTMLElement =>
          element instanceof HTMLElement &&
          element.tabIndex >= 0 &&
          !(element as HTMLButtonElement).disabled &&
          !element.closest('[inert]') &&
          v.isVisible(element),
      );
      const focusIndex = new Map(focusables.map((element, index) => [element as Element, index]));

      // Visible: a box of at least 4×4 px on the page, neither clipped nor transparent (itself or ancestors).
      const shown = (element: Element): boolean => {
        const candidate = element as Element & { checkVisibility?: (options: object) => boolean };
        const options = { opacityProperty: true, visibilityProperty: true };
        if (candidate.checkVisibility?.(options) === false) return false;
        const rect = element.getBoundingClientRect();
        if (rect.width < 4 || rect.height < 4) return false;
        if (rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0) return false;
        for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
          const style = getComputedStyle(node);
          const box = node.getBoundingClientRect();
          if (/rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(style.clip)) return false;
          if (/inset\(\s*(50|100)%/.test(style.clipPath)) return false;
          if (style.overflow !== 'visible' && (box.width < 4 || box.height < 4)) return false;
        }
        return true;
      };
      const finishTransitions = (element: Element): void => {
        for (const animation of document.getAnimations()) {
          const effectTarget = (animation.effect as KeyframeEffect | null)?.target;
          if (!effectTarget?.contains(element)) continue;
          try {
            animation.finish();
          } catch {
            // An infinite animation cannot finish: measured as it is.
          }
        }
      };
      const visibleOnFocus = async (link: HTMLElement): Promise<boolean | null> => {
        const previous = document.activeElement;
        const [scrollX, scrollY] = [window.scrollX, window.scrollY];
        link.focus({ preventScroll: true });
        if (document.activeElement !== link) return null;
        getComputedStyle(link).transform; // flush styles so that :focus transitions start
        await new Promise((resolve) => setTimeout(resolve, 50)); // focus handlers waiting for a frame or a timer
        finishTransitions(link);
        const result = document.activeElement === link ? shown(link) : null;
        link.blur();
        if (previous instanceof HTMLElement && previous !== document.body)
          previous.focus({ preventScroll: true });
        getComputedStyle(link).transform;
        finishTransitions(link);
        window.scrollTo(scrollX, scrollY);
        return result;
      };
      const textOf = (range: Range): string => {
        const fragment = range.cloneContents();
        for (const element of fragment.querySelectorAll('script, style, template, noscript'))
          element.remove();
        return collapse(fragment.textContent);
      };
      // Nothing focusable and no text between two points of the document (scripts and styles left out).
      const emptyBetween = (range: Range): boolean =>
        !textOf(range) &&
        !focusables.some(
          (element) => !element.contains(main) && range.intersectsNode(element) && beforeMain(element),
        );
      const reachesMain = (element: Element): boolean => {
        if (!main) return false;
        if (element === main) return true;
        const range = document.createRange();
        if (main.contains(element)) {
          // At the start of main: a breadcrumb may come first, not whole paragraphs.
          range.setStart(main, 0);
          range.setEndBefore(element);
          return textOf(range).length <= 300;
        }
        if (element.contains(main)) range.setStart(element, 0);
        else if (beforeMain(element))
          range.setStartBefore(element); // its own content counts too
        else return false;
        range.setEndBefore(main);
        return emptyBetween(range);
      };

      const skipLinks: SkipLinkFact[] = [];
      const toProbe: [number, HTMLElement][] = [];
      const here = location.href.replace(/#.*$/, '');
      for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
        if (skipLinks.length >= 20) break;
        const raw = link.getAttribute('href') ?? '';
        let url: URL;
        try {
          url = new URL(raw, document.baseURI);
        } catch {
          continue;
        }
        // A raw "#…" is taken as same-page even under a <base> pointing elsewhere (no failure on a guess).
        const samePage = raw.trim().startsWith('#') || url.href.replace(/#.*$/, '') === here;
        if (!url.hash || !samePage) continue;
        let fragment = url.hash.slice(1);
        try {
          fragment = decodeURIComponent(fragment);
        } catch {
          // Kept as written.
        }
        if (!fragment || /^[/!]/.test(fragment) || /^(top|haut)$/i.test(fragment)) continue;
        const destination =
          document.getElementById(fragment) ?? document.querySelector(`a[name="${CSS.escape(fragment)}"]`);
        const reaches = destination ? reachesMain(destination) : false;
        if (main ? !beforeMain(link) : (focusIndex.get(link) ?? 99) > 20) continue;
        const visible = shown(link);
        skipLinks.push({
          ...target(link),
          name: cut(v.accessibleName(link), 200),
          fragment: cut(fragment, 200),
          targetExists: !!destination,
          reachesMain: reaches,
          rendered: v.isVisible(link),
          focusIndex: focusIndex.get(link) ?? null,
          visible,
          visibleOnFocus: null,
        });
        if (!visible && reaches && focusIndex.has(link)) toProbe.push([skipLinks.length - 1, link]);
      }
      // At most five links focused, one after the other.
      for (const [index, link] of toProbe.slice(0, 5))
        (skipLinks[index] as SkipLinkFact).visibleOnFocus = await visibleOnFocus(link);

      const SKIP_NAME =
        /contenu|content|aller (au|à)|acc[eè]s (au|à)|skip|[eé]vitement|passer (au|à)|principal/i;
      const unresolvedSkipCandidate =
        all.some((element) => element.shadowRoot && (!main || beforeMain(element))) ||
        focusables
          .slice(0, 10)
          .some(
            (element) =>
              (!main || beforeMain(element)) &&
              SKIP_NAME.test(v.accessibleName(element)) &&
              !skipLinks.some((link) => link.selector === v.selector(element) && link.targetExists),
          );

      const linkCount = (element: Element): number => element.querySelectorAll('a[href]').length;
      // The accessible name without axe's cost when no aria-labelledby is involved (sitemap and search links).
      const quickName = (element: Element): string =>
        element.hasAttribute('aria-labelledby')
          ? v.accessibleName(element)
          : collapse(
              element.getAttribute('aria-label') || element.textContent || element.getAttribute('title'),
            );
      const navigations = Array.from(document.querySelectorAll('nav, [role="navigation" i]')).filter(
        (element) => v.isVisible(element) && !v.isHiddenFromAT(element),
      );
      const navigationBeforeMain =
        !!main &&
        (navigations.some((element) => beforeMain(element) && linkCount(element) >= 1) ||
          Array.from(document.querySelectorAll('ul, ol')).some(
            (list) => beforeMain(list) && linkCount(list) >= 3,
          ));

      const NOT_MENU =
        /fil d.?ariane|breadcrumb|pagination|[eé]vitement|acc[eè]s rapide|skip|r[eé]seaux|social|partag|langue|language/i;
      // Links to other pages of the site (a menu of social networks or anchors is not a navigation menu).
      const realLinks = (element: Element): number =>
        Array.from(element.querySelectorAll<HTMLAnchorElement>('a[href]')).filter(
          (link) => !/^#/.test(link.getAttribute('href') ?? '') && link.origin === location.origin,
        ).length;
      const menus = navigations
        .filter(
          (element) =>
            !element.closest('footer, [role="contentinfo" i]') &&
            realLinks(element) >= 3 &&
            !NOT_MENU.test(v.accessibleName(element)),
        )
        .slice(0, 20)
        .map(system);
      if (menus.length === 0) {
        const headerLists = Array.from(document.querySelectorAll('header ul, [role="banner" i] ul')).filter(
          (list) =>
            !list.closest('footer, [role="contentinfo" i]') && realLinks(list) >= 3 && v.isVisible(list),
        );
        menus.push(...headerLists.slice(0, 20).map(system));
      }

      const SITEMAP = /\b(plan du site|plan de site|plan du portail|sitemap|site map)\b/i;
      const sitemapLinks = Array.from(document.querySelectorAll('a[href]'))
        .filter(
          (link) =>
            SITEMAP.test(quickName(link)) && !/^(#|javascript:)/i.test(link.getAttribute('href') ?? ''),
        )
        .filter((link) => !v.isHiddenFromAT(link))
        .slice(0, 20)
        .map(system);

      const SEARCH = /search|recherch|^q$|^s$|query|keys|mots?[-_ ]?cl/i;
      const searchFields = (form: Element): boolean =>
        Array.from(form.querySelectorAll('input')).some(
          (input) =>
            input.type === 'search' ||
            (input.type === 'text' &&
              SEARCH.test(
                [input.name, input.id, input.placeholder, input.getAttribute('aria-label') ?? ''].join(' '),
              )),
        );
      const searchCandidates = new Set([
        ...Array.from(document.querySelectorAll('[role="search" i], search')),
        ...Array.from(document.querySelectorAll('form')).filter(searchFields),
        ...Array.from(document.querySelectorAll('a[href], button')).filter((element) =>
          /^(rechercher|recherche|search)\b/i.test(quickName(element)),
        ),
      ]);
      // One entry per search: a form's own button or field is not another one.
      const searches = [...searchCandidates]
        .filter(
          (element) => ![...searchCandidates].some((other) => other !== element && other.contains(element)),
        )
        .filter((element) => !main?.contains(element) && !v.isHiddenFromAT(element))
        .slice(0, 20)
        .map(system);

      const positiveTabindex = focusables
        .map((element, index) => ({ element, index }))
        .filter(({ element }) => Number.parseInt(element.getAttribute('tabindex') ?? '', 10) > 0)
        .slice(0, 500)
        .map(({ element, index }) => ({
          ...target(element),
          tabindex: element.tabIndex,
          overtaken: focusables.slice(0, index).filter((other) => other.tabIndex === 0).length,
          overtakenPositive: focusables.slice(0, index).filter((other) => other.tabIndex > element.tabIndex)
            .length,
        }));

      return {
        root,
        main: main ? target(main) : null,
        navigationBeforeMain,
        skipLinks,
        unresolvedSkipCandidate,
        menus,
        sitemapLinks,
        searches,
        positiveTabindex,
      };
    }),
});
