// Every legal fixture site through the real collectors (visible text, links) in Chromium and the statement
// search, with a light visit (no axe): each expected value asserted; precision and recall of the mention and
// of the declared rate computed and, with VIGIE_UPDATE_CONFORMANCE=1, written to docs/conformance.md.

import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LegalPage, LegalResult } from '../../src/audits/legal/index.js';
import { parseRobots } from '../../src/core/robots.js';
import { searchLegal } from '../../src/runner/legal-search.js';
import { CAMPAIGN_DATE, LEGAL_SITES, type LegalSite } from '../fixtures/legal/sites.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';
import { legalScores, scoresMarkdown } from '../helpers/legal-scores.js';
import { type LegalServer, startLegalServer } from '../helpers/legal-server.js';
import { lightVisit } from '../helpers/legal-visit.js';

let engine: TestEngine;
let server: LegalServer;
const results = new Map<string, LegalResult>();

async function judgeSite(site: LegalSite): Promise<LegalResult> {
  const robots = parseRobots(await (await fetch(`${server.origin}/robots.txt`)).text(), 'Vigie');
  const visit = (url: string) => lightVisit(engine.pool, url, robots);
  const home = await visit(server.home(site));
  const pages = new Map<string, LegalPage>();
  const result = await searchLegal({
    home: home.snapshot,
    pages,
    campaignDate: CAMPAIGN_DATE,
    rgaaTests: null,
    visit,
  });
  if (!result) throw new Error(`${site.id}: no visible text on the home page`);
  return result;
}

describe('legal checks on the fixture sites', () => {
  beforeAll(async () => {
    [engine, server] = await Promise.all([startEngine({ concurrency: 4 }), startLegalServer()]);
    const judged = await Promise.all(
      LEGAL_SITES.map(async (site) => [site.id, await judgeSite(site)] as const),
    );
    for (const [id, result] of judged) results.set(id, result);
  }, 80_000);
  afterAll(async () => {
    await engine?.close();
    await server?.close();
  });

  it.each(LEGAL_SITES.map((site) => [site.id, site] as const))('%s', (_id, site) => {
    const result = results.get(site.id)!;
    const path = (url: string | null | undefined) =>
      url ? new URL(url).pathname.replace(`/${site.id}`, '') : null;
    const e = site.expected;
    expect(result.mention.level).toBe(e.mention);
    if (e.mentionHref !== undefined) expect(path(result.mention.href)).toBe(e.mentionHref);
    expect(path(result.statement.url)).toBe(e.statement);
    expect(result.statement.unreadable).toBe(e.unreadable ?? null);
    if (result.statement.unreadable) {
      expect(result.statement.declaredRate).toBeNull();
      expect(result.statement.declaredStatus).toBeNull();
    }
    if (e.status !== undefined) expect(result.statement.declaredStatus).toBe(e.status);
    if (e.rate !== undefined) expect(result.statement.declaredRate).toBe(e.rate);
    if (e.date !== undefined) expect(result.statement.date).toBe(e.date);
    if (e.stale !== undefined) expect(result.statement.stale).toBe(e.stale);
    if (e.missing !== undefined) expect(result.statement.missingSections).toEqual(e.missing);
    if (e.contradictions !== undefined)
      expect(result.contradictions.map((c) => c.code)).toEqual(e.contradictions);
    if (e.schemaValid !== undefined) expect(result.plans.schema?.valid ?? null).toBe(e.schemaValid);
    if (e.actionYear !== undefined) expect(result.plans.action?.year ?? null).toBe(e.actionYear);
  });

  it('precision and recall of the mention and of the declared rate', async () => {
    const scores = legalScores(LEGAL_SITES, results);
    expect(scores.mention.precision).toBe(1);
    expect(scores.mention.recall).toBe(1);
    expect(scores.rate.precision).toBe(1);
    expect(scores.rate.recall).toBe(1);
    const docs = new URL('../../docs/conformance.md', import.meta.url);
    const text = await readFile(docs, 'utf8');
    const section = scoresMarkdown(scores);
    const re = /<!-- BEGIN LEGAL[^\n]*-->\n[\s\S]*?<!-- END LEGAL -->/;
    if (process.env.VIGIE_UPDATE_CONFORMANCE === '1') await writeFile(docs, text.replace(re, section));
    else expect(re.exec(text)?.[0]).toBe(section);
  });
});
