// Fetches a site's robots.txt and sitemaps outside the browser (plain HTTP, with the same address guard, user
// agent, time and size budgets). A robots.txt that cannot be fetched is not a disallow (RFC 9309: 4xx and
// unreachable mean allow-all; Vigie also reads 5xx that way rather than skipping a public site).

import { ALLOW_ALL, parseRobots, type RobotsPolicy } from '../core/robots.js';
import { checkTarget } from './address-guard.js';
import { parseSitemap } from './sampling.js';

export interface FetchTextOptions {
  userAgent: string;
  allowPrivateNetwork: boolean;
  timeoutMs: number;
  maxBytes: number;
}

/** GET a text resource; null on any failure (status ≥ 400, network error, blocked target, too large). */
export async function fetchText(url: string, options: FetchTextOptions): Promise<string | null> {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    if (await checkTarget(current, { allowPrivateNetwork: options.allowPrivateNetwork })) return null;
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: 'manual',
        headers: { 'user-agent': options.userAgent, accept: 'text/plain, application/xml, text/xml, */*' },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch {
      return null;
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      await response.body?.cancel().catch(() => {});
      if (!location) return null;
      current = new URL(location, current).href;
      continue;
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => {});
      return null;
    }
    return readCapped(response.body, options.maxBytes);
  }
  return null;
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function fetchRobots(
  origin: string,
  productToken: string,
  options: FetchTextOptions,
): Promise<RobotsPolicy> {
  const text = await fetchText(`${origin}/robots.txt`, {
    ...options,
    maxBytes: Math.min(options.maxBytes, 500_000),
  });
  return text === null ? ALLOW_ALL : parseRobots(text, productToken);
}

/** Page URLs listed by the site's sitemaps (robots.txt `Sitemap:` lines, else /sitemap.xml), one index level. */
export async function fetchSitemapUrls(
  origin: string,
  robots: RobotsPolicy,
  options: FetchTextOptions & { maxUrls: number; maxSitemaps: number },
): Promise<string[]> {
  const queue = robots.sitemaps.length > 0 ? [...robots.sitemaps] : [`${origin}/sitemap.xml`];
  const urls: string[] = [];
  let fetched = 0;
  while (queue.length > 0 && fetched < options.maxSitemaps && urls.length < options.maxUrls) {
    const next = queue.shift()!;
    fetched++;
    const xml = await fetchText(next, options);
    if (!xml) continue;
    const parsed = parseSitemap(xml);
    urls.push(...parsed.urls);
    queue.push(...parsed.sitemaps);
  }
  return urls.slice(0, options.maxUrls);
}
