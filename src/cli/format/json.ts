// JSON and EARL-like outputs (fields documented in docs/output.md).

import type { PageReport } from '../../core/result.js';

export function formatJson(reports: PageReport[]): string {
  return JSON.stringify(reports, null, 2);
}

export interface EarlAssertion {
  url: string;
  rule: string;
  act: string[];
  wcag: string[];
  rgaa: string[];
  outcome: string;
}

/** One assertion per rule per audited page: the shape used to compare checkers on the W3C ACT test cases. */
export function earlAssertions(reports: PageReport[]): EarlAssertion[] {
  return reports.flatMap((report) =>
    (report.a11y?.findings ?? []).map((finding) => ({
      url: report.url,
      rule: finding.rule,
      act: finding.act,
      wcag: finding.wcag,
      rgaa: finding.rgaa,
      outcome: finding.outcome,
    })),
  );
}

export function formatEarl(reports: PageReport[]): string {
  return JSON.stringify(earlAssertions(reports), null, 2);
}
