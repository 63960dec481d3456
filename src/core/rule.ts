// The rule model (STYLE.md, "A rule"): a Vigie rule is typed metadata plus two pure functions over the page
// facts collected in the browser: `applicability` picks the targets, `expectation` gives each one a verdict.
// The runner (src/audits/a11y/run-rules.ts) derives `inapplicable`, aggregates and catches a rule that throws.

import type { RuleTarget } from './facts/target.js';
import type { FactKey, PageFacts } from './facts.js';
import type { SiteFacts } from './site-facts.js';

/**
 * How much of its RGAA tests a rule decides. `full`: when every target passes, the tests are met on this page
 * (C is possible). `failuresOnly`: the rule can find failures but never prove the test met (relevance, « si
 * nécessaire », content a machine cannot judge): its passes leave the test NT.
 */
export type Coverage = 'full' | 'failuresOnly';

export type { RuleTarget };

export type TargetOutcome = 'passed' | 'failed' | 'cantTell';

export interface Verdict {
  outcome: TargetOutcome;
  /** One sentence a webmaster can act on (French). Required for failed and cantTell. */
  message: string;
  /** The RGAA tests this verdict is about, when only some of the rule's tests (default: all of them). */
  rgaa?: readonly string[];
}

export interface RuleMeta {
  /** Kebab-case, names the problem; equals the file name. */
  id: string;
  /** Bumped whenever a verdict can change. */
  version: number;
  family: 'a11y';
  /** French title, names the problem. */
  title: string;
  /** French, for docs/rules.md: how the rule decides, its thresholds and its limits. */
  description?: string;
  /** RGAA 4.1.2 tests (`8.1.1`). */
  rgaa: readonly string[];
  /** WCAG 2.1 success criteria (`1.3.1`). */
  wcag: readonly string[];
  /** W3C ACT rule ids this rule implements. */
  act: readonly string[];
  coverage: Coverage;
  /**
   * When every target is inapplicable, the rule's tests are NA on the page (the rule looks at exactly what the
   * tests apply to). Default: true for `full` rules, false for `failuresOnly` ones.
   */
  inapplicableMeansNA?: boolean;
  /** Page facts the rule reads; a fact that was not collected makes the rule a RuleError (tests NT). */
  requires: readonly FactKey[];
}

/** The facts a rule sees: those it requires are present (the runner checks before calling it). */
export type FactsOf<K extends FactKey> = PageFacts & { [P in K]-?: NonNullable<PageFacts[P]> };

export interface Rule<T extends RuleTarget = RuleTarget, K extends FactKey = FactKey> extends RuleMeta {
  requires: readonly K[];
  // Method syntax on purpose: a Rule<T, K> is then usable where a Rule is expected (the registry).
  applicability(facts: FactsOf<K>): readonly T[];
  expectation(target: T, facts: FactsOf<K>): Verdict;
}

/** Identity with type inference: one `export default defineRule({...})` per rule file. */
export function defineRule<T extends RuleTarget, const K extends FactKey>(rule: Rule<T, K>): Rule<T, K> {
  return rule;
}

export const passed = (message = '', rgaa?: readonly string[]): Verdict => ({
  outcome: 'passed',
  message,
  ...(rgaa ? { rgaa } : {}),
});
export const failed = (message: string, rgaa?: readonly string[]): Verdict => ({
  outcome: 'failed',
  message,
  ...(rgaa ? { rgaa } : {}),
});
export const cantTell = (message: string, rgaa?: readonly string[]): Verdict => ({
  outcome: 'cantTell',
  message,
  ...(rgaa ? { rgaa } : {}),
});

/** One audited page of a sample, as a site rule sees it (home page first when it was audited). */
export interface SitePage {
  url: string;
  /** Sampling role: `home`, or another role (contact, legal, sitemap, content…). */
  role: string;
  facts: SiteFacts;
}

/** A site-level verdict: which pages it concerns (URLs) besides the message. */
export interface SiteVerdict extends Verdict {
  pages: readonly string[];
}

/**
 * A site-level rule (RGAA « dans chaque ensemble de pages… »): the metadata of a Rule, and one pure function
 * over the sample's audited pages (at least two: with one page the tests stay as the pages left them). No
 * verdict means inapplicable. Its outcome replaces the sample's result for its tests (src/score/rgaa.ts).
 */
export interface SiteRule extends Omit<RuleMeta, 'requires'> {
  scope: 'site';
  evaluate(pages: readonly SitePage[]): SiteVerdict[];
}

export function defineSiteRule(rule: Omit<SiteRule, 'scope'>): SiteRule {
  return { ...rule, scope: 'site' };
}

export const sitePassed = (pages: readonly string[], rgaa?: readonly string[]): SiteVerdict => ({
  ...passed('', rgaa),
  pages,
});
export const siteFailed = (
  message: string,
  pages: readonly string[],
  rgaa?: readonly string[],
): SiteVerdict => ({ ...failed(message, rgaa), pages });
export const siteCantTell = (
  message: string,
  pages: readonly string[],
  rgaa?: readonly string[],
): SiteVerdict => ({ ...cantTell(message, rgaa), pages });
