// Records a page's network activity from the Chrome DevTools Protocol: one entry per request and per redirect
// hop, with bytes on the wire (headers included, as sent), decoded bytes, compression and cache headers.

import type { CDPSession } from 'playwright-core';
import { getDomain } from 'tldts';
import type { NetworkEntry } from '../../core/snapshot.js';

type Headers = Record<string, string>;

interface CdpResponse {
  url: string;
  status: number;
  mimeType: string;
  protocol?: string;
  headers: Headers;
  encodedDataLength: number;
}

interface Pending {
  entry: Omit<NetworkEntry, 'thirdParty'>;
  frameId: string | undefined;
  decoded: number;
  encoded: number;
}

/** A response header by name, as sent (never parsed here); null when absent or when there are no headers. */
function header(headers: Headers | undefined, name: string): string | null {
  for (const [key, value] of Object.entries(headers ?? {}))
    if (key.toLowerCase() === name) return typeof value === 'string' ? value : String(value);
  return null;
}

function isFaviconUrl(url: string): boolean {
  try {
    return new URL(url).pathname === '/favicon.ico';
  } catch {
    return false;
  }
}

function isHttp(url: string): boolean {
  return url.startsWith('http://') || url.startsWith('https://');
}

/** Registrable domain (eTLD+1) of a URL, or its host for IP addresses and unknown suffixes. */
export function siteOf(url: string): string {
  try {
    const host = new URL(url).hostname;
    return getDomain(host, { allowPrivateDomains: true }) ?? host;
  } catch {
    return url;
  }
}

export interface NetworkRecorder {
  /** Requests started and not yet finished or failed. */
  inFlight(): number;
  /** Time (ms, performance.now) of the last request start or end. */
  lastActivity(): number;
  /** Decoded bytes received so far for the main document. */
  documentBytes(): number;
  /** Freezes the log: later events are ignored (axe's own fetches must not count). */
  freeze(): void;
  /** Removes the listeners from the tab's DevTools session (the tab outlives the visit). */
  stop(): void;
  entries(firstPartyUrl: string): NetworkEntry[];
  /** Origins of the documents loaded (main frame and frames), to clear their storage afterwards. */
  documentOrigins(): string[];
  /** Chromium's error text when the main document request failed (e.g. net::ERR_CONTENT_DECODING_FAILED). */
  mainFailure(): string | null;
  /** Redirect hops of the main document, in order. */
  mainRedirects(): { url: string; status: number }[];
  mainResponse(): { url: string; status: number; mimeType: string; headers: Headers } | null;
}

