// Rendering facts (RGAA 10.2.1, 10.4.1, 10.5.1–10.5.3, 10.11.1, 10.12.1): CSS colours and generated content read
// through the CSSOM, text clipped under WCAG 1.4.12 spacing and 200 % text (then checked at 200 % graphic zoom,
// a viewport halved), horizontal overflow at 320 CSS px. Puts back the viewport, styles and scroll position.

import type { Page } from 'playwright-core';
import type { ReflowFacts, RenderingFacts, VerticalReflowFacts } from '../../../core/facts/rendering.js';
import { defineGatherer } from './gatherer.js';
import { gatherCssFacts } from './rendering-css.js';
import { gatherDirectionFacts } from './rendering-direction.js';
import { forgetBoxes, measureReflow, measureTextAdaptation, stillClipped } from './rendering-layout.js';
import { gatherStateReveals } from './rendering-states.js';
import { measureVerticalText } from './rendering-vertical.js';

/** WCAG 1.4.10 / RGAA 10.11.1: 320 CSS px wide. */
export const REFLOW_WIDTH_PX = 320;
/** WCAG 1.4.10 / RGAA 10.11.2: 256 CSS px high, for content read horizontally. */
export const REFLOW_HEIGHT_PX = 256;

/** Lets the page lay out again after a viewport change (two frames: resize events and media queries done). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

export default defineGatherer({
  key: 'rendering',
  mutates: true,
  gather: async (page): Promise<RenderingFacts> => {
    const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    const durationMs = { colours: 0, spacing: 0, zoom: 0, reflow: 0 };
    let clock = performance.now();
    const lap = () => {
      const now = performance.now();
      const spent = Math.round(now - clock);
      clock = now;
      return spent;
    };
    try {
      const css = await page.evaluate(gatherCssFacts);
      const stateReveals = await page.evaluate(gatherStateReveals);
      const direction = await page.evaluate(gatherDirectionFacts);
      const { found: hasVerticalText, ...verticalAtRest } = await page.evaluate(measureVerticalText, null);
      let verticalReflow: VerticalReflowFacts = { ...verticalAtRest, height: null };
      durationMs.colours = lap(); // all the read-only CSSOM and text reads
      const text = await page.evaluate(measureTextAdaptation);
      durationMs.spacing = lap();
      // One resize sequence for both layout checks, the viewport put back once at the end.
      const viewport = page.viewportSize();
      let zoomClipped = viewport ? text.zoom : [];
      let reflow: ReflowFacts = {
        width: null,
        scrollWidth: 0,
        clientWidth: 0,
        overflowHidden: false,
        culprits: [],
      };
      if (viewport) {
        try {
          if (zoomClipped.length > 0) {
            // 200 % graphic zoom lays the page out in half the CSS pixels: text lost at 200 % text size counts
            // only when it is lost there too (RGAA 10.4.1 is met if one of its conditions is).
            await page.setViewportSize({
              width: Math.round(viewport.width / 2),
              height: Math.round(viewport.height / 2),
            });
            await settle(page);
            const still = await page.evaluate(stillClipped, text.zoomIndexes);
            zoomClipped = zoomClipped.filter((_, index) => still[index]);
          }
          durationMs.zoom = lap();
          // RGAA 10.11.1 / WCAG 1.4.10: 320 CSS px wide.
          await page.setViewportSize({ width: REFLOW_WIDTH_PX, height: viewport.height });
          await settle(page);
          reflow = await page.evaluate(measureReflow, REFLOW_WIDTH_PX);
          if (hasVerticalText) {
            // RGAA 10.11.2 / WCAG 1.4.10: content read horizontally, 256 CSS px high (usual width).
            await page.setViewportSize({ width: viewport.width, height: REFLOW_HEIGHT_PX });
            await settle(page);
            const { found: _, ...measured } = await page.evaluate(measureVerticalText, REFLOW_HEIGHT_PX);
            verticalReflow = { ...measured, height: REFLOW_HEIGHT_PX };
          }
        } finally {
          // No wait after: facts are the visit's last step, the page is left to lay out on its own.
          await page.setViewportSize(viewport);
        }
      }
      durationMs.reflow = lap();
      return {
        ...css,
        stateReveals,
        ...direction,
        spacingClipped: text.spacing,
        zoomClipped,
        reflow,
        verticalReflow,
        durationMs,
      };
    } finally {
      await page.evaluate(forgetBoxes).catch(() => undefined);
      await page.evaluate(({ x, y }) => window.scrollTo(x, y), scroll).catch(() => undefined);
    }
  },
});
