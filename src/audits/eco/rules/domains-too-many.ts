// Too many hosts (GreenIT DomainsNumber, RGESN 6.7): every extra host is a DNS lookup, a connection and a TLS
// handshake, and most often a third party.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { hostOf, pageTarget, sentRequests } from '../inputs.js';

const MAX_HOSTS = 3;

export default defineEcoRule({
  id: 'domains-too-many',
  version: 1,
  title: 'Trop de domaines contactés',
  description:
    'Cible : la page. Elle échoue quand ses requêtes visent plus de 3 noms d’hôte distincts (GreenIT-Analysis : A jusqu’à 2, B à 3, C à partir de 4 ; Vigie échoue à partir de 4). Économie estimée : les requêtes vers les hôtes au-delà des 3 plus sollicités.',
  rgesn: ['6.7'],
  practices: ['DomainsNumber'],
  requires: ['network'],
  applicability: (inputs) => (sentRequests(inputs.network).length > 0 ? [pageTarget(inputs)] : []),
  expectation: (_target, { network }) => {
    const counts = new Map<string, number>();
    for (const entry of sentRequests(network)) {
      const host = hostOf(entry.url);
      if (host) counts.set(host, (counts.get(host) ?? 0) + 1);
    }
    if (counts.size <= MAX_HOSTS) return ecoPassed();
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const extra = ranked.slice(MAX_HOSTS);
    const requests = extra.reduce((sum, [, count]) => sum + count, 0);
    return ecoFailed(
      `${counts.size} domaines contactés (au plus ${MAX_HOSTS}) : regrouper les ressources, retirer les services tiers (${extra
        .slice(0, 5)
        .map(([host]) => host)
        .join(', ')}${extra.length > 5 ? '…' : ''}).`,
      { saving: { requests } },
    );
  },
});
