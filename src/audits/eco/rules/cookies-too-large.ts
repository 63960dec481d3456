// Cookies too large (GreenIT MaxCookiesLength): the Cookie header goes with every request to the site.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { CookieFact } from '../../../core/facts/eco.js';
import { bytesFr, hostOf, pageTarget, sentRequests } from '../inputs.js';

const MAX_BYTES = 1024;
const GOOD_BYTES = 512;

/** Bytes of the Cookie header a request to `url` carries, from the cookies that domain- and path-match it. */
export function cookieHeaderBytes(cookies: readonly CookieFact[], url: string): number {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    return 0;
  }
  const host = hostOf(url);
  const matching = cookies.filter((cookie) => {
    const domain = cookie.domain.replace(/^\./, '');
    return (host === domain || host.endsWith(`.${domain}`)) && path.startsWith(cookie.path || '/');
  });
  // name=value pairs joined by "; ".
  return matching.length === 0
    ? 0
    : matching.reduce((sum, cookie) => sum + cookie.bytes, 0) + 2 * (matching.length - 1);
}

export default defineEcoRule({
  id: 'cookies-too-large',
  version: 1,
  title: 'Cookies trop lourds (plus de 1 024 octets)',
  description:
    'Cible : la page. Les cookies du contexte en fin de visite (HttpOnly compris) qui accompagnent une requête vers l’adresse de la page forment l’en-tête Cookie ; la page échoue au-delà de 1 024 octets (GreenIT-Analysis : A jusqu’à 512, C au-delà de 1 024). Économie estimée : l’excédent au-delà de 512 octets, multiplié par le nombre de requêtes vers ce même hôte.',
  rgesn: [],
  practices: ['MaxCookiesLength'],
  requires: ['eco', 'network', 'page'],
  applicability: (inputs) => [pageTarget(inputs)],
  expectation: (_target, { eco, network, page }) => {
    const bytes = cookieHeaderBytes(eco.cookies, page.finalUrl);
    if (bytes <= MAX_BYTES) return ecoPassed();
    const host = hostOf(page.finalUrl);
    const requests = sentRequests(network).filter((entry) => hostOf(entry.url) === host).length;
    return ecoFailed(
      `En-tête Cookie de ${bytesFr(bytes)} (au plus 1 024 o) : réduire le nombre et la taille des cookies.`,
      {
        sizeBytes: bytes,
        saving: { bytes: (bytes - GOOD_BYTES) * Math.max(1, requests) },
      },
    );
  },
});
