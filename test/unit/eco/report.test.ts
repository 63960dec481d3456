// Eco findings travel like accessibility findings: in the page report, in the rule_results rows, in the site
// summary and its `scores` jsonb, and in the text report with their savings.

import { describe, expect, it } from 'vitest';
import { summarizeSite } from '../../../src/audits/site-summary.js';
import { formatPageText } from '../../../src/cli/format/text.js';
import { ruleResultsOf, summaryRow } from '../../../src/jobs/site-job.js';
import { reportFromSnapshot } from '../../../src/runner/page-report.js';
import { ecoFacts, entry, PAGE, snapshot } from './build.js';

const css = entry(`${PAGE}style.css`, {
  type: 'Stylesheet',
  mimeType: 'text/css',
  bodyBytes: 20_000,
  transferBytes: 20_300,
  cacheControl: 'max-age=600',
  etag: '"1"',
});
const good = reportFromSnapshot(snapshot([entry(PAGE), { ...css, contentEncoding: 'gzip' }]));
const bad = reportFromSnapshot(snapshot([entry(PAGE), css], ecoFacts({ printStyles: false })));

describe('eco findings in reports and summaries', () => {
  it('the page report carries the eco findings, failed first with the largest saving, and the rate', () => {
    const findings = bad.ecoRules!.findings;
    expect(findings[0]).toMatchObject({ rule: 'text-compression-missing', outcome: 'failed', family: 'eco' });
    expect(findings.find((finding) => finding.rule === 'print-stylesheet-missing')?.outcome).toBe('failed');
    expect(bad.ecoRules!.score).toMatchObject({ failed: 2, saving: { bytes: 14_000, requests: 0 } });
    expect(good.ecoRules!.score).toMatchObject({ failed: 0, rate: 100 });
    // Accessibility findings stay apart.
    expect(bad.a11y!.findings.every((finding) => finding.family === 'a11y')).toBe(true);
  });

  it('rule_results rows include the eco rules, with their evidence', () => {
    const rows = ruleResultsOf(bad).filter((row) => row.family === 'eco');
    expect(rows).toHaveLength(bad.ecoRules!.findings.length);
    const compression = rows.find((row) => row.ruleId === 'text-compression-missing')!;
    expect(compression).toMatchObject({ outcome: 'failed', counts: { passed: 0, failed: 1, cantTell: 0 } });
    expect(compression.evidence[0]).toMatchObject({
      resource: `${PAGE}style.css`,
      saving: { bytes: 14_000 },
    });
  });

  it('the site summary and its scores jsonb carry the eco rules rate', () => {
    const summary = summarizeSite([
      { role: 'home', report: good },
      { role: 'content', report: bad },
    ]);
    // On the site, text-compression-missing and print-stylesheet-missing failed on a page: failed.
    expect(summary.ecoRules).toMatchObject({ failed: 2 });
    expect(summary.home.ecoRulesRate).toBe(100);
    const row = summaryRow(summary);
    expect(row.scores).toMatchObject({
      homeEcoRulesRate: 100,
      ecoRulesRate: summary.ecoRules!.rate,
      ecoRulesFailed: 2,
    });
  });

  it('the text report lists the failed eco rules with their savings', () => {
    const text = formatPageText(bad);
    expect(text).toMatch(/Règles d’écoconception : \d+ respectée\(s\), 2 en échec/);
    expect(text).toContain(
      '✗ text-compression-missing — Ressource texte transmise sans compression (RGESN 6.3)',
    );
    expect(text).toContain('(−14 ko)');
  });
});
