// The eco-design rule model: the same shape as an accessibility rule (src/core/rule.ts) — metadata, then
// `applicability` (the targets) and `expectation` (one verdict per target) — over the page's eco inputs: the
// network log, the page's DOM counts and the eco facts. Metadata ties each rule to the RGESN 2024 criteria and
// to the web good practices (GreenIT-Analysis ids) it checks; a failed verdict says what it costs and saves.

import type { EcoFacts } from './facts/eco.js';
import type { RuleTarget } from './facts/target.js';
import type { TargetOutcome } from './rule.js';
import type { DomFacts, MeasurementProtocol, NetworkEntry, Redirect } from './snapshot.js';

/** What an eco rule reads: always the page and its network log; `eco` only when the gatherer ran. */
export interface EcoInputs {
  page: {
    requestedUrl: string;
    finalUrl: string;
    redirects: readonly Redirect[];
    /** ISO time the visit started: the "now" of cache-header checks (rules read no clock). */
    startedAt: string;
    dom: DomFacts;
    /** The measurement protocol's record (scroll growth, truncation); absent in hand-built inputs. */
    measurement?: MeasurementProtocol;
  };
  network: readonly NetworkEntry[];
  eco?: EcoFacts;
}

export type EcoInputKey = keyof EcoInputs;

/** What following the rule would save, for one target. */
export interface Saving {
  bytes?: number;
  requests?: number;
}

export interface EcoVerdict {
  outcome: TargetOutcome;
  /** One sentence a webmaster can act on (French). Required for failed and cantTell. */
  message: string;
  /** Size of the resource or element concerned, in bytes, when it has one. */
  sizeBytes?: number;
  /** Estimated saving per page view (documented in the rule's description). */
  saving?: Saving;
}

/** An eco target: an element (selector, snippet) or a resource (its URL as selector, `resource` set). */
export interface EcoTarget extends RuleTarget {
  resource?: string;
}

export interface EcoRuleMeta {
  id: string;
  version: number;
  family: 'eco';
  /** French title, names the problem. */
  title: string;
  /** French, for docs/rules.md: how the rule decides, its thresholds, its saving estimate and its limits. */
  description: string;
  /** RGESN 2024 criteria (`6.3`). */
  rgesn: readonly string[];
  /** Web good practices, GreenIT-Analysis rule ids (`CompressHttp`). */
  practices: readonly string[];
  requires: readonly EcoInputKey[];
}

export type EcoInputsOf<K extends EcoInputKey> = EcoInputs & { [P in K]-?: NonNullable<EcoInputs[P]> };

export interface EcoRule<T extends EcoTarget = EcoTarget, K extends EcoInputKey = EcoInputKey>
  extends EcoRuleMeta {
  requires: readonly K[];
  applicability(inputs: EcoInputsOf<K>): readonly T[];
  expectation(target: T, inputs: EcoInputsOf<K>): EcoVerdict;
}

export function defineEcoRule<T extends EcoTarget, const K extends EcoInputKey>(
  rule: Omit<EcoRule<T, K>, 'family'>,
): EcoRule<T, K> {
  return { ...rule, family: 'eco' };
}

export const ecoPassed = (message = ''): EcoVerdict => ({ outcome: 'passed', message });
export const ecoFailed = (
  message: string,
  details: Omit<EcoVerdict, 'outcome' | 'message'> = {},
): EcoVerdict => ({
  outcome: 'failed',
  message,
  ...details,
});
export const ecoCantTell = (
  message: string,
  details: Omit<EcoVerdict, 'outcome' | 'message'> = {},
): EcoVerdict => ({
  outcome: 'cantTell',
  message,
  ...details,
});
