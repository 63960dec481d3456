// RGAA 11.2.5 (WCAG 2.5.3 Label in Name): a field with a visible label has an accessible name that contains it.
// Only aria-label and aria-labelledby can override a visible <label>; case, accents and punctuation are ignored
// (the test's « cas particuliers »).

import { compactLabel, isCheckable, isMeaningful, nameContainsLabel } from '../../../core/facts/fields.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

/** The label without what often follows it: « (jj/mm/aaaa) », « obligatoire », « * ». */
const core = (text: string): string =>
  text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\b(obligatoire|requis|facultatif|optionnel)\b/giu, ' ');

/** Text near the field, not the gatherer's « [image] » marker (what an image shows is unknown). */
const isText = (text: string): boolean => text !== '[image]' && isMeaningful(text);

export default defineRule({
  id: 'field-label-not-in-name',
  version: 1,
  family: 'a11y',
  title: 'Nom accessible du champ ne contenant pas son intitulé visible',
  description:
    'Pour chaque champ ayant un <label> visible : si aria-label ou aria-labelledby remplace ce label, le nom ' +
    'accessible doit contenir le texte visible du label (casse, accents, ponctuation et espaces ignorés) ; sinon ' +
    'le nom vient du label et le test est validé. Un nom qui ne contient que l’essentiel du label (sans mention ' +
    'entre parenthèses ni « obligatoire ») ou un intitulé d’un seul caractère (symbole) reste à vérifier. Sans ' +
    'label visible, un aria-labelledby vers un texte visible valide le test ; un texte visible juste avant le ' +
    'champ (après pour une case à cocher) ou un placeholder absent du nom laisse le test à vérifier.',
  rgaa: ['11.2.5'],
  wcag: ['2.5.3'],
  act: [],
  coverage: 'full',
  requires: ['fields'],
  applicability: ({ fields }) =>
    fields.fields.filter(
      (field) =>
        field.labels.some((label) => isMeaningful(label.visibleText)) ||
        isMeaningful(field.labelledby?.visibleText) ||
        (field.visible &&
          (isText(isCheckable(field) ? field.nearText.after : field.nearText.before) ||
            isMeaningful(field.placeholder))),
    ),
  expectation: (field) => {
    const name = field.accessibleName;
    const visibleLabels = field.labels.map((label) => label.visibleText).filter(isMeaningful);
    // The accessible name computation skips an empty aria-labelledby or aria-label.
    const overridden = isMeaningful(field.labelledby?.text) || (field.ariaLabel ?? '').trim() !== '';
    if (visibleLabels.length > 0) {
      if (!overridden) return passed();
      const missing = visibleLabels.filter((label) => !nameContainsLabel(name, label));
      if (missing.length === 0) return passed();
      const label = missing[0] ?? '';
      if (compactLabel(label).length < 2 || missing.every((text) => nameContainsLabel(name, core(text))))
        return cantTell(
          `Le nom accessible « ${name} » ne reprend pas tout l’intitulé visible « ${label} » : vérifier qu’il en contient l’essentiel.`,
        );
      return failed(
        `Le nom accessible « ${name} » ne contient pas l’intitulé visible « ${label} » : faire commencer l’aria-label (ou le texte référencé) par l’intitulé visible.`,
      );
    }
    if (isMeaningful(field.labelledby?.visibleText)) return passed();
    const near = isCheckable(field) ? field.nearText.after : field.nearText.before;
    const candidate = isText(near) ? near : (field.placeholder ?? '');
    return nameContainsLabel(name, candidate) && isMeaningful(name)
      ? passed()
      : cantTell(
          `Le nom accessible « ${name} » ne contient pas le texte visible « ${candidate} » près du champ : si ce texte est son intitulé, le nom doit le contenir.`,
        );
  },
});
