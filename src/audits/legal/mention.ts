// The accessibility mention of the home page (RGAA 4.1 obligations, décret 2019-768 art. 4): exactly
// « Accessibilité : totalement | partiellement | non conforme », read from the visible text. Tolerant of case,
// accents, colon, parentheses and « du site »; strict otherwise: the mention must be a whole unit of text
// (a link, a line, a part of a footer line between separators), never words inside a longer sentence.

import type { LegalText } from '../../core/legal-text.js';
import { normalize } from './normalize.js';

export type MentionLevel = 'totalement' | 'partiellement' | 'non' | 'absente';

export interface Mention {
  level: MentionLevel;
  /** The text as shown, null when absent. */
  text: string | null;
  /** The link target of the mention, null when it is not a link (or absent). */
  href: string | null;
}

export const MENTION_ABSENT: Mention = { level: 'absente', text: null, href: null };

const MENTION = /^accessibilite(?: du site(?: internet| web)?)? (totalement|partiellement|non) conforme$/;
// Separators of a footer line: « Mentions légales | Accessibilité : partiellement conforme | Plan du site ».
const SEPARATORS = /\s*(?:\n|\||•|·|–|—|\s-\s)\s*/;

/** The level a unit of text states, or null when it is not exactly a mention. */
export function mentionLevel(text: string): Exclude<MentionLevel, 'absente'> | null {
  if (text.length > 80) return null;
  const match = MENTION.exec(normalize(text));
  return match ? (match[1] as Exclude<MentionLevel, 'absente'>) : null;
}

/**
 * The first mention in document order: a link's whole text first within its block, then the block's lines and
 * their parts between separators. Footer blocks are read before the others, where the mention belongs.
 */
export function findMention(text: LegalText | null | undefined): Mention {
  if (!text) return MENTION_ABSENT;
  const blocks = [...text.blocks.filter((b) => b.inFooter), ...text.blocks.filter((b) => !b.inFooter)];
  for (const block of blocks) {
    for (const link of block.links) {
      const level = mentionLevel(link.text);
      if (level) return { level, text: link.text, href: link.href };
    }
    const units = [block.text, ...block.text.split('\n'), ...block.text.split(SEPARATORS)];
    for (const unit of units) {
      const level = mentionLevel(unit.trim());
      if (!level) continue;
      // The mention's link: one whose text lies inside it (« Accessibilité : <a>partiellement conforme</a> »).
      const shown = unit.trim();
      const link = block.links.find((l) => l.text.length > 0 && normalize(shown).includes(normalize(l.text)));
      return { level, text: shown, href: link?.href ?? null };
    }
  }
  return MENTION_ABSENT;
}
