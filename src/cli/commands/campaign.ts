// `vigie campaign run|start|resume|status|list`: campaigns over the site registry, on the job queue.

import { parseArgs } from 'node:util';
import { ConfigError, readEnvironment } from '../../config/config.js';
import { startBoss } from '../../jobs/boss.js';
import {
  enqueueMissingJobs,
  latestCampaignId,
  type StartCampaignInput,
  startCampaign,
} from '../../jobs/campaign.js';
import { startWorker } from '../../jobs/worker.js';
import { campaignCounts, campaignSiteStatuses } from '../../store/campaign-sites.repository.js';
import { getCampaign } from '../../store/campaigns.repository.js';
import type { DatabaseHandle } from '../../store/db.js';
import { campaignProgress } from '../campaign-progress.js';
import { DATA_DIR_HELP, describeDatabase, withDatabase } from '../database.js';
import { dateTime, formatCounts, formatSiteTable, STATUS_FR, statusJson } from '../format/campaign-text.js';
import { EXIT, UsageError } from '../usage.js';
import { parseSiteFilters } from './sites.js';

export const CAMPAIGN_HELP = `Usage : vigie campaign <action> [options]

Actions :
  run                 crée une campagne sur les sites enregistrés, l'exécute ici et rend la main à la fin
  start               crée la campagne et met ses sites en file d'attente (pour des « vigie worker »)
  resume ID           reprend une campagne interrompue (arrêt, Ctrl-C, panne) là où elle s'était arrêtée
  status [ID]         état d'une campagne (défaut : la plus récente)
  list                les campagnes, de la plus récente à la plus ancienne

Options de run et start :
  --name NOM                  nom de la campagne (défaut : « Campagne AAAA-MM-JJ »)
  --filter CLÉ=VALEUR         sites retenus : kind, departement, region, insee, domain, source (répétable)
  --limit N                   au plus N sites
  --pages-per-site N          pages par site, pages obligatoires de l'échantillon RGAA comprises (défaut 5)
  --host-delay-ms N           pause entre deux pages d'un même hôte (défaut 500 ; Crawl-delay l'allonge)
  --retries N                 nouvelles tentatives d'un site en erreur temporaire (défaut 2)
  --retry-delay S             délai avant la première nouvelle tentative, doublé ensuite (défaut 60 s)
  --no-scroll, --settle-max-ms N, --navigation-timeout-ms N : protocole de mesure, comme vigie audit
Options de run, resume :
  --concurrency N             pages auditées en parallèle par ce processus (défaut 2)
  --allow-private-network     autorise 127.0.0.1, localhost et les réseaux privés
Options de status :
  --format text|json          format (défaut text ; json donne aussi l'état et le résumé de chaque site)
  --all                       en texte, liste tous les sites (défaut : les 50 premiers)
${DATA_DIR_HELP}

Codes de sortie (run, resume) : 0 campagne terminée, tous les sites audités ; 3 terminée avec des sites
en échec ; 130 interrompue (reprendre avec vigie campaign resume ID) ; 1 base inutilisable ; 2 usage.`;

type Values = ReturnType<typeof parse>['values'];

export async function campaignCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(`vigie campaign : ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  const [action, ...rest] = positionals;
  if (values.help || !action) {
    process.stdout.write(`${CAMPAIGN_HELP}\n`);
    return action || values.help ? EXIT.ok : EXIT.usage;
  }
  switch (action) {
    case 'run':
    case 'start':
      if (rest.length > 0)
        throw new UsageError(`vigie campaign ${action} : argument inattendu « ${rest[0]} »`);
      return startAction(values, action === 'run');
    case 'resume':
      return resumeAction(values, requiredId(rest, 'resume'));
    case 'status':
      return statusAction(values, rest.length > 0 ? requiredId(rest, 'status') : null);
    case 'list':
      return listAction(values);
    default:
      throw new UsageError(
        `vigie campaign : action inconnue « ${action} » (run, start, resume, status, list)`,
      );
  }
}

function requiredId(rest: string[], action: string): number {
  const [value, ...more] = rest;
  if (more.length > 0) throw new UsageError(`vigie campaign ${action} : argument inattendu « ${more[0]} »`);
  const id = Number(value);
  if (!value || !Number.isInteger(id) || id <= 0)
    throw new UsageError(
      `vigie campaign ${action} : identifiant de campagne attendu (reçu « ${value ?? ''} »)`,
    );
  return id;
}

function positiveInt(value: string | undefined, flag: string, allowZero = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1))
    throw new UsageError(
      `${flag} : « ${value} » n'est pas un entier ${allowZero ? 'positif ou nul' : 'positif'}`,
    );
  return n;
}

