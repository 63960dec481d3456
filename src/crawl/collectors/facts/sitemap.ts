// Site-map facts (RGAA 12.3.2): when the page presents itself as the site map (its address, title or first
// heading), each http(s) link of the map is requested from the page — HEAD, then GET when the server refuses
// HEAD — through the tab's own network guard, and its final status kept. Runs after the measurement: the
// requests are not counted in the page's frugality figures.

import type { SitemapFacts } from '../../../core/facts/sitemap.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export const MAX_SITEMAP_LINKS = 300;

export default defineGatherer({
  key: 'sitemap',
  mutates: false,
  gather: (page) =>
    page.evaluate(
      async ([max, concurrency, timeoutMs, budgetMs]: [
        number,
        number,
        number,
        number,
      ]): Promise<SitemapFacts> => {
        const started = performance.now();
        const v = (window as unknown as VigieWindow).__vigie;
        const html = document.documentElement;
        const root = { selector: v.selector(html), snippet: v.snippet(html).replace(/>[\s\S]*$/, '>') };
        const MAP = /\bplan du site\b|\bsite ?map\b/i;
        const lastSegment = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
        const heading = document.querySelector('h1, [role="heading"][aria-level="1"]');
        const recognisedBy = /^(plan[-_]du[-_]site|site[-_]?map)(\.(html?|php|aspx?))?$/i.test(lastSegment)
          ? 'url'
          : MAP.test(document.title)
            ? 'title'
            : heading && MAP.test(heading.textContent ?? '')
              ? 'heading'
              : null;
        if (!recognisedBy) return { root, recognisedBy, links: [], total: 0, durationMs: 0 };
        const scope = document.querySelector('main, [role="main"]') ?? document.body ?? html;
        const anchors = Array.from(
          scope.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]'),
        )
          .filter((anchor) => /^https?:$/.test(anchor.protocol))
          .filter(
            (anchor) =>
              scope !== document.body ||
              !anchor.closest('header, footer, [role="banner"], [role="contentinfo"]'),
          );
        const links: SitemapFacts['links'] = anchors.slice(0, max).map((anchor) => {
          const url = new URL(anchor.href);
          url.hash = '';
          return {
            selector: v.selector(anchor),
            snippet: v.snippet(anchor),
            href: url.href,
            status: null,
            error: null,
          };
        });
        // One request per distinct address, a few at a time, within the budget.
        const results = new Map<string, Pick<SitemapFacts['links'][number], 'status' | 'error'>>();
        const queue = [...new Set(links.map((link) => link.href))];
        const request = async (href: string, method: 'HEAD' | 'GET') => {
          const response = await fetch(href, {
            method,
            redirect: 'follow',
            credentials: 'same-origin',
            cache: 'no-store',
            signal: AbortSignal.timeout(timeoutMs),
          });
          await response.body?.cancel().catch(() => undefined);
          return response.status;
        };
        const worker = async () => {
          for (let href = queue.shift(); href !== undefined; href = queue.shift()) {
            if (performance.now() - started > budgetMs) {
              results.set(href, { status: null, error: 'budget' });
              continue;
            }
            try {
              let status = await request(href, 'HEAD');
              if (status === 405 || status === 501) status = await request(href, 'GET');
              results.set(href, { status, error: null });
            } catch (error) {
              const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
              results.set(href, { status: null, error: timedOut ? 'timeout' : 'network' });
            }
          }
        };
        await Promise.all(Array.from({ length: concurrency }, worker));
        for (const link of links) Object.assign(link, results.get(link.href));
        return {
          root,
          recognisedBy,
          links,
          total: anchors.length,
          durationMs: Math.round(performance.now() - started),
        };
      },
      [MAX_SITEMAP_LINKS, 4, 4000, 10_000] as [number, number, number, number],
    ),
});
