// Runs the fact gatherers on a live page: helpers installed, the read-only gatherers in parallel, then the
// ones that change the page one at a time. A gatherer that fails or runs out of time leaves its key absent and
// its reason in `errors`; the others still run.

import type { Page } from 'playwright-core';
import type { FactKey, PageFacts } from '../../../core/facts.js';
import behaviourGatherer from './behaviour.js';
import documentGatherer from './document.js';
import ecoGatherer from './eco.js';
import fieldsGatherer from './fields.js';
import focusGatherer from './focus.js';
import framesGatherer from './frames.js';
import type { Gatherer } from './gatherer.js';
import headingsGatherer from './headings.js';
import imagesGatherer from './images.js';
import linksGatherer from './links.js';
import markupGatherer from './markup.js';
import mediaGatherer from './media.js';
import navigationGatherer from './navigation.js';
import { installPageHelpers, removePageHelpers } from './page-helpers.js';
import renderingGatherer from './rendering.js';
import sitemapGatherer from './sitemap.js';
import tablesGatherer from './tables.js';

/** One gatherer per fact key; those that change the page (focus, rendering) run last. */
export const GATHERERS: readonly Gatherer[] = [
  documentGatherer,
  framesGatherer,
  imagesGatherer,
  tablesGatherer,
  headingsGatherer,
  linksGatherer,
  navigationGatherer,
  fieldsGatherer,
  markupGatherer,
  mediaGatherer,
  behaviourGatherer,
  sitemapGatherer,
  ecoGatherer,
  focusGatherer,
  renderingGatherer,
] as Gatherer[];

export interface FactsCollection {
  facts: PageFacts;
  errors: Partial<Record<FactKey, string>>;
  /** A gatherer got no answer in time: the page may be hung, the tab should not be reused. */
  timedOut: boolean;
}

function reason(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? 'unknown error';
}

class FactsTimeout extends Error {}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FactsTimeout(`${what}: no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function collectFacts(
  page: Page,
  timeoutMs: number,
  gatherers: readonly Gatherer[] = GATHERERS,
): Promise<FactsCollection> {
  const facts: Record<string, unknown> = {};
  const errors: Partial<Record<FactKey, string>> = {};
  const deadline = performance.now() + timeoutMs;
  const left = () => Math.max(1, Math.round(deadline - performance.now()));
  let timedOut = false;
  try {
    await withTimeout(page.evaluate(installPageHelpers), left(), 'page helpers');
  } catch (error) {
    const message = `page helpers could not be installed: ${reason(error)}`;
    for (const gatherer of gatherers) errors[gatherer.key] = message;
    return { facts: {}, errors, timedOut: error instanceof FactsTimeout };
  }
  const run = async (gatherer: Gatherer): Promise<void> => {
    try {
      facts[gatherer.key] = await withTimeout(gatherer.gather(page), left(), `facts ${gatherer.key}`);
    } catch (error) {
      if (error instanceof FactsTimeout) timedOut = true;
      errors[gatherer.key] = reason(error);
    }
  };
  await Promise.all(gatherers.filter((gatherer) => !gatherer.mutates).map(run));
  for (const gatherer of gatherers.filter((candidate) => candidate.mutates)) {
    if (timedOut) errors[gatherer.key] = 'not run: an earlier gatherer got no answer in time';
    else await run(gatherer);
  }
  if (!timedOut) await page.evaluate(removePageHelpers).catch(() => undefined);
  return { facts: facts as PageFacts, errors, timedOut };
}
