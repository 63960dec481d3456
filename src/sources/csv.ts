// A small RFC 4180 reader over decoded lines: quoted fields (with "" and line breaks inside), comma,
// semicolon or tab separators. A record keeps the number of the line it starts on; a quote left open is
// reported on that line and reading resumes on the next one, so one bad line never swallows the file.

import type { DecodedLine } from './decode.js';

export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

export type Delimiter = ',' | ';' | '\t';

/** A quoted field may span this many lines at most before the quote is deemed unclosed. */
const MAX_LINES_PER_RECORD = 20;

/** The separator used by a header line: the most frequent of `,` `;` and tab outside quotes. */
export function detectDelimiter(header: string): Delimiter {
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((delimiter) => ({
    delimiter,
    count: unquoted.split(delimiter).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

export function* csvRecords(lines: readonly DecodedLine[], delimiter: Delimiter): Generator<CsvRecord> {
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if ('error' in first) {
      yield first;
      i++;
      continue;
    }
    let text = first.text;
    let used = 1;
    let parsed = parseRecord(text, delimiter);
    while (parsed === null && used < MAX_LINES_PER_RECORD && i + used < lines.length) {
      const next = lines[i + used]!;
      if ('error' in next) break;
      text += `\n${next.text}`;
      used++;
      parsed = parseRecord(text, delimiter);
    }
    if (parsed === null) {
      yield { line: first.line, error: 'guillemet ouvert jamais refermé' };
      i++;
      continue;
    }
    yield { line: first.line, fields: parsed };
    i += used;
  }
}

/** The fields of one record, or null when a quoted field is still open at the end of the text. */
export function parseRecord(text: string, delimiter: Delimiter): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  for (let p = 0; p < text.length; p++) {
    const char = text[p]!;
    if (quoted) {
      if (char === '"') {
        if (text[p + 1] === '"') {
          field += '"';
          p++;
        } else quoted = false;
      } else field += char;
      continue;
    }
    if (char === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      continue;
    }
    if (char === '"' && atFieldStart) quoted = true;
    else field += char;
    atFieldStart = false;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}