function workerConcurrency(values: Values): number {
  const n = positiveInt(values.concurrency, '--concurrency') ?? 2;
  if (n > 32) throw new UsageError('--concurrency : 32 au plus');
  return n;
}

async function startAction(values: Values, run: boolean): Promise<number> {
  const filter = parseSiteFilters(values.filter);
  const input: StartCampaignInput = {
    name: values.name ?? `Campagne ${new Date().toISOString().slice(0, 10)}`,
    audit: {
      pagesPerSite: positiveInt(values['pages-per-site'], '--pages-per-site'),
      hostDelayMs: positiveInt(values['host-delay-ms'], '--host-delay-ms', true),
      scroll: !values['no-scroll'],
      settleMaxMs: positiveInt(values['settle-max-ms'], '--settle-max-ms', true),
      navigationTimeoutMs: positiveInt(values['navigation-timeout-ms'], '--navigation-timeout-ms'),
    },
    allowPrivateNetwork: values['allow-private-network'] ?? false,
    filter,
    limit: positiveInt(values.limit, '--limit') ?? null,
    retryLimit: positiveInt(values.retries, '--retries', true),
    retryDelaySeconds: positiveInt(values['retry-delay'], '--retry-delay', true),
  };
  const concurrency = run ? workerConcurrency(values) : 0;
  return withDatabase(values['data-dir'], async (handle) => {
    const boss = await startBoss(handle, { supervise: false });
    let started: Awaited<ReturnType<typeof startCampaign>>;
    try {
      started = await startCampaign(handle, boss, input);
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const { campaign, sites } = started;
    if (!campaign) {
      process.stderr.write(
        `vigie campaign ${run ? 'run' : 'start'} : aucun site ne correspond (importez-en avec vigie sites import)\n`,
      );
      return EXIT.usage;
    }
    if (!run) {
      process.stderr.write(
        `Campagne ${campaign.id} « ${campaign.name} » : ${sites} sites en file d'attente (${describeDatabase(handle)}).\n` +
          `Lancez « vigie worker » (sur une ou plusieurs machines) pour l'exécuter.\n`,
      );
      process.stdout.write(`${campaign.id}\n`);
      return EXIT.ok;
    }
    process.stderr.write(
      `Campagne ${campaign.id} « ${campaign.name} » : ${sites} sites, ${describeDatabase(handle)}\n`,
    );
    return runUntilDone(handle, campaign.id, values, concurrency);
  });
}

async function resumeAction(values: Values, id: number): Promise<number> {
  const concurrency = workerConcurrency(values);
  return withDatabase(values['data-dir'], async (handle) => {
    const campaign = await getCampaign(handle.db, id);
    if (!campaign) {
      process.stderr.write(`vigie campaign resume : la campagne ${id} n'existe pas\n`);
      return EXIT.usage;
    }
    if (campaign.status === 'cancelled') {
      process.stderr.write(`vigie campaign resume : la campagne ${id} a été annulée\n`);
      return EXIT.usage;
    }
    const counts = await campaignCounts(handle.db, id);
    process.stderr.write(
      `Reprise de la campagne ${id} « ${campaign.name} » : ${counts.done + counts.failed}/${counts.total} sites déjà faits\n`,
    );
    // Sites whose job vanished (the process died between two steps) get a new one before work starts.
    const boss = await startBoss(handle, { supervise: false });
    try {
      await enqueueMissingJobs(handle, boss, id);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    return runUntilDone(handle, id, values, concurrency);
  });
}

async function runUntilDone(
  handle: DatabaseHandle,
  campaignId: number,
  values: Values,
  concurrency: number,
): Promise<number> {
  const before = await campaignCounts(handle.db, campaignId);
  const progress = campaignProgress(before);
  const worker = await startWorker(handle, {
    env: readEnvironment(),
    concurrency,
    allowPrivateNetwork: values['allow-private-network'] ?? false,
    campaignId,
    onSite: (event) => progress.site(event),
    onMessage: (message) => progress.message(message),
  });
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) {
      process.stderr.write('\nArrêt immédiat. Reprendre avec : vigie campaign resume ' + campaignId + '\n');
      process.exit(130);
    }
    interrupted = true;
    progress.message('Arrêt demandé : fin des sites en cours… (Ctrl-C à nouveau pour quitter tout de suite)');
    void worker.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await worker.done;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.end();
  }
  const counts = await campaignCounts(handle.db, campaignId);
  process.stderr.write(`${formatCounts(counts)}\n`);
  if (interrupted || counts.pending + counts.running > 0) {
    process.stderr.write(
      `Campagne ${campaignId} interrompue. Reprendre avec : vigie campaign resume ${campaignId}\n`,
    );
    return 130;
  }
  process.stderr.write(`Campagne ${campaignId} terminée. Détail : vigie campaign status ${campaignId}\n`);
  return counts.failed > 0 || counts.pagesInError > 0 ? EXIT.partial : EXIT.ok;
}

