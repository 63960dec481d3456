// RGAA 13.2.1 (WCAG 3.2.1, 3.2.5): no new window opens without a user action. New windows are those the page
// asked for during the visit (DevTools Page.windowOpen, window.open() calls); nobody acts during a visit.

import { defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'window-opened-without-user-action',
  version: 1,
  family: 'a11y',
  title: 'Nouvelle fenêtre ouverte sans action de l’utilisateur',
  description:
    'Cible la page. Non conforme quand, pendant la visite (chargement, attente, défilement jusqu’en bas), la ' +
    'page a demandé l’ouverture d’une nouvelle fenêtre ou d’un onglet (window.open, clic par script sur un lien ' +
    'target="_blank", envoi de formulaire vers une nouvelle fenêtre) sans geste de l’utilisateur ; conforme ' +
    'sinon. Limite : seul ce qui arrive pendant la visite est vu (quelques secondes) ; une fenêtre ouverte ' +
    'plus tard, au survol ou à la sortie de la page n’est pas détectée.',
  rgaa: ['13.2.1'],
  wcag: ['3.2.1'],
  act: [],
  coverage: 'full',
  requires: ['behaviour'],
  applicability: ({ behaviour }) => [behaviour.root],
  expectation: (_, { behaviour }) => {
    const opened = [...behaviour.windowOpens, ...behaviour.windowOpenCalls].filter(
      (open) => !open.userGesture,
    );
    if (opened.length === 0) return passed();
    const urls = [...new Set(opened.map((open) => open.url || 'about:blank'))].slice(0, 3);
    return failed(
      `La page ouvre une nouvelle fenêtre sans action de l’utilisateur (${urls.map((url) => `« ${url} »`).join(', ')}) : ne l’ouvrir qu’à la demande, par un lien ou un bouton.`,
    );
  },
});
