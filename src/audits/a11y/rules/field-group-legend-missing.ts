// RGAA 11.6.1 (WCAG 1.3.1, 3.3.2): each group of fields has a legend: a <fieldset> its <legend>, a role group
// or radiogroup an aria-label or aria-labelledby. Ungrouped radio sets are groups too (test step 3).

import { isMeaningful } from '../../../core/facts/fields.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'field-group-legend-missing',
  version: 1,
  family: 'a11y',
  title: 'Regroupement de champs sans légende',
  description:
    'Pour chaque <fieldset> et chaque élément de rôle group ou radiogroup contenant des champs : validé quand le ' +
    'fieldset a une <legend> non vide, ou le groupe un aria-label/aria-labelledby non vide. Échec sans légende ' +
    'ni nom quand le regroupement contient au moins deux champs et qu’aucun champ ne porte de title, aria-label, ' +
    'aria-labelledby ou aria-describedby (étape 3 du test) ; à vérifier sinon (légende vide, fieldset nommé par ' +
    'ARIA, un seul champ, champs porteurs d’un de ces attributs). Les boutons radio de même name non regroupés ' +
    'sont à vérifier. Les autres champs de même nature non regroupés ne sont pas détectés.',
  rgaa: ['11.6.1'],
  wcag: ['1.3.1', '3.3.2'],
  act: [],
  coverage: 'full',
  requires: ['fields'],
  applicability: ({ fields }) => [...fields.groups, ...fields.radioSets.filter((set) => !set.grouped)],
  expectation: (target) => {
    if (!('kind' in target))
      return cantTell(
        `Boutons radio « ${target.name} » non regroupés : vérifier qu’une légende (ou le title, l’aria-labelledby de chaque bouton) indique la question.`,
      );
    const group = target;
    if (group.kind === 'fieldset' && isMeaningful(group.legend)) return passed();
    if (group.kind !== 'fieldset' && isMeaningful(group.ariaName)) return passed();
    if (group.legend !== null)
      return cantTell('La <legend> de ce fieldset est vide : y écrire ce qui réunit les champs.');
    if (group.kind === 'fieldset' && isMeaningful(group.ariaName))
      return cantTell(
        'Ce fieldset est nommé par ARIA sans <legend> : vérifier la restitution, ou ajouter une <legend>.',
      );
    if (group.fieldCount < 2 || group.fieldsHaveHints)
      return cantTell(
        'Regroupement sans légende : vérifier s’il réunit des champs de même nature et si chaque champ rappelle le groupe.',
      );
    return group.kind === 'fieldset'
      ? failed('Ce <fieldset> n’a pas de <legend> : ajouter une <legend> qui dit ce qui réunit ses champs.')
      : failed(
          `Ce regroupement (role="${group.kind}") n’a pas de nom : ajouter aria-labelledby vers son intitulé, ou aria-label.`,
        );
  },
});
