// RGAA 13.1.1: a refresh by <meta http-equiv="refresh"> without address reloads the page with no way for the
// user to stop it or lengthen the delay: it fails unless the delay is at least 20 hours. WCAG 2.2.1, 2.2.2.

import { defineRule, failed, passed } from '../../../core/rule.js';
import { parseRefresh } from './data/meta.js';

/** 20 hours: the longest limit 13.1.1 accepts without a control. */
export const MIN_REFRESH_SECONDS = 20 * 3600;

export default defineRule({
  id: 'meta-refresh-reload',
  version: 1,
  family: 'a11y',
  title: 'Rafraîchissement automatique de la page par balise meta',
  description:
    'Cible chaque <meta http-equiv="refresh"> sans adresse et de délai non nul (rechargement de la page) : non ' +
    'conforme quand le délai est inférieur à 20 heures, l’utilisateur ne pouvant ni l’arrêter ni l’allonger. ' +
    'Les rafraîchissements par script, <object>, <embed>, <svg> ou <canvas> ne sont pas vus : la règle ne peut ' +
    'que trouver des non-conformités.',
  rgaa: ['13.1.1'],
  wcag: ['2.2.1', '2.2.2'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['document'],
  applicability: ({ document }) =>
    (document.metaRefresh ?? []).filter((meta) => {
      const refresh = parseRefresh(meta.content);
      return refresh !== null && refresh.url === null && refresh.delaySeconds > 0;
    }),
  expectation: (meta) => {
    const { delaySeconds } = parseRefresh(meta.content)!;
    return delaySeconds >= MIN_REFRESH_SECONDS
      ? passed()
      : failed(
          `La page se recharge toute seule toutes les ${delaySeconds} s : supprimer ce rafraîchissement ou permettre à l’utilisateur de l’arrêter.`,
        );
  },
});
