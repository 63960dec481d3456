// Verdicts and findings: the result model shared by every rule family (STYLE.md, "Results").

import type { VisitError } from './errors.js';
import type { Coverage } from './rule.js';
import type { SiteFacts } from './site-facts.js';

export type Outcome = 'passed' | 'failed' | 'cantTell' | 'inapplicable';

/** Order used to aggregate outcomes: failed > cantTell > passed > inapplicable. */
export const OUTCOME_RANK: Record<Outcome, number> = { failed: 3, cantTell: 2, passed: 1, inapplicable: 0 };

export interface Evidence {
  selector: string;
  /** HTML snippet, at most 250 characters, stored as text (escape it when shown). */
  snippet: string;
  message: string;
  outcome: 'failed' | 'cantTell';
  /** The RGAA tests this evidence is about, when only some of the rule's. */
  rgaa?: string[];
  /** Eco rules: the resource URL concerned (the selector then repeats it), its size, the estimated saving. */
  resource?: string;
  sizeBytes?: number;
  saving?: { bytes?: number; requests?: number };
}

export interface Finding {
  /** Rule id: an axe-core rule id, or a Vigie rule id. */
  rule: string;
  source: 'axe-core' | 'vigie';
  family: 'a11y' | 'eco';
  outcome: Outcome;
  /** axe impact (critical, serious, moderate, minor) or null. */
  impact: string | null;
  title: string;
  rgaa: string[];
  wcag: string[];
  act: string[];
  /** WCAG conformance level of the rule (`A`, `AA`, `AAA`), null for best practices. */
  level: 'A' | 'AA' | 'AAA' | null;
  experimental: boolean;
  bestPractice: boolean;
  counts: { passed: number; failed: number; cantTell: number };
  /** How much of its RGAA tests the rule decides (src/core/rule.ts); null when it maps to no RGAA test. */
  coverage: Coverage | null;
  /** Its RGAA tests are NA on the page when the rule is inapplicable. */
  inapplicableMeansNA: boolean;
  /** Outcome per RGAA test, when the rule's targets concern different tests; else every test has `outcome`. */
  byTest?: Record<string, Outcome>;
  /** The rule could not be run (a fact missing, the rule threw): a RuleError, never a verdict. */
  error: string | null;
  /** Selectors of the failed and cantTell targets. */
  targets: string[];
  evidence: Evidence[];
  /** Eco rules: RGESN 2024 criteria and web good practices (GreenIT-Analysis ids) the rule checks. */
  rgesn?: string[];
  practices?: string[];
  /** Eco rules: estimated saving over every failed target (not only those kept as evidence). */
  saving?: { bytes: number; requests: number };
}

/** What a site-level rule found over the pages of a sample (src/audits/a11y/site-rules/). */
export interface SiteFinding {
  rule: string;
  title: string;
  rgaa: string[];
  coverage: Coverage;
  inapplicableMeansNA: boolean;
  /** Outcome per RGAA test of the rule. */
  byTest: Record<string, Outcome>;
  counts: { passed: number; failed: number; cantTell: number };
  /** Failed and cantTell verdicts, with the pages they concern. */
  evidence: { outcome: 'failed' | 'cantTell'; message: string; rgaa: string[]; pages: string[] }[];
  /** The rule threw: its tests stay as the pages left them. */
  error: string | null;
}

/** RGAA verdict of a test or criterion: C conforme, NC non conforme, NA non applicable, NT non testé (à vérifier). */
export type RgaaResult = 'C' | 'NC' | 'NA' | 'NT';

