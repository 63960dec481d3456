// The multi-year accessibility plan (schéma pluriannuel, at most three years) and the annual action plan,
// found as links (HTML or PDF) — or, failing a link, as a heading — in the statement or the accessibility
// page; their years, and whether they are valid for the campaign year. Pure.

import type { LegalText } from '../../core/legal-text.js';
import { normalize } from './normalize.js';

export interface SchemaPlan {
  url: string;
  /** First and last year; the last is null when one year is written, both when none is. */
  years: [number | null, number | null];
  /** Spans at most three years and covers the campaign year. */
  valid: boolean;
}

export interface ActionPlan {
  url: string;
  year: number | null;
  /** For the campaign year, the year before or the year after. */
  valid: boolean;
}

export interface Plans {
  schema: SchemaPlan | null;
  action: ActionPlan | null;
}

const SCHEMA = /\bschema (?:pluri ?annuel|de mise en accessibilite)|\bpluri ?annuel/;
const ACTION = /\bplans? (?:d )?actions?\b|\bplan annuel\b/;

function yearsOf(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
}

function pathText(href: string): string {
  try {
    return normalize(decodeURIComponent(new URL(href).pathname));
  } catch {
    return '';
  }
}

/** Candidate plan documents of a page: its links, then its short blocks (a plan published in the page). */
function candidates(page: { url: string; text: LegalText }): { url: string; words: string }[] {
  const out: { url: string; words: string }[] = [];
  for (const block of page.text.blocks)
    for (const link of block.links) out.push({ url: link.href, words: normalize(link.text) });
  for (const block of page.text.blocks) {
    if (block.text.length <= 120) out.push({ url: page.url, words: normalize(block.text) });
  }
  return out;
}

export function findPlans(pages: readonly { url: string; text: LegalText }[], campaignYear: number): Plans {
  let schema: SchemaPlan | null = null;
  let action: ActionPlan | null = null;
  for (const page of pages) {
    for (const { url, words } of candidates(page)) {
      const path = url === page.url ? '' : pathText(url);
      if (!schema && (SCHEMA.test(words) || SCHEMA.test(path))) {
        const years = yearsOf(words).length > 0 ? yearsOf(words) : yearsOf(path);
        const start = years.length > 0 ? Math.min(...years) : null;
        const end = years.length > 1 ? Math.max(...years) : null;
        const valid =
          start !== null && end !== null && end - start <= 2 && start <= campaignYear && campaignYear <= end;
        schema = { url, years: [start, end], valid };
        continue;
      }
      if (!action && !SCHEMA.test(words) && (ACTION.test(words) || ACTION.test(path))) {
        const years = yearsOf(words).length > 0 ? yearsOf(words) : yearsOf(path);
        const year = years[0] ?? null;
        action = { url, year, valid: year !== null && Math.abs(year - campaignYear) <= 1 };
      }
    }
  }
  return { schema, action };
}
