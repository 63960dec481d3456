// The indicator catalogue against its contract (src/export/statistic-row.ts) and its documentation
// (docs/statistics.md), and the pure pieces: kind groups, rounding, failure counting.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../../../src/core/site.js';
import { POPULATION_BANDS, STAT_UNITS } from '../../../src/export/statistic-row.js';
import { FailureCounter, failureIndicatorId, topFailures } from '../../../src/stats/failures.js';
import { KIND_GROUP_OF, KIND_GROUPS, POPULATION_BAND_RANGES } from '../../../src/stats/groups.js';
import { INDICATORS, roundFor } from '../../../src/stats/indicators.js';
import { rgaa } from '../../helpers/stats-seed.js';

describe('statistics catalogue', () => {
  it('uses the band ids and units of statistiques.csv', () => {
    expect(POPULATION_BAND_RANGES.map((band) => band.id)).toEqual([...POPULATION_BANDS]);
    for (const indicator of INDICATORS) expect(STAT_UNITS).toContain(indicator.unit);
  });

  it('maps every registry kind to one of the nine groups', () => {
    for (const kind of ORGANISATION_KINDS) expect(KIND_GROUPS).toContain(KIND_GROUP_OF[kind]);
    expect(KIND_GROUP_OF.etat).toBe('prefecture-etat');
    expect(KIND_GROUP_OF.collectivite).toBe('autre');
  });

  it('documents every indicator in docs/statistics.md', () => {
    const doc = readFileSync('docs/statistics.md', 'utf8');
    const ids = new Set(INDICATORS.map((indicator) => indicator.id));
    expect(ids.size).toBe(INDICATORS.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
      // Families are documented as `part_note_a` … `part_note_f`, quartiles as `taux_rgaa_q1`, `…_mediane`.
      const family = id.replace(/_(q1|mediane|q3|[a-g])$/, '');
      expect(doc.includes(`\`${id}\``) || doc.includes(`\`${family}_`), id).toBe(true);
    }
    expect(doc).toContain('`sites_apparies`');
    expect(doc).toContain('`part_critere_nc_<critère>`');
  });

  it('rounds by unit, changes included', () => {
    expect(roundFor('pourcent', 100 / 3)).toBe(33.3);
    expect(roundFor('octets', 1749.5)).toBe(1750);
    expect(roundFor('grammes', 0.00123)).toBe(0.0012);
    expect(roundFor('pourcent', -0.04)).toBe(0);
    expect(roundFor('pourcent', null)).toBeNull();
  });

  it('counts failures per position, ignoring another referential length', () => {
    const counter = new FailureCounter();
    counter.add(['g'], rgaa([3, 5], [7]).criteria, rgaa([3, 5], [7]).tests);
    counter.add(['g'], rgaa([5], []).criteria, rgaa([5], []).tests);
    counter.add(['g'], 'NNN', 'NNN');
    const counts = counter.get('g')!;
    expect(counts.sites).toBe(2);
    const top = topFailures(counts);
    expect(top.map((failure) => [failure.kind, failure.id])).toEqual([
      ['critere', '1.6'],
      ['critere', '1.4'],
      ['test', '1.1.8'],
    ]);
    expect(failureIndicatorId(top[0]!)).toBe('part_critere_nc_1_6');
  });
});
