// `vigie publish --dir DIR (--dataset ID | --create)`: publishes an export folder on data.gouv.fr (or another
// udata). Plans first (reads the dataset, decides create or replace per file), then applies; on failure it
// says which files reached the platform and which did not. The API key is never written anywhere.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readEnvironment } from '../../config/config.js';
import { createUdataClient, type NewDataset, type UdataDataset } from '../../export/datagouv.js';
import { applyPlan } from '../../export/publish-apply.js';
import { buildPlan, ExportFolderError, type PlanItem, readExportFolder } from '../../export/publish-plan.js';
import {
  type ErrorContext,
  explainError,
  formatPartialOutcome,
  formatPlan,
  formatStep,
} from '../../export/publish-report.js';
import { EXIT, parseUserUrl, UsageError } from '../usage.js';

export const DEFAULT_API_URL = 'https://www.data.gouv.fr/api/1';

export const DATASET_TITLE = 'Vigie — accessibilité et sobriété numérique des sites publics';
const DATASET_DESCRIPTION =
  'Résultats des campagnes de l’observatoire Vigie : audit automatisé de l’accessibilité (RGAA 4.1.2), ' +
  'de la sobriété (EcoIndex) et des obligations légales d’accessibilité des sites publics français. ' +
  'Un fichier par table, en CSV UTF-8, chacun décrit par un Table Schema.';

export const PUBLISH_HELP = `Usage : vigie publish --dir DOSSIER (--dataset ID | --create [--organization ID]) [options]

Publie sur data.gouv.fr les fichiers d'un dossier écrit par vigie export : chaque CSV et chaque
schema-<nom>.json devient une ressource du jeu de données. Une ressource existante de même titre ou de même
nom de fichier est remplacée (son identifiant ne change pas) et ses métadonnées mises à jour ; les autres
sont créées. Le plan est calculé avant tout envoi ; en cas d'échec, la commande dit quels fichiers ont été
publiés et lesquels ne l'ont pas été.

Options :
  --dir DOSSIER               le dossier d'export (fichiers *.csv et schema-*.json)
  --dataset ID                identifiant (ou slug) du jeu de données à mettre à jour
  --create                    crée un nouveau jeu de données
  --organization ID           avec --create : l'organisation productrice (sinon, le compte de la clé)
  --api-url URL               API udata (défaut ${DEFAULT_API_URL} ;
                              démonstration : https://demo.data.gouv.fr/api/1)
  --api-key-file FICHIER      lit la clé d'API dans ce fichier (sinon VIGIE_DATAGOUV_API_KEY)
  --dry-run                   affiche le plan (créer / remplacer par fichier) sans rien envoyer

Codes de sortie : 0 publié, 1 rien n'a été modifié (clé refusée, jeu introuvable, réseau…),
2 usage, 3 publication partielle (le détail dit quels fichiers ont été publiés).`;

