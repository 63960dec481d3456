// Text resources sent uncompressed (RGESN 6.3, GreenIT CompressHttp): first-party responses of a textual type
// (HTML, CSS, JS, JSON, XML, SVG, TTF/OTF fonts, icons) of 1 kB or more must carry a Content-Encoding.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import {
  bytesFr,
  isBodyResponse,
  isCompressible,
  type ResourceTarget,
  resourceTarget,
  sentRequests,
} from '../inputs.js';

const MIN_BYTES = 1024;
const ENCODINGS = /\b(br|gzip|deflate|zstd|compress|x-gzip|dcb|dcz)\b/i;
/** Typical share of a text resource that gzip/brotli removes (65–80 % measured on HTML, CSS and JS). */
const SAVING_RATIO = 0.7;

export default defineEcoRule<ResourceTarget, 'network'>({
  id: 'text-compression-missing',
  version: 1,
  title: 'Ressource texte transmise sans compression',
  description:
    'Chaque réponse du site lui-même (même domaine enregistrable que la page) de type texte (HTML, CSS, JS, JSON, XML, SVG, polices TTF/OTF, icônes) d’au moins 1 ko décodé doit porter un en-tête Content-Encoding (br, gzip, deflate, zstd). Les ressources tierces ne sont pas jugées : le site n’en a pas le contrôle (RGESN 6.3). Économie estimée : 70 % du poids décodé.',
  rgesn: ['6.3'],
  practices: ['CompressHttp'],
  requires: ['network'],
  applicability: ({ network }) =>
    sentRequests(network)
      .filter((entry) => isBodyResponse(entry) && !entry.thirdParty && isCompressible(entry))
      .filter((entry) => entry.bodyBytes >= MIN_BYTES)
      .map(resourceTarget),
  expectation: ({ entry }) => {
    if (entry.contentEncoding && ENCODINGS.test(entry.contentEncoding)) return ecoPassed();
    const saving = Math.round(entry.bodyBytes * SAVING_RATIO);
    return ecoFailed(
      `Ressource de ${bytesFr(entry.bodyBytes)} envoyée sans compression : activer gzip ou brotli sur le serveur (environ ${bytesFr(saving)} de moins).`,
      { sizeBytes: entry.bodyBytes, saving: { bytes: saving } },
    );
  },
});
