// Metadata of the eco rules: one file per rule named after its id, French title and description, RGESN 2024
// criteria and good practices that exist, every GreenIT-Analysis practice and every RGESN criterion checkable on
// a public page covered (but the listed exceptions), and every rule with a failed and a passed case.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GREENIT_PRACTICES,
  RGESN_2024_CHECKABLE,
  RGESN_2024_NUMBERS,
} from '../../../src/audits/eco/referentials.js';
import { ECO_RULES } from '../../../src/audits/eco/rules/index.js';
import { ECO_EXPECTED } from '../../helpers/eco-fixtures.js';

const root = join(import.meta.dirname, '..', '..', '..');

/** Checkable RGESN criteria no rule covers yet, and why (docs/methodology.md). */
const RGESN_NOT_COVERED: Record<string, string> = {
  '8.5': 'green hosting: needs the Green Web Foundation dataset or a network lookup',
};

/** Rules that cannot fail on a local fixture page (they are unit-tested on public URLs). */
const FAIL_IN_UNIT_TESTS_ONLY = new Set([
  'video-definition-excessive', // needs a decodable video file

  'http2-missing',
  'https-missing',
  'social-button-script',
  'tracker-loaded',
]);
/** Rules that are cantTell on every local page (protocol and TLS of a loopback server say nothing). */
const CANT_TELL_LOCALLY = new Set(['http2-missing', 'https-missing', 'video-definition-excessive']);
/** Rules that never fail on their own (heuristics that can only ask for a check). */
const NEVER_FAILS = new Set(['infinite-scroll']);

describe('eco rules metadata', () => {
  it('one file per rule, named after its id', () => {
    const files = readdirSync(join(root, 'src', 'audits', 'eco', 'rules'))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(ECO_RULES.map((rule) => rule.id).sort()).toEqual(files);
  });

  it.each(ECO_RULES.map((rule) => [rule.id, rule] as const))('%s: metadata is consistent', (_id, rule) => {
    expect(rule.family).toBe('eco');
    expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.title.length).toBeGreaterThan(10);
    expect(rule.description.length).toBeGreaterThan(80);
    expect(rule.rgesn.length + rule.practices.length).toBeGreaterThan(0);
    for (const criterion of rule.rgesn) expect(RGESN_2024_NUMBERS).toContain(criterion);
    for (const practice of rule.practices) expect(Object.keys(GREENIT_PRACTICES)).toContain(practice);
  });

  it('covers every GreenIT-Analysis practice', () => {
    const covered = new Set(ECO_RULES.flatMap((rule) => rule.practices));
    expect(Object.keys(GREENIT_PRACTICES).filter((practice) => !covered.has(practice))).toEqual([]);
  });

  it('covers every RGESN 2024 criterion checkable on a public page, but the listed exceptions', () => {
    const covered = new Set(ECO_RULES.flatMap((rule) => rule.rgesn));
    const missing = Object.keys(RGESN_2024_CHECKABLE).filter((criterion) => !covered.has(criterion));
    expect(missing).toEqual(Object.keys(RGESN_NOT_COVERED));
  });

  it.each(ECO_RULES.map((rule) => [rule.id] as const))('%s: has a passed and a failed fixture case', (id) => {
    const outcomes = ECO_EXPECTED[id]!;
    expect(outcomes).toBeDefined();
    expect(outcomes).toContain(CANT_TELL_LOCALLY.has(id) ? 'cantTell' : 'passed');
    if (NEVER_FAILS.has(id)) expect(outcomes).toContain('cantTell');
    else if (!FAIL_IN_UNIT_TESTS_ONLY.has(id)) expect(outcomes).toContain('failed');
  });
});
