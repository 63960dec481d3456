// Shared by the site rules on the sitemap link (RGAA 12.4) and the site search (RGAA 12.5), WCAG 3.2.3: the same
// means of access on every page, at the same place in the presentation, in the same relative order in the
// source (before or after the same menus and navigation systems). Pure.

import { type SitePage, type SiteVerdict, siteCantTell, siteFailed, sitePassed } from '../../../core/rule.js';
import type { SiteNavItem } from '../../../core/site-facts.js';
import { comparePlace, matchMenus, PLACE_TOLERANCE_PX, where } from './compare.js';

type Navigation = NonNullable<SitePage['facts']['navigation']>;
type System = 'sitemap' | 'search';

export interface SystemSpec {
  system: System;
  /** « le lien vers le plan du site ». */
  what: string;
  tests: { same: string; place: string; order: string };
  /** Same means of access on two pages (the first one is the reference's). */
  sameMeans: (reference: SiteNavItem, item: SiteNavItem) => boolean;
}

const itemsOf = (navigation: Navigation, system: System) =>
  system === 'sitemap' ? navigation.sitemapLinks : navigation.searches;

/** The first of a page's items in document order. */
const first = (items: readonly SiteNavItem[]) => [...items].sort((a, b) => a.order - b.order)[0];

/** Other navigation items of a page, keyed so that the same item has the same key on every page. */
function anchors(page: SitePage, reference: SitePage, spec: SystemSpec): Map<string, number> {
  const navigation = page.facts.navigation!;
  const out = new Map<string, number>();
  const other: System = spec.system === 'sitemap' ? 'search' : 'sitemap';
  const firstOther = first(itemsOf(navigation, other));
  if (firstOther) out.set(other, firstOther.order);
  const refMenus = reference.facts.navigation!.menus;
  const pairs =
    page === reference
      ? refMenus.map((menu) => [menu, menu] as const)
      : matchMenus(refMenus, navigation.menus);
  for (const [menu, match] of pairs) out.set(`menu${refMenus.indexOf(menu)}`, match.order);
  return out;
}

/** « before » / « after » the anchors common to both pages; null when they have none in common. */
function orderAgrees(reference: SitePage, page: SitePage, spec: SystemSpec): boolean | null {
  const refItem = first(itemsOf(reference.facts.navigation!, spec.system))!;
  const item = first(itemsOf(page.facts.navigation!, spec.system))!;
  const [refAnchors, pageAnchors] = [anchors(reference, reference, spec), anchors(page, reference, spec)];
  const common = [...refAnchors.keys()].filter((key) => pageAnchors.has(key));
  if (common.length === 0) {
    // Nothing to order it against: at least in the same half of the document.
    const half = (p: SitePage, order: number) =>
      p.facts.elements > 0 ? order / p.facts.elements >= 0.5 : null;
    const [a, b] = [half(reference, refItem.order), half(page, item.order)];
    return a !== null && a === b ? true : null;
  }
  return common.every((key) => refItem.order < refAnchors.get(key)! === item.order < pageAnchors.get(key)!);
}

export function evaluateSystem(pages: readonly SitePage[], spec: SystemSpec): SiteVerdict[] {
  const { tests, what } = spec;
  const all = [tests.same, tests.place, tests.order];
  const unknown = pages.filter((page) => !page.facts.navigation);
  if (unknown.length > 0)
    return [
      siteCantTell(
        `Les faits de navigation manquent sur certaines pages : vérifier ${what} à la main.`,
        unknown.map((page) => page.url),
        all,
      ),
    ];
  const having = pages.filter((page) => itemsOf(page.facts.navigation!, spec.system).length > 0);
  if (having.length === 0) return [];
  const verdicts: SiteVerdict[] = [];
  const missing = pages.filter((page) => !having.includes(page));
  if (missing.length > 0)
    verdicts.push(
      siteCantTell(
        `${what[0]!.toUpperCase()}${what.slice(1)} n’a pas été repéré sur ${missing.length} page(s) de l’échantillon : vérifier s’il y est sous une autre forme, ou l’ajouter à l’identique.`,
        missing.map((page) => page.url),
        all,
      ),
    );
  const [reference, ...others] = having as [SitePage, ...SitePage[]];
  const refItem = first(itemsOf(reference.facts.navigation!, spec.system))!;
  for (const page of others) {
    const item = first(itemsOf(page.facts.navigation!, spec.system))!;
    const urls = [reference.url, page.url];
    if (missing.length === 0)
      verdicts.push(
        spec.sameMeans(refItem, item)
          ? sitePassed(urls, [tests.same])
          : siteCantTell(
              `${what[0]!.toUpperCase()}${what.slice(1)} diffère entre ${reference.url} (<${refItem.tag}>) et ${page.url} (<${item.tag}>) : vérifier que le moyen d’accès est le même.`,
              urls,
              [tests.same],
            ),
      );
    const place = comparePlace(
      { box: refItem.box, facts: reference.facts, order: refItem.order },
      { box: item.box, facts: page.facts, order: item.order },
    );
    if (place === 'same') verdicts.push(sitePassed(urls, [tests.place]));
    else if (place === 'different')
      verdicts.push(
        siteFailed(
          `${what[0]!.toUpperCase()}${what.slice(1)} est en ${where(refItem.box)} sur ${reference.url} et en ${where(item.box)} sur ${page.url} (autre zone de la page) : le placer au même endroit sur toutes les pages.`,
          urls,
          [tests.place],
        ),
      );
    else
      verdicts.push(
        siteCantTell(
          `${what[0]!.toUpperCase()}${what.slice(1)} est décalé de plus de ${PLACE_TOLERANCE_PX} px entre ${reference.url} ${where(refItem.box)} et ${page.url} ${where(item.box)} : vérifier à l’écran qu’il reste à la même place.`,
          urls,
          [tests.place],
        ),
      );
    const order = orderAgrees(reference, page, spec);
    if (order === true) verdicts.push(sitePassed(urls, [tests.order]));
    else if (order === false)
      verdicts.push(
        siteFailed(
          `${what[0]!.toUpperCase()}${what.slice(1)} ne se présente pas dans le même ordre par rapport aux menus et autres systèmes de navigation sur ${reference.url} et ${page.url} : garder le même ordre dans le code source.`,
          urls,
          [tests.order],
        ),
      );
    else
      verdicts.push(
        siteCantTell(
          `Aucun repère commun pour comparer l’ordre de ${what} entre ${reference.url} et ${page.url} : vérifier qu’il se présente dans le même ordre dans le code source.`,
          urls,
          [tests.order],
        ),
      );
  }
  return verdicts;
}