export async function publishCommand(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    const parsed = parse(argv);
    values = parsed.values;
    if (parsed.positionals.length > 0) throw new Error(`argument inattendu « ${parsed.positionals[0]} »`);
  } catch (error) {
    throw new UsageError(`vigie publish : ${(error as Error).message}`);
  }
  if (values.help) {
    process.stdout.write(`${PUBLISH_HELP}\n`);
    return EXIT.ok;
  }
  if (!values.dir)
    throw new UsageError('vigie publish : --dir DOSSIER est obligatoire (le dossier de vigie export)');
  if ((values.dataset === undefined) === !values.create)
    throw new UsageError('vigie publish : donnez --dataset ID ou --create (l’un des deux)');
  if (values.organization !== undefined && !values.create)
    throw new UsageError('vigie publish : --organization ne sert qu’avec --create');
  const apiUrl = parseUserUrl(values['api-url'] ?? DEFAULT_API_URL, '--api-url').replace(/\/+$/, '');
  const apiKey = await readApiKey(values['api-key-file']);
  if (!apiKey && !values['dry-run'])
    throw new UsageError(
      'vigie publish : clé d’API manquante : définissez VIGIE_DATAGOUV_API_KEY ou donnez --api-key-file FICHIER ' +
        '(clé à créer dans votre profil sur data.gouv.fr)',
    );
  // Defence in depth: whatever is written goes through `redact`, so the key cannot leak even if a server
  // echoed it back in an error message.
  const redact = (text: string) => (apiKey ? text.split(apiKey).join('***') : text);
  const out = (text: string) => process.stdout.write(redact(`${text}\n`));
  const err = (text: string) => process.stderr.write(redact(`${text}\n`));

  let files: Awaited<ReturnType<typeof readExportFolder>>;
  try {
    files = await readExportFolder(values.dir);
  } catch (error) {
    if (error instanceof ExportFolderError) throw new UsageError(`vigie publish : ${redact(error.message)}`);
    throw error;
  }

  const client = createUdataClient({
    apiUrl,
    apiKey,
    onRetry: ({ delayMs, reason }) =>
      err(`  ${reason} : nouvel essai dans ${(delayMs / 1000).toFixed(1).replace('.', ',')} s`),
  });
  const context: ErrorContext = {
    apiUrl,
    datasetId: values.dataset ?? null,
    organization: values.organization ?? null,
    stage: 'read',
    fileName: null,
    fileSizeBytes: null,
  };
  const fail = (error: unknown, at: Partial<ErrorContext>) => {
    err(`vigie publish : ${explainError(error, { ...context, ...at })}`);
  };

  let dataset: UdataDataset | null = null;
  let plan: PlanItem[];
  try {
    if (values.dataset !== undefined) dataset = await client.getDataset(values.dataset);
    plan = buildPlan(files, dataset?.resources ?? []);
  } catch (error) {
    fail(error, { stage: 'read' });
    err('Rien n’a été modifié sur la plateforme.');
    return EXIT.failure;
  }
  const newDataset: NewDataset = {
    title: DATASET_TITLE,
    description: DATASET_DESCRIPTION,
    // Licence Ouverte / Open Licence 2.0, the licence of French public open data (its udata id is lov2).
    license: 'lov2',
    frequency: 'monthly',
    ...(values.organization ? { organization: values.organization } : {}),
  };
  const lines = formatPlan(plan, {
    existing: dataset,
    createTitle: dataset ? null : newDataset.title,
  });
  if (values['dry-run']) {
    for (const line of lines) out(line);
    out(`Simulation : aucune requête d’écriture envoyée à ${apiUrl}.`);
    return EXIT.ok;
  }
  for (const line of lines) err(line);

  const outcome = await applyPlan(
    client,
    dataset ? { datasetId: dataset.id } : { create: newDataset },
    plan,
    (step) => err(formatStep(step)),
  );
  if (outcome.failure) {
    const failedFile = plan.find((item) => item.file.fileName === outcome.failure?.fileName)?.file;
    fail(outcome.failure.error, {
      stage: outcome.failure.stage,
      datasetId: outcome.dataset?.id ?? context.datasetId,
      fileName: failedFile?.fileName ?? null,
      fileSizeBytes: failedFile?.sizeBytes ?? null,
    });
    const wroteSomething = outcome.dataset?.created || outcome.steps.some((step) => step.fileSent);
    if (!wroteSomething) {
      err('Rien n’a été modifié sur la plateforme.');
      return EXIT.failure;
    }
    for (const line of formatPartialOutcome(outcome)) err(line);
    if (outcome.dataset?.page || dataset?.page)
      out(`Jeu de données (publication partielle) : ${outcome.dataset?.page ?? dataset?.page}`);
    return EXIT.partial;
  }
  out(`Jeu de données publié : ${outcome.dataset?.page ?? dataset?.page ?? ''}`);
  return EXIT.ok;
}

/** The key from --api-key-file (first line, trimmed) or VIGIE_DATAGOUV_API_KEY; checked as a header value. */
async function readApiKey(keyFile: string | undefined): Promise<string | undefined> {
  let key: string | undefined;
  if (keyFile !== undefined) {
    try {
      key = (await readFile(keyFile, 'utf8')).split(/\r?\n/)[0]?.trim();
    } catch {
      throw new UsageError(`vigie publish : --api-key-file : fichier « ${keyFile} » illisible`);
    }
    if (!key) throw new UsageError(`vigie publish : --api-key-file : le fichier « ${keyFile} » est vide`);
  } else {
    key = readEnvironment().datagouvApiKey?.trim() || undefined;
  }
  // fetch would reject a header value with control or non-ASCII characters, quoting it in its error.
  if (key !== undefined && !/^[\x21-\x7e]+$/.test(key))
    throw new UsageError(
      'vigie publish : la clé d’API contient des caractères invalides (espaces, accents ou caractères de contrôle)',
    );
  return key;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      dir: { type: 'string' },
      dataset: { type: 'string' },
      create: { type: 'boolean' },
      organization: { type: 'string' },
      'api-url': { type: 'string' },
      'api-key-file': { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
