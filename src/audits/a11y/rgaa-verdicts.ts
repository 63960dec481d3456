// Per RGAA test verdicts of one page from its findings (axe-core's and Vigie's): C, NC, NA or NT, with the
// rules that decided. A test is C only when a rule that covers it fully passed and nothing failed or stayed
// uncertain; a relevance test (« pertinent ») is never C. Pure. The rules: docs/methodology.md.

import type { Finding, Outcome } from '../../core/result.js';
import { RGAA_412_TESTS, type RgaaTest } from '../../core/rgaa-412.js';
import type { RgaaResult } from '../../score/rgaa.js';

export interface RgaaTestVerdicts {
  tests: Record<string, RgaaResult>;
  /** Rules behind each C, NC and NA verdict, and behind each NT that a rule left uncertain. */
  decidedBy: Record<string, string[]>;
}

function outcomeFor(finding: Finding, test: string): Outcome {
  if (finding.error) return 'cantTell';
  return finding.byTest?.[test] ?? finding.outcome;
}

/** AAA axe rules do not count: the RGAA stops at level AA. */
function counts(finding: Finding): boolean {
  return finding.family === 'a11y' && finding.level !== 'AAA';
}

export function testVerdict(
  test: RgaaTest,
  covering: readonly Finding[],
): { result: RgaaResult; rules: string[] } {
  const by = (outcome: Outcome) =>
    covering.filter((finding) => outcomeFor(finding, test.id) === outcome).map((finding) => finding.rule);
  const failed = by('failed');
  if (failed.length > 0) return { result: 'NC', rules: failed };
  const uncertain = by('cantTell');
  if (uncertain.length > 0) return { result: 'NT', rules: uncertain };
  const passedFully = covering
    .filter((finding) => finding.coverage === 'full' && outcomeFor(finding, test.id) === 'passed')
    .map((finding) => finding.rule);
  if (passedFully.length > 0 && !test.relevance) return { result: 'C', rules: passedFully };
  const anyPassed = by('passed').length > 0;
  const naRules = covering
    .filter((finding) => finding.inapplicableMeansNA && outcomeFor(finding, test.id) === 'inapplicable')
    .map((finding) => finding.rule);
  if (!anyPassed && naRules.length > 0) return { result: 'NA', rules: naRules };
  return { result: 'NT', rules: [] };
}

export function rgaaTestVerdicts(
  findings: readonly Finding[],
  referential: readonly RgaaTest[] = RGAA_412_TESTS,
): RgaaTestVerdicts {
  const byTest = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!counts(finding)) continue;
    for (const test of finding.rgaa) {
      const list = byTest.get(test) ?? [];
      list.push(finding);
      byTest.set(test, list);
    }
  }
  const tests: Record<string, RgaaResult> = {};
  const decidedBy: Record<string, string[]> = {};
  for (const test of referential) {
    const { result, rules } = testVerdict(test, byTest.get(test.id) ?? []);
    tests[test.id] = result;
    if (rules.length > 0) decidedBy[test.id] = rules;
  }
  return { tests, decidedBy };
}
