// `vigie publish` against a stand-in udata server on 127.0.0.1: creation, replacement in place, metadata,
// dry run, and every failure the platform can give, each with its message and exit code.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closedPortUrl, startUdataServer, type UdataStandIn } from '../../helpers/udata-server.js';
import { allOutputs, FILES, KEY, makeExportDir, removeDir, runPublish } from './publish-fixtures.js';

let server: UdataStandIn;
let dir: string;

beforeEach(async () => {
  server = await startUdataServer(KEY);
  dir = await makeExportDir();
});
afterEach(async () => {
  await server.close();
  await removeDir(dir);
});

const api = () => ['--api-url', server.apiUrl];

describe('vigie publish --create', () => {
  it('creates the dataset, uploads every file in field `file`, sets metadata and the CSV schema', async () => {
    const run = await runPublish(['--dir', dir, '--create', '--organization', 'org-42', ...api()]);
    expect(run.code).toBe(0);
    const [dataset] = [...server.datasets.values()];
    expect(dataset).toBeDefined();
    expect(run.stdout).toBe(`Jeu de données publié : ${dataset!.page}\n`);
    expect(dataset!.organization).toBe('org-42');
    expect(dataset!.license).toBe('lov2');

    // Every request carries the key; creation first, then schema, then the CSVs in name order.
    expect(server.requests.every((r) => r.apiKey === KEY)).toBe(true);
    expect(
      server.requests.map(
        (r) => `${r.method} ${r.path.replace(dataset!.id, 'D').replace(/[0-9a-f-]{36}/, 'R')}`,
      ),
    ).toEqual([
      'POST /api/1/datasets/',
      'POST /api/1/datasets/D/upload/',
      'PUT /api/1/datasets/D/resources/R/',
      'POST /api/1/datasets/D/upload/',
      'PUT /api/1/datasets/D/resources/R/',
      'POST /api/1/datasets/D/upload/',
      'PUT /api/1/datasets/D/resources/R/',
      'POST /api/1/datasets/D/upload/',
      'PUT /api/1/datasets/D/resources/R/',
    ]);
    const uploads = server.requests.filter((r) => r.path.endsWith('/upload/'));
    for (const upload of uploads) {
      expect(upload.fields).toEqual(['file']);
      expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
      expect(upload.file!.content).toBe(FILES[upload.file!.name as keyof typeof FILES]);
    }
    expect(uploads.map((u) => u.file!.name)).toEqual([
      'schema-sites.json',
      'criteres.csv',
      'sites.csv',
      'statistiques.csv',
    ]);
    expect(server.requests[0]!.json).toMatchObject({
      title: 'Vigie — accessibilité et sobriété numérique des sites publics',
      organization: 'org-42',
      license: 'lov2',
    });

    const byFile = new Map(dataset!.resources.map((r) => [r.content, r]));
    const schema = byFile.get(FILES['schema-sites.json'])!;
    const sites = byFile.get(FILES['sites.csv'])!;
    const stats = byFile.get(FILES['statistiques.csv'])!;
    expect(schema).toMatchObject({
      title: 'Schéma des données : Résultats par site (schema-sites.json)',
      format: 'json',
      type: 'documentation',
      schema: null,
    });
    expect(sites).toMatchObject({ title: 'Résultats par site (sites.csv)', format: 'csv', type: 'main' });
    // The CSV points at the permanent address of its schema resource, with the schema's version.
    expect(sites.schema).toEqual({ url: schema.latest, version: '1.0.0' });
    expect(sites.description).toContain('Une ligne par site et par campagne.');
    expect(stats).toMatchObject({ title: 'Statistiques par campagne (statistiques.csv)', schema: null });
    const puts = server.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((p) => (p.json as { filetype: string }).filetype)).toEqual([
      'file',
      'file',
      'file',
      'file',
    ]);
    expect(puts.some((p) => 'schema' in (p.json as object))).toBe(true);
  });
});

