// The facts collector on a live page: helpers installed with axe-core's accessible names, a gatherer that throws
// or hangs leaves its key absent with the reason (and flags the page as hung), the others are still collected.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe, loadAxeBundle } from '../../src/crawl/collectors/axe.js';
import documentGatherer from '../../src/crawl/collectors/facts/document.js';
import framesGatherer from '../../src/crawl/collectors/facts/frames.js';
import { defineGatherer, type Gatherer } from '../../src/crawl/collectors/facts/gatherer.js';
import { collectFacts } from '../../src/crawl/collectors/facts/index.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';

let engine: TestEngine;

beforeAll(async () => {
  engine = await startEngine({ concurrency: 1 });
});

afterAll(async () => {
  await engine?.close();
});

const PAGE = `<!DOCTYPE html><html lang="fr"><head><title> Essai  de titre </title></head><body>
<span id="lbl">Carte interactive</span><iframe aria-labelledby="lbl" srcdoc="x"></iframe></body></html>`;

async function onPage<T>(html: string, task: (page: Page) => Promise<T>, axe = true): Promise<T> {
  return engine.pool.withSlot(async (slot) => {
    const page = await slot.context.newPage();
    try {
      await page.setContent(html);
      if (axe) await injectAxe(page, loadAxeBundle());
      return await task(page);
    } finally {
      await page.close();
    }
  });
}

describe('collectFacts', () => {
  it('collects document and frame facts, names from axe-core’s accname', async () => {
    const { facts, errors, timedOut } = await onPage(PAGE, (page) =>
      collectFacts(page, 10_000, [documentGatherer, framesGatherer] as Gatherer[]),
    );
    expect(errors).toEqual({});
    expect(timedOut).toBe(false);
    expect(facts.document).toMatchObject({
      lang: 'fr',
      title: 'Essai de titre',
      doctype: { name: 'html', beforeHtml: true },
    });
    expect(facts.frames).toHaveLength(1);
    expect(facts.frames![0]).toMatchObject({ title: null, name: 'Carte interactive', hidden: false });
  });

  it('a gatherer that throws or hangs leaves its key absent with the reason; the others still run', async () => {
    const throwing = defineGatherer({
      key: 'images',
      mutates: false,
      gather: () => Promise.reject(new Error('boom')),
    });
    const hanging = defineGatherer({
      key: 'focus',
      mutates: true,
      gather: (page) => page.evaluate(() => new Promise<never>(() => undefined)),
    });
    const { facts, errors, timedOut } = await onPage(PAGE, (page) =>
      collectFacts(page, 1_500, [documentGatherer, throwing, hanging] as Gatherer[]),
    );
    expect(facts.document?.lang).toBe('fr');
    expect(errors.images).toBe('boom');
    expect(errors.focus).toMatch(/no answer within/);
    expect(timedOut).toBe(true);
  });

  it('without axe-core, gatherers that need accessible names fail instead of guessing', async () => {
    const { facts, errors } = await onPage(
      PAGE,
      (page) => collectFacts(page, 10_000, [documentGatherer, framesGatherer] as Gatherer[]),
      false,
    );
    expect(facts.document?.lang).toBe('fr');
    expect(errors.frames).toMatch(/axe-core absent/);
  });
});
