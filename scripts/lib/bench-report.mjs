// Turns the measured runs into figures per tool and concurrency (medians over repetitions), the Markdown
// table printed by `npm run bench`, the Vigie/peer ratios and the verdict on each performance target.

export const TARGETS = {
  vsPa11y: 1.2, // Vigie pages/min ≥ 1.2 × pa11y-ci's
  vsBare: 1.0, // Vigie pages/min ≥ 1.0 × the bare Playwright + axe loop's
  peakMemoryMb: 1024, // peak memory of the whole process tree at concurrency 2
  protocolAddedPct: 30, // the frugality protocol (settle + scroll) adds ≤ 30 % to the accessibility-only time per page
};

export const STEPS = ['navigationMs', 'settleMs', 'scrollMs', 'collectMs', 'axeMs', 'factsMs', 'totalMs'];

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const fmt = (value, digits = 1) => (value == null || Number.isNaN(value) ? '–' : value.toFixed(digits));

/** Figures of one tool at one concurrency, over its kept runs. */
export function summarizeGroup(runs, cores) {
  const { tool, label, concurrency, pages } = runs[0];
  const walls = runs.map((run) => run.measure.wallS);
  const pageMs = runs.flatMap((run) => run.outcome.pageMs ?? []);
  const steps = runs.flatMap((run) => run.outcome.steps ?? []);
  const stepMeans = steps.length
    ? Object.fromEntries(STEPS.map((step) => [step, mean(steps.map((s) => s[step]))]))
    : null;
  const served = runs.at(-1).server;
  return {
    tool,
    label,
    concurrency,
    pages,
    runs: runs.length,
    wallMedianS: median(walls),
    wallMinS: Math.min(...walls),
    pagesPerMin: (pages / median(walls)) * 60,
    pagesPerMinBest: (pages / Math.min(...walls)) * 60,
    pagesPerMinByRep: Object.fromEntries(runs.map((run) => [run.rep, (pages / run.measure.wallS) * 60])),
    p50Ms: percentile(pageMs, 50),
    p95Ms: percentile(pageMs, 95),
    cpuPerPageS: median(runs.map((run) => run.measure.cpuS / pages)),
    cpuSampledPerPageS: median(runs.map((run) => run.measure.cpuSampledS / pages)),
    cpuReapedPerPageS: median(runs.map((run) => run.measure.cpuReapedS / pages)),
    peakRssMb: Math.max(...runs.map((run) => run.measure.peakRssMb)),
    peakPssMb: Math.max(...runs.map((run) => run.measure.peakPssMb)),
    maxProcs: Math.max(...runs.map((run) => run.measure.maxProcs)),
    ok: runs.at(-1).outcome.ok,
    failed: runs.at(-1).outcome.failed,
    servedRequestsPerPage: served ? served.requests / pages : null,
    servedMbPerPage: served ? served.bytes / pages / 1048576 : null,
    foreignCpuMaxS: Math.max(...runs.map((run) => run.measure.foreignCpuS)),
    // Share of the machine that other processes used during the run (others' CPU-s / (wall × cores)).
    othersSharePct: median(
      runs.map((run) => (100 * run.measure.foreignCpuS) / (run.measure.treeWallS * cores)),
    ),
    disturbedRuns: runs.filter((run) => run.disturbed).length,
    stepMeans,
  };
}

/** Pages per minute the tool would reach if it had every core to itself and were only CPU-bound. */
export const cpuBoundPagesPerMin = (summary, cores) => (60 * cores) / summary.cpuPerPageS;

