// CSV as open data wants it (RFC 4180): UTF-8, commas, CRLF line ends, a field quoted only when it holds a
// comma, a quote or a line break (quotes doubled). A streaming writer that waits for the file stream to drain
// (back-pressure), so that millions of rows go through in bounded memory, and a parser for reading back.

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

export type CsvValue = string | number | boolean | null | undefined;

/** One field: null, undefined and a non-finite number are the empty string (the schemas' missing value). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export interface CsvWriter {
  /** Writes one row; resolves at once unless the stream's buffer is full, then when it has drained. */
  write(values: readonly CsvValue[]): Promise<void>;
  /** Rows written, header excluded. */
  readonly rows: number;
  close(): Promise<void>;
}

/** Chunks of about this size are handed to the stream: one write call per row would be slow. */
const CHUNK_CHARS = 64 * 1024;

export async function openCsvWriter(path: string, header: readonly string[]): Promise<CsvWriter> {
  const stream: WriteStream = createWriteStream(path, { encoding: 'utf8' });
  await once(stream, 'open');
  let pending = csvLine(header);
  let rows = 0;
  const flush = async () => {
    if (pending === '') return;
    const ok = stream.write(pending);
    pending = '';
    if (!ok) await once(stream, 'drain');
  };
  return {
    async write(values) {
      pending += csvLine(values);
      rows++;
      if (pending.length >= CHUNK_CHARS) await flush();
    },
    get rows() {
      return rows;
    },
    async close() {
      await flush();
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/**
 * Parses RFC 4180 text into rows of fields (quoted fields may hold commas, quotes and line breaks). Accepts
 * CRLF or LF line ends; a final line break does not make an empty row. Throws on an unclosed quote.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (quoted) throw new Error('CSV : guillemet non refermé');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
