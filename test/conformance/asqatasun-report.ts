// Renders the Asqatasun RGAA 4.0 scores as the generated section of docs/conformance.md (after the ACT one).
// Pure.

import { ACT_SECTION_END, cell } from './act-report.js';
import { CHANGED_TESTS } from './asqatasun-scope.js';
import {
  type AsqatasunScore,
  agreementOf,
  type CaseRef,
  compareTests,
  type Tally,
} from './asqatasun-scoring.js';

export interface AsqatasunRunInfo {
  date: string;
  vigie: string;
  axe: string;
  browser: string;
  durationMs: number;
  concurrency: number;
  pages: number;
}

export const ASQATASUN_SECTION_BEGIN =
  '<!-- BEGIN ASQATASUN (generated: VIGIE_UPDATE_CONFORMANCE=1 npm run conformance) -->';
export const ASQATASUN_SECTION_END = '<!-- END ASQATASUN -->';

const percent = (rate: number | null): string => (rate === null ? 'n/a' : `${(rate * 100).toFixed(1)} %`);

function headline(tally: Tally, score: AsqatasunScore): string[] {
  return [
    `Cases: ${tally.cases}, of which ${tally.outOfScope} out of scope and ${tally.untested} not judged ` +
      `(visit error); ${tally.judged} judged.`,
    '',
    `- Vigie decisive (C or NC): **${tally.decisive}**; where Asqatasun decided too (C, NC or NA): ` +
      `${tally.compared}, **agreement ${percent(agreementOf(tally))}** (${tally.agreed}/${tally.compared}); ` +
      `${score.potentialFalsePositives.length} potential false positive(s) (Vigie NC, Asqatasun C or NA).`,
    `- Vigie decisive where Asqatasun gives NEED_MORE_INFO or NOT_TESTED (not comparable): ${tally.unverifiable}.`,
    `- NA: Vigie ${tally.vigieNA}, Asqatasun ${tally.expectedNA}, both ${tally.bothNA}.`,
    `- Vigie NT where Asqatasun is decisive (C or NC): ${tally.ntWhereExpectedDecisive}.`,
  ];
}

function outOfScopeLines(score: AsqatasunScore): string[] {
  const kinds = Object.entries(score.outOfScopeByKind).sort((a, b) => b[1] - a[1]);
  const markers = Object.entries(score.markers)
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} ${count}`);
  return [
    '| Out of scope because | Cases |',
    '|---|---|',
    ...kinds.map(([kind, count]) => `| ${cell(kind)} | ${count} |`),
    '',
    `Marker parameters met (a case may have several): ${markers.join(', ') || 'none'}.`,
    '',
    'Tests changed between RGAA 4.0 and 4.1.2 (their cases are out of scope):',
    '',
    ...Object.entries(CHANGED_TESTS)
      .sort(([a], [b]) => compareTests(a, b))
      .map(([test, reason]) => `- ${test}: ${cell(reason)}`),
  ];
}

/** Tests where something can be compared: Vigie said C, NC or NA, or Asqatasun said C or NC. */
function table(score: AsqatasunScore): string[] {
  const lines = [
    '| Test | Cases judged | Vigie decisive | Agreement | Vigie NA / expected NA / both | NT where expected C or NC | Unverifiable |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [test, tally] of Object.entries(score.perTest).sort(([a], [b]) => compareTests(a, b))) {
    if (tally.decisive + tally.vigieNA + tally.ntWhereExpectedDecisive === 0) continue;
    const agreement = tally.compared > 0 ? `${tally.agreed}/${tally.compared}` : '—';
    lines.push(
      `| ${test} | ${tally.judged}/${tally.cases} | ${tally.decisive} | ${agreement} | ` +
        `${tally.vigieNA} / ${tally.expectedNA} / ${tally.bothNA} | ${tally.ntWhereExpectedDecisive} | ` +
        `${tally.unverifiable} |`,
    );
  }
  return lines;
}

function refList(refs: readonly CaseRef[]): string[] {
  if (refs.length === 0) return ['None.'];
  return refs.map(
    (ref) =>
      `- ${ref.test} \`${ref.webResource}\`: expected ${ref.expected}, Vigie ${ref.vigie} ` +
      `(${ref.decidedBy.map((rule) => `\`${rule}\``).join(', ') || 'no rule'})`,
  );
}

export function renderAsqatasunSection(score: AsqatasunScore, run: AsqatasunRunInfo): string {
  const minutes = (run.durationMs / 60_000).toFixed(1);
  return [
    ASQATASUN_SECTION_BEGIN,
    '',
    `Run of ${run.date}: Vigie ${run.vigie}, axe-core ${run.axe}, ${run.browser}; ${run.pages} pages ` +
      `visited, ${minutes} min with ${run.concurrency} pages in parallel.`,
    '',
    ...headline(score.overall, score),
    '',
    '### Scope',
    '',
    ...outOfScopeLines(score),
    '',
    '### Per RGAA test',
    '',
    ...table(score),
    '',
    '### Potential false positives (Vigie NC, Asqatasun C or NA)',
    '',
    ...refList(score.potentialFalsePositives),
    '',
    '### Disagreements (Vigie C or NC, Asqatasun decided otherwise)',
    '',
    ...refList(score.disagreements),
    '',
    '### Vigie NA where Asqatasun is decisive',
    '',
    ...refList(score.naWhereExpectedDecisive),
    '',
    '### Vigie decisive where Asqatasun is not (to review)',
    '',
    ...refList(score.unverifiable),
    '',
    ASQATASUN_SECTION_END,
  ].join('\n');
}

/** Replaces the generated section; when missing, puts it after the ACT section (or at the end). */
export function replaceAsqatasunSection(document: string, section: string): string {
  const begin = document.indexOf(ASQATASUN_SECTION_BEGIN);
  const end = document.indexOf(ASQATASUN_SECTION_END);
  if (begin !== -1 && end > begin) {
    return document.slice(0, begin) + section + document.slice(end + ASQATASUN_SECTION_END.length);
  }
  const actEnd = document.indexOf(ACT_SECTION_END);
  if (actEnd === -1) return `${document.trimEnd()}\n\n${section}\n`;
  const at = actEnd + ACT_SECTION_END.length;
  return `${document.slice(0, at)}\n\n${section}${document.slice(at)}`;
}
