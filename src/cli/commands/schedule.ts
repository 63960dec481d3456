// `vigie schedule --cron EXPR [campaign options]`, `--list`, `--remove NAME`: recurring campaigns, run by
// `vigie worker` (pg-boss evaluates the cron expression in the worker processes).

import { parseArgs } from 'node:util';
import { parseAuditConfig } from '../../config/config.js';
import { startBoss } from '../../jobs/boss.js';
import { listSchedules, registerSchedule, removeSchedule, scheduleKey } from '../../jobs/schedule.js';
import { DATA_DIR_HELP, withDatabase } from '../database.js';
import { EXIT, UsageError } from '../usage.js';
import { parseSiteFilters } from './sites.js';

export const SCHEDULE_HELP = `Usage : vigie schedule --cron "EXPRESSION" [options]
       vigie schedule --list
       vigie schedule --remove NOM

Planifie une campagne récurrente : à chaque échéance, un « vigie worker » en cours d'exécution crée la
campagne (nommée « NOM AAAA-MM-JJ ») et l'exécute. Exemple : --cron "0 3 1 * *" (le 1er du mois à 3 h).

Options :
  --cron EXPRESSION           expression cron à 5 champs (minute heure jour mois jour-de-semaine)
  --timezone TZ               fuseau de l'expression (défaut Europe/Paris)
  --name NOM                  nom de la planification et des campagnes (défaut « Campagne mensuelle ») ;
                              une planification du même nom est remplacée
  --filter CLÉ=VALEUR, --limit N, --pages-per-site N, --host-delay-ms N, --allow-private-network :
                              comme vigie campaign start
  --list                      liste les planifications
  --remove NOM                supprime une planification
${DATA_DIR_HELP}`;

const CRON_FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;

/** A 5-field cron expression with numbers, ranges, lists and steps (what pg-boss's cron parser takes). */
export function checkCron(expression: string): string {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5 || !fields.every((field) => CRON_FIELD.test(field)))
    throw new UsageError(
      `--cron : « ${expression} » n'est pas une expression cron à 5 champs (ex. "0 3 1 * *" : le 1er du mois à 3 h)`,
    );
  return fields.join(' ');
}

export async function scheduleCommand(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    const parsed = parse(argv);
    values = parsed.values;
    if (parsed.positionals.length > 0) throw new Error(`argument inattendu « ${parsed.positionals[0]} »`);
  } catch (error) {
    throw new UsageError(`vigie schedule : ${(error as Error).message}`);
  }
  if (values.help) {
    process.stdout.write(`${SCHEDULE_HELP}\n`);
    return EXIT.ok;
  }
  const modes = [values.cron !== undefined, values.list, values.remove !== undefined].filter(Boolean).length;
  if (modes !== 1)
    throw new UsageError('vigie schedule : donnez une et une seule de --cron, --list, --remove');
  const cron = values.cron === undefined ? null : checkCron(values.cron);
  const name = values.name ?? 'Campagne mensuelle';
  const intOrUndefined = (value: string | undefined, flag: string) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new UsageError(`${flag} : « ${value} » n'est pas un entier positif`);
    return n;
  };
  const filter = parseSiteFilters(values.filter);
  const audit = {
    pagesPerSite: intOrUndefined(values['pages-per-site'], '--pages-per-site'),
    hostDelayMs: intOrUndefined(values['host-delay-ms'], '--host-delay-ms'),
  };
  if (cron) {
    scheduleKey(name);
    try {
      parseAuditConfig(audit);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return withDatabase(values['data-dir'], async (handle) => {
    const boss = await startBoss(handle, { supervise: false });
    try {
      if (values.list) {
        const schedules = await listSchedules(boss);
        if (schedules.length === 0) process.stderr.write('Aucune campagne planifiée.\n');
        for (const schedule of schedules)
          process.stdout.write(
            `${schedule.key}\t${schedule.cron}\t${schedule.timezone ?? 'UTC'}\t${schedule.data.name}\t${JSON.stringify(schedule.data.input.filter)}\n`,
          );
        return EXIT.ok;
      }
      if (values.remove !== undefined) {
        const removed = await removeSchedule(boss, values.remove);
        process.stderr.write(
          removed
            ? `Planification « ${values.remove} » supprimée.\n`
            : `Pas de planification « ${values.remove} ».\n`,
        );
        return removed ? EXIT.ok : EXIT.usage;
      }
      const timezone = values.timezone ?? 'Europe/Paris';
      const queue = await registerSchedule(boss, {
        name,
        cron: cron!,
        timezone,
        data: {
          name,
          input: {
            audit,
            allowPrivateNetwork: values['allow-private-network'] ?? false,
            filter,
            limit: intOrUndefined(values.limit, '--limit') ?? null,
          },
        },
      });
      process.stderr.write(
        `Campagne « ${name} » planifiée : ${cron} (${timezone}), file ${queue}.\n` +
          `Elle sera lancée par un « vigie worker » en cours d'exécution à chaque échéance.\n`,
      );
      return EXIT.ok;
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      cron: { type: 'string' },
      timezone: { type: 'string' },
      name: { type: 'string' },
      filter: { type: 'string', multiple: true },
      limit: { type: 'string' },
      'pages-per-site': { type: 'string' },
      'host-delay-ms': { type: 'string' },
      'allow-private-network': { type: 'boolean' },
      list: { type: 'boolean' },
      remove: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
