// A page's weight split: requests and bytes on the wire by resource kind, and what goes to third parties
// (registrable domains other than the page's). Pure, over the network entries the EcoIndex counts.

import { getDomain } from 'tldts';
import { type EcoWeight, RESOURCE_KINDS, type ResourceKind } from '../../core/result.js';
import type { NetworkEntry } from '../../core/snapshot.js';

const KIND_OF: Record<string, ResourceKind> = {
  Document: 'document',
  Script: 'script',
  Stylesheet: 'stylesheet',
  Image: 'image',
  Font: 'font',
  Media: 'media',
  TextTrack: 'media',
  XHR: 'xhr',
  Fetch: 'xhr',
  EventSource: 'xhr',
  WebSocket: 'xhr',
};

/** Chromium resource type → kind of the split (`Other`, `Ping`, `Manifest`, `Prefetch`… → other). */
export function resourceKind(chromiumType: string): ResourceKind {
  return KIND_OF[chromiumType] ?? 'other';
}

/** Registrable domain (eTLD+1) of a URL, its host for IP addresses and unknown suffixes, null if unparsable. */
export function registrableDomain(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return getDomain(host, { allowPrivateDomains: true }) ?? host;
  } catch {
    return null;
  }
}

const share = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

/** The split over counted entries (the caller leaves out memory-cache hits and the browser's favicon). */
export function weightSplit(counted: readonly NetworkEntry[]): EcoWeight {
  const byType = Object.fromEntries(
    RESOURCE_KINDS.map((kind) => [kind, { requests: 0, bytes: 0 }]),
  ) as Record<ResourceKind, { requests: number; bytes: number }>;
  const third = { requests: 0, bytes: 0 };
  const domains = new Set<string>();
  let totalBytes = 0;
  for (const entry of counted) {
    const bytes = Number.isFinite(entry.transferBytes) ? Math.max(0, entry.transferBytes) : 0;
    const bucket = byType[resourceKind(entry.type)];
    bucket.requests++;
    bucket.bytes += bytes;
    totalBytes += bytes;
    if (entry.thirdParty) {
      third.requests++;
      third.bytes += bytes;
      const domain = registrableDomain(entry.url);
      if (domain) domains.add(domain);
    }
  }
  return {
    byType,
    thirdParty: {
      ...third,
      requestShare: share(third.requests, counted.length),
      byteShare: share(third.bytes, totalBytes),
      domains: [...domains].sort(),
    },
  };
}
