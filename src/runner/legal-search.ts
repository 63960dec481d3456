// The crawl side of the legal checks: visits the pages the statement search asks for (within two clicks of the
// home page, at most MAX_LEGAL_VISITS, robots.txt obeyed), then judges from the pages alone, as a
// re-judgement from stored snapshots does.

import { judgeLegal, type LegalPage, type LegalResult, locateStatement } from '../audits/legal/index.js';
import type { PageSnapshot } from '../core/snapshot.js';
import type { VisitResult } from '../crawl/visit.js';

export const MAX_LEGAL_VISITS = 5;

/** A page of the site as the legal search sees it, from a visit result. */
export function legalPageOf(url: string, result: VisitResult): LegalPage {
  return result.ok
    ? { url, snapshot: result.snapshot, error: null }
    : { url, snapshot: null, error: { code: result.error.code, message: result.error.message } };
}

/** Adds a page under its requested and final URLs. */
export function addLegalPage(pages: Map<string, LegalPage>, page: LegalPage): void {
  pages.set(page.url, page);
  if (page.snapshot) pages.set(page.snapshot.finalUrl, page);
}

export interface LegalSearchInput {
  home: PageSnapshot | null;
  /** Pages already visited (the RGAA sample); the pages visited here are added to it. */
  pages: Map<string, LegalPage>;
  campaignDate: string;
  rgaaTests: string | null;
  /** Visits one page (robots.txt, politeness and storage are the caller's). */
  visit: (url: string) => Promise<LegalPage>;
  maxVisits?: number;
}

export async function searchLegal(input: LegalSearchInput): Promise<LegalResult | null> {
  if (input.home?.legalText) {
    const max = input.maxVisits ?? MAX_LEGAL_VISITS;
    for (let visits = 0; visits < max; visits++) {
      const step = locateStatement(input.home, input.pages, false);
      if (step.kind === 'done') break;
      addLegalPage(input.pages, await input.visit(step.url));
    }
  }
  return judgeLegal({
    home: input.home,
    pages: input.pages,
    campaignDate: input.campaignDate,
    rgaaTests: input.rgaaTests,
  });
}
