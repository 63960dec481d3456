// The progress line of `vigie campaign run|resume` on stderr: sites done / total, pages/min, time left, errors.

import type { SiteEvent } from '../jobs/worker.js';
import type { CampaignCounts } from '../store/campaign-sites.repository.js';

/** Progress on stderr: sites done / total, pages/min, ETA, errors; redrawn in place on a terminal. */
export function campaignProgress(start: CampaignCounts) {
  const stream = process.stderr;
  const started = performance.now();
  let sitesDone = start.done + start.failed;
  let sitesFailed = start.failed;
  let pages = 0;
  let pageErrors = 0;
  let retries = 0;
  let shown = '';
  const line = (label: string) => {
    const minutes = (performance.now() - started) / 60_000;
    const rate = minutes > 0 ? pages / minutes : 0;
    const sitesThisRun = sitesDone - (start.done + start.failed);
    const left = start.total - sitesDone;
    const eta =
      sitesThisRun > 0 && left > 0 ? ` · reste ~${formatMinutes((minutes / sitesThisRun) * left)}` : '';
    const width = 20;
    const filled = start.total ? Math.round((sitesDone / start.total) * width) : width;
    return (
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${sitesDone}/${start.total} sites · ` +
      `${pages} pages · ${rate.toFixed(1)} pages/min${eta} · ${sitesFailed} sites en échec, ` +
      `${pageErrors} pages en erreur${retries ? `, ${retries} nouvelles tentatives` : ''} ${label}`
    );
  };
  const draw = (label: string) => {
    shown = line(label);
    if (stream.isTTY) stream.write(`\r\x1b[K${shown.slice(0, (stream.columns ?? 120) - 1)}`);
    else stream.write(`${shown}\n`);
  };
  return {
    site(event: SiteEvent) {
      const outcome = event.outcome;
      if (outcome.kind === 'stored') {
        sitesDone++;
        pages += outcome.pages;
        pageErrors += outcome.pagesInError;
        if (outcome.state === 'failed') sitesFailed++;
      } else if (outcome.kind === 'retry') retries++;
      else if (outcome.kind === 'skipped' && outcome.reason !== 'cancelled') return;
      draw(event.url);
    },
    message(text: string) {
      if (stream.isTTY && shown) stream.write('\r\x1b[K');
      stream.write(`${text}\n`);
      if (stream.isTTY && shown) stream.write(shown.slice(0, (stream.columns ?? 120) - 1));
    },
    end() {
      if (stream.isTTY && shown) stream.write('\n');
    },
  };
}

function formatMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))} s`;
  if (minutes < 120) return `${Math.round(minutes)} min`;
  return `${Math.floor(minutes / 60)} h ${String(Math.round(minutes % 60)).padStart(2, '0')}`;
}
