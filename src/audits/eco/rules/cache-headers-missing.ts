// Static resources without a cache lifetime (RGESN 6.2, GreenIT AddExpiresOrCacheControlHeaders): a first-party
// image, style sheet, script, font or media file must allow the browser to keep it.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { NetworkEntry } from '../../../core/snapshot.js';
import { bytesFr, firstPartyStaticTargets, type ResourceTarget } from '../inputs.js';

/** Cache-Control allows keeping the response, or (without Cache-Control) Expires is after the visit. */
export function cacheable(entry: NetworkEntry, now: number): boolean {
  const control = (entry.cacheControl ?? '').toLowerCase();
  if (control) {
    if (/\b(no-store|no-cache)\b/.test(control)) return false;
    const ages = [...control.matchAll(/\b(?:s-)?max-age\s*=\s*"?(\d+)/g)].map((match) => Number(match[1]));
    if (ages.some((age) => age > 0) || /\bimmutable\b/.test(control)) return true;
    if (ages.length > 0) return false;
  }
  if (!entry.expires) return false;
  const expires = Date.parse(entry.expires);
  // A malformed Expires means "already expired" (RFC 9111 §5.3).
  return Number.isFinite(expires) && expires > now;
}

export default defineEcoRule<ResourceTarget, 'network' | 'page'>({
  id: 'cache-headers-missing',
  version: 1,
  title: 'Ressource statique sans durée de mise en cache',
  description:
    'Chaque ressource statique du site lui-même (image, feuille de style, script, police, média, manifeste, PDF) doit porter un Cache-Control avec max-age (ou s-maxage) positif ou immutable, sans no-store ni no-cache, ou à défaut un Expires postérieur à la visite. Les ressources tierces ne sont pas jugées (RGESN 6.2 : contenus dont le service a le contrôle). Économie estimée : tout le poids transféré, à chaque vue suivante.',
  rgesn: ['6.2'],
  practices: ['AddExpiresOrCacheControlHeaders'],
  requires: ['network', 'page'],
  applicability: ({ network }) => firstPartyStaticTargets(network),
  expectation: ({ entry }, { page }) => {
    if (cacheable(entry, Date.parse(page.startedAt))) return ecoPassed();
    const header = entry.cacheControl ? `Cache-Control « ${entry.cacheControl} »` : 'aucun Cache-Control';
    return ecoFailed(
      `${header} : fixer une durée de cache (Cache-Control: max-age) pour ne pas retélécharger ${bytesFr(entry.transferBytes)} à chaque vue.`,
      { sizeBytes: entry.transferBytes, saving: { bytes: entry.transferBytes, requests: 1 } },
    );
  },
});
