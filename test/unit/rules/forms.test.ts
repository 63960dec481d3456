// Unit tests of the form rules' tricky logic (RGAA theme 11): text comparison, label geometry, autocomplete
// grammar, which empty label fails which test, and verdicts built from hand-made field facts.

import { describe, expect, it } from 'vitest';
import { autocompleteFieldName } from '../../../src/audits/a11y/rules/autocomplete-invalid.js';
import fieldLabelEmpty from '../../../src/audits/a11y/rules/field-label-empty.js';
import fieldLabelMisplaced from '../../../src/audits/a11y/rules/field-label-misplaced.js';
import fieldLabelNotInName from '../../../src/audits/a11y/rules/field-label-not-in-name.js';
import requiredIndication from '../../../src/audits/a11y/rules/required-field-indication-missing.js';
import type { FieldFact, FieldFacts } from '../../../src/core/facts/fields.js';
import { isMeaningful, labelPlacement, nameContainsLabel } from '../../../src/core/facts/fields.js';
import type { FactsOf } from '../../../src/core/rule.js';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

function field(overrides: Partial<FieldFact> = {}): FieldFact {
  return {
    selector: '#f',
    snippet: '<input id="f">',
    tag: 'input',
    type: 'text',
    native: true,
    required: false,
    autocomplete: null,
    accessibleName: '',
    labels: [],
    ariaLabel: null,
    labelledby: null,
    describedbyVisibleText: '',
    title: null,
    placeholder: null,
    contentText: '',
    visible: true,
    customAppearance: false,
    rtl: false,
    box: box(100, 100, 200, 30),
    nearText: { before: '', after: '' },
    labelMarker: null,
    ...overrides,
  };
}

const label = (text: string, textBox = box(0, 100, 60, 20)) => ({
  text,
  visibleText: text,
  textBox,
  explicit: true,
});

function facts(fields: FieldFact[]): FactsOf<'fields'> {
  const all: FieldFacts = {
    fields,
    forLabels: [],
    groups: [],
    radioSets: [],
    optgroups: [],
    buttons: [],
    summaries: [],
    truncated: false,
  };
  return { fields: all };
}

describe('label text helpers', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(nameContainsLabel('Adresse e-mail personnelle', 'ADRESSE E-MAIL')).toBe(true);
    expect(nameContainsLabel('Prenom', 'Prénom :')).toBe(true);
    expect(nameContainsLabel('Validermaintenant', 'Valider maintenant')).toBe(true);
    expect(nameContainsLabel('Saisissez votre CP', 'Code postal')).toBe(false);
  });
  it('a label of stars and colons says nothing', () => {
    expect(isMeaningful(' * : ')).toBe(false);
    expect(isMeaningful('Nom')).toBe(true);
    expect(isMeaningful(null)).toBe(false);
  });
});

describe('labelPlacement', () => {
  const input = box(100, 100, 200, 30);
  it('finds left, above, right, below and measures the gap', () => {
    expect(labelPlacement(box(40, 105, 50, 20), input)).toEqual({ distance: 10, position: 'left' });
    expect(labelPlacement(box(100, 70, 60, 20), input)).toEqual({ distance: 10, position: 'above' });
    expect(labelPlacement(box(310, 105, 50, 20), input).position).toBe('right');
    expect(labelPlacement(box(100, 140, 60, 20), input).position).toBe('below');
  });
  it('a floating label inside the field overlaps it; a far corner is diagonal', () => {
    expect(labelPlacement(box(110, 105, 60, 20), input)).toEqual({ distance: 0, position: 'overlap' });
    expect(labelPlacement(box(400, 300, 60, 20), input).position).toBe('diagonal');
  });
});

describe('autocompleteFieldName', () => {
  it('accepts the HTML grammar', () => {
    expect(autocompleteFieldName('email')).toBe('email');
    expect(autocompleteFieldName('section-a shipping family-name')).toBe('family-name');
    expect(autocompleteFieldName('billing work tel webauthn')).toBe('tel');
    expect(autocompleteFieldName('OFF')).toBe('off');
  });
  it('rejects unknown names, misplaced tokens and contact types on non-contact names', () => {
    expect(autocompleteFieldName('firstname')).toBeNull();
    expect(autocompleteFieldName('work family-name')).toBeNull();
    expect(autocompleteFieldName('shipping section-a name')).toBeNull();
    expect(autocompleteFieldName('email name')).toBeNull();
  });
});

