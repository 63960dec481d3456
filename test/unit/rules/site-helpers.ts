// Hand-built site facts for the unit tests of the site-level rules.

import type { SitePage } from '../../../src/core/rule.js';
import type { SiteFacts, SiteField, SiteNavItem, SiteSkipLink } from '../../../src/core/site-facts.js';

type Navigation = NonNullable<SiteFacts['navigation']>;

export function item(fields: Partial<SiteNavItem> = {}): SiteNavItem {
  return {
    selector: 'nav',
    name: 'Menu principal',
    href: null,
    tag: 'nav',
    box: { x: 100, y: 80, width: 1000, height: 50 },
    order: 20,
    links: [],
    ...fields,
  };
}

export const menu = (fields: Partial<SiteNavItem> = {}) =>
  item({ links: ['/a', '/b', '/c', '/d'], ...fields });

export const sitemapLink = (fields: Partial<SiteNavItem> = {}) =>
  item({
    selector: 'footer a',
    name: 'Plan du site',
    tag: 'a',
    href: 'https://ex.fr/plan-du-site',
    ...fields,
  });

export const searchForm = (fields: Partial<SiteNavItem> = {}) =>
  item({
    selector: 'form[role=search]',
    name: 'Rechercher',
    tag: 'form',
    box: { x: 900, y: 20, width: 250, height: 40 },
    order: 10,
    ...fields,
  });

export function skip(fields: Partial<SiteSkipLink> = {}): SiteSkipLink {
  return {
    selector: 'a.skip',
    name: 'Aller au contenu',
    fragment: 'contenu',
    reachesMain: true,
    focusIndex: 0,
    visible: false,
    visibleOnFocus: true,
    ...fields,
  };
}

export function field(fields: Partial<SiteField> = {}): SiteField {
  return {
    selector: '#q',
    type: 'search',
    autocomplete: null,
    htmlName: 'q',
    label: 'Rechercher',
    ...fields,
  };
}

export function sitePage(
  url: string,
  navigation: Partial<Navigation> | null = {},
  more: Partial<Omit<SiteFacts, 'navigation'>> & { role?: string } = {},
): SitePage {
  const { role = 'content', ...facts } = more;
  return {
    url,
    role,
    facts: {
      viewport: { width: 1280, height: 720 },
      pageHeight: 3000,
      elements: 1000,
      navigation: navigation && {
        main: true,
        navigationBeforeMain: true,
        menus: [],
        sitemapLinks: [],
        searches: [],
        skipLinks: [],
        ...navigation,
      },
      fields: [],
      ...facts,
    },
  };
}
