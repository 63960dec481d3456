// RGAA 13.1.3 (WCAG 2.2.1): a redirection made by a script is immediate, or the user controls its delay. The
// tab records each navigation of the top document the page requested during the visit (DevTools reasons).

import type { ClientNavigationFact } from '../../../core/facts/behaviour.js';
import type { RuleTarget } from '../../../core/facts/target.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

/** Up to this delay after the page was ready, the redirection is immediate. */
export const IMMEDIATE_REDIRECT_MS = 1000;
/**
 * Beyond this delay it is a timed redirection. In between, it may be a loading page that leaves once its data
 * arrived (not a time limit): left to a person rather than risk a false failure.
 */
export const TIMED_REDIRECT_MS = 3000;

/** Reasons that are not script redirections: meta/HTTP refresh (13.1.1, 13.1.2), reloads, Chromium's own. */
const NOT_SCRIPT = new Set([
  'metaTagRefresh',
  'httpHeaderRefresh',
  'reload',
  'initialFrameNavigation',
  'pageBlockInterstitial',
]);

const strip = (url: string): string => url.split('#')[0] ?? url;

export default defineRule({
  id: 'script-redirect-delayed',
  version: 1,
  family: 'a11y',
  title: 'Redirection par script après un délai',
  description:
    'Cible chaque navigation de la page principale demandée par la page pendant la visite, hors rafraîchissement ' +
    'par balise meta ou en-tête Refresh et hors rechargement (raisons données par Chromium : script, clic ou ' +
    'envoi de formulaire par script, personne n’agissant pendant la visite). Conforme quand elle part au plus ' +
    `${IMMEDIATE_REDIRECT_MS} ms après le chargement de la page (redirection immédiate) ; à vérifier jusqu’à ` +
    `${TIMED_REDIRECT_MS} ms (peut-être une page d’attente qui part dès ses données reçues) ; non conforme au-delà : ` +
    'la redirection a eu lieu sans que personne n’agisse, l’utilisateur n’a donc pas eu à l’arrêter ni à ' +
    'l’allonger (choix assumé : un mécanisme d’arrêt présent mais non utilisé n’est pas vu). Le délai est compté ' +
    'depuis l’événement load, ou DOMContentLoaded si la navigation part avant. Limite : seules les redirections ' +
    'survenues pendant la visite (quelques secondes) sont vues ; sans redirection vue, le test reste non testé.',
  rgaa: ['13.1.3'],
  wcag: ['2.2.1'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  requires: ['behaviour'],
  applicability: ({ behaviour }): (RuleTarget & ClientNavigationFact)[] =>
    behaviour.navigations
      .filter((nav) => !NOT_SCRIPT.has(nav.reason) && strip(nav.to) !== strip(nav.from))
      .map((nav) => ({ ...nav, selector: behaviour.root.selector, snippet: behaviour.root.snippet })),
  expectation: (nav) => {
    const seconds = (nav.delayMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    if (nav.delayMs <= IMMEDIATE_REDIRECT_MS) return passed();
    if (nav.delayMs <= TIMED_REDIRECT_MS)
      return cantTell(
        `La page « ${nav.from} » redirige par script vers « ${nav.to} » ${seconds} s après son chargement : vérifier s’il s’agit d’une redirection minutée (à rendre immédiate ou contrôlable) ou d’une page d’attente.`,
      );
    return failed(
      `La page « ${nav.from} » redirige par script vers « ${nav.to} » ${seconds} s après son chargement : rendre la redirection immédiate (ou côté serveur), ou permettre à l’utilisateur de l’arrêter ou d’en allonger le délai.`,
    );
  },
});
