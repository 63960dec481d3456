// RGAA 11.4.2 and 11.4.3 (WCAG 3.3.2): in left-to-right text, a label sits left of or above its field, and
// right of or below a checkbox, radio or switch. Measured on the rendered boxes; decisive only when clear.

import {
  ADJACENT_PX,
  FAR_PX,
  isCheckable,
  labelPlacement,
  visibleLabelBox,
} from '../../../core/facts/fields.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const TEXT = ['11.4.2'];
const CHECK = ['11.4.3'];

export default defineRule({
  id: 'field-label-misplaced',
  version: 1,
  family: 'a11y',
  title: 'Étiquette mal placée par rapport à son champ',
  description:
    `Pour chaque champ ayant une étiquette visible à moins de ${FAR_PX} px : position de la boîte du texte de ` +
    `l’étiquette par rapport au champ (à ${2} px près). Champ de saisie (11.4.2) : validé à gauche ou au-dessus, ` +
    `échec à droite ou au-dessous. Case à cocher, bouton radio, switch (11.4.3) : validé à droite ou au-dessous, ` +
    `échec à gauche pour un contrôle natif à l’apparence native (au-dessus : à vérifier, une échelle de ` +
    `boutons radio peut le justifier). À vérifier aussi : écart de plus de ` +
    `${ADJACENT_PX} px, position en diagonale ou superposée (étiquette flottante), texte de droite à gauche, ` +
    `contrôle dessiné en CSS (cas particulier : il peut ne pas ressembler à une case), switch ARIA. Une case ` +
    `masquée dont le label dessine la case avec ::before est validée.`,
  rgaa: ['11.4.2', '11.4.3'],
  wcag: ['3.3.2'],
  act: [],
  coverage: 'full',
  requires: ['fields'],
  applicability: ({ fields }) =>
    fields.fields.filter((field) => {
      const label = visibleLabelBox(field);
      if (!label) return false;
      if (!field.visible) return isCheckable(field);
      return labelPlacement(label, field.box).distance <= FAR_PX;
    }),
  expectation: (field) => {
    const checkable = isCheckable(field);
    const tests = checkable ? CHECK : TEXT;
    const label = visibleLabelBox(field);
    if (!label) return cantTell('Étiquette introuvable à l’écran : vérifier sa position.', tests);
    if (field.rtl) return cantTell('Texte de droite à gauche : vérifier la position de l’étiquette.', tests);
    if (!field.visible)
      return field.labelMarker === 'before'
        ? passed('', tests)
        : cantTell('Case masquée dessinée en CSS : vérifier que l’étiquette est à droite de la case.', tests);
    const { distance, position } = labelPlacement(label, field.box);
    if (distance > ADJACENT_PX)
      return cantTell(`Étiquette à ${distance} px du champ : vérifier sa position.`, tests);
    if (!checkable) {
      if (position === 'left' || position === 'above') return passed('', tests);
      if (position === 'right' || position === 'below')
        return failed(
          `L’étiquette est ${position === 'right' ? 'à droite' : 'au-dessous'} du champ : la placer au-dessus ou à gauche.`,
          tests,
        );
      return cantTell('Étiquette superposée au champ ou en diagonale : vérifier sa position.', tests);
    }
    if (position === 'right' || position === 'below') return passed('', tests);
    // Only « left » fails: labels above a row of radios (rating scales) may be a legitimate layout (cas
    // particulier of criterion 11.4).
    if (position === 'left' && field.native && !field.customAppearance)
      return failed('L’étiquette est à gauche de la case : la placer à droite (ou au-dessous).', tests);
    return cantTell('Position de l’étiquette à vérifier (contrôle personnalisé ou superposé).', tests);
  },
});
