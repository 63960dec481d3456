// RGAA 12.7.2 (WCAG 2.4.1, 3.2.3): in a set of pages, the link to the main content is at the same place, in the
// same relative order, visible (at least on focus) and working on every page. The place is read from the tab
// order: the facts do not measure where the link shows once focused.

import { normalizeLabel } from '../../../core/facts/fields.js';
import { defineSiteRule, type SitePage, siteCantTell, siteFailed, sitePassed } from '../../../core/rule.js';
import type { SiteSkipLink } from '../../../core/site-facts.js';

/** The page's first focusable same-page link that leads to the main content. */
function skipLinkOf(page: SitePage): SiteSkipLink | undefined {
  return page.facts.navigation?.skipLinks
    .filter((link) => link.reachesMain && link.focusIndex !== null)
    .sort((a, b) => a.focusIndex! - b.focusIndex!)[0];
}

export default defineSiteRule({
  id: 'skip-link-inconsistent',
  version: 1,
  family: 'a11y',
  title: 'Lien d’accès rapide au contenu principal différent d’une page à l’autre',
  description:
    'Sur chaque page de l’échantillon, le premier lien interne focalisable qui mène au contenu principal (voir ' +
    'skip-link-missing). Conforme si toutes les pages en ont un, avec le même intitulé, à la même position dans ' +
    'l’ordre de tabulation, visible ou visible à la prise de focus (vérifié en lui donnant le focus). Non conforme ' +
    'si le lien reste masqué au focus sur une page. « À vérifier » si une page n’en a pas (12.7.1 juge cette page), ' +
    'si l’intitulé ou la position dans l’ordre de tabulation change (un bandeau peut le précéder sur une page), ou ' +
    'si sa visibilité au focus n’a pas pu être observée. Limite : la place à l’écran du lien une fois focalisé ' +
    'n’est pas mesurée, elle est déduite de sa position dans l’ordre de tabulation. Aucun lien sur aucune page : ' +
    'non testé (12.7.1). Moins de deux pages auditées : non testé.',
  rgaa: ['12.7.2'],
  wcag: ['2.4.1', '3.2.3'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  evaluate: (pages) => {
    const unknown = pages.filter((page) => !page.facts.navigation);
    if (unknown.length > 0)
      return [
        siteCantTell(
          'Les faits de navigation manquent sur certaines pages : vérifier le lien d’accès rapide à la main.',
          unknown.map((page) => page.url),
        ),
      ];
    const links = pages.map((page) => ({ page, link: skipLinkOf(page) }));
    if (links.every(({ link }) => !link)) return [];
    const missing = links.filter(({ link }) => !link).map(({ page }) => page.url);
    const verdicts = [];
    if (missing.length > 0)
      verdicts.push(
        siteCantTell(
          'Aucun lien vers le contenu principal repéré sur ces pages, alors que d’autres en ont : vérifier qu’un lien identique y mène au contenu principal.',
          missing,
        ),
      );
    const present = links.filter(
      (entry): entry is { page: SitePage; link: SiteSkipLink } => entry.link !== undefined,
    );
    for (const { page, link } of present) {
      if (link.visibleOnFocus === false && !link.visible)
        verdicts.push(
          siteFailed(
            `Le lien « ${link.name} » vers le contenu principal reste masqué quand il reçoit le focus : le rendre visible au moins à la prise de focus.`,
            [page.url],
          ),
        );
      else if (!link.visible && link.visibleOnFocus !== true)
        verdicts.push(
          siteCantTell(
            `Le lien « ${link.name} » est masqué et sa visibilité au focus n’a pas été observée : vérifier qu’il apparaît à la tabulation.`,
            [page.url],
          ),
        );
    }
    const [reference, ...others] = present as [(typeof present)[number], ...typeof present];
    for (const { page, link } of others) {
      const urls = [reference.page.url, page.url];
      if (normalizeLabel(link.name) !== normalizeLabel(reference.link.name))
        verdicts.push(
          siteCantTell(
            `Le lien d’accès rapide s’intitule « ${reference.link.name} » sur une page et « ${link.name} » sur l’autre : vérifier qu’il s’agit du même lien, à la même place.`,
            urls,
          ),
        );
      else if (link.focusIndex !== reference.link.focusIndex)
        verdicts.push(
          siteCantTell(
            `Le lien « ${link.name} » est en position ${reference.link.focusIndex! + 1} dans l’ordre de tabulation sur une page et en position ${link.focusIndex! + 1} sur l’autre : vérifier qu’il reste à la même place et dans le même ordre.`,
            urls,
          ),
        );
      else verdicts.push(sitePassed(urls));
    }
    return verdicts;
  },
});
