// A small client of the udata API v1 (data.gouv.fr, demo.data.gouv.fr or any udata): read a dataset, create
// one, upload a file as a new resource, replace the file of a resource keeping its id, update a resource's
// metadata. It retries 429 and 5xx answers with a bounded exponential backoff that honours Retry-After, and
// turns every failure into a UdataError; the API key is only ever put in the X-API-KEY header.
//
// Endpoints, as implemented in udata (opendatateam/udata, udata/core/dataset/api.py and api_fields.py) and
// documented in https://guides.data.gouv.fr/guide-data.gouv.fr/api/gerer-un-jeu-de-donnees-par-lapi :
//   GET  /datasets/{id}/                          dataset_fields: id, title, page, resources[] (id, title, url,
//                                                 latest, format, type, filetype, schema…)
//   POST /datasets/                               JSON {title, description, organization?, …} → 201 dataset
//   POST /datasets/{id}/upload/                   multipart field `file` → 201 new resource (title = file name)
//   POST /datasets/{id}/resources/{rid}/upload/   multipart field `file` → same resource, new file, same id
//   PUT  /datasets/{id}/resources/{rid}/          JSON {title, description, format, type, filetype, schema}
// Resource `schema` is udata's Schema embedded document {name, version, url}: a schema outside the
// schema.data.gouv.fr catalogue is given by its `url` (name and version optional) — udata models.py Schema.
// 423 is udata's READ_ONLY_MODE answer to creation endpoints (opendatateam/udata#2565).

import { openAsBlob } from 'node:fs';
import { userAgentSuffix } from '../config/config.js';

export interface UdataSchemaRef {
  url?: string;
  name?: string;
  version?: string;
}

export interface UdataResource {
  id: string;
  title: string;
  description?: string | null;
  format?: string | null;
  type?: string | null;
  filetype?: string | null;
  url: string;
  /** Permanent URL redirecting to the latest file of the resource (stable across file replacements). */
  latest?: string | null;
  schema?: UdataSchemaRef | null;
  filesize?: number | null;
}

export interface UdataDataset {
  id: string;
  title: string;
  /** The dataset's web page. */
  page: string;
  resources: UdataResource[];
}

export interface ResourceMetadata {
  title: string;
  description: string;
  format: string;
  /** udata resource type: main, documentation, update, api, code, other. */
  type: string;
  /** Sent only when defined; an absent key leaves the resource's schema as it is. */
  schema?: UdataSchemaRef;
}

export interface NewDataset {
  title: string;
  description: string;
  organization?: string;
  license?: string;
  frequency?: string;
}

export type UdataErrorKind =
  | 'auth'
  | 'not-found'
  | 'gone'
  | 'too-large'
  | 'frozen'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'invalid-answer'
  | 'http';

/** A failed API call. `detail` is the server's own message (truncated), never request headers. */
export class UdataError extends Error {
  constructor(
    readonly kind: UdataErrorKind,
    readonly status: number | null,
    readonly detail: string,
    readonly attempts: number,
  ) {
    super(`udata ${kind}${status === null ? '' : ` ${status}`}: ${detail}`);
    this.name = 'UdataError';
  }
}

export interface RetryInfo {
  attempt: number;
  delayMs: number;
  reason: string;
}

export interface UdataClientOptions {
  /** API base, e.g. https://www.data.gouv.fr/api/1 (no trailing slash needed). */
  apiUrl: string;
  apiKey?: string;
  /** Attempts per request for 429, 5xx and transient network errors (default 4). */
  maxAttempts?: number;
  /** First backoff delay, doubled at each retry (default 1 s). */
  baseDelayMs?: number;
  /** Longest wait between two attempts, Retry-After included; a longer Retry-After fails at once (default 60 s). */
  maxDelayMs?: number;
  jsonTimeoutMs?: number;
  uploadTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: RetryInfo) => void;
}

export interface UdataClient {
  readonly apiUrl: string;
  getDataset(id: string): Promise<UdataDataset>;
  createDataset(dataset: NewDataset): Promise<UdataDataset>;
  uploadNewResource(datasetId: string, filePath: string, fileName: string): Promise<UdataResource>;
  replaceResourceFile(
    datasetId: string,
    resourceId: string,
    filePath: string,
    fileName: string,
  ): Promise<UdataResource>;
  updateResource(datasetId: string, resourceId: string, metadata: ResourceMetadata): Promise<UdataResource>;
}

const NOT_RETRYABLE_NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