export function recordNetwork(cdp: CDPSession, mainFrameId: string): NetworkRecorder {
  const listeners: [string, (event: unknown) => void][] = [];
  const on = (name: string, listener: (event: unknown) => void): void => {
    listeners.push([name, listener]);
    (cdp as unknown as { on(name: string, listener: (event: unknown) => void): void }).on(name, listener);
  };
  const pending = new Map<string, Pending>();
  const done: Pending[] = [];
  const origins = new Set<string>();
  const redirects: { url: string; status: number }[] = [];
  let mainRequestId: string | null = null;
  let mainDecoded = 0;
  let mainFailed: string | null = null;
  let main: { url: string; status: number; mimeType: string; headers: Headers } | null = null;
  let last = performance.now();
  let frozen = false;
  let t0: number | null = null;
  const rel = (timestamp: number): number => {
    t0 ??= timestamp;
    return Math.round((timestamp - t0) * 1000);
  };

  const finish = (item: Pending, endMs: number, failed: string | null, encodedTotal?: number): void => {
    item.entry.endMs = endMs;
    item.entry.failed = failed;
    item.entry.bodyBytes = item.decoded;
    item.entry.transferBytes = encodedTotal ?? item.encoded;
    done.push(item);
  };

  on('Network.requestWillBeSent', (event) => {
    if (frozen) return;
    last = performance.now();
    const { requestId, request, type, frameId, redirectResponse, timestamp } = event as {
      requestId: string;
      request: { url: string; method: string };
      type?: string;
      frameId?: string;
      redirectResponse?: CdpResponse;
      timestamp: number;
    };
    const previous = pending.get(requestId);
    if (previous && redirectResponse) {
      // The same request id continues after a redirect: close the hop as its own entry.
      previous.entry.status = redirectResponse.status;
      previous.entry.redirect = true;
      fillResponse(previous, redirectResponse);
      // Chromium does not read a redirect's body: the hop is its headers.
      previous.entry.headerBytes = redirectResponse.encodedDataLength;
      finish(previous, rel(timestamp), null, redirectResponse.encodedDataLength);
      if (requestId === mainRequestId)
        redirects.push({ url: previous.entry.url, status: redirectResponse.status });
      pending.delete(requestId);
    }
    if (type === 'Document' && frameId === mainFrameId && !previous) {
      // A new navigation of the main frame: after the first, the previous document redirected on the client
      // side (meta refresh or script), which is a hop of the chain too.
      if (mainRequestId !== null && main) redirects.push({ url: main.url, status: main.status });
      mainRequestId = requestId;
      main = null;
      mainDecoded = 0;
      mainFailed = null;
    }
    if (type === 'Document' && isHttp(request.url)) origins.add(new URL(request.url).origin);
    pending.set(requestId, {
      entry: {
        url: request.url,
        type: type ?? 'Other',
        method: request.method,
        status: 0,
        mimeType: null,
        protocol: null,
        transferBytes: 0,
        headerBytes: 0,
        bodyBytes: 0,
        contentEncoding: null,
        cacheControl: null,
        expires: null,
        etag: null,
        lastModified: null,
        redirect: false,
        fromCache: false,
        browserFavicon: (type ?? 'Other') === 'Other' && isFaviconUrl(request.url),
        failed: null,
        startMs: rel(timestamp),
        endMs: null,
      },
      frameId,
      decoded: 0,
      encoded: 0,
    });
  });

  function fillResponse(item: Pending, response: CdpResponse): void {
    const { entry } = item;
    entry.status = response.status;
    entry.mimeType = response.mimeType || null;
    entry.protocol = response.protocol ?? null;
    entry.contentEncoding = header(response.headers, 'content-encoding');
    entry.cacheControl = header(response.headers, 'cache-control');
    entry.expires = header(response.headers, 'expires');
    entry.etag = header(response.headers, 'etag');
    entry.lastModified = header(response.headers, 'last-modified');
  }

  on('Network.responseReceived', (event) => {
    if (frozen) return;
    const { requestId, response } = event as { requestId: string; response: CdpResponse };
    const item = pending.get(requestId);
    if (!item) return;
    fillResponse(item, response);
    // What arrived before the body: the response headers (HTTP/1.1 text, or HPACK/QPACK-compressed frames).
    item.entry.headerBytes = Number.isFinite(response.encodedDataLength) ? response.encodedDataLength : 0;
    if (requestId === mainRequestId) {
      main = {
        url: response.url,
        status: response.status,
        mimeType: response.mimeType,
        headers: response.headers,
      };
    }
  });

  // Blink's memory cache served it (the same picture in a frame, say): no HTTP request went out.
  on('Network.requestServedFromCache', (event) => {
    if (frozen) return;
    const item = pending.get((event as { requestId: string }).requestId);
    if (item) item.entry.fromCache = true;
  });

  on('Network.dataReceived', (event) => {
    if (frozen) return;
    const { requestId, dataLength, encodedDataLength } = event as {
      requestId: string;
      dataLength: number;
      encodedDataLength: number;
    };
    const item = pending.get(requestId);
    if (!item) return;
    item.decoded += dataLength;
    item.encoded += encodedDataLength;
    if (requestId === mainRequestId) mainDecoded += dataLength;
  });

  on('Network.loadingFinished', (event) => {
    if (frozen) return;
    last = performance.now();
    const { requestId, encodedDataLength, timestamp } = event as {
      requestId: string;
      encodedDataLength: number;
      timestamp: number;
    };
    const item = pending.get(requestId);
    if (!item) return;
    pending.delete(requestId);
    finish(item, rel(timestamp), null, encodedDataLength);
  });

  on('Network.loadingFailed', (event) => {
    if (frozen) return;
    last = performance.now();
    const { requestId, errorText, canceled, timestamp } = event as {
      requestId: string;
      errorText: string;
      canceled?: boolean;
      timestamp: number;
    };
    if (requestId === mainRequestId && !canceled) mainFailed = errorText;
    const item = pending.get(requestId);
    if (!item) return;
    pending.delete(requestId);
    finish(item, rel(timestamp), canceled ? `canceled: ${errorText}` : errorText);
  });

  return {
    inFlight: () => (frozen ? 0 : [...pending.values()].filter((item) => isHttp(item.entry.url)).length),
    lastActivity: () => last,
    documentBytes: () => mainDecoded,
    freeze: () => {
      frozen = true;
    },
    stop: () => {
      frozen = true;
      for (const [name, listener] of listeners) {
        (cdp as unknown as { off(name: string, listener: (event: unknown) => void): void }).off(
          name,
          listener,
        );
      }
    },
    entries: (firstPartyUrl) => {
      const firstParty = siteOf(firstPartyUrl);
      const all = [...done, ...pending.values()].sort((a, b) => a.entry.startMs - b.entry.startMs);
      return all
        .filter((item) => isHttp(item.entry.url))
        .map((item) => ({
          ...item.entry,
          // Requests still open when the log froze: count what arrived so far.
          bodyBytes: item.entry.endMs === null ? item.decoded : item.entry.bodyBytes,
          transferBytes: item.entry.fromCache
            ? 0
            : item.entry.endMs === null
              ? (item.entry.headerBytes ?? 0) + item.encoded
              : item.entry.transferBytes,
          headerBytes: item.entry.fromCache
            ? 0
            : item.entry.endMs === null
              ? (item.entry.headerBytes ?? 0)
              : Math.min(item.entry.headerBytes ?? 0, item.entry.transferBytes),
          thirdParty: siteOf(item.entry.url) !== firstParty,
        }));
    },
    documentOrigins: () => [...origins],
    mainFailure: () => mainFailed,
    mainRedirects: () => [...redirects],
    mainResponse: () => main,
  };
}
