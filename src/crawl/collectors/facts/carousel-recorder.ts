// The init script that watches carousel-like elements from the page's start (RGESN 4.1, auto-rotating content):
// at DOMContentLoaded and load it finds them (class or id naming a carousel, aria-roledescription) and counts the
// bursts of changes of their slides (class, style, aria-hidden, hidden, children; changes less than 250 ms apart
// are one burst) after their first half second. It
// only observes: no page behaviour changes. The eco gatherer reads the record (src/crawl/collectors/facts/eco.ts).

export interface CarouselRecord {
  element: Element;
  since: number;
  /** Times (performance.now) of the bursts of changes after the first half second (initialisation). */
  bursts: number[];
}

export interface CarouselRecorderState {
  records: CarouselRecord[];
}

/** Serialised into the page by `page.addInitScript`: must stay self-contained. */
export function installCarouselRecorder(): void {
  const key = Symbol.for('vigie.carousels');
  const w = window as unknown as Record<symbol, unknown>;
  if (w[key] || window.top !== window) return;
  const state: CarouselRecorderState = { records: [] };
  Object.defineProperty(window, key, { value: state, enumerable: false });
  const CANDIDATE =
    '[aria-roledescription="carousel" i], [class*="carousel" i], [class*="slider" i], [class*="slideshow" i], [class*="swiper" i], [class*="slick" i], [class*="splide" i], [class*="glide" i], [class*="owl-" i], [class*="flickity" i], [class*="diaporama" i], [id*="carousel" i], [id*="slider" i], [id*="diaporama" i]';
  const INIT_MS = 500;
  const BURST_GAP_MS = 250;
  const watch = (): void => {
    try {
      const found = Array.from(document.querySelectorAll(CANDIDATE));
      // Outermost candidates only: a slider's inner track is part of it.
      for (const element of found) {
        if (state.records.length >= 20) break;
        if (state.records.some((record) => record.element.contains(element))) continue;
        if (found.some((other) => other !== element && other.contains(element))) continue;
        const record: CarouselRecord = { element, since: performance.now(), bursts: [] };
        state.records.push(record);
        new MutationObserver((mutations) => {
          const now = performance.now();
          if (now - record.since < INIT_MS) return;
          // Lazy images and their sources change when scrolled to: not a slide change.
          const slideChange = mutations.some((mutation) => {
            const target = mutation.target as Element;
            if (/^(img|source|picture|video|iframe)$/i.test(target.localName ?? '')) return false;
            return mutation.type === 'childList' || mutation.attributeName !== 'src';
          });
          if (!slideChange) return;
          const last = record.bursts[record.bursts.length - 1];
          if ((last === undefined || now - last > BURST_GAP_MS) && record.bursts.length < 100)
            record.bursts.push(now);
        }).observe(element, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['class', 'style', 'aria-hidden', 'hidden', 'src'],
        });
      }
    } catch {
      // Watching must never break the page.
    }
  };
  document.addEventListener('DOMContentLoaded', watch);
  window.addEventListener('load', watch);
}
