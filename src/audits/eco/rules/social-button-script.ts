// Official share buttons of social networks (GreenIT SocialNetworkButton, RGESN 4.4): their scripts load a
// whole SDK (and track visitors) where a plain link to the network's share URL does the job.

import { defineEcoRule, type EcoTarget, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { bytesFr, pageTarget, resourceTarget, sentRequests } from '../inputs.js';
import { SHARE_BUTTON_SCRIPTS } from '../trackers.js';

export default defineEcoRule<EcoTarget & { bytes?: number }, 'network'>({
  id: 'social-button-script',
  version: 1,
  title: 'Bouton de partage officiel d’un réseau social',
  description:
    'Les scripts officiels de partage (Facebook SDK, widgets.js de X/Twitter, in.js de LinkedIn, pinit.js, ShareThis, AddThis, AddToAny) échouent chacun ; sans eux, la page passe. Un lien simple vers l’adresse de partage du réseau suffit. Économie estimée : la requête et ses octets (sans compter ce que le script charge ensuite).',
  rgesn: ['4.4'],
  practices: ['SocialNetworkButton'],
  requires: ['network'],
  applicability: (inputs) => {
    const scripts = sentRequests(inputs.network)
      .filter((entry) => SHARE_BUTTON_SCRIPTS.some((pattern) => pattern.test(entry.url)))
      .map((entry) => ({ ...resourceTarget(entry), bytes: entry.transferBytes }));
    return scripts.length > 0 ? scripts : [pageTarget(inputs)];
  },
  expectation: (target) =>
    target.bytes === undefined
      ? ecoPassed()
      : ecoFailed(
          `Script de partage officiel (${bytesFr(target.bytes)}) : le remplacer par un simple lien de partage.`,
          { sizeBytes: target.bytes, saving: { bytes: target.bytes, requests: 1 } },
        ),
});
