// W3C ACT rules conformance: runs Vigie on every ACT test case of ../shared/data/act, scores each ACT rule the
// W3C way and fails when a rule does worse than test/conformance/act-baseline.json. With
// VIGIE_UPDATE_CONFORMANCE=1 it records the baseline and the table of docs/conformance.md instead.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderActSection, replaceSection } from './act-report.js';
import { loadTestCases, runActCases } from './act-run.js';
import {
  type ActTestCase,
  type Baseline,
  baselineOf,
  improvements,
  type RuleScore,
  regressions,
  type ScoredCase,
  scoreRule,
  tally,
} from './act-scoring.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const DATA_DIR = here('../../../shared/data/act');
const BASELINE = here('./act-baseline.json');
const RESULTS = here('./out/act-results.json');
const DOC = here('../../docs/conformance.md');
const UPDATE = process.env.VIGIE_UPDATE_CONFORMANCE === '1';

function scoreAll(testCases: readonly ActTestCase[], cases: readonly ScoredCase[]): RuleScore[] {
  const byRule = new Map<string, { rule: ActTestCase; cases: ScoredCase[] }>();
  testCases.forEach((testCase, index) => {
    const entry = byRule.get(testCase.ruleId) ?? { rule: testCase, cases: [] };
    entry.cases.push(cases[index]!);
    byRule.set(testCase.ruleId, entry);
  });
  return [...byRule.values()].map(({ rule, cases: ruleCases }) => scoreRule(rule, ruleCases));
}

describe('W3C ACT rules', () => {
  it('no ACT rule does worse than the recorded baseline', async () => {
    expect(existsSync(`${DATA_DIR}/testcases.json`), `ACT data missing at ${DATA_DIR}`).toBe(true);
    const testCases = loadTestCases(DATA_DIR);
    const run = await runActCases(DATA_DIR, testCases, (done, total) => {
      if (done % 100 === 0 || done === total) console.log(`ACT: ${done}/${total} test cases`);
    });
    const scores = scoreAll(testCases, run.cases);
    const approved = scores.filter((score) => score.approved);
    const runInfo = {
      date: new Date().toISOString().slice(0, 10),
      ...run.versions,
      durationMs: Math.round(run.durationMs),
      concurrency: run.concurrency,
      cases: run.cases.length,
      casesRun: run.cases.filter((scored) => scored.outcome !== 'untested').length,
    };

    mkdirSync(here('./out'), { recursive: true });
    writeFileSync(
      RESULTS,
      `${JSON.stringify(
        {
          run: runInfo,
          approved: tally(approved),
          proposed: tally(scores.filter((score) => !score.approved)),
          rules: scores,
          cases: run.cases.map((scored, index) => ({
            ruleId: testCases[index]!.ruleId,
            ms: run.caseMs[index],
            ...scored,
          })),
        },
        null,
        2,
      )}\n`,
    );
    console.log(
      `ACT: approved rules ${JSON.stringify(tally(approved))}; ${runInfo.casesRun}/${runInfo.cases} cases ` +
        `judged in ${(run.durationMs / 1000).toFixed(0)} s; details in ${RESULTS}`,
    );

    if (UPDATE) {
      writeFileSync(BASELINE, `${JSON.stringify(baselineOf(scores), null, 2)}\n`);
      const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Conformance\n';
      writeFileSync(DOC, replaceSection(doc, renderActSection(scores, runInfo)));
      return;
    }
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;
    const better = improvements(baseline, scores);
    if (better.length > 0) {
      console.log(
        `ACT: better than the baseline (record it with VIGIE_UPDATE_CONFORMANCE=1):\n${better.join('\n')}`,
      );
    }
    expect(regressions(baseline, scores)).toEqual([]);
  });
});
