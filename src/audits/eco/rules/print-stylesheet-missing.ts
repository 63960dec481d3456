// No print style sheet (GreenIT PrintStyleSheet): printing a page without one prints menus, banners and images.

import { defineEcoRule, ecoCantTell, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget } from '../inputs.js';

export default defineEcoRule({
  id: 'print-stylesheet-missing',
  version: 1,
  title: 'Pas de feuille de style pour l’impression',
  description:
    'Cible : la page. Elle passe avec un <link rel=stylesheet media=print>, un <style media=print>, ou une règle @media print dans une feuille lisible (GreenIT-Analysis ne regarde que l’attribut media). Sans rien de tel, elle échoue ; « à vérifier » quand des feuilles d’une autre origine n’ont pas pu être lues. Pas d’économie chiffrée (papier et encre).',
  rgesn: [],
  practices: ['PrintStyleSheet'],
  requires: ['eco'],
  applicability: (inputs) => [pageTarget(inputs)],
  expectation: (_target, { eco }) => {
    if (eco.printStyles) return ecoPassed();
    if (eco.unreadableStyleSheets > 0)
      return ecoCantTell(
        `Aucun style d’impression trouvé, mais ${eco.unreadableStyleSheets} feuille(s) d’une autre origine n’ont pas pu être lues.`,
      );
    return ecoFailed(
      'Aucun style d’impression : ajouter une feuille media="print" qui masque menus, bandeaux et images décoratives.',
    );
  },
});
