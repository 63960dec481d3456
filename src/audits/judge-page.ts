// Judges one stored snapshot: accessibility findings and frugality measures. Pure, so a campaign can be
// re-judged from its snapshots without visiting the pages again.

import type { EcoMeasure, Finding } from '../core/result.js';
import type { PageSnapshot } from '../core/snapshot.js';
import { mapAxeResults } from './a11y/axe-adapter.js';
import type { AxeRuleMeta } from './a11y/axe-meta.js';
import { measureEco } from './eco/measure.js';

export interface PageJudgement {
  a11y: { findings: Finding[]; error: string | null };
  eco: EcoMeasure;
}

export function judgePage(snapshot: PageSnapshot, axeMeta: ReadonlyMap<string, AxeRuleMeta>): PageJudgement {
  const findings = snapshot.axe ? mapAxeResults(snapshot.axe, axeMeta) : [];
  return {
    a11y: { findings, error: snapshot.axe ? null : (snapshot.axeError ?? 'axe-core did not run') },
    eco: measureEco(snapshot),
  };
}
