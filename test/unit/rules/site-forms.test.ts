// Unit tests of the form-label consistency rules (RGAA 11.3.1 within a page, 11.3.2 across the pages of a
// sample) and of the field-function grouping they share.

import { describe, expect, it } from 'vitest';
import { functionKeys, groupByFunction } from '../../../src/audits/a11y/field-function.js';
import fieldLabelInconsistent from '../../../src/audits/a11y/rules/field-label-inconsistent.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import { nameAttributeOf } from '../../../src/audits/a11y/site-facts.js';
import fieldLabelInconsistentAcrossPages from '../../../src/audits/a11y/site-rules/field-label-inconsistent-across-pages.js';
import type { FieldFact, FieldFacts } from '../../../src/core/facts/fields.js';
import { field, sitePage } from './site-helpers.js';

describe('field function', () => {
  it('reads autocomplete purpose, specific types, name and id', () => {
    expect(
      functionKeys(
        { selector: '#mail', type: 'email', autocomplete: 'section-a shipping email', htmlName: 'Mail' },
        true,
      ),
    ).toEqual(['ac:email', 'type:email', 'name:mail', 'id:mail']);
    expect(
      functionKeys({ selector: 'form > input', type: 'text', autocomplete: 'off', htmlName: 'nom[]' }, false),
    ).toEqual(['name:nom']);
  });

  it('groups items sharing any key', () => {
    const groups = groupByFunction(['a1', 'b1', 'ab', 'c'], (item) => [...item]);
    expect(groups.map((group) => group.join(''))).toEqual(['a1b1ab', 'c']);
  });

  it('reads the name attribute of the start tag only', () => {
    expect(nameAttributeOf('<input type="search" name="q" id="s">')).toBe('q');
    expect(nameAttributeOf("<input name='e-mail'>")).toBe('e-mail');
    expect(nameAttributeOf('<select id="x"><option name="y">')).toBeNull();
  });
});

describe('field-label-inconsistent (11.3.1)', () => {
  const fact = (more: Partial<FieldFact>): FieldFact =>
    ({
      selector: '#f',
      snippet: '<input>',
      type: 'text',
      autocomplete: null,
      accessibleName: 'Nom',
      ...more,
    }) as FieldFact;
  const run = (fields: FieldFact[]) =>
    runRule(fieldLabelInconsistent, { fields: { fields } as unknown as FieldFacts }, {});

  it('passes repeated fields with the same label, cannot tell for different labels', () => {
    const tel = (name: string) => fact({ type: 'tel', accessibleName: name });
    expect(run([tel('Téléphone :'), tel('téléphone')]).outcome).toBe('passed');
    expect(run([tel('Téléphone'), tel('Portable')]).outcome).toBe('cantTell');
  });

  it('ignores radio buttons sharing a name and fields with nothing in common', () => {
    const radio = (label: string) =>
      fact({ type: 'radio', snippet: '<input type="radio" name="mode">', accessibleName: label });
    expect(
      run([radio('Colis'), radio('Magasin'), fact({}), fact({ accessibleName: 'Prénom' })]).outcome,
    ).toBe('inapplicable');
  });
});

describe('field-label-inconsistent-across-pages (11.3.2)', () => {
  const run = (...fields: ReturnType<typeof field>[][]) =>
    fieldLabelInconsistentAcrossPages.evaluate(
      fields.map((list, i) => sitePage(`/p${i}`, {}, { fields: list })),
    );

  it('passes the same search field with the same label on every page', () => {
    expect(run([field()], [field({ label: 'rechercher' })]).map((v) => v.outcome)).toEqual(['passed']);
  });

  it('cannot tell for different labels, or a field without a name on a page', () => {
    const verdicts = run([field()], [field({ selector: '#search', htmlName: 'search', label: 'Recherche' })]);
    expect(verdicts.map((v) => v.outcome)).toEqual(['cantTell']);
    expect(verdicts[0]?.message).toContain('« Rechercher », « Recherche »');
    expect(run([field()], [field({ label: '' })]).map((v) => v.outcome)).toEqual(['cantTell']);
  });

  it('inapplicable when no field repeats from one page to another; cantTell without facts', () => {
    expect(
      run([field()], [field({ selector: '#nom', type: 'text', htmlName: 'nom', label: 'Nom' })]),
    ).toEqual([]);
    const pages = [sitePage('/a', {}, { fields: [field()] }), sitePage('/b', {}, { fields: null })];
    expect(fieldLabelInconsistentAcrossPages.evaluate(pages).map((v) => v.outcome)).toEqual(['cantTell']);
  });
});
