// The generic page-fixture test (STYLE.md): every fixture of every Vigie rule is visited in Chromium with the
// campaign pipeline, the rule judged on the collected facts, and each failed or cantTell target must carry that
// data-expect; the passed count must match; an unlisted finding fails the test.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIGIE_RULES } from '../../src/audits/a11y/rules/index.js';
import { runRule } from '../../src/audits/a11y/run-rules.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server.js';
import { expectOfSnippet, loadRuleFixtures, PAGE_FIXTURES } from '../helpers/rule-fixtures.js';

const fixtures = loadRuleFixtures();
let engine: TestEngine;
let server: FixtureServer;

beforeAll(async () => {
  [engine, server] = await Promise.all([startEngine({ concurrency: 4 }), startFixtureServer(PAGE_FIXTURES)]);
});

afterAll(async () => {
  await Promise.all([engine?.close(), server?.close()]);
});

describe.each([...new Set(fixtures.map((fixture) => fixture.rule))])('rule %s', (ruleId) => {
  it.concurrent.each(fixtures.filter((fixture) => fixture.rule === ruleId).map((f) => [f.file, f] as const))(
    '%s',
    async (_file, fixture) => {
      const rule = VIGIE_RULES.find((candidate) => candidate.id === ruleId);
      expect(rule, `no rule ${ruleId} for test/fixtures/pages/${ruleId}`).toBeDefined();
      const result = await engine.visit(server.url(`/${fixture.path}`));
      if (!result.ok) throw new Error(`${fixture.path}: ${result.error.code} ${result.error.message}`);
      const finding = runRule(rule!, result.snapshot.facts ?? {}, result.snapshot.factErrors ?? {});
      expect(finding.error).toBeNull();
      if (fixture.inapplicable) {
        expect(finding.outcome).toBe('inapplicable');
        return;
      }
      // Every reported target was expected with that outcome (no unlisted finding).
      const reported = finding.evidence.map((item) => ({
        outcome: item.outcome,
        expected: expectOfSnippet(item.snippet),
        selector: item.selector,
        message: item.message,
      }));
      for (const item of reported) expect(item.expected, JSON.stringify(item)).toBe(item.outcome);
      expect(finding.counts).toEqual(fixture.expected);
    },
  );
});
