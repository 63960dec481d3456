// RGAA 12.3.2 (WCAG 2.4.5): the links of the site map work. On the page recognised as the site map, each link of
// the map was requested once from the page (HEAD, else GET); an HTTP error fails. Other pages: not applicable.

import { cantTell, defineRule, failed, passed, type RuleTarget } from '../../../core/rule.js';

type Target = RuleTarget & { status?: number | null; error?: string | null; unchecked?: number };

export default defineRule({
  id: 'sitemap-link-broken',
  version: 1,
  family: 'a11y',
  title: 'Lien du plan du site en erreur',
  description:
    'S’applique à la page reconnue comme plan du site (adresse « plan-du-site » ou « sitemap », titre ou ' +
    'premier titre de niveau 1 « Plan du site »). Chaque lien http(s) du plan (dans <main> s’il existe, sinon ' +
    'hors en-tête et pied de page), jusqu’à 300, est demandé une fois depuis la page (HEAD, puis GET si le ' +
    'serveur refuse HEAD ; 4 à la fois, 4 s par lien, 10 s en tout), après la mesure. Non conforme quand la ' +
    'réponse finale, redirections suivies, est une erreur HTTP (4xx, 5xx) ; à vérifier quand aucun statut n’a ' +
    'pu être lu (délai, réseau, lien vers un autre site qui ne l’autorise pas) ou au-delà de 300 liens ; ' +
    'conforme sinon. Limite : une page d’erreur servie avec le statut 200 (« soft 404 ») passe pour ' +
    'fonctionnelle.',
  rgaa: ['12.3.2'],
  wcag: ['2.4.5'],
  act: [],
  coverage: 'full',
  requires: ['sitemap'],
  applicability: ({ sitemap }): Target[] => {
    if (!sitemap.recognisedBy) return [];
    const targets: Target[] = [...sitemap.links];
    if (sitemap.total > sitemap.links.length)
      targets.push({ ...sitemap.root, unchecked: sitemap.total - sitemap.links.length });
    return targets;
  },
  expectation: (target) => {
    if (target.unchecked !== undefined)
      return cantTell(
        `${target.unchecked} liens du plan du site n’ont pas été vérifiés (plafond de 300) : vérifier qu’ils fonctionnent.`,
      );
    if (typeof target.status === 'number' && target.status >= 400)
      return failed(
        `Ce lien du plan du site aboutit à une erreur HTTP ${target.status} : corriger sa destination ou le retirer du plan.`,
      );
    if (typeof target.status === 'number' && target.status >= 200) return passed();
    const why =
      target.error === 'timeout'
        ? 'la page n’a pas répondu à temps'
        : target.error === 'budget'
          ? 'le temps alloué à la vérification était écoulé'
          : 'aucune réponse lisible (réseau, ou autre site qui ne l’autorise pas)';
    return cantTell(
      `Ce lien du plan du site n’a pas pu être vérifié (${why}) : l’ouvrir pour s’assurer qu’il fonctionne.`,
    );
  },
});
