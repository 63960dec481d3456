// RGAA 11.3.1 (WCAG 3.2.4): form fields with the same function repeated within one page have coherent labels.
// Identical labels are coherent; different ones may still be (« Adresse de livraison » / « Adresse de
// facturation »): a person judges, the rule never fails.

import { type FieldFact, isMeaningful } from '../../../core/facts/fields.js';
import { cantTell, defineRule, passed, type RuleTarget } from '../../../core/rule.js';
import { comparableField, distinctLabels, functionKeys, groupByFunction } from '../field-function.js';
import { nameAttributeOf } from '../site-facts.js';

interface FieldGroup extends RuleTarget {
  labels: string[];
  count: number;
  /** Fields of the group without an accessible name. */
  unnamed: number;
}

export default defineRule({
  id: 'field-label-inconsistent',
  version: 1,
  family: 'a11y',
  title: 'Champs de même fonction étiquetés différemment dans une même page',
  description:
    'Regroupe les champs de saisie de la page (hors cases à cocher, boutons radio et boutons) qui ont la même ' +
    'fonction : même valeur d’autocomplete, même type spécifique (search, email, tel, url, password) ou même ' +
    'attribut name. Pour chaque groupe d’au moins deux champs : conforme si leurs noms accessibles sont ' +
    'identiques (casse, accents et ponctuation ignorés), « à vérifier » sinon (des étiquettes différentes peuvent ' +
    'rester cohérentes) ; jamais non conforme. Non applicable quand aucun champ ne se répète. Limite : deux ' +
    'champs de même fonction sans aucun de ces points communs ne sont pas rapprochés.',
  rgaa: ['11.3.1'],
  wcag: ['3.2.4'],
  act: [],
  coverage: 'full',
  requires: ['fields'],
  applicability: ({ fields }) => {
    const candidates = fields.fields.filter(comparableField);
    const keysOf = (field: FieldFact) =>
      functionKeys({ ...field, htmlName: nameAttributeOf(field.snippet) }, false);
    return groupByFunction(candidates, keysOf)
      .filter((group) => group.length >= 2)
      .map(
        (group): FieldGroup => ({
          selector: group[0]!.selector,
          snippet: group[0]!.snippet,
          labels: distinctLabels(group.map((field) => field.accessibleName)),
          count: group.length,
          unnamed: group.filter((field) => !isMeaningful(field.accessibleName)).length,
        }),
      );
  },
  expectation: (group) => {
    if (group.unnamed > 0)
      return cantTell(
        `${group.unnamed} des ${group.count} champs de même fonction n’ont pas de nom accessible (voir 11.1) : leur donner une étiquette cohérente avec celle des autres.`,
      );
    if (group.labels.length <= 1) return passed();
    return cantTell(
      `${group.count} champs de même fonction sont étiquetés ${group.labels.map((label) => `« ${label} »`).join(', ')} : vérifier que ces étiquettes sont cohérentes.`,
    );
  },
});
