// Parsers for the content of <meta http-equiv="refresh"> (HTML « shared declarative refresh steps ») and
// <meta name="viewport"> (CSS Device Adaptation), shared by the RGAA 10.4.2 and 13.1 rules.

export interface Refresh {
  /** Seconds before the refresh. */
  delaySeconds: number;
  /** Target address, null when the page reloads itself. */
  url: string | null;
}

/** Parses a refresh `content` as browsers do; null when they ignore it (no leading number). */
export function parseRefresh(content: string): Refresh | null {
  const match = /^\s*(\d+)(\.[\d.]*)?\s*(?:[;,]\s*)?(.*)$/s.exec(content);
  if (!match) return null;
  const delaySeconds = Number(match[1]);
  let rest = (match[3] ?? '').trim();
  const named = /^url\s*[=:]?\s*/i.exec(rest);
  if (named) rest = rest.slice(named[0].length);
  rest = rest.replace(/^(['"])(.*?)(\1|$)/s, '$2').trim();
  return { delaySeconds, url: rest === '' ? null : rest };
}

/** Properties of a viewport `content` (`width=device-width, user-scalable=no`), names lower-cased. */
export function parseViewport(content: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const part of content.split(/[,;]/)) {
    const [name, value] = part.split('=').map((piece) => piece.trim().toLowerCase());
    if (name) properties[name] = value ?? '';
  }
  return properties;
}
