// Origins served over HTTP/1.x (RGESN 3.3 and 6.7, GreenIT-Analysis extension UseHTTP2): HTTP/2 and HTTP/3
// multiplex the requests of a page over one connection per origin.

import { defineEcoRule, type EcoTarget, ecoCantTell, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { bytesFr, isLocalHost, sentRequests } from '../inputs.js';

interface OriginTarget extends EcoTarget {
  origin: string;
  protocols: string[];
  requests: number;
  bytes: number;
}

export default defineEcoRule<OriginTarget, 'network'>({
  id: 'http2-missing',
  version: 1,
  title: 'Origine servie en HTTP/1.1 plutôt qu’en HTTP/2 ou HTTP/3',
  description:
    'Une cible par origine (schéma, hôte, port) ayant répondu : elle passe si ses réponses sont en HTTP/2 ou HTTP/3 (h2, h3), échoue si elles sont en HTTP/1.x. Une origine locale ou privée (localhost, 127.0.0.1, 10/8, 192.168/16…) est « à vérifier » : un serveur de test ou une copie locale parle HTTP/1.1 en clair (les navigateurs ne font HTTP/2 qu’avec TLS), ce qui ne dit rien du site en production. Pas d’économie chiffrée : le gain porte sur les connexions et la latence.',
  rgesn: ['3.3', '6.7'],
  practices: ['UseHTTP2'],
  requires: ['network'],
  applicability: ({ network }) => {
    const byOrigin = new Map<string, OriginTarget>();
    for (const entry of sentRequests(network)) {
      if (!entry.protocol || entry.status === 0) continue;
      let origin: string;
      try {
        origin = new URL(entry.url).origin;
      } catch {
        continue;
      }
      const target = byOrigin.get(origin) ?? {
        selector: origin,
        snippet: '',
        resource: origin,
        origin,
        protocols: [],
        requests: 0,
        bytes: 0,
      };
      if (!target.protocols.includes(entry.protocol)) target.protocols.push(entry.protocol);
      target.requests++;
      target.bytes += entry.transferBytes;
      target.snippet = `${target.protocols.join(', ')} · ${target.requests} requête(s)`;
      byOrigin.set(origin, target);
    }
    return [...byOrigin.values()];
  },
  expectation: (target) => {
    if (target.protocols.some((protocol) => /^(h2|h3|http\/2|http\/3|quic)/i.test(protocol)))
      return ecoPassed();
    if (isLocalHost(target.origin))
      return ecoCantTell(
        `Serveur local ou privé en ${target.protocols.join(', ')} : le protocole du site en production n’est pas connu ici.`,
        { sizeBytes: target.bytes },
      );
    if (!target.protocols.some((protocol) => /^http\/1/i.test(protocol)))
      return ecoCantTell(`Protocole non reconnu (${target.protocols.join(', ')}).`, {
        sizeBytes: target.bytes,
      });
    return ecoFailed(
      `${target.requests} requête(s) (${bytesFr(target.bytes)}) en ${target.protocols.join(', ')} : activer HTTP/2 ou HTTP/3 sur ce serveur.`,
      { sizeBytes: target.bytes },
    );
  },
});
