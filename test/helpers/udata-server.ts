// A stand-in udata API (data.gouv.fr) on 127.0.0.1 for the `vigie publish` tests: the endpoints Vigie uses,
// kept in memory, every request recorded and checked (X-API-KEY, multipart field `file`, JSON bodies), and
// switches to answer the errors a real platform gives (401, 403, 404, 413, 423, 429 with Retry-After, 5xx).

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeResource {
  id: string;
  title: string;
  description: string | null;
  format: string | null;
  type: string;
  filetype: 'file';
  url: string;
  latest: string;
  filesize: number;
  schema: { url?: string; name?: string; version?: string } | null;
  /** Test-only: the content last uploaded. */
  content: string;
}

export interface FakeDataset {
  id: string;
  title: string;
  description: string;
  organization: string | null;
  license: string | null;
  page: string;
  resources: FakeResource[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  apiKey: string | undefined;
  contentType: string | undefined;
  json?: unknown;
  /** Multipart field names in order, and the `file` part. */
  fields?: string[];
  file?: { name: string; content: string };
}

export interface ScriptedFailure {
  method?: string;
  /** Matches when the request path contains this text. */
  path?: string;
  status: number;
  /** How many matching requests get this answer (default 1). */
  times?: number;
  retryAfter?: string;
  body?: unknown;
}

export interface UdataStandIn {
  /** The API base, e.g. http://127.0.0.1:PORT/api/1 */
  apiUrl: string;
  origin: string;
  requests: RecordedRequest[];
  datasets: Map<string, FakeDataset>;
  /** Creates a dataset with resources (content given per file name) directly in the store. */
  seedDataset(id: string, files: Record<string, string>, titles?: Record<string, string>): FakeDataset;
  /** Answers the next matching requests with an error. */
  failNext(failure: ScriptedFailure): void;
  /** 403 on every write (the key is valid but has no rights on the dataset). */
  forbidden: boolean;
  /** 423 on every POST (udata's read-only mode). */
  frozen: boolean;
  /** 413 for a multipart body larger than this. */
  maxUploadBytes: number;
  /** Error bodies repeat the X-API-KEY received, to check that Vigie never prints it. */
  echoKeyInErrors: boolean;
  /** Path → Location: answered with a 301 redirection. */
  redirects: Map<string, string>;
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

export async function startUdataServer(expectedKey: string): Promise<UdataStandIn> {
  const failures: ScriptedFailure[] = [];
  let uploadCount = 0;
  const state = {} as UdataStandIn;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const resourceUrl = (dataset: FakeDataset, fileName: string) =>
    `${origin}/static/resources/${dataset.id}/${String(++uploadCount).padStart(4, '0')}/${fileName}`;
  const newResource = (dataset: FakeDataset, fileName: string, content: string): FakeResource => {
    const id = randomUUID();
    return {
      id,
      title: fileName,
      description: null,
      format: fileName.split('.').pop() ?? null,
      type: 'main',
      filetype: 'file',
      url: resourceUrl(dataset, fileName),
      latest: `${origin}/fr/datasets/r/${id}`,
      filesize: Buffer.byteLength(content),
      schema: null,
      content,
    };
  };
  const view = (dataset: FakeDataset) => ({
    id: dataset.id,
    title: dataset.title,
    slug: dataset.id,
    description: dataset.description,
    organization: dataset.organization ? { id: dataset.organization } : null,
    license: dataset.license,
    page: dataset.page,
    resources: dataset.resources.map(resourceView),
  });
  const resourceView = ({ content: _content, ...resource }: FakeResource) => resource;

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = new URL(req.url ?? '/', origin).pathname;
    const method = req.method ?? 'GET';
    const apiKey = req.headers['x-api-key'] as string | undefined;
    const contentType = req.headers['content-type'];
    const record: RecordedRequest = { method, path, apiKey, contentType };
    state.requests.push(record);
    const error = (status: number, message: string, headers?: Record<string, string>) =>
      send(
        res,
        status,
        { message: state.echoKeyInErrors ? `${message} (clé reçue : ${apiKey})` : message },
        headers,
      );

    if (contentType?.startsWith('application/json') && raw.length > 0)
      record.json = JSON.parse(raw.toString());
    if (contentType?.startsWith('multipart/form-data')) {
      if (raw.length > state.maxUploadBytes) return error(413, 'Request Entity Too Large');
      const form = await new Request(`${origin}/`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: raw,
      }).formData();
      record.fields = [...form.keys()];
      const file = form.get('file');
      if (file && typeof file !== 'string') record.file = { name: file.name, content: await file.text() };
    }

