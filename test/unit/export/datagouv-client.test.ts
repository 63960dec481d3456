// The udata client's retry policy (bounded exponential backoff, Retry-After) and the publication plan
// (which file replaces which resource), without the command around them.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUdataClient, parseRetryAfter, UdataError } from '../../../src/export/datagouv.js';
import { buildPlan, ExportFolderError, readExportFolder } from '../../../src/export/publish-plan.js';
import { explainError } from '../../../src/export/publish-report.js';
import { startUdataServer, type UdataStandIn } from '../../helpers/udata-server.js';
import { KEY, makeExportDir, removeDir } from './publish-fixtures.js';

let server: UdataStandIn;
beforeEach(async () => {
  server = await startUdataServer(KEY);
  server.seedDataset('ds-1', { 'sites.csv': 'a' });
});
afterEach(() => server.close());

function client(delays: number[], options: { maxAttempts?: number; maxDelayMs?: number } = {}) {
  return createUdataClient({
    apiUrl: `${server.apiUrl}/`,
    apiKey: KEY,
    baseDelayMs: 100,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...options,
  });
}

describe('udata client retries', () => {
  it('backs off exponentially on 5xx, then gives up with the number of attempts', async () => {
    const delays: number[] = [];
    server.failNext({ path: '/datasets/ds-1/', status: 503, times: 10 });
    const error = await client(delays)
      .getDataset('ds-1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UdataError);
    expect(error).toMatchObject({ kind: 'server', status: 503, attempts: 4 });
    expect(delays).toEqual([100, 200, 400]);
    expect(server.requests).toHaveLength(4);
  });

  it('honours Retry-After (seconds) on 429 and succeeds on the next attempt', async () => {
    const delays: number[] = [];
    server.failNext({ status: 429, retryAfter: '3' });
    const dataset = await client(delays).getDataset('ds-1');
    expect(dataset.id).toBe('ds-1');
    expect(dataset.resources.map((r) => r.title)).toEqual(['sites.csv']);
    expect(delays).toEqual([3000]);
  });

  it('fails at once when Retry-After asks for longer than the longest wait', async () => {
    const delays: number[] = [];
    server.failNext({ status: 429, retryAfter: '3600' });
    const error = await client(delays, { maxDelayMs: 60_000 })
      .getDataset('ds-1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rate-limited', attempts: 1 });
    expect((error as UdataError).detail).toContain('nouvel essai demandé dans 3600 s');
    expect(delays).toEqual([]);
  });

  it('does not retry 4xx answers', async () => {
    const delays: number[] = [];
    const error = await client(delays)
      .getDataset('absent')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'not-found', status: 404, attempts: 1 });
    expect(delays).toEqual([]);
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('bientôt', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('sends the key in X-API-KEY only, never in the URL', async () => {
    await client([]).getDataset('ds-1');
    expect(server.requests[0]).toMatchObject({ apiKey: KEY, path: '/api/1/datasets/ds-1/' });
  });

  it('follows a redirection within the API origin (old slug → id)', async () => {
    server.redirects.set('/api/1/datasets/ancien-slug/', `${server.apiUrl}/datasets/ds-1/`);
    const dataset = await client([]).getDataset('ancien-slug');
    expect(dataset.id).toBe('ds-1');
    expect(server.requests.map((r) => [r.path, r.apiKey])).toEqual([
      ['/api/1/datasets/ancien-slug/', KEY],
      ['/api/1/datasets/ds-1/', KEY],
    ]);
  });

  it('never follows a redirection to another origin, so the key is not sent there', async () => {
    const other = await startUdataServer('autre');
    other.seedDataset('ds-1', {});
    server.redirects.set('/api/1/datasets/ds-1/', `${other.apiUrl}/datasets/ds-1/`);
    const error = await client([])
      .getDataset('ds-1')
      .catch((e: unknown) => e);
    await other.close();
    expect(error).toMatchObject({ kind: 'http', status: 301 });
    expect((error as UdataError).detail).toContain(`redirection vers ${other.origin} non suivie`);
    expect(other.requests).toEqual([]);
  });
});

describe('publication plan', () => {
  it('matches by planned title, by title equal to the file name, or by the stored file name', async () => {
    const dir = await makeExportDir({
      'sites.csv': 'x',
      'criteres.csv': 'y',
      'statistiques.csv': 'z',
      'schema-sites.json': '{"fields":[],"title":"Sites"}',
    });
    const files = await readExportFolder(dir);
    await removeDir(dir);
    expect(files.map((f) => f.fileName)).toEqual([
      'schema-sites.json',
      'criteres.csv',
      'sites.csv',
      'statistiques.csv',
    ]);
    const resource = (id: string, title: string, url = `https://static.example/${id}/autre.bin`) => ({
      id,
      title,
      url,
    });
    const plan = buildPlan(files, [
      resource('r1', 'Sites (sites.csv)'),
      resource('r2', 'criteres.csv'),
      resource('r3', 'Ancien titre', 'https://static.example/x/20250101-000000/statistiques.csv'),
      resource('r4', 'Autre chose'),
    ]);
    expect(plan.map((p) => [p.file.fileName, p.action, p.resource?.id ?? null])).toEqual([
      ['schema-sites.json', 'create', null],
      ['criteres.csv', 'replace', 'r2'],
      ['sites.csv', 'replace', 'r1'],
      ['statistiques.csv', 'replace', 'r3'],
    ]);
  });

  it('refuses an ambiguous plan (two resources for one file) before any write', async () => {
    const dir = await makeExportDir({ 'sites.csv': 'x' });
    const files = await readExportFolder(dir);
    await removeDir(dir);
    expect(() =>
      buildPlan(files, [
        { id: 'r1', title: 'sites.csv', url: '' },
        { id: 'r2', title: 'sites.csv', url: '' },
      ]),
    ).toThrow(ExportFolderError);
    expect(() =>
      buildPlan(files, [
        { id: 'r1', title: 'sites.csv', url: '' },
        { id: 'r2', title: 'sites.csv', url: '' },
      ]),
    ).toThrow(
      /sites\.csv : plusieurs ressources du jeu de données lui correspondent \(r1 « sites\.csv », r2/,
    );
  });

  it('refuses a schema file that is not a Table Schema', async () => {
    const dir = await makeExportDir({ 'schema-sites.json': '{"title":"x"}' });
    await expect(readExportFolder(dir)).rejects.toThrow("schema-sites.json : ce n'est pas un Table Schema");
    await removeDir(dir);
  });
});

describe('error messages', () => {
  const context = {
    apiUrl: 'https://www.data.gouv.fr/api/1',
    datasetId: 'ds-1',
    organization: null,
    stage: 'file' as const,
    fileName: 'sites.csv',
    fileSizeBytes: 250 * 1024 * 1024,
  };

  it('says how many attempts were made when retries ran out', () => {
    expect(explainError(new UdataError('server', 503, 'Service Unavailable', 4), context)).toBe(
      'erreur du serveur (HTTP 503) après 4 essais en envoyant « sites.csv » : Service Unavailable.',
    );
    expect(explainError(new UdataError('rate-limited', 429, 'Too Many Requests', 4), context)).toBe(
      'la plateforme limite le nombre de requêtes (HTTP 429) après 4 essais : Too Many Requests. Réessayez plus tard.',
    );
  });

  it('gives the size of a file refused as too large, and the dataset of a 410', () => {
    expect(explainError(new UdataError('too-large', 413, '', 1), context)).toContain(
      'le fichier « sites.csv » (250,0 Mo) est trop volumineux pour la plateforme (HTTP 413)',
    );
    expect(explainError(new UdataError('gone', 410, '', 1), { ...context, stage: 'read' })).toBe(
      'le jeu de données « ds-1 » a été supprimé sur la plateforme (HTTP 410).',
    );
  });
});
