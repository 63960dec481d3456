// `vigie db migrate [--data-dir DIR]`: brings the database schema up to date and lists the migrations.
// (Every command migrates on open; this one does it explicitly, e.g. before starting workers.)

import { parseArgs } from 'node:util';
import { migrateToLatest, migrationStatus } from '../../store/migrate.js';
import { DATA_DIR_HELP, describeDatabase, withDatabase } from '../database.js';
import { EXIT, UsageError } from '../usage.js';

export const DB_HELP = `Usage : vigie db migrate [options]

Crée ou met à jour le schéma de la base (les autres commandes le font aussi à l'ouverture).

Options :
${DATA_DIR_HELP}`;

export async function dbCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(`vigie db : ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${DB_HELP}\n`);
    return EXIT.ok;
  }
  const [action, ...extra] = positionals;
  if (action !== 'migrate' || extra.length > 0)
    throw new UsageError(
      `vigie db : ${action ? `action « ${action} » inconnue` : 'action manquante'} (migrate)\n\n${DB_HELP}`,
    );

  return withDatabase(
    values['data-dir'],
    async (handle) => {
      const applied = await migrateToLatest(handle.db);
      const status = await migrationStatus(handle.db);
      process.stdout.write(`Base : ${describeDatabase(handle)}\n`);
      process.stdout.write(
        applied.length > 0
          ? `Migrations appliquées : ${applied.join(', ')}\n`
          : 'Schéma déjà à jour, aucune migration appliquée.\n',
      );
      for (const migration of status)
        process.stdout.write(
          `  ${migration.name}  ${migration.executedAt ? migration.executedAt.toISOString() : 'en attente'}\n`,
        );
      return EXIT.ok;
    },
    { migrate: false },
  );
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}
