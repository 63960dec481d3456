// RGAA results from test verdicts, and the scores built on them. Pure: tests → criteria for a page, pages →
// criteria for a site (the official sample rule), the automated RGAA rate, the Asqatasun-compatible raw mark
// and grade, and the failure counts. Which verdict each test gets on a page is the rule engine's business
// (src/audits/a11y/); this module only aggregates. Formulas and limits: docs/methodology.md.

import type {
  A11yScore,
  Finding,
  RawMarkGrade,
  RgaaOutcome,
  RgaaResult,
  SiteFinding,
} from '../core/result.js';
import { OUTCOME_RANK } from '../core/result.js';
import { RGAA_412_CRITERIA, RGAA_412_TESTS, type RgaaCriterion } from '../core/rgaa-412.js';

export type { RawMarkGrade, RgaaResult };

/**
 * A criterion from its tests: NC when a test is NC; else NT when a test is NT (it cannot be validated);
 * else NA when every test is NA; else C (every test C or NA, at least one C). No test at all: NT.
 */
export function criterionResult(tests: readonly RgaaResult[]): RgaaResult {
  if (tests.length === 0) return 'NT';
  if (tests.includes('NC')) return 'NC';
  if (tests.includes('NT')) return 'NT';
  if (tests.every((result) => result === 'NA')) return 'NA';
  return 'C';
}

/** Criteria of one page from its test verdicts; a test without a verdict is NT. */
export function pageCriteria(
  tests: Readonly<Record<string, RgaaResult>>,
  referential: readonly RgaaCriterion[] = RGAA_412_CRITERIA,
): Record<string, RgaaResult> {
  const out: Record<string, RgaaResult> = {};
  for (const criterion of referential)
    out[criterion.id] = criterionResult(criterion.tests.map((test) => tests[test] ?? 'NT'));
  return out;
}

/**
 * A criterion (or a test) over the pages of a sample, with the RGAA's rule: validated only if validated on
 * every page where it applies, applicable if it applies on one page. So NC on a page → NC; else NT on a page →
 * NT (not known to be validated everywhere); else NA on every page → NA; else C. Same lattice as a criterion
 * over its tests.
 */
export function sampleResult(pages: readonly RgaaResult[]): RgaaResult {
  return criterionResult(pages);
}

/** Site-level results (criteria, or tests) from each page's results, key by key; a missing key is NT. */
export function siteResults(
  pages: readonly Readonly<Record<string, RgaaResult>>[],
): Record<string, RgaaResult> {
  const keys = new Set(pages.flatMap((page) => Object.keys(page)));
  const out: Record<string, RgaaResult> = {};
  for (const key of keys) out[key] = sampleResult(pages.map((page) => page[key] ?? 'NT'));
  return out;
}

export interface ResultCounts {
  C: number;
  NC: number;
  NA: number;
  NT: number;
}

export function countResults(results: Readonly<Record<string, RgaaResult>>): ResultCounts {
  const counts: ResultCounts = { C: 0, NC: 0, NA: 0, NT: 0 };
  for (const result of Object.values(results)) counts[result]++;
  return counts;
}

/**
 * The automated RGAA rate, in percent: validated ÷ applicable criteria over the criteria the automated checks
 * decided (C or NC) — the RGAA's formula, conformes ÷ (conformes + non conformes), restricted to what a
 * machine can decide. Never a conformity rate: the NT criteria, for a person to check, are left out. Null when
 * no criterion was decided. Rounded to one decimal.
 */
export function automatedRate(criteria: Readonly<Record<string, RgaaResult>>): number | null {
  const { C, NC } = countResults(criteria);
  if (C + NC === 0) return null;
  return Math.round((C / (C + NC)) * 1000) / 10;
}

/**
 * Asqatasun's raw mark, in percent: passed ÷ (passed + failed) tests. `tests` may be one page's verdicts or
 * every page's together (Asqatasun counts a site's tests over its pages). Null when nothing was decided.
 * Rounded to one decimal.
 */
