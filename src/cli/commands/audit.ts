// `vigie audit <url>... [--urls FILE] [--concurrency N] [--format text|json|earl] [--out FILE]
//  [--allow-private-network] [--save-snapshots DIR]`: audits pages and prints or writes the report.

import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  type AuditConfig,
  ConfigError,
  type Environment,
  parseAuditConfig,
  readEnvironment,
} from '../../config/config.js';
import type { PageReport } from '../../core/result.js';
import { auditSite, type SiteReport } from '../../runner/audit-site.js';
import {
  auditUrls,
  forEachBounded,
  saveSnapshot,
  snapshotFileName,
  withAuditEngine,
} from '../../runner/audit-urls.js';
import { formatEarl, formatJson } from '../format/json.js';
import { formatSiteText } from '../format/site-text.js';
import { formatPageText, formatSummaryText } from '../format/text.js';
import { progressBar } from '../progress.js';
import { EXIT, parseUserUrl, UsageError } from '../usage.js';

export const AUDIT_HELP = `Usage : vigie audit <url>... [options]

Audite des pages dans Chromium : accessibilité (axe-core, RGAA) et sobriété (EcoIndex).

Options :
  --site                      audite l'échantillon RGAA de chaque site donné (accueil, accessibilité,
                              mentions légales, contact, plan du site, aide, authentification, autres pages)
  --date AAAA-MM-JJ           date de campagne des contrôles légaux (péremption de la déclaration,
                              validité des plans ; défaut : aujourd'hui)
  --pages-per-site N          taille de l'échantillon, pages obligatoires comprises (défaut 5)
  --urls FICHIER              une adresse par ligne (lignes vides et # ignorées)
  --concurrency N             pages auditées en parallèle (défaut 2)
  --format text|json|earl     format du rapport (défaut text)
  --out FICHIER               écrit le rapport dans ce fichier au lieu de la sortie standard
  --allow-private-network     autorise 127.0.0.1, localhost et les réseaux privés
  --save-snapshots DOSSIER    enregistre l'instantané de chaque page (JSON gzip)
  --no-scroll                 ne défile pas jusqu'en bas de la page
  --settle-max-ms N           attente maximale du calme réseau, par étape (défaut 3000)
  --navigation-timeout-ms N   budget de navigation (défaut 30000)

Codes de sortie : 0 toutes les pages auditées, 2 erreur d'usage, 3 pages non auditées.`;

const FORMATS = ['text', 'json', 'earl'] as const;
type Format = (typeof FORMATS)[number];

export async function readUrlFile(path: string): Promise<string[]> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--urls ${path} : fichier illisible (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  const urls: string[] = [];
  content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const value = line.trim();
      if (value === '' || value.startsWith('#')) return;
      urls.push(parseUserUrl(value, `${path}:${i + 1}`));
    });
  return urls;
}

export async function auditCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(`vigie audit : ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${AUDIT_HELP}\n`);
    return EXIT.ok;
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format : « ${values.format} » inconnu (text, json ou earl)`);
  const urls = positionals.map((value, i) => parseUserUrl(value, `argument ${i + 1}`));
  if (values.urls) urls.push(...(await readUrlFile(values.urls)));
  if (urls.length === 0)
    throw new UsageError('vigie audit : aucune adresse à auditer (donnez une URL ou --urls FICHIER)');

  let config: ReturnType<typeof parseAuditConfig>;
  try {
    config = parseAuditConfig({
      concurrency: values.concurrency,
      allowPrivateNetwork: values['allow-private-network'] ?? false,
      scroll: !values['no-scroll'],
      settleMaxMs: values['settle-max-ms'],
      pagesPerSite: values['pages-per-site'],
      navigationTimeoutMs: values['navigation-timeout-ms'],
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }

  const campaignDate = values.date ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(campaignDate))
    throw new UsageError(`--date : « ${values.date} » n'est pas une date AAAA-MM-JJ`);
  const env = readEnvironment();
  if (values.site)
    return siteMode(urls, config, env, format, values.out, values['save-snapshots'], campaignDate);

  const progress = urls.length > 1 ? progressBar(urls.length) : null;
  const streamText = format === 'text' && !values.out;
  const reports: PageReport[] = await auditUrls(urls, {
    config,
    env,
    saveSnapshotsDir: values['save-snapshots'],
    onPage: ({ url, report, index, total }) => {
      const text = `${formatPageText(report, { index, total })}\n\n`;
      if (streamText) {
        if (progress) progress.print(text);
        else process.stdout.write(text);
      }
      progress?.tick(url);
    },
  });
  progress?.end();

  const output =
    format === 'json'
      ? formatJson(reports)
      : format === 'earl'
        ? formatEarl(reports)
        : [
            ...reports.map((report, index) => formatPageText(report, { index, total: reports.length })),
            '',
          ].join('\n\n');
  if (values.out) await writeFile(values.out, `${output}\n`);
  else if (!streamText) process.stdout.write(`${output}\n`);
  process.stderr.write(`${formatSummaryText(reports)}\n`);
  for (const report of reports) {
    if (report.error)
      process.stderr.write(`  ${report.url} : ${report.error.code} — ${report.error.message}\n`);
  }
  return reports.some((report) => report.error) ? EXIT.partial : EXIT.ok;
}

async function siteMode(
  urls: string[],
  config: AuditConfig,
  env: Environment,
  format: Format,
  out: string | undefined,
  snapshotsDir: string | undefined,
  campaignDate: string,
): Promise<number> {
  const progress = urls.length > 1 ? progressBar(urls.length) : null;
  const sites: SiteReport[] = new Array(urls.length);
  await withAuditEngine(config, env, (engine) =>
    forEachBounded(urls, config.concurrency, async (url, index) => {
      let page = 0;
      sites[index] = await auditSite(url, {
        ...engine,
        campaignDate,
        onVisit: async ({ url: pageUrl, result }) => {
          page++;
          if (snapshotsDir && result.ok) {
            const name = snapshotFileName(pageUrl, index * 1000 + page - 1);
            await saveSnapshot(snapshotsDir, name, result.snapshot);
          }
        },
      });
      if (format === 'text' && !out) {
        const text = `${formatSiteText(sites[index])}\n\n`;
        if (progress) progress.print(text);
        else process.stdout.write(text);
      }
      progress?.tick(url);
    }),
  );
  progress?.end();
  const pages = sites.flatMap((site) => site.pages.map((page) => page.report));
  const output =
    format === 'json'
      ? JSON.stringify(sites, null, 2)
      : format === 'earl'
        ? formatEarl(pages)
        : sites.map((site) => formatSiteText(site)).join('\n\n');
  if (out) await writeFile(out, `${output}\n`);
  else if (format !== 'text') process.stdout.write(`${output}\n`);
  const failedSites = sites.filter((site) => site.error);
  process.stderr.write(
    `${sites.length - failedSites.length} site(s) audité(s) sur ${sites.length} ; ${formatSummaryText(pages)}\n`,
  );
  for (const site of sites) {
    for (const page of site.pages) {
      if (page.report.error)
        process.stderr.write(`  ${page.url} : ${page.report.error.code} — ${page.report.error.message}\n`);
    }
  }
  return pages.some((report) => report.error) ? EXIT.partial : EXIT.ok;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      urls: { type: 'string' },
      concurrency: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'allow-private-network': { type: 'boolean' },
      'save-snapshots': { type: 'string' },
      'no-scroll': { type: 'boolean' },
      'settle-max-ms': { type: 'string' },
      'navigation-timeout-ms': { type: 'string' },
      site: { type: 'boolean' },
      'pages-per-site': { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
