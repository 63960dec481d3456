// Verdicts and findings: the result model shared by every rule family (STYLE.md, "Results").

import type { VisitError } from './errors.js';

export type Outcome = 'passed' | 'failed' | 'cantTell' | 'inapplicable';

/** Order used to aggregate outcomes: failed > cantTell > passed > inapplicable. */
export const OUTCOME_RANK: Record<Outcome, number> = { failed: 3, cantTell: 2, passed: 1, inapplicable: 0 };

export interface Evidence {
  selector: string;
  /** HTML snippet, at most 250 characters, stored as text (escape it when shown). */
  snippet: string;
  message: string;
  outcome: 'failed' | 'cantTell';
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
  /** Selectors of the failed and cantTell targets. */
  targets: string[];
  evidence: Evidence[];
}

export interface EcoIndexResult {
  score: number;
  grade: string;
  ghg: number;
  water: number;
}

export interface EcoMeasure {
  domNodes: number;
  requests: number;
  transferBytes: number;
  ecoindex: EcoIndexResult;
}

export interface PageReport {
  url: string;
  finalUrl: string | null;
  status: number | null;
  error: VisitError | null;
  startedAt: string;
  versions: Record<string, string | number>;
  a11y: { findings: Finding[]; error: string | null } | null;
  eco: EcoMeasure | null;
  timings: Record<string, number> | null;
}
