// Cookies sent with static resources (GreenIT NoCookieForStaticRessources): images, scripts and style sheets do
// not need them; a cookie-free domain for static files avoids the header.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { bytesFr, firstPartyStaticTargets, type ResourceTarget } from '../inputs.js';
import { cookieHeaderBytes } from './cookies-too-large.js';

export default defineEcoRule<ResourceTarget, 'eco' | 'network'>({
  id: 'static-resource-with-cookies',
  version: 1,
  title: 'Ressource statique appelée avec des cookies',
  description:
    'Chaque ressource statique du site lui-même est une cible ; elle échoue quand des cookies du contexte en fin de visite correspondent à son adresse (domaine et chemin) : l’en-tête Cookie part avec chaque requête. Estimation : un cookie posé après la requête est compté comme s’il avait été envoyé. Économie estimée : la taille de l’en-tête (« Cookie: » compris).',
  rgesn: [],
  practices: ['NoCookieForStaticRessources'],
  requires: ['eco', 'network'],
  applicability: ({ network }) => firstPartyStaticTargets(network),
  expectation: ({ entry }, { eco }) => {
    const bytes = cookieHeaderBytes(eco.cookies, entry.url);
    if (bytes === 0) return ecoPassed();
    return ecoFailed(
      `Envoyée avec ${bytesFr(bytes)} de cookies : servir les fichiers statiques depuis un domaine sans cookie.`,
      {
        sizeBytes: bytes + 8,
        saving: { bytes: bytes + 8 },
      },
    );
  },
});
