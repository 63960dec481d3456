// RGAA 10.6.1 (WCAG 1.4.1): a link in running text set apart by its colour only has a contrast of at least 3:1
// with the text around it, and a cue other than colour on hover and on focus.

import type { InTextLinkFact } from '../../../core/facts/links.js';
import { cantTell, defineRule, failed, passed, type RuleTarget } from '../../../core/rule.js';

/** Focus-state changes that are colours only (a new outline or shadow is not). */
const COLOUR_ONLY = /(^|-)color$|^opacity$|^filter$/;

type Target = (InTextLinkFact & { kind: 'link' }) | (RuleTarget & { kind: 'unmeasured' });

export default defineRule({
  id: 'link-colour-only',
  version: 1,
  family: 'a11y',
  title: 'Lien signalé uniquement par la couleur sans contraste ni indication au survol et au focus',
  description:
    'Cible chaque lien visible placé dans un texte courant (le bloc qui le contient a au moins 10 lettres ' +
    'hors liens et boutons ; hors zones de navigation, où la nature du lien est évidente) que rien ne ' +
    'distingue au repos hormis sa couleur (ni soulignement, bordure, fond, graisse, italique, ombre, icône ou ' +
    'image). Non conforme quand le contraste entre sa couleur et celle du texte voisin est inférieur à 3:1, ' +
    'quand aucune règle :hover qui s’applique ne change autre chose qu’une couleur, ou quand la prise de focus ' +
    'ne change que des couleurs. À vérifier quand une couleur est translucide, quand une feuille de style ' +
    'n’a pas pu être lue ou quand le lien n’a pas été focalisé (plafond de 150 éléments). Conforme sinon. ' +
    'Limite : un survol géré par script n’est pas vu (il ne peut qu’ajouter une indication).',
  rgaa: ['10.6.1'],
  wcag: ['1.4.1'],
  act: [],
  coverage: 'full',
  requires: ['links', 'focus'],
  applicability: ({ links, focus }): Target[] => {
    if (!links.inText) return [{ ...focus.root, kind: 'unmeasured' }];
    return links.inText
      .filter((link) => link.nonColourCue === null)
      .map((link) => ({ ...link, kind: 'link' as const }));
  },
  expectation: (target, { focus }) => {
    if (target.kind === 'unmeasured')
      return cantTell(
        'Les liens dans le texte n’ont pas été relevés sur cet instantané : vérifier qu’ils se distinguent autrement que par la couleur.',
      );
    if (target.contrast === null)
      return cantTell(
        'La couleur de ce lien ou du texte voisin est translucide : vérifier un contraste d’au moins 3:1 entre les deux.',
      );
    if (target.contrast < 3)
      return failed(
        `Ce lien ne se distingue du texte voisin que par sa couleur, avec un contraste de ${target.contrast}:1 (3:1 au moins) : le souligner, ou renforcer l’écart de couleur et ajouter une indication au survol et au focus.`,
      );
    if (target.hoverCue === 'no')
      return failed(
        'Au survol, ce lien signalé par la seule couleur ne change que de couleur : ajouter une indication (soulignement, bordure…) au survol.',
      );
    const focused = focus.targets.find((item) => item.selector === target.selector);
    if (focused) {
      const cue = focused.changes.some((change) => !COLOUR_ONLY.test(change.property));
      if (!cue)
        return failed(
          'À la prise de focus, ce lien signalé par la seule couleur ne change que de couleur : ajouter une indication visible (contour, soulignement…).',
        );
    }
    if (target.hoverCue === 'unknown')
      return cantTell(
        'Une feuille de style n’a pas pu être lue : vérifier que ce lien signalé par sa couleur a une indication autre que la couleur au survol.',
      );
    if (!focused)
      return cantTell(
        'Ce lien n’a pas été focalisé (plafond) : vérifier qu’il a une indication autre que la couleur au focus.',
      );
    return passed();
  },
});
