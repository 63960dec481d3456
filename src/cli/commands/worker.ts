// `vigie worker [--concurrency N]`: processes campaign jobs until stopped (Ctrl-C, SIGTERM). Several workers,
// on several machines, pointed at one PostgreSQL server share the campaigns.

import { parseArgs } from 'node:util';
import { readEnvironment } from '../../config/config.js';
import { startWorker } from '../../jobs/worker.js';
import { DATA_DIR_HELP, describeDatabase, withDatabase } from '../database.js';
import { EXIT, UsageError } from '../usage.js';

export const WORKER_HELP = `Usage : vigie worker [options]

Exécute les campagnes en file d'attente (la plus ancienne d'abord) et lance les campagnes planifiées
(vigie schedule), jusqu'à l'arrêt (Ctrl-C ou SIGTERM : les sites en cours sont terminés).
Plusieurs « vigie worker », sur une ou plusieurs machines, se partagent une campagne s'ils utilisent
le même serveur PostgreSQL (DATABASE_URL) ; la base intégrée ne sert qu'un processus à la fois.

Options :
  --concurrency N             pages auditées en parallèle par ce processus (défaut 2)
  --allow-private-network     autorise 127.0.0.1, localhost et les réseaux privés
  --once                      s'arrête quand plus aucune campagne n'a de site en attente
${DATA_DIR_HELP}`;

export async function workerCommand(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    const parsed = parse(argv);
    values = parsed.values;
    if (parsed.positionals.length > 0) throw new Error(`argument inattendu « ${parsed.positionals[0]} »`);
  } catch (error) {
    throw new UsageError(`vigie worker : ${(error as Error).message}`);
  }
  if (values.help) {
    process.stdout.write(`${WORKER_HELP}\n`);
    return EXIT.ok;
  }
  const concurrency = Number(values.concurrency ?? 2);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    throw new UsageError(`--concurrency : « ${values.concurrency} » n'est pas un entier entre 1 et 32`);
  return withDatabase(values['data-dir'], async (handle) => {
    const say = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
    const worker = await startWorker(handle, {
      env: readEnvironment(),
      concurrency,
      allowPrivateNetwork: values['allow-private-network'] ?? false,
      runSchedules: true,
      stopWhenIdle: values.once ?? false,
      onMessage: say,
      onSite: ({ campaignId, url, outcome }) => {
        if (outcome.kind === 'stored')
          say(
            `campagne ${campaignId} · ${url} : ${outcome.state === 'done' ? 'audité' : 'en échec'}, ` +
              `${outcome.pages} pages${outcome.pagesInError ? `, ${outcome.pagesInError} en erreur` : ''}`,
          );
        else if (outcome.kind === 'retry')
          say(`campagne ${campaignId} · ${url} : ${outcome.code}, nouvelle tentative plus tard`);
      },
    });
    say(`worker ${worker.id} démarré (${describeDatabase(handle)}, ${concurrency} pages en parallèle)`);
    let stopping = false;
    const onSignal = () => {
      if (stopping) process.exit(130);
      stopping = true;
      say('arrêt demandé : fin des sites en cours… (encore une fois pour quitter tout de suite)');
      void worker.stop();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      await worker.done;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    say('worker arrêté');
    return EXIT.ok;
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      concurrency: { type: 'string' },
      'allow-private-network': { type: 'boolean' },
      once: { type: 'boolean' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
