// RGAA 11.4.1 (WCAG 3.3.2): a field and its visible label are side by side (« accolés »), measured on the
// rendered boxes: the label's text box and the field's box.

import {
  ADJACENT_PX,
  FAR_PX,
  isCheckable,
  labelPlacement,
  visibleLabelBox,
} from '../../../core/facts/fields.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'field-label-not-adjacent',
  version: 1,
  family: 'a11y',
  title: 'Étiquette éloignée de son champ',
  description:
    `Pour chaque champ ayant une étiquette visible (<label> ou aria-labelledby vers un seul texte) : mesure ` +
    `l’écart entre la boîte du texte de l’étiquette et celle du champ. Validé jusqu’à ${ADJACENT_PX} px, échec ` +
    `au-delà de ${FAR_PX} px, à vérifier entre les deux. Une case à cocher ou un bouton radio masqué (case ` +
    `dessinée en CSS par le label) est considéré accolé à son label. Un champ visible dont l’étiquette n’est pas ` +
    `associée mais qu’un texte précède reste à vérifier.`,
  rgaa: ['11.4.1'],
  wcag: ['3.3.2'],
  act: [],
  coverage: 'full',
  requires: ['fields'],
  applicability: ({ fields }) =>
    fields.fields.filter((field) => visibleLabelBox(field) !== null && (field.visible || isCheckable(field))),
  expectation: (field) => {
    const label = visibleLabelBox(field);
    if (!label) return cantTell('Étiquette introuvable à l’écran : vérifier qu’elle est accolée au champ.');
    // A hidden native checkbox or radio is drawn by its label (::before, DSFR style): they are one block.
    if (!field.visible)
      return field.labelMarker
        ? passed()
        : cantTell(
            'Case à cocher ou bouton radio masqué : vérifier que sa représentation visuelle est accolée à son étiquette.',
          );
    const { distance } = labelPlacement(label, field.box);
    if (distance <= ADJACENT_PX) return passed();
    if (distance > FAR_PX)
      return failed(
        `L’étiquette est à ${distance} px de son champ : la rapprocher (juste au-dessus ou à côté) pour que la relation soit évidente.`,
      );
    return cantTell(
      `L’étiquette est à ${distance} px de son champ : vérifier qu’ils sont visuellement accolés.`,
    );
  },
});
