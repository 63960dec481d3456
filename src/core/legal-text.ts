// The rendered, visible text of a page as the legal checks read it: blocks in document order, each with the
// links inside it. Gathered in the browser (crawl/collectors/legal-text.ts), judged by audits/legal/.

/** A link inside a block: its visible text and absolute target (fragment removed). */
export interface TextLink {
  text: string;
  href: string;
}

/** One block of visible text (a paragraph, list item, cell, heading…), whitespace collapsed. */
export interface TextBlock {
  text: string;
  /** Heading level 1–6 (<hN> or role=heading), null otherwise. */
  heading: number | null;
  /** Inside a <footer> or role=contentinfo landmark. */
  inFooter: boolean;
  links: TextLink[];
}

export interface LegalText {
  blocks: TextBlock[];
  /** Characters kept (sum of block texts); collection stops at the cap. */
  chars: number;
  truncated: boolean;
  /** Visible images (≥ 100 × 100 px) of the page: a statement published as an image has one and no text. */
  largeImages: number;
}

/** Caps that bound the snapshot: visible text beyond them is dropped (truncated = true). */
export const LEGAL_TEXT_MAX_CHARS = 120_000;
export const LEGAL_TEXT_MAX_BLOCK_CHARS = 4_000;
export const LEGAL_TEXT_MAX_BLOCKS = 4_000;
