// Entry point of the `vigie` command: dispatches to one command per verb; usage errors exit with 2.

import { VIGIE_VERSION } from '../config/config.js';
import { EXIT, UsageError } from './usage.js';

const HELP = `Vigie ${VIGIE_VERSION} — observatoire de l'accessibilité et de la sobriété des sites publics

Usage : vigie <commande> [options]

Commandes :
  audit <url>...     audite des pages (accessibilité RGAA/WCAG, EcoIndex)
  sites import|list  importe un annuaire de sites (liste DINUM, CSV), liste les sites enregistrés
  campaign run|start|resume|status|list
                     campagnes d'audit sur les sites enregistrés (file d'attente pg-boss)
  worker             exécute les campagnes en file d'attente (une ou plusieurs machines)
  schedule           planifie une campagne récurrente (cron)
  rejudge            rejuge une campagne depuis ses instantanés, sans navigateur
  stats              statistiques d'une campagne (ensemble, par type d'organisme, département, région, taille)
  export             écrit les données ouvertes d'une campagne (CSV et schémas Table Schema)
  publish            publie un dossier d'export sur data.gouv.fr (jeu de données, ressources CSV et schémas)
  rules              liste les règles d’accessibilité (tests RGAA, WCAG, ACT, couverture)
  db migrate         crée ou met à jour le schéma de la base

vigie <commande> --help pour le détail d'une commande.`;

// Commands are loaded on demand: `vigie --version` need not load the browser driver or the database.
const COMMANDS: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  audit: async () => (await import('./commands/audit.js')).auditCommand,
  sites: async () => (await import('./commands/sites.js')).sitesCommand,
  db: async () => (await import('./commands/db.js')).dbCommand,
  campaign: async () => (await import('./commands/campaign.js')).campaignCommand,
  worker: async () => (await import('./commands/worker.js')).workerCommand,
  schedule: async () => (await import('./commands/schedule.js')).scheduleCommand,
  rejudge: async () => (await import('./commands/rejudge.js')).rejudgeCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
  stats: async () => (await import('./commands/stats.js')).statsCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  publish: async () => (await import('./commands/publish.js')).publishCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    process.stdout.write(`${HELP}\n`);
    return verb ? EXIT.ok : EXIT.usage;
  }
  if (verb === '--version' || verb === '-v') {
    process.stdout.write(`${VIGIE_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[verb];
  if (!command) {
    process.stderr.write(`vigie : commande inconnue « ${verb} »\n\n${HELP}\n`);
    return EXIT.usage;
  }
  try {
    return await (await command())(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT.usage;
    }
    // Known environment problems: their message says what to do, a stack trace would only hide it.
    if (error instanceof Error && error.name === 'ChromiumNotFoundError') {
      process.stderr.write(`vigie : ${error.message}\n`);
      return EXIT.failure;
    }
    process.stderr.write(
      `vigie : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.failure;
  }
}
