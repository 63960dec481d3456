// RGAA 12.2.1 (WCAG 3.2.3): in a set of pages, the menus and navigation bars are at the same place in the
// presentation and in the same relative order in the source on every page that has them. The home page is left
// out (RGAA note: the criterion does not apply to it); each other page is compared with the first one.

import {
  defineSiteRule,
  type SitePage,
  type SiteVerdict,
  siteCantTell,
  siteFailed,
  sitePassed,
} from '../../../core/rule.js';
import type { SiteNavItem } from '../../../core/site-facts.js';
import { comparePlace, matchMenus, PLACE_TOLERANCE_PX, sameRelativeOrder, where } from './compare.js';

const label = (menu: SiteNavItem) => (menu.name ? `« ${menu.name} »` : `(${menu.selector})`);

/** One verdict for `page` against `reference`: its common menus at the same place, in the same order. */
function comparePages(reference: SitePage, page: SitePage): SiteVerdict {
  const refMenus = reference.facts.navigation!.menus;
  const menus = page.facts.navigation!.menus;
  const urls = [reference.url, page.url];
  const pairs = matchMenus(refMenus, menus);
  if (pairs.length === 0)
    return siteCantTell(
      `Aucun menu commun repéré entre ${reference.url} et ${page.url} : vérifier si ces pages appartiennent au même ensemble et si leurs menus sont à la même place.`,
      urls,
    );
  const failures: string[] = [];
  const doubts: string[] = [];
  for (const [menu, other] of pairs) {
    const place = comparePlace(
      { box: menu.box, facts: reference.facts, order: menu.order },
      { box: other.box, facts: page.facts, order: other.order },
    );
    if (place === 'different')
      failures.push(
        `le menu ${label(menu)} est en ${where(menu.box)} sur ${reference.url} et en ${where(other.box)} sur ${page.url}`,
      );
    else if (place === 'unknown')
      doubts.push(`le menu ${label(menu)} est décalé (${where(menu.box)} puis ${where(other.box)})`);
    if (!sameRelativeOrder(menu.links, other.links))
      failures.push(`les liens communs du menu ${label(menu)} ne sont pas dans le même ordre`);
  }
  const byOrder = (list: readonly SiteNavItem[]) => [...list].sort((a, b) => a.order - b.order);
  const keyOf = new Map(
    pairs.flatMap(
      ([menu, other], i) =>
        [
          [menu, String(i)],
          [other, String(i)],
        ] as const,
    ),
  );
  const refSequence = byOrder(pairs.map(([menu]) => menu)).map((menu) => keyOf.get(menu)!);
  const sequence = byOrder(pairs.map(([, other]) => other)).map((menu) => keyOf.get(menu)!);
  if (!sameRelativeOrder(refSequence, sequence))
    failures.push('les menus communs ne se présentent pas dans le même ordre dans le code source');
  if (failures.length > 0)
    return siteFailed(`Navigation incohérente entre pages : ${failures.join(' ; ')}.`, urls);
  if (doubts.length > 0)
    return siteCantTell(
      `${doubts.join(' ; ')} (plus de ${PLACE_TOLERANCE_PX} px) : vérifier à l’écran que le menu reste à la même place entre ${reference.url} et ${page.url}.`,
      urls,
    );
  return sitePassed(urls);
}

export default defineSiteRule({
  id: 'navigation-menu-inconsistent',
  version: 1,
  family: 'a11y',
  title: 'Menu ou barre de navigation qui change de place ou d’ordre d’une page à l’autre',
  description:
    'Compare, hors page d’accueil (non applicable selon le RGAA), chaque page de l’échantillon disposant d’un menu ' +
    'à la première : menus appariés par nom ou par liens communs (au moins la moitié). Même place : même largeur ' +
    `de fenêtre, bords gauche et haut (ou distance au bas de page) à ${PLACE_TOLERANCE_PX} px près. Non conforme ` +
    'si un menu passe du premier écran au dernier (et de la première moitié du code source à la seconde) ou d’un tiers latéral à l’autre, si les menus communs ou les ' +
    'liens communs d’un menu changent d’ordre dans le code source ; « à vérifier » pour un autre décalage, des ' +
    'pages sans menu commun (gabarits différents) ou des faits manquants. Moins de deux pages avec menu : non testé.',
  rgaa: ['12.2.1'],
  wcag: ['3.2.3'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  evaluate: (pages) => {
    const inner = pages.filter((page) => page.role !== 'home');
    const unknown = inner.filter((page) => !page.facts.navigation);
    if (unknown.length > 0)
      return [
        siteCantTell(
          'Les faits de navigation manquent sur certaines pages : comparer leurs menus à la main.',
          unknown.map((page) => page.url),
        ),
      ];
    const withMenus = inner.filter((page) => page.facts.navigation!.menus.length > 0);
    if (withMenus.length < 2) return [];
    const [reference, ...others] = withMenus as [SitePage, ...SitePage[]];
    return others.map((page) => comparePages(reference, page));
  },
});