async function statusAction(values: Values, id: number | null): Promise<number> {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format : « ${format} » inconnu (text ou json)`);
  return withDatabase(values['data-dir'], async (handle) => {
    const campaignId = id ?? (await latestCampaignId(handle));
    if (campaignId === null) {
      process.stderr.write(
        'vigie campaign status : aucune campagne (lancez-en une avec vigie campaign run)\n',
      );
      return EXIT.usage;
    }
    const campaign = await getCampaign(handle.db, campaignId);
    if (!campaign) {
      process.stderr.write(`vigie campaign status : la campagne ${campaignId} n'existe pas\n`);
      return EXIT.usage;
    }
    const counts = await campaignCounts(handle.db, campaignId);
    if (format === 'json') {
      const sites = await campaignSiteStatuses(handle.db, campaignId);
      process.stdout.write(`${JSON.stringify(statusJson(campaign, counts, sites), null, 2)}\n`);
      return EXIT.ok;
    }
    const lines = [
      `Campagne ${campaign.id} « ${campaign.name} » — ${STATUS_FR[campaign.status]}`,
      `Créée le ${dateTime(campaign.created_at)}` +
        (campaign.started_at ? `, lancée le ${dateTime(campaign.started_at)}` : '') +
        (campaign.finished_at ? `, finie le ${dateTime(campaign.finished_at)}` : '') +
        (campaign.judged_at ? `, rejugée le ${dateTime(campaign.judged_at)}` : ''),
      formatCounts(counts),
      `Versions : Vigie ${campaign.vigie_version}, axe-core ${campaign.axe_version}, RGAA ${campaign.rgaa_version} — protocole ${campaign.config_hash}`,
    ];
    const sites = await campaignSiteStatuses(handle.db, campaignId);
    const limit = values.all ? sites.length : 50;
    if (sites.length > 0) lines.push('', ...formatSiteTable(sites.slice(0, limit)));
    if (sites.length > limit)
      lines.push(`… et ${sites.length - limit} autres sites (--all pour tous, --format json pour le détail)`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  });
}

async function listAction(values: Values): Promise<number> {
  return withDatabase(values['data-dir'], async (handle) => {
    const campaigns = await handle.db.selectFrom('campaigns').selectAll().orderBy('id', 'desc').execute();
    process.stdout.write('id\tnom\tétat\tcréée\tsites\n');
    for (const campaign of campaigns) {
      const counts = await campaignCounts(handle.db, campaign.id);
      process.stdout.write(
        `${campaign.id}\t${campaign.name}\t${STATUS_FR[campaign.status]}\t${dateTime(campaign.created_at)}\t${counts.done + counts.failed}/${counts.total}\n`,
      );
    }
    return EXIT.ok;
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      name: { type: 'string' },
      filter: { type: 'string', multiple: true },
      limit: { type: 'string' },
      'pages-per-site': { type: 'string' },
      'host-delay-ms': { type: 'string' },
      retries: { type: 'string' },
      'retry-delay': { type: 'string' },
      'no-scroll': { type: 'boolean' },
      'settle-max-ms': { type: 'string' },
      'navigation-timeout-ms': { type: 'string' },
      concurrency: { type: 'string' },
      'allow-private-network': { type: 'boolean' },
      format: { type: 'string' },
      all: { type: 'boolean' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