describe('vigie publish --dataset', () => {
  it('replaces matching resources in place (ids kept), creates the others, and stays stable on a rerun', async () => {
    const seeded = server.seedDataset('ds-1', {
      'sites.csv': 'old',
      'schema-sites.json': '{}',
      'notes.txt': 'x',
    });
    const ids = new Map(seeded.resources.map((r) => [r.title, r.id]));
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', ...api()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Jeu de données publié : ${seeded.page}\n`);
    expect(run.stderr).toContain(`Remplacé : sites.csv → ressource ${ids.get('sites.csv')}`);
    expect(run.stderr).toContain('Créé : criteres.csv → ressource');

    const dataset = server.datasets.get('ds-1')!;
    expect(dataset.resources).toHaveLength(5);
    const sites = dataset.resources.find((r) => r.id === ids.get('sites.csv'))!;
    expect(sites.content).toBe(FILES['sites.csv']);
    expect(sites.title).toBe('Résultats par site (sites.csv)');
    const schema = dataset.resources.find((r) => r.id === ids.get('schema-sites.json'))!;
    expect(schema.content).toBe(FILES['schema-sites.json']);
    expect(sites.schema).toEqual({ url: schema.latest, version: '1.0.0' });
    // A resource that is not part of the export is left alone.
    expect(dataset.resources.find((r) => r.id === ids.get('notes.txt'))).toMatchObject({ content: 'x' });
    const replaceUploads = server.requests.filter(
      (r) => r.path.includes('/resources/') && r.path.endsWith('/upload/'),
    );
    expect(replaceUploads.map((r) => r.file!.name).sort()).toEqual(['schema-sites.json', 'sites.csv']);

    // Second run: every file now matches by its title; nothing is created, no id changes.
    const before = dataset.resources.map((r) => r.id);
    await writeFile(join(dir, 'sites.csv'), 'site_id,grade\n1,B\n');
    const again = await runPublish(['--dir', dir, '--dataset', 'ds-1', ...api()]);
    expect(again.code).toBe(0);
    expect(dataset.resources.map((r) => r.id)).toEqual(before);
    expect(sites.content).toBe('site_id,grade\n1,B\n');
    expect(again.stderr).not.toContain('Créé');
  });

  it('--dry-run prints the plan and sends no write request', async () => {
    const seeded = server.seedDataset('ds-1', { 'sites.csv': 'old' });
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', '--dry-run', ...api()]);
    expect(run.code).toBe(0);
    expect(server.writes()).toEqual([]);
    expect(run.stdout).toContain(`Jeu de données « Jeu existant » (ds-1) : ${seeded.page}`);
    expect(run.stdout).toMatch(
      new RegExp(
        `remplacer {2}sites\\.csv \\(22 o\\) → ressource ${seeded.resources[0]!.id} « sites\\.csv »`,
      ),
    );
    expect(run.stdout).toContain('créer      criteres.csv');
    expect(run.stdout).toContain('schéma : schema-sites.json');
    expect(run.stdout).toContain('Simulation : aucune requête d’écriture envoyée');
    expect(server.datasets.get('ds-1')!.resources[0]!.content).toBe('old');
  });

  it('--create --dry-run sends no request at all and needs no key', async () => {
    const run = await runPublish(['--dir', dir, '--create', '--dry-run', ...api()], { key: null });
    expect(run.code).toBe(0);
    expect(server.requests).toEqual([]);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('  créer'))).toHaveLength(4);
  });
});

