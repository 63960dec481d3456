// The catalogue of rules Vigie runs: its own accessibility rules (page and site level) and the axe-core rules,
// with their RGAA tests, WCAG criteria, ACT ids and coverage, and its eco-design rules with their RGESN 2024
// criteria and web good practices. Feeds `vigie rules` and the generated docs/rules.md.

import { createRequire } from 'node:module';
import { RGAA_412_TESTS } from '../../core/rgaa-412.js';
import type { Coverage } from '../../core/rule.js';
import { ECO_RULES } from '../eco/rules/index.js';
import { wcagCriteriaFromTags, wcagLevelFromTags } from './axe-adapter.js';
import { axeRuleMeta, axeVersion } from './axe-meta.js';
import { AXE_RGAA } from './axe-rgaa.js';
import { VIGIE_RULES } from './rules/index.js';
import { VIGIE_SITE_RULES } from './site-rules/index.js';

export interface CatalogueEntry {
  id: string;
  source: 'vigie' | 'axe-core';
  /** `page`: judged on each page; `site`: judged over the audited pages of a sample (src/audits/a11y/site-rules/). */
  scope: 'page' | 'site';
  family: 'a11y' | 'eco';
  title: string;
  /** How the rule decides and its limits (Vigie rules), or why Vigie maps an axe rule differently from its tags. */
  description: string | null;
  rgaa: string[];
  wcag: string[];
  act: string[];
  /** null when the rule informs no RGAA test (WCAG or best practice only). */
  coverage: Coverage | null;
  level: 'A' | 'AA' | 'AAA' | null;
  version: string;
  /** Eco rules: RGESN 2024 criteria and web good practices (GreenIT-Analysis ids); empty for a11y rules. */
  rgesn: string[];
  practices: string[];
}

function frenchAxeHelp(): Record<string, { help?: string }> {
  const locale = createRequire(import.meta.url)('axe-core/locales/fr.json') as {
    rules: Record<string, { help?: string }>;
  };
  return locale.rules;
}

export function ruleCatalogue(): CatalogueEntry[] {
  const own: CatalogueEntry[] = VIGIE_RULES.map((rule) => ({
    id: rule.id,
    source: 'vigie',
    scope: 'page',
    family: rule.family,
    title: rule.title,
    description: rule.description ?? null,
    rgaa: [...rule.rgaa],
    wcag: [...rule.wcag],
    act: [...rule.act],
    coverage: rule.rgaa.length > 0 ? rule.coverage : null,
    level: null,
    version: String(rule.version),
    rgesn: [],
    practices: [],
  }));
  const site: CatalogueEntry[] = VIGIE_SITE_RULES.map((rule) => ({
    id: rule.id,
    source: 'vigie',
    scope: 'site',
    family: rule.family,
    title: rule.title,
    description:
      `Règle de site, sur les pages auditées de l’échantillon (au moins deux). ${rule.description ?? ''}`.trim(),
    rgaa: [...rule.rgaa],
    wcag: [...rule.wcag],
    act: [...rule.act],
    coverage: rule.coverage,
    level: null,
    version: String(rule.version),
    rgesn: [],
    practices: [],
  }));
  const french = frenchAxeHelp();
  const axe: CatalogueEntry[] = [...axeRuleMeta().values()].map((rule) => {
    const mapping = AXE_RGAA[rule.id];
    const rgaa = mapping
      ? [...mapping.rgaa]
      : rule.tags.flatMap((tag) => /^RGAA-(\d+\.\d+\.\d+)$/.exec(tag)?.slice(1, 2) ?? []);
    return {
      id: rule.id,
      source: 'axe-core',
      scope: 'page',
      family: 'a11y',
      title: french[rule.id]?.help ?? rule.help,
      description: mapping?.note ?? null,
      rgaa,
      wcag: wcagCriteriaFromTags(rule.tags),
      act: [...rule.actIds],
      coverage: rgaa.length > 0 ? (mapping?.coverage ?? 'failuresOnly') : null,
      level: wcagLevelFromTags(rule.tags),
      version: axeVersion(),
      rgesn: [],
      practices: [],
    };
  });
  const eco: CatalogueEntry[] = ECO_RULES.map((rule) => ({
    id: rule.id,
    source: 'vigie',
    scope: 'page',
    family: 'eco',
    title: rule.title,
    description: rule.description,
    rgaa: [],
    wcag: [],
    act: [],
    coverage: null,
    level: null,
    version: String(rule.version),
    rgesn: [...rule.rgesn],
    practices: [...rule.practices],
  }));
  return [...own, ...site, ...axe, ...eco].sort(
    (a, b) => a.source.localeCompare(b.source) * -1 || a.id.localeCompare(b.id),
  );
}

/**
 * RGAA tests with a decisive automated check (a full-coverage rule, on a test that does not ask for relevance:
 * C or NC possible), and those where the checks can only find failures.
 */
export function rgaaCoverage(entries: readonly CatalogueEntry[]): {
  decisive: string[];
  failuresOnly: string[];
} {
  const relevance = new Set(RGAA_412_TESTS.filter((test) => test.relevance).map((test) => test.id));
  const decisive = new Set<string>();
  const any = new Set<string>();
  for (const entry of entries) {
    for (const test of entry.rgaa) {
      any.add(test);
      if (entry.coverage === 'full' && !relevance.has(test)) decisive.add(test);
    }
  }
  // The referential lists the tests in order: filter it rather than sort ids.
  return {
    decisive: RGAA_412_TESTS.filter((test) => decisive.has(test.id)).map((test) => test.id),
    failuresOnly: RGAA_412_TESTS.filter((test) => any.has(test.id) && !decisive.has(test.id)).map(
      (test) => test.id,
    ),
  };
}
