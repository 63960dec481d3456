// File bytes → numbered text lines. UTF-8 (BOM stripped) by default; a file that is not valid UTF-8 and
// holds no valid multi-byte UTF-8 at all is Latin-1 (read as Windows-1252, its superset); in a file that
// mixes both, the lines that are not UTF-8 are reported, not guessed. UTF-16 with a BOM is read too.

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type DecodedLine = { line: number; text: string } | { line: number; error: string };

export interface DecodedFile {
  encoding: Encoding;
  bom: boolean;
  lines: DecodedLine[];
}

const NON_ASCII = /[^\p{ASCII}]/u;

export function decodeLines(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return whole(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return whole(bytes.subarray(2), 'utf-16be', true);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return {
      encoding: 'utf-8',
      bom,
      lines: splitText(new TextDecoder('utf-8', { fatal: true }).decode(body)),
    };
  } catch {
    // Not UTF-8 as a whole: look line by line.
  }

  const strict = new TextDecoder('utf-8', { fatal: true });
  const rawLines = splitBytes(body);
  const utf8: Array<string | null> = rawLines.map((raw) => {
    try {
      return strict.decode(raw);
    } catch {
      return null;
    }
  });
  const someValidMultibyte = utf8.some((text) => text !== null && NON_ASCII.test(text));
  if (!someValidMultibyte) {
    return {
      encoding: 'windows-1252',
      bom,
      lines: rawLines.map((raw, i) => ({ line: i + 1, text: stripCr(decodeWindows1252(raw)) })),
    };
  }
  return {
    encoding: 'utf-8',
    bom,
    lines: utf8.map((text, i) =>
      text === null
        ? { line: i + 1, error: 'encodage invalide : ligne ni en UTF-8 comme le reste du fichier' }
        : { line: i + 1, text: stripCr(text) },
    ),
  };
}

/** Windows-1252 → the code points of 0x80–0x9F (undefined bytes stay as is, like the WHATWG decoder). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 → U+0080, not €), so the table is here.
 * Every byte maps to one character: this never fails.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

function whole(bytes: Uint8Array, encoding: Encoding, bom: boolean): DecodedFile {
  return { encoding, bom, lines: splitText(new TextDecoder(encoding).decode(bytes)) };
}

function splitText(text: string): DecodedLine[] {
  const parts = text.split('\n');
  if (parts.at(-1) === '') parts.pop();
  return parts.map((part, i) => ({ line: i + 1, text: stripCr(part) }));
}

function splitBytes(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