describe('vigie publish failures', () => {
  it('wrong key: one clear message, exit 1, nothing written, key not echoed', async () => {
    server.seedDataset('ds-1', {});
    server.echoKeyInErrors = true;
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', ...api()], { key: 'mauvaise-cle-123' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("clé d'API refusée (HTTP 401) : elle est invalide ou expirée");
    expect(run.stderr).toContain('Rien n’a été modifié sur la plateforme.');
    expect(server.writes()).toEqual([]);
    expect(`${run.stdout}${run.stderr}`).not.toContain('mauvaise-cle-123');
  });

  it('403 (no rights on the dataset): exit 1, says which dataset, nothing written', async () => {
    server.seedDataset('ds-1', { 'sites.csv': 'old' });
    server.forbidden = true;
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', ...api()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("clé d'API refusée (HTTP 403)");
    expect(run.stderr).toContain('le droit de modifier le jeu de données « ds-1 »');
    expect(run.stderr).toContain('Rien n’a été modifié');
    expect(server.datasets.get('ds-1')!.resources[0]!.content).toBe('old');
  });

  it('403 on creation names the organisation', async () => {
    server.forbidden = true;
    const run = await runPublish(['--dir', dir, '--create', '--organization', 'org-9', ...api()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("créer un jeu de données dans l'organisation « org-9 »");
  });

  it('missing dataset: exit 1 with a clear message', async () => {
    const run = await runPublish(['--dir', dir, '--dataset', 'nope', ...api()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `le jeu de données « nope » est introuvable sur ${server.apiUrl} (HTTP 404)`,
    );
    expect(server.writes()).toEqual([]);
  });

  it('413 names the file, and the partial report says what was published and what was not (exit 3)', async () => {
    server.seedDataset('ds-1', { 'schema-sites.json': '{}' });
    server.maxUploadBytes = 2_000; // criteres.csv is about 3 Ko
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', ...api()]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /le fichier « criteres\.csv » \(3,\d Ko\) est trop volumineux pour la plateforme \(HTTP 413\)/,
    );
    const id = server.datasets.get('ds-1')!.resources[0]!.id;
    expect(run.stderr).toContain(
      `Publiés (fichier et métadonnées) : schema-sites.json (ressource remplacée ${id})`,
    );
    expect(run.stderr).toContain(
      'Non publiés (inchangés sur la plateforme) : criteres.csv, sites.csv, statistiques.csv',
    );
    expect(run.stdout).toContain('Jeu de données (publication partielle) :');
    expect(server.datasets.get('ds-1')!.resources).toHaveLength(1);
  });

  it('a file sent whose metadata update fails is reported as half done', async () => {
    server.seedDataset('ds-1', {});
    // The server's message is shown, with the key masked should the server ever repeat it.
    server.failNext({ method: 'PUT', status: 400, body: { message: `title too long (${KEY})` } });
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', ...api()]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('(HTTP 400) : title too long (***)');
    expect(run.stderr).toMatch(
      /Fichier envoyé mais métadonnées non mises à jour : schema-sites\.json \(ressource créée [0-9a-f-]{36}\)/,
    );
    expect(run.stderr).toContain('Aucun fichier publié entièrement.');
  });

  it('423 (creation frozen on the platform): says so, exit 1', async () => {
    server.frozen = true;
    const run = await runPublish(['--dir', dir, '--create', ...api()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('la plateforme a gelé la création de contenus (HTTP 423');
    expect(run.stderr).toContain('le jeu de données ne peut pas être créé');
    expect(server.datasets.size).toBe(0);
  });

  it('429 with Retry-After: waits as told, then succeeds', async () => {
    server.seedDataset('ds-1', {});
    server.failNext({ method: 'POST', path: '/upload/', status: 429, retryAfter: '1' });
    const started = performance.now();
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', ...api()]);
    expect(run.code).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(run.stderr).toContain('HTTP 429 : nouvel essai dans 1,0 s');
    expect(server.requests.filter((r) => r.path.endsWith('/upload/'))).toHaveLength(5);
    expect(server.datasets.get('ds-1')!.resources).toHaveLength(4);
  });

  it('500 once then OK: retried, published', async () => {
    server.seedDataset('ds-1', {});
    server.failNext({ method: 'PUT', status: 500 });
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', ...api()]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('HTTP 500 : nouvel essai dans 1,0 s');
    expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(5);
  });

  it('network down (closed port): clear message, exit 1', async () => {
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', '--api-url', await closedPortUrl()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/impossible de joindre 127\.0\.0\.1:\d+ \(ECONNREFUSED\) : réseau coupé/);
    expect(run.stderr).toContain('Rien n’a été modifié');
  });
});

describe('vigie publish arguments and key', () => {
  it('--help describes the command and its exit codes', async () => {
    const run = await runPublish(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Usage : vigie publish --dir DOSSIER (--dataset ID | --create [--organization ID])',
    );
    expect(run.stdout).toContain('3 publication partielle');
  });

  it('reads the key from --api-key-file', async () => {
    server.seedDataset('ds-1', {});
    const keyFile = join(dir, '..', `${dir.split('/').pop()}-key.txt`);
    await writeFile(keyFile, `${KEY}\n`);
    const run = await runPublish(['--dir', dir, '--dataset', 'ds-1', '--api-key-file', keyFile, ...api()], {
      key: null,
    });
    await removeDir(keyFile);
    expect(run.code).toBe(0);
    expect(server.requests.every((r) => r.apiKey === KEY)).toBe(true);
  });

  it.each([
    [['--dir', 'x'], 'donnez --dataset ID ou --create'],
    [['--dataset', 'd'], '--dir DOSSIER est obligatoire'],
    [['--dir', 'x', '--dataset', 'd', '--create'], 'donnez --dataset ID ou --create'],
    [['--dir', 'x', '--dataset', 'd', '--organization', 'o'], '--organization ne sert qu’avec --create'],
    [['--dir', 'x', '--create', '--api-url', 'ftp://a'], '--api-url : seules les adresses http et https'],
  ])('usage error %j', async (args, message) => {
    const run = await runPublish(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('missing key, key with a newline, empty folder: exit 2', async () => {
    const missing = await runPublish(['--dir', dir, '--create', ...api()], { key: null });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('clé d’API manquante');
    const bad = await runPublish(['--dir', dir, '--create', ...api()], { key: 'abc\ndef-secret' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('la clé d’API contient des caractères invalides');
    expect(bad.stderr).not.toContain('def-secret');
    const empty = await makeExportDir({});
    const none = await runPublish(['--dir', empty, '--create', ...api()]);
    await removeDir(empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('ne contient ni fichier CSV ni schéma');
    expect(server.requests).toEqual([]);
  });
});

afterAll(() => {
  // Across every run above — successes, retries, failures, usage errors — the key never appears.
  expect(allOutputs.length).toBeGreaterThan(20);
  for (const output of allOutputs) expect(output).not.toContain(KEY);
});
