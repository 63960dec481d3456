// Video containers with inefficient or obsolete compression (RGESN 5.4): read from the media responses' MIME type.

import { defineEcoRule, type EcoTarget, ecoCantTell, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { bytesFr, sentRequests } from '../inputs.js';

/** Containers of old or weakly compressed codecs (AVI, QuickTime, WMV, FLV, MPEG-1/2, 3GP). */
const INEFFICIENT = /^video\/(x-msvideo|avi|quicktime|x-ms-wmv|x-ms-asf|x-flv|mpeg|3gpp2?)$/i;
/** Containers of efficient codecs (WebM: VP9/AV1; MP4: H.264/H.265/AV1; Ogg: Theora is old but rare). */
const EFFICIENT = /^video\/(webm|mp4|ogg|x-matroska|mp2t)$/i;

export default defineEcoRule<EcoTarget & { mime: string; bytes: number }, 'network'>({
  id: 'video-codec-inefficient',
  version: 1,
  title: 'Vidéo dans un format de compression peu efficace',
  description:
    'Chaque réponse vidéo reçue (type MIME video/…) est une cible. Elle échoue dans un conteneur de codecs anciens ou peu compressés (AVI, QuickTime, WMV/ASF, FLV, MPEG, 3GP), passe en WebM, MP4, Ogg, Matroska ou MPEG-TS ; un autre type est « à vérifier ». Le codec réel dans le conteneur n’est pas lu (un MP4 peut contenir un codec ancien). Sans vidéo reçue, la règle ne s’applique pas. Économie estimée : la moitié des octets reçus (un codec moderne divise souvent la taille par deux ou plus).',
  rgesn: ['5.4'],
  practices: [],
  requires: ['network'],
  applicability: ({ network }) =>
    sentRequests(network)
      .filter((entry) => /^video\//i.test(entry.mimeType ?? ''))
      .map((entry) => ({
        selector: entry.url,
        snippet: entry.url,
        resource: entry.url,
        mime: (entry.mimeType ?? '').toLowerCase(),
        bytes: entry.transferBytes,
      })),
  expectation: (target) => {
    if (INEFFICIENT.test(target.mime))
      return ecoFailed(
        `Vidéo servie en ${target.mime} (${bytesFr(target.bytes)}) : la réencoder en WebM (VP9, AV1) ou MP4 (H.264, H.265).`,
        { sizeBytes: target.bytes, saving: { bytes: Math.round(target.bytes / 2) } },
      );
    if (EFFICIENT.test(target.mime)) return ecoPassed();
    return ecoCantTell(
      `Format vidéo ${target.mime} : vérifier que sa compression est efficace (WebM, MP4).`,
      {
        sizeBytes: target.bytes,
      },
    );
  },
});
