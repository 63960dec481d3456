#!/usr/bin/env node
// Writes docs/data-dictionary.md from the export Table Schemas (built code: run `npm run build` first).
// `--check` exits 1 when the file is out of date. The unit test test/unit/export/data-dictionary.test.ts
// checks the same from the sources.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataDictionary } from '../dist/export/data-dictionary.js';

const path = fileURLToPath(new URL('../docs/data-dictionary.md', import.meta.url));
const text = dataDictionary();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current !== text) {
    process.stderr.write(
      'docs/data-dictionary.md is out of date: run node scripts/gen-data-dictionary.mjs\n',
    );
    process.exit(1);
  }
} else {
  writeFileSync(path, text);
  process.stdout.write(`wrote ${path}\n`);
}
