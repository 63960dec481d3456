// Text normalisation shared by the legal matchers: lower case, no accents, typographic apostrophes and
// non-breaking spaces unified, punctuation turned into spaces, whitespace collapsed. Pure.

/** Lower case without accents (œ → oe), apostrophes and spaces unified; punctuation kept. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ');
}

/** `fold`, then every character other than a letter or a digit becomes a space; spaces collapsed. */
export function normalize(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
