// Page facts: what the browser collects once per visit for Vigie's own rules (src/audits/a11y/rules/). Each key
// is filled by one gatherer (src/crawl/collectors/facts/<key>.ts) and typed in src/core/facts/<key>.ts. A key
// that could not be collected is absent and its error is in the snapshot's `factErrors`.

import type { BehaviourFacts } from './facts/behaviour.js';
import type { DocumentFacts } from './facts/document.js';
import type { EcoFacts } from './facts/eco.js';
import type { FieldFacts } from './facts/fields.js';
import type { FocusFacts } from './facts/focus.js';
import type { FrameFact } from './facts/frames.js';
import type { HeadingFacts } from './facts/headings.js';
import type { ImageFacts } from './facts/images.js';
import type { LinkFacts } from './facts/links.js';
import type { MarkupFacts } from './facts/markup.js';
import type { MediaFacts } from './facts/media.js';
import type { NavigationFacts } from './facts/navigation.js';
import type { RenderingFacts } from './facts/rendering.js';
import type { SitemapFacts } from './facts/sitemap.js';
import type { TableFact } from './facts/tables.js';

export interface PageFacts {
  /** Doctype, languages, title, meta refresh/viewport, language of the text. */
  document?: DocumentFacts;
  /** `<iframe>` and `<frame>` of the top document. */
  frames?: FrameFact[];
  /** Images of every kind (img, role=img, area, input image, svg, object, embed, canvas) and figures. */
  images?: ImageFacts;
  /** `<table>` and role=table/grid elements. */
  tables?: TableFact[];
  /** Headings, landmarks and lists. */
  headings?: HeadingFacts;
  /** Links with their accessible names and visible text. */
  links?: LinkFacts;
  /** Skip links, navigation systems, search, sitemap link, tabindex, access keys. */
  navigation?: NavigationFacts;
  /** Form fields, labels, groups, buttons, with their geometry. */
  fields?: FieldFacts;
  /** Presentational tags and attributes, `dir` and `lang` changes, ARIA-free markup facts. */
  markup?: MarkupFacts;
  /** Audio, video, tracks, animations, moving and blinking content. */
  media?: MediaFacts;
  /** Focus indicators, observed by moving the focus (changes the page: gathered last). */
  focus?: FocusFacts;
  /** Reflow at 320 px, text spacing, colours declared in CSS (changes the page: gathered last). */
  rendering?: RenderingFacts;
  /** Event handlers, new windows, client-side navigations, orientation locks (init script + tab records). */
  behaviour?: BehaviourFacts;
  /** On a site-map page, the HTTP status of each link of the map (requested after the measurement). */
  sitemap?: SitemapFacts;
  /** Images against the fold, media, carousels, inline code, fonts, cookies, first-party text files (eco rules). */
  eco?: EcoFacts;
}

export type FactKey = keyof PageFacts;

export const FACT_KEYS: readonly FactKey[] = [
  'document',
  'frames',
  'images',
  'tables',
  'headings',
  'links',
  'navigation',
  'fields',
  'markup',
  'media',
  'focus',
  'rendering',
  'behaviour',
  'sitemap',
  'eco',
];
