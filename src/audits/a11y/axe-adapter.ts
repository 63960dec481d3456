// Maps raw axe-core results (from a snapshot) to Vigie findings: one finding per rule with its verdict,
// counts, RGAA tests (axe's `RGAA-x.y.z` tags), WCAG success criteria, ACT ids and evidence. Pure.

import { type Evidence, type Finding, OUTCOME_RANK, type Outcome } from '../../core/result.js';
import type { AxeRaw, AxeRuleRaw } from '../../core/snapshot.js';
import type { AxeRuleMeta } from './axe-meta.js';
import { AXE_RGAA } from './axe-rgaa.js';

const RGAA_TAG = /^RGAA-(\d+\.\d+\.\d+)$/;
const WCAG_SC_TAG = /^wcag(\d)(\d)(\d{1,2})$/;
const IMPACT_RANK: Record<string, number> = { critical: 4, serious: 3, moderate: 2, minor: 1 };
const SNIPPET_MAX = 250;

export function rgaaTestsFromTags(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => RGAA_TAG.exec(tag)?.slice(1, 2) ?? []);
}

/** `wcag111` → `1.1.1`, `wcag1410` → `1.4.10`; level tags such as `wcag2aa` are ignored. */
export function wcagCriteriaFromTags(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => {
    const match = WCAG_SC_TAG.exec(tag);
    return match ? [`${match[1]}.${match[2]}.${match[3]}`] : [];
  });
}

/** WCAG level from axe's level tags (`wcag2a`, `wcag21aa`, `wcag2aaa`…); obsolete criteria count as their level. */
export function wcagLevelFromTags(tags: readonly string[]): 'A' | 'AA' | 'AAA' | null {
  const levels = tags.flatMap((tag) => /^wcag2\d?(a{1,3})(-obsolete)?$/.exec(tag)?.[1] ?? []);
  if (levels.length === 0) return null;
  const lowest = Math.min(...levels.map((level) => level.length));
  return (['A', 'AA', 'AAA'] as const)[lowest - 1]!;
}

export function impactRank(impact: string | null): number {
  return impact ? (IMPACT_RANK[impact] ?? 0) : 0;
}

function evidenceOf(rule: AxeRuleRaw, outcome: 'failed' | 'cantTell'): Evidence[] {
  return rule.nodes.map((node) => ({
    selector: node.target,
    snippet: node.html.length > SNIPPET_MAX ? `${node.html.slice(0, SNIPPET_MAX - 1)}…` : node.html,
    message: node.messages.length > 0 ? node.messages.join(' ') : rule.help,
    outcome,
  }));
}

/**
 * The RGAA contrast test of a failed color-contrast node, from axe's message (« taille de police : 12.0pt
 * (16px), graisse : bold »): 3.2.1 text < 24 px, 3.2.2 bold < 18.5 px, 3.2.3 text ≥ 24 px, 3.2.4 bold ≥ 18.5 px.
 * Null when the message does not say (then the node concerns every contrast test).
 */
export function contrastTestOf(message: string): string | null {
  const size = /\((\d+(?:\.\d+)?)px\)/.exec(message);
  const weight = /(?:graisse|font weight)\s*:\s*(\w+)/i.exec(message);
  if (!size || !weight) return null;
  const px = Number(size[1]);
  const bold = weight[1] === 'bold' || Number(weight[1]) >= 700;
  if (bold) return px >= 18.5 ? '3.2.4' : '3.2.2';
  return px >= 24 ? '3.2.3' : '3.2.1';
}

