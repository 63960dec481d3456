// The bundled demo sites (demo/sites/, scripts/lib/demo-sites.mjs): each on its own origin, robots.txt and
// sitemap.xml naming that origin, the required links on every home page, and a registry CSV the importer accepts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedDemoSite, serveDemoSites, sitesCsv } from '../../scripts/lib/demo-sites.mjs';
import { isAllowed, parseRobots } from '../../src/core/robots.js';
import { parseSitemap } from '../../src/crawl/sampling.js';
import { readRegistry } from '../../src/sources/registry.js';

let demo: Awaited<ReturnType<typeof serveDemoSites>>;
beforeAll(async () => {
  demo = await serveDemoSites();
});
afterAll(() => demo?.close());

const text = async (url: string): Promise<{ status: number; body: string }> => {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
};
const origin = (site: ServedDemoSite) => new URL(site.url).origin;

describe('serveDemoSites', () => {
  it('serves four sites, each on its own origin', () => {
    expect(demo.sites.map((site) => site.key)).toEqual(['commune', 'departement', 'epci', 'hopital']);
    expect(new Set(demo.sites.map(origin)).size).toBe(4);
    for (const site of demo.sites) expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves home pages with the required footer links and an accessibility status', async () => {
    const statuses = new Set<string>();
    for (const site of demo.sites) {
      const home = await text(site.url);
      expect(home.status).toBe(200);
      for (const page of ['contact', 'mentions-legales', 'accessibilite', 'plan-du-site'])
        expect(home.body, `${site.key}: ${page}`).toContain(`href="${page}.html"`);
      const status = /Accessibilité : (partiellement conforme|non conforme|totalement conforme)/.exec(
        home.body,
      );
      expect(status, site.key).not.toBeNull();
      statuses.add(status![1]!);
      expect(home.body).not.toContain('{{ORIGIN}}');
    }
    expect(statuses.size).toBe(3);
  });

  it('writes absolute URLs of the right origin in robots.txt and sitemap.xml', async () => {
    for (const site of demo.sites) {
      const robots = await text(`${origin(site)}/robots.txt`);
      expect(robots.status).toBe(200);
      expect(robots.body).not.toContain('{{ORIGIN}}');
      const policy = parseRobots(robots.body, 'Vigie');
      // The hospital's robots.txt has no Sitemap line: crawlers fall back to /sitemap.xml.
      expect(policy.sitemaps).toEqual(site.key === 'hopital' ? [] : [`${origin(site)}/sitemap.xml`]);

      const sitemap = await text(`${origin(site)}/sitemap.xml`);
      expect(sitemap.status).toBe(200);
      const { urls } = parseSitemap(sitemap.body);
      expect(urls.length).toBeGreaterThanOrEqual(5);
      for (const url of urls) {
        expect(url.startsWith(`${origin(site)}/`), url).toBe(true);
        expect((await fetch(url)).status, url).toBe(200);
      }
    }
  });

  it('keeps the département draft page out of robots.txt, though the home page links to it', async () => {
    const site = demo.sites.find((s) => s.key === 'departement')!;
    const policy = parseRobots((await text(`${origin(site)}/robots.txt`)).body, 'Vigie');
    expect(isAllowed(policy, '/brouillons/budget-2026.html')).toBe(false);
    expect(isAllowed(policy, '/decouvrir.html')).toBe(true);
    expect((await text(site.url)).body).toContain('href="brouillons/budget-2026.html"');
    expect((await text(`${origin(site)}/brouillons/budget-2026.html`)).status).toBe(200);
  });
});

describe('sitesCsv', () => {
  it('is a generic registry CSV that the importer accepts line by line', async () => {
    const csv = sitesCsv(demo.sites);
    expect(csv.split('\n')[0]).toBe('name,kind,url,insee,siren,population');
    const read = await readRegistry(new TextEncoder().encode(csv), { fileName: 'demo-sites.csv' });
    expect(read.format).toBe('csv');
    expect(read.rejected).toEqual([]);
    expect(read.ignoredColumns).toEqual([]);
    expect(
      read.entries.map((entry) => [
        entry.url,
        entry.kind,
        entry.organisation?.name,
        entry.organisation?.population,
      ]),
    ).toEqual(demo.sites.map((site) => [site.url, site.kind, site.name, site.population]));
  });
});
