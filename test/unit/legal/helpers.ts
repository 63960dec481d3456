// Builds LegalText values from plain strings for the legal unit tests.

import type { LegalText, TextBlock } from '../../../src/core/legal-text.js';

export function block(text: string, extra: Partial<TextBlock> = {}): TextBlock {
  return { text, heading: null, inFooter: false, links: [], ...extra };
}

export function legalText(blocks: (string | TextBlock)[]): LegalText {
  const list = blocks.map((b) => (typeof b === 'string' ? block(b) : b));
  return {
    blocks: list,
    chars: list.reduce((sum, b) => sum + b.text.length, 0),
    truncated: false,
    largeImages: 0,
  };
}