export type RawMarkGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** RGAA results of a page (or, aggregated, of a site's sample). */
export interface RgaaOutcome {
  /** Referential version, `4.1.2`. */
  version: string;
  /** Every test of the referential → its verdict. */
  tests: Record<string, RgaaResult>;
  criteria: Record<string, RgaaResult>;
  /** Rules behind each decided verdict (and behind NT left uncertain by a rule). */
  decidedBy: Record<string, string[]>;
}

/** Scores over RGAA results (formulas: docs/methodology.md). Automated and partial: never a conformity rate. */
export interface A11yScore {
  /** Validated ÷ (validated + failed) criteria among those the automated checks decided, in %. */
  automatedRate: number | null;
  /** Asqatasun-compatible: passed ÷ (passed + failed) tests, in %. */
  rawMark: number | null;
  grade: RawMarkGrade | null;
  failedTests: number;
  failedCriteria: number;
  /** Elements in failure over the rules mapped to RGAA tests (AAA rules excluded). */
  failedElements: number;
  tests: { C: number; NC: number; NA: number; NT: number };
  criteria: { C: number; NC: number; NA: number; NT: number };
}

/** The eco-design rules rate of a page or a site (formula: src/score/eco-rules.ts, docs/methodology.md). */
export interface EcoRulesScore {
  /** Passed ÷ (passed + failed) eco rules, in %, one decimal; null when no rule was decided. */
  rate: number | null;
  passed: number;
  failed: number;
  cantTell: number;
  inapplicable: number;
  /** Rules that could not run (missing facts, a rule error): in no count above. */
  errors: number;
  /** Estimated saving over the failed rules' targets, per page view (a site: summed over its audited pages). */
  saving: { bytes: number; requests: number };
}

export interface EcoIndexResult {
  score: number;
  grade: string;
  ghg: number;
  water: number;
}

/** Resource kinds of the weight split (Chromium resource types grouped; redirect hops count in their kind). */
export const RESOURCE_KINDS = [
  'document',
  'script',
  'stylesheet',
  'image',
  'font',
  'media',
  'xhr',
  'other',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface RequestsAndBytes {
  requests: number;
  /** Bytes on the wire, headers included. */
  bytes: number;
}

/** Where a page's bytes and requests go: by resource kind, and to third parties. */
export interface EcoWeight {
  byType: Record<ResourceKind, RequestsAndBytes>;
  thirdParty: RequestsAndBytes & {
    /** Shares of the page's requests and bytes, in %, one decimal. */
    requestShare: number;
    byteShare: number;
    /** Distinct registrable domains (eTLD+1) other than the page's, sorted. */
    domains: string[];
  };
}

/**
 * Position of each EcoIndex input among the reference pages (cnumr/ecoindex_reference quantiles), in %: 70 means
 * the page has more of it than 70 % of the reference pages (higher is worse). One decimal.
 */
export interface EcoPercentiles {
  domNodes: number;
  requests: number;
  transferBytes: number;
}

/** CO2 per page view, from the bytes on the wire, labelled with its model (src/audits/eco/co2.ts). */
export interface Co2Estimate {
  /** Grams CO2e per page view, three decimals. */
  grams: number;
  /** The model's own rating, A+ … F. */
  rating: string;
  model: 'sustainable-web-design';
  modelVersion: number;
  library: string;
  libraryVersion: string;
  /** Hosting assumed not green (no lookup: audits make no network calls). */
  greenHosting: boolean;
  /** Human label, `Sustainable Web Design v4 (@tgwf/co2 0.19.0)`. */
  label: string;
}

export interface EcoMeasure {
  domNodes: number;
  requests: number;
  transferBytes: number;
  ecoindex: EcoIndexResult;
  /** Absent in reports built before measurement protocol 2 (as the fields below). */
  percentiles?: EcoPercentiles;
  co2?: Co2Estimate;
  weight?: EcoWeight;
  /** Some requests were still in flight when a budget ran out: the figures are a lower bound. */
  measurementTruncated?: boolean;
  /** The budgets that ran out (`load`, `settle`, `scroll`). */
  truncatedBy?: string[];
  protocolVersion?: number;
}

export interface PageReport {
  url: string;
  finalUrl: string | null;
  status: number | null;
  error: VisitError | null;
  startedAt: string;
  versions: Record<string, string | number>;
  /**
   * `siteFacts`: what the site-level rules compare between pages (src/core/site-facts.ts); absent in reports
   * built before they existed, null when the page had no facts.
   */
  a11y: { findings: Finding[]; error: string | null; siteFacts?: SiteFacts | null } | null;
  /** RGAA 4.1.2 verdicts per test and criterion; null when the page could not be audited. */
  rgaa: RgaaOutcome | null;
  score: A11yScore | null;
  eco: EcoMeasure | null;
  /**
   * Eco-design rules (src/audits/eco/rules/): findings in the shared result model, and their rate
   * (src/score/eco-rules.ts). Absent in reports built before they existed, null when the page was not audited.
   */
  ecoRules?: { findings: Finding[]; score: EcoRulesScore } | null;
  timings: Record<string, number> | null;
}
