// Asqatasun RGAA 4.0 test pages: runs Vigie on every in-scope page of ../shared/data/asqatasun-rgaa40, compares
// its RGAA 4.1.2 verdicts with Asqatasun's expected outcomes and fails when the agreement drops below
// test/conformance/asqatasun-baseline.json or a new disagreement appears. With VIGIE_UPDATE_CONFORMANCE=1 it
// records the baseline and the Asqatasun section of docs/conformance.md instead.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type AsqatasunBaseline, baselineOf, improvements, regressions } from './asqatasun-compare.js';
import { renderAsqatasunSection, replaceAsqatasunSection } from './asqatasun-report.js';
import { loadAsqatasunCases, runAsqatasunCases } from './asqatasun-run.js';
import { agreementOf, scoreCases } from './asqatasun-scoring.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const DATA_DIR = here('../../../shared/data/asqatasun-rgaa40');
const BASELINE = here('./asqatasun-baseline.json');
const RESULTS = here('./out/asqatasun-results.json');
const DOC = here('../../docs/conformance.md');
const UPDATE = process.env.VIGIE_UPDATE_CONFORMANCE === '1';

describe('Asqatasun RGAA 4.0 test pages', () => {
  it('agrees with Asqatasun at least as well as the recorded baseline', async () => {
    expect(existsSync(`${DATA_DIR}/expected-outcomes.json`), `Asqatasun data missing at ${DATA_DIR}`).toBe(
      true,
    );
    const testCases = loadAsqatasunCases(DATA_DIR);
    const run = await runAsqatasunCases(DATA_DIR, testCases, (done, total) => {
      if (done % 100 === 0 || done === total) console.log(`Asqatasun: ${done}/${total} pages`);
    });
    const score = scoreCases(run.cases);
    const runInfo = {
      date: new Date().toISOString().slice(0, 10),
      ...run.versions,
      durationMs: Math.round(run.durationMs),
      concurrency: run.concurrency,
      pages: run.pages,
    };

    mkdirSync(here('./out'), { recursive: true });
    writeFileSync(
      RESULTS,
      `${JSON.stringify(
        {
          run: runInfo,
          score,
          cases: run.cases.map((scored) => ({ ...scored, ms: run.pageMs[scored.file] ?? 0 })),
        },
        null,
        2,
      )}\n`,
    );
    const agreement = agreementOf(score.overall);
    console.log(
      `Asqatasun: ${score.overall.decisive} decisive Vigie verdicts, agreement ` +
        `${agreement === null ? 'n/a' : `${(agreement * 100).toFixed(1)} %`} ` +
        `(${score.overall.agreed}/${score.overall.compared}), ${score.potentialFalsePositives.length} ` +
        `potential false positives; ${run.pages} pages in ${(run.durationMs / 1000).toFixed(0)} s; ` +
        `details in ${RESULTS}`,
    );

    if (UPDATE) {
      writeFileSync(BASELINE, `${JSON.stringify(baselineOf(score), null, 2)}\n`);
      const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Conformance\n';
      writeFileSync(DOC, replaceAsqatasunSection(doc, renderAsqatasunSection(score, runInfo)));
      return;
    }
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as AsqatasunBaseline;
    const better = improvements(baseline, score);
    if (better.length > 0) {
      console.log(
        `Asqatasun: better than the baseline (record it with VIGIE_UPDATE_CONFORMANCE=1):\n${better.join('\n')}`,
      );
    }
    expect(regressions(baseline, score)).toEqual([]);
  });
});
