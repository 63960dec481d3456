// Precision and recall of the legal readings over the fixture sites: the mention level and the declared rate.
// A reading counts as a true positive when it equals the expected value, a false positive when a value was
// read where another (or none) was expected, a false negative when an expected value was not read.

import type { LegalResult } from '../../src/audits/legal/index.js';
import type { LegalSite } from '../fixtures/legal/sites.js';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

function score(pairs: { expected: unknown; read: unknown }[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { expected, read } of pairs) {
    if (read !== null && read === expected) tp++;
    else {
      if (read !== null) fp++;
      if (expected !== null) fn++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
  };
}

export function legalScores(sites: readonly LegalSite[], results: ReadonlyMap<string, LegalResult>) {
  const level = (l: string) => (l === 'absente' ? null : l);
  return {
    sites: sites.length,
    mention: score(
      sites.map((s) => ({
        expected: level(s.expected.mention),
        read: level(results.get(s.id)!.mention.level),
      })),
    ),
    rate: score(
      sites.map((s) => ({
        expected: s.expected.rate ?? null,
        read: results.get(s.id)!.statement.declaredRate,
      })),
    ),
    nearMisses: sites.filter((s) => s.id.startsWith('quasi-') || s.id === 'mention-cachee').length,
    unreadable: sites.filter((s) => s.expected.unreadable && s.expected.unreadable !== 'not-found').length,
  };
}

export function scoresMarkdown(scores: ReturnType<typeof legalScores>): string {
  const row = (name: string, s: Score) =>
    `| ${name} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} | ${s.precision} | ${s.recall} |`;
  return [
    '<!-- BEGIN LEGAL (generated: VIGIE_UPDATE_CONFORMANCE=1 npx vitest run test/browser/legal-sites.test.ts) -->',
    `${scores.sites} fixture sites, of which ${scores.nearMisses} carry only a hidden mention or a near miss and ` +
      `${scores.unreadable} a statement that cannot be read (PDF, image, too large, English, robots.txt).`,
    '',
    '| reading | true positives | false positives | false negatives | precision | recall |',
    '|---|---|---|---|---|---|',
    row('mention level', scores.mention),
    row('declared rate', scores.rate),
    '<!-- END LEGAL -->',
  ].join('\n');
}
