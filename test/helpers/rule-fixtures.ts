// Reads the page fixtures of Vigie's rules: test/fixtures/pages/<rule-id>/*.html, where each target carries
// `data-expect="passed|failed|cantTell"` as its FIRST attribute (so the evidence snippet shows it), and a file
// named `inapplicable*.html` expects the rule to be inapplicable. Shared by the browser test and the check
// that every rule has its fixtures.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');

export interface RuleFixture {
  rule: string;
  file: string;
  /** Path under PAGE_FIXTURES, for the URL. */
  path: string;
  inapplicable: boolean;
  expected: { passed: number; failed: number; cantTell: number };
}

const EXPECT = /data-expect="(passed|failed|cantTell)"/g;

export function loadRuleFixtures(): RuleFixture[] {
  return readdirSync(PAGE_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(PAGE_FIXTURES, dir.name))
        .filter((file) => file.endsWith('.html'))
        .sort()
        .map((file) => {
          const html = readFileSync(join(PAGE_FIXTURES, dir.name, file), 'utf8');
          const expected = { passed: 0, failed: 0, cantTell: 0 };
          for (const match of html.matchAll(EXPECT)) expected[match[1] as keyof typeof expected]++;
          return {
            rule: dir.name,
            file,
            path: `${dir.name}/${file}`,
            inapplicable: file.startsWith('inapplicable'),
            expected,
          };
        }),
    );
}

/** The data-expect of an evidence snippet (`<iframe data-expect="failed" …`), null when the target has none. */
export function expectOfSnippet(snippet: string): string | null {
  return /^<[a-zA-Z0-9-]+\s+data-expect="(\w+)"/.exec(snippet)?.[1] ?? null;
}