export function rawMark(tests: readonly RgaaResult[]): number | null {
  let passed = 0;
  let failed = 0;
  for (const result of tests) {
    if (result === 'C') passed++;
    else if (result === 'NC') failed++;
  }
  if (passed + failed === 0) return null;
  return Math.round((passed / (passed + failed)) * 1000) / 10;
}

/** Asqatasun's grade of a raw mark: A = 100, B > 90, C > 85, D > 75, E > 60, else F. Null for no mark. */
export function rawMarkGrade(mark: number | null): RawMarkGrade | null {
  if (mark === null) return null;
  if (mark >= 100) return 'A';
  if (mark > 90) return 'B';
  if (mark > 85) return 'C';
  if (mark > 75) return 'D';
  if (mark > 60) return 'E';
  return 'F';
}

/** Elements in failure over the findings mapped to RGAA tests (AAA rules excluded, as the RGAA stops at AA). */
export function failedElements(findings: readonly Finding[]): number {
  return findings
    .filter((finding) => finding.outcome === 'failed' && finding.rgaa.length > 0 && finding.level !== 'AAA')
    .reduce((sum, finding) => sum + finding.counts.failed, 0);
}

/**
 * The scores of a page, or of a site: `tests` and `criteria` are its results (for a site, the sample's);
 * `markTests` are the test verdicts the raw mark counts (a page's tests; for a site, every page's, as Asqatasun).
 */
export function scoreOf(
  tests: Readonly<Record<string, RgaaResult>>,
  criteria: Readonly<Record<string, RgaaResult>>,
  elements: number,
  markTests: readonly RgaaResult[] = Object.values(tests),
): A11yScore {
  const mark = rawMark(markTests);
  const testCounts = countResults(tests);
  const criteriaCounts = countResults(criteria);
  return {
    automatedRate: automatedRate(criteria),
    rawMark: mark,
    grade: rawMarkGrade(mark),
    failedTests: testCounts.NC,
    failedCriteria: criteriaCounts.NC,
    failedElements: elements,
    tests: testCounts,
    criteria: criteriaCounts,
  };
}

/** One character per result, in referential order: compact storage of a page's or a site's RGAA results. */
const RESULT_CODE: Record<RgaaResult, string> = { C: 'C', NC: 'N', NA: 'A', NT: 'T' };
const CODE_RESULT: Record<string, RgaaResult> = { C: 'C', N: 'NC', A: 'NA', T: 'NT' };

/** `{ '1.1.1': 'C', … }` → `'CNAT…'` over `ids` (a missing id is NT). */
export function encodeResults(results: Readonly<Record<string, RgaaResult>>, ids: readonly string[]): string {
  return ids.map((id) => RESULT_CODE[results[id] ?? 'NT']).join('');
}

/** Inverse of encodeResults; throws on a string of the wrong length or with an unknown code. */
export function decodeResults(encoded: string, ids: readonly string[]): Record<string, RgaaResult> {
  if (encoded.length !== ids.length)
    throw new Error(`RGAA results: ${encoded.length} codes for ${ids.length} ids`);
  const out: Record<string, RgaaResult> = {};
  ids.forEach((id, i) => {
    const result = CODE_RESULT[encoded[i]!];
    if (!result) throw new Error(`RGAA results: unknown code « ${encoded[i]} » at ${id}`);
    out[id] = result;
  });
  return out;
}

export interface PageRgaa {
  rgaa: RgaaOutcome;
  score: A11yScore;
}

/**
 * A test's sample result once the site-level rules have spoken (siteFindings covering it): a page NC stays NC;
 * a site failure gives NC, a site cantTell NT; a site pass gives C only from a full-coverage rule, on a test
 * that asks for no relevance, when no page rule left the test uncertain (NT with rules behind it); a site rule
 * with nothing to look at gives NA when its scope is the test's. Exported for the tests.
 */
