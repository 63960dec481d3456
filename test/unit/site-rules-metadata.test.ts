// Metadata of Vigie's site-level rules: the index lists every rule file of src/audits/a11y/site-rules/, ids
// equal file names, RGAA tests exist and are tests « dans chaque ensemble de pages », no relevance test is
// claimed fully covered.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIGIE_RULES } from '../../src/audits/a11y/rules/index.js';
import { VIGIE_SITE_RULES } from '../../src/audits/a11y/site-rules/index.js';
import { RGAA_412_TESTS } from '../../src/core/rgaa-412.js';

const dir = join(import.meta.dirname, '..', '..', 'src', 'audits', 'a11y', 'site-rules');
const tests = new Map(RGAA_412_TESTS.map((test) => [test.id, test]));

describe('Vigie site rules metadata', () => {
  it('the index lists every rule file (files calling defineSiteRule), named after its id', () => {
    const files = readdirSync(dir)
      .filter(
        (file) => file.endsWith('.ts') && readFileSync(join(dir, file), 'utf8').includes('defineSiteRule({'),
      )
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(VIGIE_SITE_RULES.map((rule) => rule.id).sort()).toEqual(files);
  });

  it('site rule ids do not clash with page rule ids', () => {
    const page = new Set(VIGIE_RULES.map((rule) => rule.id));
    expect(VIGIE_SITE_RULES.filter((rule) => page.has(rule.id))).toEqual([]);
  });

  it.each(VIGIE_SITE_RULES.map((rule) => [rule.id, rule] as const))(
    '%s: metadata is consistent',
    (_id, rule) => {
      expect(rule.scope).toBe('site');
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.description?.length ?? 0).toBeGreaterThan(50);
      expect(rule.rgaa.length).toBeGreaterThan(0);
      for (const test of rule.rgaa) {
        expect(tests.has(test), `unknown RGAA test ${test}`).toBe(true);
        expect(tests.get(test)?.text, `${test} is not about a set of pages`).toMatch(/ensemble de pages/);
      }
      for (const sc of rule.wcag) expect(sc).toMatch(/^\d\.\d\.\d{1,2}$/);
      for (const act of rule.act) expect(act).toMatch(/^[a-z0-9]{6}$/);
      if (rule.coverage === 'full')
        expect(rule.rgaa.filter((test) => tests.get(test)?.relevance)).toEqual([]);
    },
  );
});