export function createUdataClient(options: UdataClientOptions): UdataClient {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const maxAttempts = options.maxAttempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function request<T>(
    method: string,
    path: string,
    body: (() => Promise<BodyInit>) | null,
    timeoutMs: number,
    isJson: boolean,
  ): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': userAgentSuffix(),
    };
    if (options.apiKey) headers['X-API-KEY'] = options.apiKey;
    if (isJson) headers['Content-Type'] = 'application/json';
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetchSameOrigin(`${apiUrl}${path}`, {
          method,
          headers,
          body: body ? await body() : undefined,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        if (error instanceof UdataError) throw error;
        const { code, text } = describeNetworkError(error);
        if (NOT_RETRYABLE_NETWORK.has(code) || attempt >= maxAttempts)
          throw new UdataError('network', null, text, attempt);
        const delayMs = Math.min(baseDelayMs * 2 ** (attempt - 1), maxDelayMs);
        options.onRetry?.({ attempt, delayMs, reason: text });
        await sleep(delayMs);
        continue;
      }
      if (response.ok) {
        try {
          return (await response.json()) as T;
        } catch {
          throw new UdataError('invalid-answer', response.status, 'réponse JSON illisible', attempt);
        }
      }
      const detail = await readDetail(response);
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable || attempt >= maxAttempts)
        throw new UdataError(kindOf(response.status), response.status, detail, attempt);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      if (retryAfterMs !== null && retryAfterMs > maxDelayMs)
        throw new UdataError(
          kindOf(response.status),
          response.status,
          `${detail} (nouvel essai demandé dans ${Math.ceil(retryAfterMs / 1000)} s)`,
          attempt,
        );
      const delayMs = retryAfterMs ?? Math.min(baseDelayMs * 2 ** (attempt - 1), maxDelayMs);
      options.onRetry?.({ attempt, delayMs, reason: `HTTP ${response.status}` });
      await sleep(delayMs);
    }
  }

  const jsonTimeoutMs = options.jsonTimeoutMs ?? 60_000;
  const uploadTimeoutMs = options.uploadTimeoutMs ?? 30 * 60_000;
  const json = (value: unknown) => async () => JSON.stringify(value);
  // A new FormData per attempt; openAsBlob streams the file from disk instead of loading it in memory.
  const multipart = (filePath: string, fileName: string) => async () => {
    const form = new FormData();
    form.append('file', await openAsBlob(filePath), fileName);
    return form;
  };
  const segment = encodeURIComponent;

  return {
    apiUrl,
    getDataset: async (id) =>
      checkDataset(await request<unknown>('GET', `/datasets/${segment(id)}/`, null, jsonTimeoutMs, false)),
    createDataset: async (dataset) =>
      checkDataset(await request<unknown>('POST', '/datasets/', json(dataset), jsonTimeoutMs, true)),
    uploadNewResource: async (datasetId, filePath, fileName) =>
      checkResource(
        await request<unknown>(
          'POST',
          `/datasets/${segment(datasetId)}/upload/`,
          multipart(filePath, fileName),
          uploadTimeoutMs,
          false,
        ),
      ),
    replaceResourceFile: async (datasetId, resourceId, filePath, fileName) =>
      checkResource(
        await request<unknown>(
          'POST',
          `/datasets/${segment(datasetId)}/resources/${segment(resourceId)}/upload/`,
          multipart(filePath, fileName),
          uploadTimeoutMs,
          false,
        ),
      ),
    updateResource: async (datasetId, resourceId, metadata) =>
      checkResource(
        await request<unknown>(
          'PUT',
          `/datasets/${segment(datasetId)}/resources/${segment(resourceId)}/`,
          // filetype is sent unchanged ("file"): udata refuses to change it after creation.
          json({ ...metadata, filetype: 'file' }),
          jsonTimeoutMs,
          true,
        ),
      ),
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * fetch that follows redirects only within the API's origin: fetch keeps custom headers such as X-API-KEY
 * on a cross-origin redirect (it only strips Authorization), so the key would go to another host.
 */
async function fetchSameOrigin(url: string, init: RequestInit): Promise<Response> {
  const origin = new URL(url).origin;
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, { ...init, redirect: 'manual' });
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || !location) return response;
    const next = new URL(location, current);
    if (next.origin !== origin || hop >= 5)
      throw new UdataError(
        'http',
        response.status,
        `redirection vers ${next.origin} non suivie : la clé d'API n'est envoyée qu'à ${origin}`,
        1,
      );
    // A redirected write is only replayed when the status keeps the method and body (307, 308).
    if (init.method !== 'GET' && response.status !== 307 && response.status !== 308)
      throw new UdataError(
        'http',
        response.status,
        `redirection de ${init.method} vers ${next.href} non suivie`,
        1,
      );
    await response.body?.cancel();
    current = next.href;
  }
}

function kindOf(status: number): UdataErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 410) return 'gone';
  if (status === 413) return 'too-large';
  if (status === 423) return 'frozen';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'http';
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

async function readDetail(response: Response): Promise<string> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    return `HTTP ${response.status}`;
  }
  try {
    const parsed = JSON.parse(text) as { message?: unknown; errors?: unknown };
    if (typeof parsed.message === 'string') text = parsed.message;
    if (parsed.errors) text += ` ${JSON.stringify(parsed.errors)}`;
  } catch {
    // not JSON: keep the text
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text === '' ? `HTTP ${response.status}` : text.slice(0, 300);
}

function describeNetworkError(error: unknown): { code: string; text: string } {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return { code: 'TIMEOUT', text: 'délai de réponse dépassé' };
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? 'UNKNOWN';
  return {
    code,
    text: cause?.code ? `${cause.code}` : error instanceof Error ? error.message : String(error),
  };
}

function checkDataset(value: unknown): UdataDataset {
  const dataset = value as Partial<UdataDataset> | null;
  if (!dataset || typeof dataset.id !== 'string' || !Array.isArray(dataset.resources ?? []))
    throw new UdataError('invalid-answer', null, 'la réponse ne décrit pas un jeu de données', 1);
  return {
    id: dataset.id,
    title: String(dataset.title ?? ''),
    page: String(dataset.page ?? ''),
    resources: (dataset.resources ?? []).map(checkResource),
  };
}

function checkResource(value: unknown): UdataResource {
  const resource = value as Partial<UdataResource> | null;
  if (!resource || typeof resource.id !== 'string')
    throw new UdataError('invalid-answer', null, 'la réponse ne décrit pas une ressource', 1);
  return {
    ...resource,
    id: resource.id,
    title: String(resource.title ?? ''),
    url: String(resource.url ?? ''),
  };
}
