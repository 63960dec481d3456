// Facts for the rules on images (RGAA theme 1). Filled by src/crawl/collectors/facts/images.ts, plus the few pure
// helpers the image rules share (an alternative read the way the RGAA lists its sources).

import type { RuleTarget } from './target.js';

/** The RGAA's kinds of images: each has its own tests (1.1.x, 1.2.x, 1.3.x, 1.9.x). */
export type ImageKind = 'img' | 'area' | 'inputImage' | 'roleImg' | 'svg' | 'object' | 'embed' | 'canvas';

export interface ImageFact extends RuleTarget {
  kind: ImageKind;
  /** Rendered: not display:none nor visibility:hidden (svg and canvas: also a non-empty box). */
  visible: boolean;
  /** aria-hidden="true" on the element itself ('self') or only on an ancestor ('ancestor'), else null. */
  ariaHidden: 'self' | 'ancestor' | null;
  /** Explicit `role` attribute, first token, lower case; null when absent. */
  role: string | null;
  /** Attributes as written (trimmed, ≤ 200 characters); null when absent. */
  alt: string | null;
  title: string | null;
  ariaLabel: string | null;
  ariaLabelledby: string | null;
  /** Text of the elements aria-labelledby points to ('' when none resolves). */
  labelledbyText: string;
  ariaDescribedby: string | null;
  /** Ids listed in aria-describedby, and how many of them exist in the document. */
  describedbyIds: number;
  describedbyResolved: number;
  /** Text of the elements aria-describedby points to. */
  describedbyText: string;
  /** Accessible name (axe-core's accname), '' when none or not rendered; at most 200 characters. */
  name: string;
  /** Length of the whole accessible name, before the cap. */
  nameLength: number;
  /** Image address: src (img, input, embed), data (object), absolute; null when none. */
  src: string | null;
  /** `type` attribute (object, embed). */
  type: string | null;
  /** area: has an href attribute. */
  href: boolean;
  /** Text between the tags (object, canvas), whitespace collapsed. */
  fallbackText: string;
  /** svg: text of its <title> and <desc> elements, and whether a descendant carries title/aria-label/aria-labelledby. */
  svgTitle: string;
  svgDesc: string;
  svgDescendantAlternative: boolean;
  /** The previous or next element sibling is a link or a button (a possible « lien ou bouton adjacent »). */
  adjacentControl: boolean;
  /** Inside a link or button that has visible text of its own (the image is then most likely decorative). */
  inControlWithText: boolean;
  /** Inside a <figure> that has a non-empty <figcaption> (the image has a caption). */
  captioned: boolean;
}

export interface FigureFact extends RuleTarget {
  /** Explicit role attribute, lower case; null when absent. */
  role: string | null;
  ariaLabel: string | null;
  ariaLabelledby: string | null;
  /** Whether aria-labelledby points to the figcaption. */
  labelledbyCaption: boolean;
  /** Text of the <figcaption>, whitespace collapsed. */
  caption: string;
  /** Kinds of the images the figure holds (outside nested figures). */
  kinds: ImageKind[];
}

/**
 * RGAA 3.2.1–3.2.4: visible text per size class (taille restituée: bold = weight ≥ 700; large = ≥ 24 px, bold
 * large = ≥ 18.5 px), counted per element holding text, and boxes painted by a CSS background image with no text
 * over them (possible text in an image).
 */
export interface TextContrastFacts {
  textSizes: { normal: number; bold: number; large: number; largeBold: number };
  /** At most 20. */
  backgroundImageBoxes: RuleTarget[];
  /** Every element was looked at (8 000 at most). */
  scannedAll: boolean;
}

export interface ImageFacts {
  /** img, area, input type=image, role=img, outermost svg, object and embed with type image/…, canvas (≤ 500). */
  images: ImageFact[];
  /** <figure> elements with a non-empty <figcaption> and at least one image (≤ 500). */
  figures: FigureFact[];
  /** More images than the cap: the lists are incomplete. */
  truncated: boolean;
  /** 3.2.1–3.2.4; absent from snapshots taken before it was collected. */
  textContrast?: TextContrastFacts;
}

/** Non-empty after trimming. */
export const filled = (value: string | null | undefined): boolean => (value ?? '').trim() !== '';

/** The image is hidden from assistive technologies by aria-hidden (on it or an ancestor). */
export const ariaHiddenImage = (image: ImageFact): boolean => image.ariaHidden !== null;

/** role="presentation" or role="none". */
export const presentational = (image: ImageFact): boolean =>
  image.role === 'presentation' || image.role === 'none';

/** An alternative from aria-label, aria-labelledby or title (the sources every RGAA image test lists). */
export const ariaOrTitleAlternative = (image: ImageFact): boolean =>
  filled(image.ariaLabel) || filled(image.labelledbyText) || filled(image.title);

/**
 * aria-label, aria-labelledby or title present but empty. The decorative tests' conditions ask for no alternative
 * (met), their procedures for no such attribute (not met): the RGAA contradicts itself, so a person decides.
 */
export const emptyAlternativeAttribute = (image: ImageFact): boolean =>
  [image.ariaLabel, image.ariaLabelledby, image.title].some((value) => value !== null && value.trim() === '');

export const EMPTY_ATTRIBUTE_MESSAGE =
  'Image de décoration avec un attribut aria-label, aria-labelledby ou title vide : sans effet pour les utilisateurs, mais la procédure du RGAA demande son absence ; le retirer.';
