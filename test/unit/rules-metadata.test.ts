// Metadata of Vigie's own rules: the index lists every rule file, ids equal file names, RGAA tests exist, no
// rule claims to fully cover a relevance test, and every rule has page fixtures for each verdict it can return
// and an inapplicable case.

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIGIE_RULES } from '../../src/audits/a11y/rules/index.js';
import { RGAA_412_TESTS } from '../../src/core/rgaa-412.js';
import { loadRuleFixtures } from '../helpers/rule-fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const tests = new Map(RGAA_412_TESTS.map((test) => [test.id, test]));
const fixtures = loadRuleFixtures();

/** Rules that apply to every page: no inapplicable fixture can exist. */
const ALWAYS_APPLICABLE = new Set([
  'doctype-missing',
  'landmarks-missing',
  'letters-spaced-with-spaces',
  'markup-used-for-layout',
  'moving-content-uncontrolled',
  'navigation-systems-missing',
  'orientation-locked',
  'page-language-missing',
  'pointer-down-activation',
  'presentational-attribute-used',
  'presentational-tag-used',
  'skip-link-missing',
  'viewport-zoom-blocked',
  'window-opened-without-user-action',
]);

/** Rules that can never fail (a single page cannot prove the test unmet): no failed fixture can exist. */
const NEVER_FAILS = new Set([
  'field-label-inconsistent',
  'navigation-systems-missing',
  'pointer-down-activation',
  'video-captions-missing',
]);

describe('Vigie rules metadata', () => {
  it('the generated index is up to date', () => {
    expect(() =>
      execFileSync('node', [join(root, 'scripts', 'gen-rule-index.mjs'), '--check']),
    ).not.toThrow();
  });

  it('one file per rule, named after its id', () => {
    const files = readdirSync(join(root, 'src', 'audits', 'a11y', 'rules'))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(VIGIE_RULES.map((rule) => rule.id).sort()).toEqual(files);
  });

  it.each(VIGIE_RULES.map((rule) => [rule.id, rule] as const))('%s: metadata is consistent', (_id, rule) => {
    expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.rgaa.length + rule.wcag.length).toBeGreaterThan(0);
    for (const test of rule.rgaa) expect(tests.has(test), `unknown RGAA test ${test}`).toBe(true);
    for (const sc of rule.wcag) expect(sc).toMatch(/^\d\.\d\.\d{1,2}$/);
    for (const act of rule.act) expect(act).toMatch(/^[a-z0-9]{6}$/);
    if (rule.coverage === 'full') {
      const relevance = rule.rgaa.filter((test) => tests.get(test)?.relevance);
      expect(relevance, 'a relevance test can never be fully covered').toEqual([]);
    }
  });

  it.each(VIGIE_RULES.map((rule) => [rule.id] as const))(
    '%s: has fixtures for failed, passed and inapplicable',
    (id) => {
      const own = fixtures.filter((fixture) => fixture.rule === id);
      if (!NEVER_FAILS.has(id)) expect(own.some((fixture) => fixture.expected.failed > 0)).toBe(true);
      expect(own.some((fixture) => fixture.expected.passed > 0)).toBe(true);
      if (!ALWAYS_APPLICABLE.has(id)) expect(own.some((fixture) => fixture.inapplicable)).toBe(true);
    },
  );
});
