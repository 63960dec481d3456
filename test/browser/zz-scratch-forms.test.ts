// Scratch (not committed): Vigie's form rules over the Asqatasun theme 11 pages and the corpus.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { VIGIE_RULES } from '../../src/audits/a11y/rules/index.js';
import { runRule } from '../../src/audits/a11y/run-rules.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server.js';

const ROOT = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'asqatasun-rgaa40',
  'testcases',
  'rgaa40',
);
let engine: TestEngine;
let server: FixtureServer;
beforeAll(async () => {
  [engine, server] = await Promise.all([startEngine({ concurrency: 2 }), startFixtureServer(ROOT)]);
});
afterAll(async () => {
  await Promise.all([engine?.close(), server?.close()]);
});
const mine = VIGIE_RULES.filter((r) => r.requires.includes('fields'));
it('asqatasun theme 11', async () => {
  const dirs = readdirSync(ROOT).filter((d) => /Rule11/.test(d));
  const lines: string[] = [];
  for (const dir of dirs)
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.html'))) {
      const result = await engine.visit(server.url(`/${dir}/${file}`));
      if (!result.ok) {
        lines.push(`${file}: ERROR ${result.error.code}`);
        continue;
      }
      const facts = result.snapshot.facts ?? {};
      const out = mine
        .map((rule) => {
          const f = runRule(rule, facts, result.snapshot.factErrors ?? {});
          return f.outcome === 'inapplicable'
            ? ''
            : `${rule.id}=${f.outcome}${f.error ? `(${f.error})` : ''}[${f.counts.passed}/${f.counts.failed}/${f.counts.cantTell}]${f.evidence
                .filter((e) => e.outcome === 'failed')
                .map((e) => ' !' + e.message.slice(0, 60))
                .join('')}`;
        })
        .filter(Boolean);
      lines.push(`${file}: ${out.join(' | ')}`);
    }
  console.log(lines.join('\n'));
}, 600_000);
