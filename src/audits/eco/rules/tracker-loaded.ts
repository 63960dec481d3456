// Trackers loaded before any choice (RGESN 4.4): a visit never touches a consent banner, so every request to an
// audience-measurement, advertising or tracking host was made before the user could decide.

import { defineEcoRule, type EcoTarget, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { bytesFr, hostOf, pageTarget, sentRequests } from '../inputs.js';
import { trackerOf } from '../trackers.js';

interface HostTarget extends EcoTarget {
  tracker: string | null;
  requests: number;
  bytes: number;
}

export default defineEcoRule<HostTarget, 'network'>({
  id: 'tracker-loaded',
  version: 1,
  title: 'Service de suivi chargé sans action de l’utilisateur',
  description:
    'Une cible par hôte tiers contacté (la page elle-même quand il n’y en a aucun) : il échoue quand il appartient à un service de mesure d’audience, de publicité ou de suivi connu (liste dans src/audits/eco/trackers.ts : Google Analytics et Tag Manager, DoubleClick, Meta, Hotjar, Clarity, AT Internet, Criteo, etc.). La visite n’agit sur aucun bandeau de consentement : ces requêtes ont été faites avant tout choix (RGESN 4.4). Une mesure d’audience exemptée de consentement par la CNIL, servie par un hôte tiers de la liste, échoue aussi : sa charge reste. Économie estimée : les requêtes et octets de cet hôte.',
  rgesn: ['4.4'],
  practices: [],
  requires: ['network'],
  applicability: (inputs) => {
    const { network } = inputs;
    const byHost = new Map<string, HostTarget>();
    for (const entry of sentRequests(network)) {
      if (!entry.thirdParty) continue;
      const host = hostOf(entry.url);
      if (!host) continue;
      const target = byHost.get(host) ?? {
        selector: host,
        snippet: '',
        resource: host,
        tracker: trackerOf(host),
        requests: 0,
        bytes: 0,
      };
      target.requests++;
      target.bytes += entry.transferBytes;
      target.snippet = `${target.requests} requête(s), ${bytesFr(target.bytes)}`;
      byHost.set(host, target);
    }
    // No third party at all: the page passes.
    return byHost.size > 0
      ? [...byHost.values()]
      : [{ ...pageTarget(inputs), tracker: null, requests: 0, bytes: 0 }];
  },
  expectation: (target) =>
    target.tracker
      ? ecoFailed(
          `Service de suivi (${target.tracker}) chargé dès l’arrivée : ne le charger qu’après le consentement, ou s’en passer.`,
          { sizeBytes: target.bytes, saving: { bytes: target.bytes, requests: target.requests } },
        )
      : ecoPassed(),
});