    const scripted = failures.find(
      (f) => (f.times ?? 1) > 0 && (!f.method || f.method === method) && (!f.path || path.includes(f.path)),
    );
    if (scripted) {
      scripted.times = (scripted.times ?? 1) - 1;
      const headers: Record<string, string> = scripted.retryAfter
        ? { 'retry-after': scripted.retryAfter }
        : {};
      return send(res, scripted.status, scripted.body ?? { message: `scripted ${scripted.status}` }, headers);
    }
    const redirect = state.redirects.get(path);
    if (redirect) {
      res.writeHead(301, { location: redirect });
      return res.end();
    }
    const write = method !== 'GET';
    if (apiKey !== undefined && apiKey !== expectedKey) return error(401, 'Invalid API Key');
    if (write && apiKey === undefined) return error(401, 'Unauthorized');
    if (write && state.forbidden) return error(403, 'You do not have the permission to modify that object.');
    if (method === 'POST' && state.frozen)
      return error(423, 'Due to security reasons, the creation of new content is currently disabled.');

    if (method === 'POST' && path === '/api/1/datasets/') {
      const body = record.json as Partial<FakeDataset> | undefined;
      if (!body?.title || body.description === undefined)
        return send(res, 400, { errors: { title: ['required'] } });
      const id = randomUUID().replace(/-/g, '').slice(0, 24);
      const dataset: FakeDataset = {
        id,
        title: body.title,
        description: body.description,
        organization: (body.organization as string | undefined) ?? null,
        license: (body.license as string | undefined) ?? null,
        page: `${origin}/fr/datasets/${id}/`,
        resources: [],
      };
      state.datasets.set(id, dataset);
      return send(res, 201, view(dataset));
    }
    const match = path.match(/^\/api\/1\/datasets\/([^/]+)\/(.*)$/);
    if (match) {
      const dataset = state.datasets.get(decodeURIComponent(match[1]!));
      if (!dataset) return error(404, 'Not Found');
      const rest = match[2]!;
      if (method === 'GET' && rest === '') return send(res, 200, view(dataset));
      if (method === 'POST' && rest === 'upload/') {
        if (!record.file || record.fields?.join() !== 'file') return send(res, 400, { message: 'No file' });
        const resource = newResource(dataset, record.file.name, record.file.content);
        dataset.resources.push(resource);
        return send(res, 201, { ...resourceView(resource), success: true });
      }
      const resourceMatch = rest.match(/^resources\/([^/]+)\/(upload\/)?$/);
      const resource = resourceMatch && dataset.resources.find((r) => r.id === resourceMatch[1]);
      if (resourceMatch && !resource) return error(404, 'Resource does not exist');
      if (resource && method === 'POST' && resourceMatch?.[2]) {
        if (!record.file || record.fields?.join() !== 'file') return send(res, 400, { message: 'No file' });
        // Like udata's UploadMixin: the new file resets url, size and title (the file name); the id stays.
        Object.assign(resource, {
          url: resourceUrl(dataset, record.file.name),
          title: record.file.name,
          filesize: Buffer.byteLength(record.file.content),
          content: record.file.content,
        });
        return send(res, 200, { ...resourceView(resource), success: true });
      }
      if (resource && method === 'PUT' && !resourceMatch?.[2]) {
        const body = record.json as Record<string, unknown> | undefined;
        if (!body || typeof body.title !== 'string' || body.title === '')
          return send(res, 400, { errors: { title: ['required'] } });
        if (body.filetype !== undefined && body.filetype !== resource.filetype)
          return send(res, 400, { message: 'Cannot modify filetype after creation' });
        if ('schema' in body && body.schema !== null) {
          const schema = body.schema as Record<string, unknown>;
          if (typeof schema.url !== 'string' || !URL.canParse(schema.url))
            return send(res, 400, { errors: { schema: ['url must be a URL'] } });
        }
        for (const key of ['title', 'description', 'format', 'type', 'schema'] as const)
          if (key in body) Object.assign(resource, { [key]: body[key] });
        return send(res, 200, resourceView(resource));
      }
    }
    return error(404, 'Not Found');
  }

  Object.assign(state, {
    apiUrl: `${origin}/api/1`,
    origin,
    requests: [],
    datasets: new Map(),
    forbidden: false,
    frozen: false,
    maxUploadBytes: 10 * 1024 * 1024,
    echoKeyInErrors: false,
    redirects: new Map(),
    seedDataset(id: string, files: Record<string, string>, titles: Record<string, string> = {}) {
      const dataset: FakeDataset = {
        id,
        title: 'Jeu existant',
        description: '',
        organization: null,
        license: null,
        page: `${origin}/fr/datasets/${id}/`,
        resources: [],
      };
      for (const [fileName, content] of Object.entries(files)) {
        const resource = newResource(dataset, fileName, content);
        resource.title = titles[fileName] ?? fileName;
        dataset.resources.push(resource);
      }
      state.datasets.set(id, dataset);
      return dataset;
    },
    failNext(failure: ScriptedFailure) {
      failures.push({ times: 1, ...failure });
    },
    writes() {
      return state.requests.filter((r) => r.method !== 'GET');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
  return state;
}

/** An address where nothing listens: a port opened then closed at once. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/api/1`;
}
