// `vigie rules`: the catalogue fields, the coverage summary, and docs/rules.md generated from the metadata.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rgaaCoverage, ruleCatalogue } from '../../../src/audits/a11y/catalogue.js';
import { formatRulesMarkdown } from '../../../src/cli/format/rules-text.js';

const catalogue = ruleCatalogue();

describe('vigie rules', () => {
  it('lists Vigie rules and axe-core rules with id, family, title, rgaa, wcag, act and coverage', () => {
    const own = catalogue.find((entry) => entry.id === 'doctype-missing');
    expect(own).toMatchObject({ source: 'vigie', family: 'a11y', rgaa: ['8.1.1'], coverage: 'full' });
    const axe = catalogue.find((entry) => entry.id === 'image-alt');
    expect(axe).toMatchObject({ source: 'axe-core', rgaa: ['1.1.1'], wcag: ['1.1.1'], coverage: 'full' });
    expect(axe?.act).toContain('23a2a8');
    // A rule mapped to no RGAA test has no coverage.
    const bestPractice = catalogue.find((entry) => entry.id === 'page-has-heading-one');
    expect(bestPractice?.coverage).toBeNull();
  });

  it('lists the eco rules with their family, RGESN criteria and good practices', () => {
    const eco = catalogue.filter((entry) => entry.family === 'eco');
    expect(eco.length).toBeGreaterThanOrEqual(30);
    expect(catalogue.find((entry) => entry.id === 'text-compression-missing')).toMatchObject({
      source: 'vigie',
      family: 'eco',
      rgesn: ['6.3'],
      practices: ['CompressHttp'],
      rgaa: [],
      coverage: null,
    });
    // The accessibility entries carry empty eco metadata.
    expect(catalogue.find((entry) => entry.id === 'doctype-missing')).toMatchObject({
      rgesn: [],
      practices: [],
    });
  });

  it('a decisive test has a full-coverage rule and does not ask for relevance', () => {
    const { decisive, failuresOnly } = rgaaCoverage(catalogue);
    expect(decisive).toContain('8.1.1');
    expect(decisive).not.toContain('2.2.1');
    expect(failuresOnly).toContain('2.2.1');
  });

  it('docs/rules.md is generated from the current metadata', () => {
    const file = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
    expect(
      file,
      'regenerate: npm run build && node bin/vigie.js rules --format markdown > docs/rules.md',
    ).toBe(formatRulesMarkdown(catalogue));
  });
});