export function siteTestResult(
  test: string,
  sample: RgaaResult,
  sampleRules: readonly string[],
  findings: readonly SiteFinding[],
  relevance: boolean,
): { result: RgaaResult; rules: string[] } {
  const covering = findings.filter((finding) => test in finding.byTest);
  if (covering.length === 0 || sample === 'NC') return { result: sample, rules: [...sampleRules] };
  const outcomeOf = (finding: SiteFinding) => (finding.error ? 'cantTell' : finding.byTest[test]!);
  const top = Math.max(...covering.map((finding) => OUTCOME_RANK[outcomeOf(finding)]));
  const rules = covering.filter((finding) => OUTCOME_RANK[outcomeOf(finding)] === top).map((f) => f.rule);
  const undecided = sample === 'NT' && sampleRules.length === 0;
  if (top === OUTCOME_RANK.failed) return { result: 'NC', rules };
  if (top === OUTCOME_RANK.cantTell) return { result: 'NT', rules: [...new Set([...sampleRules, ...rules])] };
  if (top === OUTCOME_RANK.passed) {
    const full = covering
      .filter((f) => outcomeOf(f) === 'passed' && f.coverage === 'full')
      .map((f) => f.rule);
    if (full.length > 0 && !relevance && (sample === 'C' || sample === 'NA' || undecided))
      return { result: 'C', rules: full };
    return { result: sample, rules: [...sampleRules] };
  }
  const na = covering.filter((finding) => finding.inapplicableMeansNA).map((finding) => finding.rule);
  if (na.length > 0 && (sample === 'NA' || undecided)) return { result: 'NA', rules: na };
  return { result: sample, rules: [...sampleRules] };
}

/**
 * Site results from its audited pages (the RGAA's sample rule, test by test and criterion by criterion); the
 * raw mark counts every page's tests, as Asqatasun does; the rules behind a site verdict are those behind the
 * same verdict on its pages. Then the site-level rules (`siteFindings`) decide their tests (siteTestResult),
 * the criteria holding those tests are computed again from the site's tests, and the tests they decided count
 * once more in the raw mark. Null when no page was audited.
 */
export function siteRgaa(
  pages: readonly PageRgaa[],
  siteFindings: readonly SiteFinding[] = [],
): PageRgaa | null {
  if (pages.length === 0) return null;
  const tests = siteResults(pages.map((page) => page.rgaa.tests));
  const criteria = siteResults(pages.map((page) => page.rgaa.criteria));
  const decidedBy: Record<string, string[]> = {};
  for (const [test, result] of Object.entries(tests)) {
    const rules = new Set(
      pages.flatMap((page) => (page.rgaa.tests[test] === result ? (page.rgaa.decidedBy[test] ?? []) : [])),
    );
    if (rules.size > 0) decidedBy[test] = [...rules].sort();
  }
  const siteDecided: RgaaResult[] = [];
  const touched = new Set<string>();
  for (const test of RGAA_412_TESTS) {
    if (!siteFindings.some((finding) => test.id in finding.byTest)) continue;
    const { result, rules } = siteTestResult(
      test.id,
      tests[test.id] ?? 'NT',
      decidedBy[test.id] ?? [],
      siteFindings,
      test.relevance,
    );
    tests[test.id] = result;
    if (rules.length > 0) decidedBy[test.id] = [...rules].sort();
    else delete decidedBy[test.id];
    if (rules.some((rule) => siteFindings.some((finding) => finding.rule === rule))) siteDecided.push(result);
    touched.add(test.criterion);
  }
  for (const criterion of RGAA_412_CRITERIA)
    if (touched.has(criterion.id))
      criteria[criterion.id] = criterionResult(criterion.tests.map((test) => tests[test] ?? 'NT'));
  const elements = pages.reduce((sum, page) => sum + page.score.failedElements, 0);
  return {
    rgaa: { version: pages[0]!.rgaa.version, tests, criteria, decidedBy },
    score: scoreOf(tests, criteria, elements, [
      ...pages.flatMap((page) => Object.values(page.rgaa.tests)),
      ...siteDecided,
    ]),
  };
}