export function summarize(runs, cores) {
  const groups = new Map();
  for (const run of runs) {
    const key = `${run.tool}@${run.concurrency}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(run);
  }
  return [...groups.values()].map((group) => summarizeGroup(group, cores));
}

/** Vigie/peer ratios and target verdicts, per concurrency. */
export function compare(summaries) {
  const byKey = new Map(summaries.map((s) => [`${s.tool}@${s.concurrency}`, s]));
  const results = [];
  for (const vigie of summaries.filter((s) => s.tool === 'vigie')) {
    const k = vigie.concurrency;
    const pa11y = byKey.get(`pa11y@${k}`);
    const bare = byKey.get(`bare@${k}`);
    const noProtocol = byKey.get(`vigie-noprotocol@${k}`);
    const pairRatios = (peer) =>
      peer
        ? Object.keys(vigie.pagesPerMinByRep)
            .filter((rep) => peer.pagesPerMinByRep[rep])
            .map((rep) => vigie.pagesPerMinByRep[rep] / peer.pagesPerMinByRep[rep])
        : [];
    const cpuRatio = (peer) => (peer ? peer.cpuPerPageS / vigie.cpuPerPageS : null);
    const entry = {
      concurrency: k,
      // Throughput ratio if every tool were CPU-bound on an otherwise idle machine: inverse CPU-s/page ratio.
      vsPa11yCpuBound: cpuRatio(pa11y),
      vsBareCpuBound: cpuRatio(bare),
      vsPa11y: pa11y ? vigie.pagesPerMin / pa11y.pagesPerMin : null,
      vsPa11yByRep: pairRatios(pa11y),
      vsBare: bare ? vigie.pagesPerMin / bare.pagesPerMin : null,
      vsBareByRep: pairRatios(bare),
      peakRssMb: vigie.peakRssMb,
      peakPssMb: vigie.peakPssMb,
      protocolCost: noProtocol
        ? {
            wallPerPageS: 60 / vigie.pagesPerMin - 60 / noProtocol.pagesPerMin,
            cpuPerPageS: vigie.cpuPerPageS - noProtocol.cpuPerPageS,
            meanTotalMs:
              vigie.stepMeans && noProtocol.stepMeans
                ? vigie.stepMeans.totalMs - noProtocol.stepMeans.totalMs
                : null,
            // Added per-page time over the accessibility-only run (same pages, no settle, no scroll), in %.
            addedPct:
              vigie.stepMeans && noProtocol.stepMeans
                ? (100 * (vigie.stepMeans.totalMs - noProtocol.stepMeans.totalMs)) /
                  noProtocol.stepMeans.totalMs
                : null,
            addedWallPct: (100 * noProtocol.pagesPerMin) / vigie.pagesPerMin - 100,
          }
        : null,
      // Within the Vigie run alone: settle + scroll time over the rest of the per-page time, in %.
      protocolSharePct: vigie.stepMeans
        ? (100 * (vigie.stepMeans.settleMs + vigie.stepMeans.scrollMs)) /
          (vigie.stepMeans.totalMs - vigie.stepMeans.settleMs - vigie.stepMeans.scrollMs)
        : null,
    };
    entry.targets = {
      vsPa11y: entry.vsPa11y == null ? null : entry.vsPa11y >= TARGETS.vsPa11y,
      vsBare: entry.vsBare == null ? null : entry.vsBare >= TARGETS.vsBare,
      // The memory target is set at concurrency 2. Summed RSS counts the pages Chromium's processes share
      // (binary, fonts) once per process; PSS divides them among the processes: the fair total.
      memoryPss: k === 2 ? vigie.peakPssMb < TARGETS.peakMemoryMb : null,
      memoryRss: k === 2 ? vigie.peakRssMb < TARGETS.peakMemoryMb : null,
      protocol: entry.protocolSharePct == null ? null : entry.protocolSharePct <= TARGETS.protocolAddedPct,
    };
    results.push(entry);
  }
  return results;
}

export function formatTable(summaries, cores) {
  const lines = [
    "| tool | K | pages | runs | wall s (median) | pages/min (median) | pages/min (best) | p50 s/page | p95 s/page | CPU-s/page | CPU-bound pages/min | peak RSS MB (sum) | peak PSS MB | procs | ok/failed | req/page served | MB/page served | others' share of the box % |",
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of summaries) {
    lines.push(
      `| ${s.tool} | ${s.concurrency} | ${s.pages} | ${s.runs}${s.disturbedRuns ? ` (${s.disturbedRuns} disturbed)` : ''} | ${fmt(s.wallMedianS)} | ${fmt(s.pagesPerMin)} | ${fmt(s.pagesPerMinBest)} | ${fmt(s.p50Ms == null ? null : s.p50Ms / 1000, 2)} | ${fmt(s.p95Ms == null ? null : s.p95Ms / 1000, 2)} | ${fmt(s.cpuPerPageS, 2)} | ${fmt(cpuBoundPagesPerMin(s, cores))} | ${fmt(s.peakRssMb, 0)} | ${fmt(s.peakPssMb, 0)} | ${s.maxProcs} | ${s.ok}/${s.failed} | ${fmt(s.servedRequestsPerPage)} | ${fmt(s.servedMbPerPage, 2)} | ${fmt(s.othersSharePct, 0)} |`,
    );
  }
  return lines.join('\n');
}

export function formatSteps(summaries) {
  const withSteps = summaries.filter((s) => s.stepMeans);
  if (withSteps.length === 0) return '';
  const lines = [
    `| tool | K | ${STEPS.join(' | ')} |`,
    `|---|---|${STEPS.map(() => '---').join('|')}|`,
    ...withSteps.map(
      (s) =>
        `| ${s.tool} | ${s.concurrency} | ${STEPS.map((step) => fmt(s.stepMeans[step], 0)).join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}

const verdict = (met) => (met == null ? 'not measured' : met ? 'MET' : 'NOT MET');

export function formatComparison(comparisons) {
  const lines = [];
  for (const c of comparisons) {
    const reps = (values) =>
      values.length ? ` (per repetition: ${values.map((v) => v.toFixed(2)).join(', ')})` : '';
    lines.push(`Concurrency ${c.concurrency}:`);
    lines.push(
      `  Vigie / pa11y-ci pages/min = ${fmt(c.vsPa11y, 2)}${reps(c.vsPa11yByRep)}; target ≥ ${TARGETS.vsPa11y}: ${verdict(c.targets.vsPa11y)}`,
    );
    lines.push(
      `  Vigie / bare loop pages/min = ${fmt(c.vsBare, 2)}${reps(c.vsBareByRep)}; target ≥ ${TARGETS.vsBare}: ${verdict(c.targets.vsBare)}`,
    );
    if (c.vsPa11yCpuBound != null || c.vsBareCpuBound != null) {
      lines.push(
        `  Same ratios if every tool were CPU-bound on an idle machine (inverse CPU-s/page): Vigie / pa11y-ci = ${fmt(c.vsPa11yCpuBound, 2)}, Vigie / bare loop = ${fmt(c.vsBareCpuBound, 2)}`,
      );
    }
    lines.push(
      `  Vigie peak memory of the process tree, target < ${TARGETS.peakMemoryMb} MB at concurrency 2: ${fmt(c.peakPssMb, 0)} MB PSS: ${verdict(c.targets.memoryPss)}; ${fmt(c.peakRssMb, 0)} MB summed RSS (counts shared pages once per process): ${verdict(c.targets.memoryRss)}`,
    );
    if (c.protocolCost) {
      lines.push(
        `  Frugality protocol (settle + scroll) cost against the accessibility-only run: ${fmt(c.protocolCost.wallPerPageS, 2)} s wall/page (+${fmt(c.protocolCost.addedWallPct, 0)} %), ${fmt(c.protocolCost.cpuPerPageS, 2)} CPU-s/page, ${fmt(c.protocolCost.meanTotalMs, 0)} ms mean per-page time (+${fmt(c.protocolCost.addedPct, 0)} %)`,
      );
    }
    if (c.protocolSharePct != null) {
      lines.push(
        `  Frugality protocol time (timings.settleMs + scrollMs) over the rest of the per-page time: ${fmt(c.protocolSharePct, 0)} %; target ≤ ${TARGETS.protocolAddedPct} %: ${verdict(c.targets.protocol)}`,
      );
    }
  }
  return lines.join('\n');
}
