// The facts collector on a live page: helpers installed with axe-core's accessible names, a gatherer that throws
// or hangs leaves its key absent with the reason (and flags the page as hung), the others are still collected.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe, loadAxeBundle } from '../../src/crawl/collectors/axe.js';
import documentGatherer from '../../src/crawl/collectors/facts/document.js';
import framesGatherer from '../../src/crawl/collectors/facts/frames.js';
import { defineGatherer, type Gatherer } from '../../src/crawl/collectors/facts/gatherer.js';
import imagesGatherer from '../../src/crawl/collectors/facts/images.js';
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

  it('counts text per RGAA contrast class and finds CSS background boxes with no text over them', async () => {
    const html = `<!DOCTYPE html><html lang="fr"><head><title>Classes</title></head><body>
      <p>Texte courant</p><p><b>Gras</b></p><h1 style="font-size: 32px">Grand titre</h1>
      <div class="bandeau" style="width: 300px; height: 80px; background-image: url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)"></div>
      <div style="width: 300px; height: 80px; background-image: url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)">Texte par-dessus</div>
      <span style="display: inline-block; width: 16px; height: 16px; background-image: url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)"></span>
      </body></html>`;
    const { facts } = await onPage(html, (page) =>
      collectFacts(page, 10_000, [imagesGatherer] as Gatherer[]),
    );
    const contrast = facts.images!.textContrast!;
    // « Texte par-dessus » and « Texte courant »: normal; <b>: bold under 18.5 px; the 32 px bold h1: large bold.
    expect(contrast.textSizes).toEqual({ normal: 2, bold: 1, large: 0, largeBold: 1 });
    expect(contrast.backgroundImageBoxes.map((box) => box.snippet)).toEqual([
      expect.stringContaining('class="bandeau"'),
    ]);
    expect(contrast.scannedAll).toBe(true);
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
