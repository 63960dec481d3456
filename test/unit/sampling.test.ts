import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, parseRobots } from '../../src/core/robots.js';
import type { PageLink } from '../../src/core/snapshot.js';
import { chooseSample, parseSitemap, roleOfLink, samePageUrl } from '../../src/crawl/sampling.js';

const home = 'https://www.ville-exemple.fr/';
const link = (href: string, text: string, extra: Partial<PageLink> = {}): PageLink => ({
  href: new URL(href, home).href,
  text,
  label: null,
  rel: null,
  inFooter: false,
  ...extra,
});

describe('roleOfLink', () => {
  it.each([
    ['/accessibilite', 'Accessibilité : partiellement conforme', 'accessibility'],
    ['/page-12', 'Accessibilite : non conforme', 'accessibility'],
    ['/declaration-accessibilite.html', '', 'accessibility'],
    ['/infos', 'Mentions légales', 'legal'],
    ['/mentions-legales/', 'Informations', 'legal'],
    ['/plan', 'Plan du site', 'sitemap'],
    ['/plan-du-site.html', '', 'sitemap'],
    ['/nous-ecrire', 'Contact', 'contact'],
    ['/contact.html', 'Écrivez-nous', 'contact'],
    ['/aide', 'Aide', 'help'],
    ['/faq.html', '', 'help'],
    ['/espace', 'Mon compte', 'authentication'],
    ['/connexion', '', 'authentication'],
    ['/actualites/fete.html', 'La fête du village', 'other'],
    ['/contact-presse-et-partenaires-du-festival-de-la-ville', 'Le festival', 'contact'],
  ])('%s « %s » → %s', (href, text, role) => {
    expect(roleOfLink(link(href, text)).role).toBe(role);
  });

  it('reads the role from rel, aria-label and title too', () => {
    expect(roleOfLink(link('/x', '', { rel: 'sitemap' })).role).toBe('sitemap');
    expect(roleOfLink(link('/x', '', { label: 'Mentions légales' })).role).toBe('legal');
  });
});

describe('samePageUrl', () => {
  it('keeps same-site pages without fragment, with or without www.', () => {
    expect(samePageUrl('/a#haut', home)).toBe('https://www.ville-exemple.fr/a');
    expect(samePageUrl('https://ville-exemple.fr/b', home)).toBe('https://ville-exemple.fr/b');
  });
  it('drops other sites, subdomains, files and non-http links', () => {
    expect(samePageUrl('https://www.service-public.fr/', home)).toBeNull();
    expect(samePageUrl('https://demarches.ville-exemple.fr/', home)).toBeNull();
    expect(samePageUrl('/documents/plan.pdf', home)).toBeNull();
    expect(samePageUrl('mailto:mairie@ville-exemple.fr', home)).toBeNull();
    expect(samePageUrl('javascript:void(0)', home)).toBeNull();
  });
});

describe('chooseSample', () => {
  const links = [
    link('/', 'Accueil'),
    link('/actualites/', 'Actualités'),
    link('/actualites/fete.html', 'Fête'),
    link('/actualites/travaux.html', 'Travaux'),
    link('/vie-pratique/dechets.html', 'Déchets'),
    link('/contact.html', 'Contact'),
    link('/mentions-legales.html', 'Mentions légales', { inFooter: true }),
    link('/accessibilite.html', 'Accessibilité : non conforme', { inFooter: true }),
    link('/plan-du-site.html', 'Plan du site', { inFooter: true }),
    link('https://www.service-public.fr/', 'Service-Public'),
  ];

  it('takes the home page, then one page per role, then others up to the total', () => {
    const sample = chooseSample({
      homeUrl: home,
      links,
      sitemapUrls: [],
      robots: ALLOW_ALL,
      pagesPerSite: 7,
    });
    expect(sample.map((page) => [page.role, new URL(page.url).pathname])).toEqual([
      ['home', '/'],
      ['accessibility', '/accessibilite.html'],
      ['legal', '/mentions-legales.html'],
      ['contact', '/contact.html'],
      ['sitemap', '/plan-du-site.html'],
      ['other', '/actualites/'],
      ['other', '/vie-pratique/dechets.html'],
    ]);
  });

  it('keeps required pages beyond the total, and fills no other page then', () => {
    const sample = chooseSample({
      homeUrl: home,
      links,
      sitemapUrls: [],
      robots: ALLOW_ALL,
      pagesPerSite: 3,
    });
    expect(sample.map((page) => page.role)).toEqual(['home', 'accessibility', 'legal', 'contact', 'sitemap']);
  });

  it('finds required pages in the sitemap when the home page does not link them, and respects robots.txt', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /actualites/\n', 'Vigie');
    const sample = chooseSample({
      homeUrl: home,
      links: [link('/actualites/fete.html', 'Fête'), link('/services/', 'Services')],
      sitemapUrls: [`${home}actualites/a.html`, `${home}aide/`, `${home}accessibilite/declaration`],
      robots,
      pagesPerSite: 5,
    });
    expect(sample.map((page) => [page.role, new URL(page.url).pathname, page.foundBy])).toEqual([
      ['home', '/', 'home'],
      ['accessibility', '/accessibilite/declaration', 'sitemap-url'],
      ['help', '/aide/', 'sitemap-url'],
      ['other', '/services/', 'filler'],
    ]);
  });
});

describe('parseSitemap', () => {
  it('reads urlset and sitemapindex', () => {
    expect(
      parseSitemap(
        '<urlset><url><loc> https://a.fr/x?a=1&amp;b=2 </loc></url><url><loc>https://a.fr/y</loc></url></urlset>',
      ),
    ).toEqual({ urls: ['https://a.fr/x?a=1&b=2', 'https://a.fr/y'], sitemaps: [] });
    expect(
      parseSitemap('<sitemapindex><sitemap><loc>https://a.fr/s1.xml</loc></sitemap></sitemapindex>'),
    ).toEqual({
      urls: [],
      sitemaps: ['https://a.fr/s1.xml'],
    });
    expect(parseSitemap('<html>pas un sitemap</html>')).toEqual({ urls: [], sitemaps: [] });
  });
});

describe('roleOfLink on long texts', () => {
  it('ignores a keyword lost in a long link text (tag cloud, news title)', () => {
    const cloud = link(
      '/actualites/elections.html',
      'Accueil numérique élections mariage formulaire démarches canicule accessibilité horaires',
    );
    expect(roleOfLink(cloud).role).toBe('other');
    const statement = link(
      '/page',
      'Accessibilité : partiellement conforme — consulter la déclaration complète en ligne',
    );
    expect(roleOfLink(statement).role).toBe('accessibility');
  });
});
