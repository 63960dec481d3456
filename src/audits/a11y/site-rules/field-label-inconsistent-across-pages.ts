// RGAA 11.3.2 (WCAG 3.2.4): a form field with the same function repeated on several pages of a set (a search
// field, a newsletter subscription) has coherent labels. Identical labels are coherent; different ones may
// still be (synonyms): a person judges, the rule never fails.

import { isMeaningful } from '../../../core/facts/fields.js';
import { defineSiteRule, siteCantTell, sitePassed } from '../../../core/rule.js';
import type { SiteField } from '../../../core/site-facts.js';
import { comparableField, distinctLabels, functionKeys, groupByFunction } from '../field-function.js';

export default defineSiteRule({
  id: 'field-label-inconsistent-across-pages',
  version: 1,
  family: 'a11y',
  title: 'Champ de même fonction étiqueté différemment d’une page à l’autre',
  description:
    'Regroupe les champs de saisie des pages de l’échantillon (hors cases à cocher, boutons radio et boutons) qui ' +
    'ont la même fonction : même valeur d’autocomplete, même type spécifique (search, email, tel, url, password), ' +
    'même attribut name ou même id. Pour chaque groupe présent sur au moins deux pages : conforme si les noms ' +
    'accessibles sont identiques (casse, accents et ponctuation ignorés), « à vérifier » sinon (des étiquettes ' +
    'différentes peuvent rester cohérentes) ; jamais non conforme. Non applicable si aucun champ ne se répète ' +
    'd’une page à l’autre. Limite : deux champs de même fonction sans aucun de ces points communs ne sont pas ' +
    'rapprochés. Moins de deux pages auditées : non testé.',
  rgaa: ['11.3.2'],
  wcag: ['3.2.4'],
  act: [],
  coverage: 'full',
  evaluate: (pages) => {
    const unknown = pages.filter((page) => !page.facts.fields);
    if (unknown.length > 0)
      return [
        siteCantTell(
          'Les faits sur les formulaires manquent sur certaines pages : comparer à la main les étiquettes des champs répétés.',
          unknown.map((page) => page.url),
        ),
      ];
    const items = pages.flatMap((page) =>
      page.facts.fields!.filter(comparableField).map((field) => ({ url: page.url, field })),
    );
    const keysOf = ({ field }: { field: SiteField }) => functionKeys(field, true);
    return groupByFunction(items, keysOf).flatMap((group) => {
      const urls = [...new Set(group.map((item) => item.url))];
      const labels = distinctLabels(group.map((item) => item.field.label));
      if (urls.length < 2) return [];
      if (group.some((item) => !isMeaningful(item.field.label)))
        return [
          siteCantTell(
            `Un champ de même fonction (${group[0]!.field.selector}) n’a pas de nom accessible sur certaines pages (voir 11.1) : lui donner partout la même étiquette.`,
            urls,
          ),
        ];
      if (labels.length === 1) return [sitePassed(urls)];
      return [
        siteCantTell(
          `Un champ de même fonction (${group[0]!.field.selector}) est étiqueté ${labels.map((label) => `« ${label} »`).join(', ')} selon les pages : vérifier que ces étiquettes sont cohérentes, au mieux identiques.`,
          urls,
        ),
      ];
    });
  },
});
