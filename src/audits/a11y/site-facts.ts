// Builds a page's SiteFacts (src/core/site-facts.ts) from its snapshot: the compact extract the site-level rules
// compare between pages. Pure; lists are capped so a page report stays small.

import type { NavigationSystem } from '../../core/facts/navigation.js';
import type { SiteFacts, SiteField, SiteNavItem } from '../../core/site-facts.js';
import type { PageSnapshot } from '../../core/snapshot.js';

const MAX_ITEMS = 20;
const MAX_FIELDS = 100;

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** `<nav class…>` → `nav`. */
export function tagOf(snippet: string): string {
  return /^<([a-zA-Z][\w-]*)/.exec(snippet)?.[1]?.toLowerCase() ?? '';
}

/** The `name` attribute of the element's own start tag, from its snippet. */
export function nameAttributeOf(snippet: string): string | null {
  const start = /^<[^>]*>?/.exec(snippet)?.[0] ?? '';
  return (
    /\sname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
      .exec(start)
      ?.slice(1)
      .find((v) => v !== undefined) ?? null
  );
}

function navItem(system: NavigationSystem): SiteNavItem {
  return {
    selector: system.selector,
    name: cut(system.name, 100),
    href: system.href,
    tag: tagOf(system.snippet),
    box: system.box,
    order: system.order,
    links: system.links.slice(0, 30),
  };
}

export function siteFactsOf(snapshot: PageSnapshot): SiteFacts | null {
  const facts = snapshot.facts;
  if (!facts) return null;
  const navigation = facts.navigation;
  const fields: SiteField[] | null = facts.fields
    ? facts.fields.fields
        .filter((field) => field.visible)
        .slice(0, MAX_FIELDS)
        .map((field) => ({
          selector: field.selector,
          type: field.type,
          autocomplete: field.autocomplete,
          htmlName: nameAttributeOf(field.snippet),
          label: cut(field.accessibleName, 200),
        }))
    : null;
  return {
    viewport: { ...snapshot.measurement.viewport },
    pageHeight: snapshot.dom.scrollHeight ?? 0,
    elements: snapshot.dom.elements ?? 0,
    navigation: navigation
      ? {
          main: navigation.main !== null,
          navigationBeforeMain: navigation.navigationBeforeMain,
          menus: navigation.menus.slice(0, MAX_ITEMS).map(navItem),
          sitemapLinks: navigation.sitemapLinks.slice(0, MAX_ITEMS).map(navItem),
          searches: navigation.searches.slice(0, MAX_ITEMS).map(navItem),
          skipLinks: navigation.skipLinks.slice(0, MAX_ITEMS).map((link) => ({
            selector: link.selector,
            name: link.name,
            fragment: link.fragment,
            reachesMain: link.reachesMain,
            focusIndex: link.focusIndex,
            visible: link.visible,
            visibleOnFocus: link.visibleOnFocus,
          })),
        }
      : null,
    fields,
  };
}
