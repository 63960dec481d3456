// Renders the ACT conformance scores as the generated section of docs/conformance.md. Pure.

import { type RuleScore, type Tally, tally } from './act-scoring.js';

export interface RunInfo {
  date: string;
  vigie: string;
  axe: string;
  browser: string;
  durationMs: number;
  concurrency: number;
  cases: number;
  casesRun: number;
}

export const ACT_SECTION_BEGIN =
  '<!-- BEGIN ACT (generated: VIGIE_UPDATE_CONFORMANCE=1 npm run conformance) -->';
export const ACT_SECTION_END = '<!-- END ACT -->';

const LEVEL_LABEL: Record<RuleScore['consistency'], string> = {
  consistent: 'consistent',
  partial: 'partially consistent',
  minimal: 'minimal',
  untested: 'untested',
  inconsistent: 'inconsistent',
};

/** The level, with its cause when it is not plain: a false positive, or no failed example caught. */
export function levelCell(score: RuleScore): string {
  if (score.consistency === 'inconsistent') {
    return score.falsePositives.length > 0
      ? '**inconsistent** (false positive)'
      : 'inconsistent (catches no failed example)';
  }
  if (score.blockedByUntested) return `${LEVEL_LABEL[score.consistency]} (untested examples only)`;
  return LEVEL_LABEL[score.consistency];
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\n/g, ' ');
}

function headline(label: string, scores: readonly RuleScore[]): string {
  const counts: Tally = tally(scores);
  const withFalsePositives = scores.filter((score) => score.falsePositives.length > 0).length;
  return (
    `${label} (${scores.length}): **${counts.consistent} consistent**, ${counts.partial} partially ` +
    `consistent, ${counts.minimal} minimal, ${counts.inconsistent} inconsistent ` +
    `(${withFalsePositives} through false positives), ${counts.untested} untested.`
  );
}

function blockedLine(scores: readonly RuleScore[]): string[] {
  const blocked = scores.filter((score) => score.blockedByUntested).map((score) => score.ruleId);
  return blocked.length === 0
    ? []
    : [
        '',
        `Consistent but for passed or inapplicable examples Vigie could not judge (documents it does not ` +
          `audit, visit errors): ${blocked.join(', ')}.`,
      ];
}

/** The Vigie rules; when there are several, what each one catches alone (true and false positives). */
function vigieRulesCell(score: RuleScore): string {
  if (score.vigieRules.length === 0) return '—';
  if (score.vigieRules.length === 1) return `\`${score.vigieRules[0]}\``;
  return score.vigieRules
    .map((rule) => {
      const alone = score.perVigieRule[rule]!;
      const fp = alone.falsePositives > 0 ? `, ${alone.falsePositives} FP` : '';
      return `\`${rule}\` (${alone.truePositives} TP${fp})`;
    })
    .join(', ');
}

function wcagCell(score: RuleScore): string {
  if (score.wcag.expected === null) return 'n/a';
  if (score.vigieRules.length === 0) return score.wcag.expected.join(', ') || '—';
  const problems = [
    ...score.wcag.missing.map((sc) => `missing ${sc}`),
    ...score.wcag.extra.map((sc) => `extra ${sc}`),
  ];
  if (problems.length > 0) return problems.join(', ');
  return score.wcag.expected.length > 0
    ? `ok (${score.wcag.expected.join(', ')})`
    : `ok (none for conformance; reports ${score.wcag.reported.join(', ') || 'none'})`;
}

/** Untested cases count, with the distinct reasons when they are few. */
function untestedCell(score: RuleScore): string {
  if (score.untested.length === 0 || score.vigieRules.length === 0) return String(score.untested.length);
  // The kind of reason only ("visit error NOT_HTML"), the detail is in the JSON results.
  const reasons = [...new Set(score.untested.map((ref) => (ref.reason ?? '').split(':')[0]!))];
  return `${score.untested.length} (${reasons.map(cell).join('; ')})`;
}

function table(scores: readonly RuleScore[]): string[] {
  const lines = [
    '| ACT rule | Name | Vigie rules | Consistency | Cases run | FP | FN | cantTell on failed | Untested | WCAG SC |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const score of scores) {
    lines.push(
      `| [${score.ruleId}](https://www.w3.org/WAI/standards-guidelines/act/rules/${score.ruleId}/) | ` +
        `${cell(score.ruleName)} | ${vigieRulesCell(score)} | ${levelCell(score)} | ` +
        `${score.casesRun}/${score.cases} | ${score.falsePositives.length} | ${score.falseNegatives.length} | ` +
        `${score.cantTellOnFailed} | ${untestedCell(score)} | ${wcagCell(score)} |`,
    );
  }
  return lines;
}

function falsePositiveList(scores: readonly RuleScore[]): string[] {
  const lines: string[] = [];
  for (const score of scores) {
    for (const ref of score.falsePositives) {
      lines.push(
        `- ${score.ruleId} ${cell(score.ruleName)} — ${ref.title} (expected ${ref.expected}): ` +
          `${ref.rules.map((rule) => `\`${rule}\``).join(', ')} failed — \`${ref.file}\``,
      );
    }
  }
  return lines.length > 0 ? lines : ['None.'];
}

function falseNegativeList(scores: readonly RuleScore[]): string[] {
  const lines: string[] = [];
  for (const score of scores) {
    if (score.vigieRules.length === 0) continue;
    for (const ref of score.falseNegatives) {
      lines.push(
        `- ${score.ruleId} — ${ref.title}: ${ref.outcome}${ref.reason ? ` (${cell(ref.reason)})` : ''} — \`${ref.file}\``,
      );
    }
  }
  return lines.length > 0 ? lines : ['None.'];
}

const byId = (a: RuleScore, b: RuleScore): number => a.ruleId.localeCompare(b.ruleId);

export function renderActSection(scores: readonly RuleScore[], run: RunInfo): string {
  const approved = scores.filter((score) => score.approved).sort(byId);
  const proposed = scores.filter((score) => !score.approved).sort(byId);
  const minutes = (run.durationMs / 60_000).toFixed(1);
  return [
    ACT_SECTION_BEGIN,
    '',
    `Run of ${run.date}: Vigie ${run.vigie}, axe-core ${run.axe}, ${run.browser}; ${run.casesRun} of ` +
      `${run.cases} test cases judged, ${minutes} min with ${run.concurrency} pages in parallel.`,
    '',
    headline('Approved ACT rules', approved),
    ...blockedLine(approved),
    '',
    headline('Proposed (not yet approved) ACT rules', proposed),
    '',
    '### Approved rules',
    '',
    ...table(approved),
    '',
    '### False positives on approved rules',
    '',
    ...falsePositiveList(approved),
    '',
    '### False negatives on approved rules',
    '',
    ...falseNegativeList(approved),
    '',
    '### Proposed rules',
    '',
    ...table(proposed),
    '',
    '### False positives on proposed rules',
    '',
    ...falsePositiveList(proposed),
    '',
    ACT_SECTION_END,
  ].join('\n');
}

/** Replaces the generated section of `document` (or appends it when the markers are missing). */
export function replaceSection(document: string, section: string): string {
  const begin = document.indexOf(ACT_SECTION_BEGIN);
  const end = document.indexOf(ACT_SECTION_END);
  if (begin === -1 || end === -1 || end < begin) return `${document.trimEnd()}\n\n${section}\n`;
  return document.slice(0, begin) + section + document.slice(end + ACT_SECTION_END.length);
}