describe('field-label-empty', () => {
  const verdict = (f: FieldFact) => fieldLabelEmpty.expectation(f, facts([f]));
  it('an empty label overridden by a non-empty aria-label is not a failure', () => {
    expect(verdict(field({ labels: [label(' ')], ariaLabel: 'Code postal' }))).toMatchObject({
      outcome: 'passed',
      rgaa: ['11.2.3'],
    });
  });
  it('fails the test of every empty label when none names the field', () => {
    expect(verdict(field({ labels: [label('*')], title: ' ' }))).toMatchObject({
      outcome: 'failed',
      rgaa: ['11.2.1', '11.2.2'],
    });
  });
  it('an aria-labelledby to missing ids is no label at all (11.1.1, not 11.2.4)', () => {
    const broken = field({ labelledby: { text: '', visibleText: '', textBox: null, found: false } });
    expect(fieldLabelEmpty.applicability(facts([broken]))).toEqual([]);
  });
});

describe('field-label-not-in-name', () => {
  const verdict = (f: FieldFact) => fieldLabelNotInName.expectation(f, facts([f]));
  it('a name computed from the visible label passes without comparison', () => {
    expect(verdict(field({ labels: [label('Quantité kg')], accessibleName: 'Quantité 1 kg' })).outcome).toBe(
      'passed',
    );
  });
  it('an aria-label that drops the visible label fails', () => {
    const f = field({
      labels: [label('Code postal')],
      ariaLabel: 'Saisissez votre CP',
      accessibleName: 'Saisissez votre CP',
    });
    expect(verdict(f).outcome).toBe('failed');
  });
  it('a name holding the label without its format hint is left to a person', () => {
    const f = field({
      labels: [label('Date (jj/mm/aaaa)')],
      ariaLabel: 'Date',
      accessibleName: 'Date',
    });
    expect(verdict(f).outcome).toBe('cantTell');
  });
});

describe('field-label-misplaced', () => {
  const verdict = (f: FieldFact) => fieldLabelMisplaced.expectation(f, facts([f]));
  it('a text field labelled on its right fails 11.4.2 only', () => {
    expect(verdict(field({ labels: [label('Ville', box(310, 105, 40, 20))] }))).toMatchObject({
      outcome: 'failed',
      rgaa: ['11.4.2'],
    });
  });
  it('a native checkbox labelled on its left fails 11.4.3; a CSS-drawn one is left to a person', () => {
    const checkbox = {
      type: 'checkbox',
      box: box(100, 100, 16, 16),
      labels: [label('Oui', box(60, 100, 30, 16))],
    };
    expect(verdict(field(checkbox))).toMatchObject({ outcome: 'failed', rgaa: ['11.4.3'] });
    expect(verdict(field({ ...checkbox, customAppearance: true })).outcome).toBe('cantTell');
  });
  it('right-to-left text is never judged', () => {
    expect(verdict(field({ rtl: true, labels: [label('الاسم', box(310, 105, 40, 20))] })).outcome).toBe(
      'cantTell',
    );
  });
});

describe('required-field-indication-missing', () => {
  const verdict = (f: FieldFact) => requiredIndication.expectation(f, facts([f]));
  it('never fails from absence alone; 11.10.1 is met by the attribute', () => {
    expect(verdict(field({ required: true, labels: [label('Nom')] }))).toMatchObject({
      outcome: 'cantTell',
      rgaa: ['11.10.2'],
    });
  });
  it('passes with a visible star, fails a required field labelled « facultatif »', () => {
    expect(verdict(field({ required: true, labels: [label('Nom *')] })).outcome).toBe('passed');
    expect(verdict(field({ required: true, labels: [label('Étage (facultatif)')] })).outcome).toBe('failed');
  });
});
