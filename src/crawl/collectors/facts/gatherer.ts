// The shape of a fact gatherer: one key of PageFacts, collected from the live page.

import type { Page } from 'playwright-core';
import type { FactKey, PageFacts } from '../../../core/facts.js';

export interface Gatherer<K extends FactKey = FactKey> {
  key: K;
  /**
   * Changes the page (moves the focus, resizes the viewport, injects styles): run after every other gatherer,
   * one at a time, and must put the page back as it found it.
   */
  mutates: boolean;
  /** Runs with `window.__vigie` installed (src/crawl/collectors/facts/page-helpers.ts). */
  gather(page: Page): Promise<NonNullable<PageFacts[K]>>;
}

export function defineGatherer<K extends FactKey>(gatherer: Gatherer<K>): Gatherer<K> {
  return gatherer;
}
