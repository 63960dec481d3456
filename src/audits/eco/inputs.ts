// Shared readings of the eco inputs for the eco rules: which requests were sent, which resources are static or
// textual, the image format of a response, resource targets, the page target, hosts and French byte counts. Pure.

import type { EcoInputs, EcoTarget } from '../../core/eco-rule.js';
import type { NetworkEntry } from '../../core/snapshot.js';

/** A target that is one response of the network log. */
export interface ResourceTarget extends EcoTarget {
  resource: string;
  entry: NetworkEntry;
}

export function resourceTarget(entry: NetworkEntry): ResourceTarget {
  const url = entry.url.length > 250 ? `${entry.url.slice(0, 249)}…` : entry.url;
  return {
    selector: url,
    snippet: `${entry.type} ${entry.status || '—'} ${entry.mimeType ?? ''}`.trim(),
    resource: entry.url,
    entry,
  };
}

/** The page-level target: the `<html>` element when the eco facts have it. */
export function pageTarget(inputs: EcoInputs): EcoTarget {
  return inputs.eco?.root ?? { selector: 'html', snippet: '<html>' };
}

/** Requests really sent, as the EcoIndex counts them (memory-cache hits and the browser's favicon left out). */
export function sentRequests(network: readonly NetworkEntry[]): NetworkEntry[] {
  return network.filter((entry) => !entry.fromCache && !entry.browserFavicon);
}

/** A complete response with a body: 2xx, not a redirect hop, not failed. */
export function isBodyResponse(entry: NetworkEntry): boolean {
  return entry.status >= 200 && entry.status < 300 && !entry.redirect && entry.failed === null;
}

const STATIC_TYPES = new Set(['Image', 'Stylesheet', 'Script', 'Font', 'Media', 'Manifest']);
const STATIC_MIME =
  /^(image|audio|video|font)\/|javascript|ecmascript|^text\/css|manifest|^application\/(pdf|zip|octet-stream|(x-)?font)/i;

/** Images, style sheets, scripts, fonts, media, manifests, PDF and archives (GreenIT-Analysis's list). */
export function isStatic(entry: NetworkEntry): boolean {
  return STATIC_TYPES.has(entry.type) || STATIC_MIME.test(entry.mimeType ?? '');
}

const TEXT_MIME =
  /^text\/|javascript|ecmascript|json|xml|svg|^application\/(x-)?(font-ttf|font-otf|vnd\.ms-fontobject)|^font\/(ttf|otf)|manifest|image\/(x-icon|vnd\.microsoft\.icon|bmp)/i;

/** A response compression shrinks: text, scripts, JSON, XML, SVG, TTF/OTF/EOT fonts, icons, BMP. */
export function isCompressible(entry: NetworkEntry): boolean {
  return TEXT_MIME.test(entry.mimeType ?? '');
}

export type ImageFormat =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'bmp'
  | 'tiff'
  | 'webp'
  | 'avif'
  | 'jxl'
  | 'svg'
  | 'ico'
  | 'other';

export function imageFormat(entry: NetworkEntry): ImageFormat | null {
  const mime = (entry.mimeType ?? '').toLowerCase();
  const fromMime = /^image\/(x-)?([a-z0-9.+-]+)/.exec(mime)?.[2];
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(entry.url)?.[1]?.toLowerCase();
  const name = fromMime ?? (entry.type === 'Image' ? ext : undefined);
  if (!name) return null;
  if (/^(jpe?g|pjpeg)$/.test(name)) return 'jpeg';
  if (name === 'png' || name === 'apng') return 'png';
  if (name === 'gif') return 'gif';
  if (/^(bmp|ms-bmp)$/.test(name)) return 'bmp';
  if (/^tiff?$/.test(name)) return 'tiff';
  if (name === 'webp' || name === 'avif' || name === 'jxl') return name;
  if (name.startsWith('svg')) return 'svg';
  if (/icon|^ico$/.test(name)) return 'ico';
  return 'other';
}

export const RASTER_FORMATS: ReadonlySet<ImageFormat> = new Set([
  'jpeg',
  'png',
  'gif',
  'bmp',
  'tiff',
  'webp',
  'avif',
  'jxl',
]);

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * A loopback or private host (localhost, 127/8, 10/8, 172.16/12, 192.168/16, ::1, fc00::/7): a local copy
 * or test server, whose protocol and TLS say nothing of the production site.
 */
export function isLocalHost(url: string): boolean {
  const host = hostOf(url).replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    host === '::1' ||
    /^f[cd][0-9a-f]{2}:/i.test(host)
  );
}

/** Responses by URL (the last complete one when a URL was fetched several times). */
export function responsesByUrl(network: readonly NetworkEntry[]): Map<string, NetworkEntry> {
  const map = new Map<string, NetworkEntry>();
  for (const entry of network) if (isBodyResponse(entry)) map.set(entry.url, entry);
  return map;
}

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** `12,3 ko`, `1,2 Mo`, `830 o`. */
export function bytesFr(bytes: number): string {
  if (bytes >= 1_000_000) return `${number.format(bytes / 1_000_000)} Mo`;
  if (bytes >= 1_000) return `${number.format(bytes / 1_000)} ko`;
  return `${Math.round(bytes)} o`;
}

/** The site's own static files that came with a body (not the documents): what cache and cookie rules judge. */
export function firstPartyStaticTargets(network: readonly NetworkEntry[]): ResourceTarget[] {
  return sentRequests(network)
    .filter(
      (entry) => isBodyResponse(entry) && !entry.thirdParty && isStatic(entry) && entry.type !== 'Document',
    )
    .map(resourceTarget);
}
