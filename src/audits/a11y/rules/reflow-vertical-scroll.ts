// RGAA 10.11.2 / WCAG 1.4.10: content read horizontally (text in a vertical writing mode) is available without
// vertical scrolling at 256 CSS px high. Pages without such text: not applicable.

import { cantTell, defineRule, failed, passed, type RuleTarget } from '../../../core/rule.js';

/** Overflow smaller than this is a rounding or a border, not content out of reach. */
const MIN_OVERFLOW_PX = 10;

type Target = RuleTarget & { kind: 'page' | 'block' | 'unmeasured'; heightPx?: number };

export default defineRule({
  id: 'reflow-vertical-scroll',
  version: 1,
  family: 'a11y',
  title: 'Défilement vertical à 256 px de haut pour un contenu lu horizontalement',
  description:
    'Cible le texte en écriture verticale (writing-mode vertical-* ou sideways-*), dont les lignes se suivent ' +
    'de gauche à droite ou de droite à gauche : toute la page quand <html> ou <body> est dans ce mode, sinon ' +
    'chaque bloc de texte vertical visible (jusqu’à 20). La fenêtre passe à 256 px CSS de haut (largeur ' +
    'inchangée) puis reprend sa taille. Page verticale : échec quand elle défile verticalement d’au moins 10 px, ' +
    'validé sinon. Bloc vertical dans une page horizontale : validé quand il tient dans les 256 px, à vérifier ' +
    'sinon (la page défile de toute façon verticalement). Non applicable sans texte vertical. Limite : un ' +
    'contenu conçu pour défiler horizontalement sans écriture verticale n’est pas repéré.',
  rgaa: ['10.11.2'],
  wcag: ['1.4.10'],
  act: [],
  coverage: 'full',
  requires: ['rendering'],
  applicability: ({ rendering }): Target[] => {
    const vertical = rendering.verticalReflow;
    if (!vertical) return [{ ...rendering.root, kind: 'unmeasured' }];
    if (!vertical.rootVertical && vertical.elements.length === 0) return [];
    if (vertical.height === null) return [{ ...rendering.root, kind: 'unmeasured' }];
    if (vertical.rootVertical) return [{ ...rendering.root, kind: 'page' }];
    return vertical.elements.map((element) => ({ ...element, kind: 'block' as const }));
  },
  expectation: (target, { rendering }) => {
    const vertical = rendering.verticalReflow;
    if (target.kind === 'unmeasured' || !vertical)
      return cantTell(
        'Le texte en écriture verticale n’a pas pu être affiché à 256 px de haut : vérifier à la main qu’il se lit sans défilement vertical.',
      );
    if (target.kind === 'page') {
      const overflow = vertical.scrollHeight - vertical.clientHeight;
      if (overflow >= MIN_OVERFLOW_PX)
        return failed(
          `À 256 px de haut, cette page en écriture verticale défile verticalement (${vertical.scrollHeight} px de contenu pour ${vertical.clientHeight} px) : adapter la hauteur des colonnes de texte à la fenêtre.`,
        );
      return passed();
    }
    if ((target.heightPx ?? 0) <= (vertical.height ?? 0) + 1) return passed();
    return cantTell(
      `À 256 px de haut, ce bloc de texte vertical mesure ${target.heightPx} px : vérifier qu’il se lit sans défilement vertical.`,
    );
  },
});
