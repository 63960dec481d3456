// `vigie audit --site` end to end on legal fixture sites, with the real visit (axe, facts, legal text): the
// statement found in two clicks (extra pages visited outside the sample), through a meta refresh, and the bad
// inputs as the real visit reports them (PDF served without extension, 11 MB page, robots.txt).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeVersion } from '../../src/audits/a11y/axe-meta.js';
import { loadAxeBundle } from '../../src/crawl/collectors/axe.js';
import { auditSite, type SiteReport } from '../../src/runner/audit-site.js';
import { formatSiteText } from '../../src/cli/format/site-text.js';
import { LEGAL_SITES } from '../fixtures/legal/sites.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';
import { type LegalServer, startLegalServer } from '../helpers/legal-server.js';

let engine: TestEngine;
let server: LegalServer;
const reports = new Map<string, SiteReport>();
const IDS = ['deux-clics', 'redirection-meta', 'declaration-servie-pdf', 'declaration-enorme', 'declaration-robots'];

describe('audit --site: legal checks with the real visit', () => {
  beforeAll(async () => {
    [engine, server] = await Promise.all([
      startEngine({ concurrency: 3, pagesPerSite: 2, hostDelayMs: 0 }),
      startLegalServer(),
    ]);
    const axe = loadAxeBundle();
    await Promise.all(
      IDS.map(async (id) => {
        const site = LEGAL_SITES.find((s) => s.id === id)!;
        const report = await auditSite(server.home(site), {
          pool: engine.pool,
          axe,
          config: engine.config,
          versions: { vigie: 'test', axe: axeVersion() },
          campaignDate: '2025-06-01',
        });
        reports.set(id, report);
      }),
    );
  }, 85_000);
  afterAll(async () => {
    await engine?.close();
    await server?.close();
  });

  it('finds the statement two clicks away, visiting pages outside the sample', () => {
    const report = reports.get('deux-clics')!;
    const path = (url: string | null) => (url ? new URL(url).pathname : null);
    expect(report.legal.statement).toMatchObject({
      declaredStatus: 'partiellement',
      declaredRate: 64.5,
      date: '2024-11-05',
      stale: false,
      rgaaVersion: '4.1.2',
      articleReference: true,
      missingSections: [],
      contact: true,
      remedies: true,
      unreadable: null,
    });
    expect(path(report.legal.statement.url)).toBe('/deux-clics/declaration.html');
    // The accessibility page is in the sample (its role); the statement is a legal-only visit.
    expect(report.pages.map((p) => [p.role, path(p.url)])).toContainEqual([
      'accessibility',
      '/deux-clics/accessibilite.html',
    ]);
    expect(report.legalVisits.map((v) => path(v.url))).toEqual(['/deux-clics/declaration.html']);
    expect(report.summary.pagesPlanned).toBe(report.pages.length);
    const text = formatSiteText(report);
    expect(text).toContain('Mention en page d’accueil : absente');
    expect(text).toContain('taux 64,5 %');
  });

  it('reads the mention of a home page reached by a meta refresh', () => {
    const report = reports.get('redirection-meta')!;
    expect(report.legal.mention.level).toBe('partiellement');
    expect(new URL(report.legal.mention.href!).pathname).toBe('/redirection-meta/declaration.html');
    expect(report.legal.statement.declaredRate).toBe(72.5);
  });

  it.each([
    ['declaration-servie-pdf', 'pdf'],
    ['declaration-enorme', 'too-large'],
    ['declaration-robots', 'robots'],
  ])('%s: unreadable (%s), never a guess', (id, reason) => {
    const statement = reports.get(id)!.legal.statement;
    expect(statement.unreadable).toBe(reason);
    expect(statement.unreadableDetail).toBeTruthy();
    expect(statement.declaredRate).toBeNull();
    expect(statement.declaredStatus).toBeNull();
    expect(formatSiteText(reports.get(id)!)).toContain('Déclaration d’accessibilité : non lue');
  });
});