/** Per-test outcomes and evidence tests of axe's color-contrast finding (see contrastTestOf). */
function splitContrast(finding: Finding): Finding {
  const byTest: Record<string, Outcome> = {};
  const base: Outcome = finding.counts.passed > 0 ? 'passed' : 'inapplicable';
  for (const test of finding.rgaa) byTest[test] = base;
  const evidence = finding.evidence.map((item) => {
    const test = contrastTestOf(item.message);
    const tests = test ? [test] : finding.rgaa;
    for (const t of tests)
      if (OUTCOME_RANK[item.outcome] > OUTCOME_RANK[byTest[t]!]) byTest[t] = item.outcome;
    return test ? { ...item, rgaa: [test] } : item;
  });
  // Nodes beyond the evidence cap are unknown: their tests cannot be told apart, so no test is called passed.
  const truncated =
    finding.evidence.length < finding.counts.failed + finding.counts.cantTell && finding.outcome !== 'passed';
  if (truncated) for (const t of finding.rgaa) if (byTest[t] !== 'failed') byTest[t] = 'cantTell';
  return { ...finding, byTest, evidence };
}

interface Groups {
  passes?: AxeRuleRaw;
  violations?: AxeRuleRaw;
  incomplete?: AxeRuleRaw;
  inapplicable?: AxeRuleRaw;
}

function outcomeOf(groups: Groups): Outcome {
  if (groups.violations) return 'failed';
  if (groups.incomplete) return 'cantTell';
  if (groups.passes) return 'passed';
  return 'inapplicable';
}

/** One finding per axe rule that ran, sorted: failed (worst impact first), cantTell, passed, inapplicable. */
export function mapAxeResults(raw: AxeRaw, meta: ReadonlyMap<string, AxeRuleMeta>): Finding[] {
  const byRule = new Map<string, Groups>();
  for (const group of ['passes', 'violations', 'incomplete', 'inapplicable'] as const) {
    for (const rule of raw[group]) {
      const entry = byRule.get(rule.id) ?? {};
      entry[group] = rule;
      byRule.set(rule.id, entry);
    }
  }
  const findings: Finding[] = [];
  for (const [id, groups] of byRule) {
    const any = (groups.violations ?? groups.incomplete ?? groups.passes ?? groups.inapplicable)!;
    const tags = any.tags.length > 0 ? any.tags : (meta.get(id)?.tags ?? []);
    const outcome = outcomeOf(groups);
    // Vigie's reviewed mapping wins over axe's tags; a tagged rule it does not list can only find failures.
    const mapping = AXE_RGAA[id];
    const rgaa = mapping ? [...mapping.rgaa] : rgaaTestsFromTags(tags);
    const coverage = mapping?.coverage ?? 'failuresOnly';
    const evidence = [
      ...(groups.violations ? evidenceOf(groups.violations, 'failed') : []),
      ...(groups.incomplete ? evidenceOf(groups.incomplete, 'cantTell') : []),
    ];
    findings.push({
      rule: id,
      source: 'axe-core',
      family: 'a11y',
      outcome,
      impact: groups.violations?.impact ?? groups.incomplete?.impact ?? any.impact ?? null,
      title: any.help,
      rgaa,
      wcag: wcagCriteriaFromTags(tags),
      act: meta.get(id)?.actIds ?? [],
      level: wcagLevelFromTags(tags),
      experimental: tags.includes('experimental'),
      bestPractice: tags.includes('best-practice'),
      counts: {
        passed: groups.passes?.nodeCount ?? 0,
        failed: groups.violations?.nodeCount ?? 0,
        cantTell: groups.incomplete?.nodeCount ?? 0,
      },
      coverage: rgaa.length > 0 ? coverage : null,
      inapplicableMeansNA: mapping?.inapplicableMeansNA ?? coverage === 'full',
      error: null,
      targets: evidence.map((item) => item.selector),
      evidence,
    });
  }
  const split = findings.map((finding) =>
    finding.rule === 'color-contrast' ? splitContrast(finding) : finding,
  );
  const order: Record<Outcome, number> = { failed: 0, cantTell: 1, passed: 2, inapplicable: 3 };
  return split.sort(
    (a, b) =>
      order[a.outcome] - order[b.outcome] ||
      impactRank(b.impact) - impactRank(a.impact) ||
      b.counts.failed - a.counts.failed ||
      a.rule.localeCompare(b.rule),
  );
}
