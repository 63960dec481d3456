// Maps raw axe-core results (from a snapshot) to Vigie findings: one finding per rule with its verdict,
// counts, RGAA tests (axe's `RGAA-x.y.z` tags), WCAG success criteria, ACT ids and evidence. Pure.

import { AXE_RULES_OFF } from '../../core/axe-rules-off.js';
import type { ImageFacts } from '../../core/facts/images.js';
import type { Evidence, Finding, Outcome } from '../../core/result.js';
import type { AxeRaw, AxeRuleRaw } from '../../core/snapshot.js';
import { splitContrast } from './axe-contrast.js';
import type { AxeRuleMeta } from './axe-meta.js';
import { AXE_RGAA } from './axe-rgaa.js';

export { contrastTestOf } from './axe-contrast.js';

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
/** `images`: the page's image facts, which complete axe's contrast check (text in images); absent in old snapshots. */
export function mapAxeResults(
  raw: AxeRaw,
  meta: ReadonlyMap<string, AxeRuleMeta>,
  images?: ImageFacts,
): Finding[] {
  const byRule = new Map<string, Groups>();
  for (const group of ['passes', 'violations', 'incomplete', 'inapplicable'] as const) {
    for (const rule of raw[group]) {
      if (rule.id in AXE_RULES_OFF) continue;
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
    finding.rule === 'color-contrast' ? splitContrast(finding, images) : finding,
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
