// Image facts (RGAA theme 1): every kind of image of the top document with the attributes the RGAA tests read,
// and the figures with a caption. Read-only; one pass over a handful of selectors.

import type { FigureFact, ImageFact, ImageFacts, ImageKind } from '../../../core/facts/images.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';
import { gatherTextContrastFacts } from './text-contrast.js';

export default defineGatherer({
  key: 'images',
  mutates: false,
  gather: async (page) => {
    const [facts, textContrast] = await Promise.all([
      page.evaluate(gatherImages),
      page.evaluate(gatherTextContrastFacts),
    ]);
    return { ...facts, textContrast };
  },
});

function gatherImages(): ImageFacts {
  const v = (window as unknown as VigieWindow).__vigie;
  const MAX_ITEMS = 500;
  const MAX_CHARS = 200;
  const cap = (value: string): string => (value.length > MAX_CHARS ? value.slice(0, MAX_CHARS) : value);
  const collapse = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();
  const attr = (element: Element, name: string): string | null => {
    const value = element.getAttribute(name);
    return value === null ? null : cap(collapse(value));
  };
  const refs = (element: Element, name: string): Element[] =>
    collapse(element.getAttribute(name))
      .split(' ')
      .filter((id) => id !== '')
      .map((id) => document.getElementById(id))
      .filter((found): found is HTMLElement => found !== null);
  const refsText = (element: Element, name: string): string =>
    cap(
      collapse(
        refs(element, name)
          .map((found) => found.textContent ?? '')
          .join(' '),
      ),
    );
  const kindOf = (element: Element): ImageKind | null => {
    const tag = element.localName;
    const type = (element.getAttribute('type') ?? '').trim().toLowerCase();
    if (tag === 'img') return 'img';
    if (tag === 'area') return 'area';
    if (tag === 'input') return type === 'image' ? 'inputImage' : null;
    if (tag === 'svg') return element.parentElement?.closest('svg') ? null : 'svg';
    // RGAA 1.1.6 / 1.1.7: type="image/…" (type="image" alone, seen in the wild, is accepted too).
    if (tag === 'object' || tag === 'embed') return /^image(\/|$)/.test(type) ? tag : null;
    if (tag === 'canvas') return 'canvas';
    return element.getAttribute('role')?.trim().toLowerCase().split(/\s+/)[0] === 'img' ? 'roleImg' : null;
  };
  const CONTROL =
    'a[href], button, input[type="button"], input[type="submit"], [role="button"], [role="link"]';
  const isControl = (element: Element | null): boolean => element?.matches(CONTROL) ?? false;
  const areaVisible = (area: Element): boolean => {
    const map = area.closest('map');
    const name = map?.getAttribute('name');
    if (!map || !name) return false;
    return Array.from(document.querySelectorAll('img[usemap]')).some(
      (img) => img.getAttribute('usemap') === `#${name}` && v.isVisible(img),
    );
  };
  const visibleOf = (element: Element, kind: ImageKind): boolean => {
    if (kind === 'area') return areaVisible(element);
    const rendered = (
      element as Element & { checkVisibility?: (options: object) => boolean }
    ).checkVisibility?.({ visibilityProperty: true });
    if (rendered === false) return false;
    // A 0×0 svg or canvas is a sprite sheet or a script's scratch surface, not an image shown to anyone.
    return kind === 'svg' || kind === 'canvas' ? v.isVisible(element) : true;
  };
  const captionOf = (figure: Element): Element | null => {
    const caption = figure.querySelector(':scope > figcaption');
    return caption && collapse(caption.textContent) !== '' ? caption : null;
  };
  const SELECTOR = 'img, area, input[type="image" i], svg, object, embed, canvas, [role~="img"]';
  const all = Array.from(document.querySelectorAll(SELECTOR));
  const images: ImageFact[] = [];
  let truncated = false;
  for (const element of all) {
    const kind = kindOf(element);
    if (!kind) continue;
    if (images.length >= MAX_ITEMS) {
      truncated = true;
      break;
    }
    const visible = visibleOf(element, kind);
    const hiddenSelf = element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true';
    const hiddenAncestor = !hiddenSelf && element.parentElement?.closest('[aria-hidden="true" i]') != null;
    const described = collapse(element.getAttribute('aria-describedby')).split(' ').filter(Boolean);
    const control = element.parentElement?.closest(CONTROL) ?? null;
    const figure = element.closest('figure');
    const svgChild = (tag: string): string =>
      kind === 'svg'
        ? cap(
            collapse(
              Array.from(element.querySelectorAll(tag))
                .map((child) => child.textContent)
                .join(' '),
            ),
          )
        : '';
    const source =
      kind === 'object'
        ? (element as HTMLObjectElement).data
        : element.getAttribute('src')
          ? (element as HTMLImageElement).src
          : '';
    const name = visible ? v.accessibleName(element) : '';
    images.push({
      selector: v.selector(element),
      snippet: v.snippet(element),
      kind,
      visible,
      ariaHidden: hiddenSelf ? 'self' : hiddenAncestor ? 'ancestor' : null,
      role: element.getAttribute('role')?.trim().toLowerCase().split(/\s+/)[0] || null,
      alt: attr(element, 'alt'),
      title: attr(element, 'title'),
      ariaLabel: attr(element, 'aria-label'),
      ariaLabelledby: attr(element, 'aria-labelledby'),
      labelledbyText: refsText(element, 'aria-labelledby'),
      ariaDescribedby: attr(element, 'aria-describedby'),
      describedbyIds: described.length,
      describedbyResolved: described.filter((id) => document.getElementById(id) !== null).length,
      describedbyText: refsText(element, 'aria-describedby'),
      name: cap(name),
      nameLength: name.length,
      src: source ? cap(source) : null,
      type: attr(element, 'type'),
      href: element.hasAttribute('href'),
      fallbackText: kind === 'object' || kind === 'canvas' ? cap(collapse(element.textContent)) : '',
      svgTitle: svgChild('title'),
      svgDesc: svgChild('desc'),
      svgDescendantAlternative:
        kind === 'svg' && element.querySelector('[title], [aria-label], [aria-labelledby]') !== null,
      adjacentControl: isControl(element.previousElementSibling) || isControl(element.nextElementSibling),
      inControlWithText: control !== null && v.visibleText(control) !== '',
      captioned: figure !== null && captionOf(figure) !== null,
    });
  }
  const figures: FigureFact[] = [];
  for (const figure of Array.from(document.querySelectorAll('figure'))) {
    if (figures.length >= MAX_ITEMS) break;
    const caption = captionOf(figure);
    if (!caption || !v.isVisible(figure)) continue;
    const kinds = new Set<ImageKind>();
    for (const element of Array.from(figure.querySelectorAll(SELECTOR))) {
      if (element.parentElement?.closest('figure') !== figure) continue;
      const kind = kindOf(element);
      if (kind && kind !== 'area') kinds.add(kind);
    }
    if (kinds.size === 0) continue;
    const captionId = caption.getAttribute('id');
    figures.push({
      selector: v.selector(figure),
      snippet: v.snippet(figure),
      role: figure.getAttribute('role')?.trim().toLowerCase() || null,
      ariaLabel: attr(figure, 'aria-label'),
      ariaLabelledby: attr(figure, 'aria-labelledby'),
      labelledbyCaption: captionId !== null && refs(figure, 'aria-labelledby').includes(caption),
      caption: cap(collapse(caption.textContent)),
      kinds: [...kinds],
    });
  }
  return { images, figures, truncated };
}
