// Downloaded fonts (RGESN 4.8, GreenIT UseStandardTypefaces): system fonts cost nothing; each family, weight and
// style downloaded is a file.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { NetworkEntry } from '../../../core/snapshot.js';
import { bytesFr, isBodyResponse, pageTarget, sentRequests } from '../inputs.js';

const MAX_FILES = 4;
const MAX_FAMILIES = 2;
const MAX_BYTES = 100_000;

const isFont = (entry: NetworkEntry) =>
  entry.type === 'Font' ||
  /^font\/|font-woff|x-font|opentype|truetype/i.test(entry.mimeType ?? '') ||
  /\.(woff2?|ttf|otf|eot)(\?|#|$)/i.test(entry.url);

export default defineEcoRule({
  id: 'web-fonts-excessive',
  version: 1,
  title: 'Polices de caractères téléchargées en excès',
  description:
    'Cible : la page. Elle échoue quand elle télécharge plus de 4 fichiers de police, plus de 2 familles (faces chargées selon document.fonts), ou plus de 100 ko de polices (seuils du RGESN 4.8 : 2 polices, 4 variantes ; GreenIT-Analysis tolère 10 ko, Vigie 100 ko). Sans police téléchargée, elle passe. Économie estimée : les fichiers au-delà des 4 plus lourds, et tout excédent au-delà de 100 ko.',
  rgesn: ['4.8'],
  practices: ['UseStandardTypefaces'],
  requires: ['network'],
  applicability: (inputs) => [pageTarget(inputs)],
  expectation: (_target, { network, eco }) => {
    const files = sentRequests(network).filter((entry) => isBodyResponse(entry) && isFont(entry));
    const bytes = files.reduce((sum, entry) => sum + entry.transferBytes, 0);
    const families = new Set(
      (eco?.fontFaces ?? []).map((face) => face.replace(/ \S+ \S+$/, '').toLowerCase()),
    );
    const problems: string[] = [];
    if (files.length > MAX_FILES) problems.push(`${files.length} fichiers (au plus ${MAX_FILES})`);
    if (families.size > MAX_FAMILIES) problems.push(`${families.size} familles (au plus ${MAX_FAMILIES})`);
    if (bytes > MAX_BYTES) problems.push(`${bytesFr(bytes)} (au plus 100 ko)`);
    if (problems.length === 0) return ecoPassed();
    const sorted = files.map((entry) => entry.transferBytes).sort((a, b) => b - a);
    const extraFiles = sorted.slice(MAX_FILES);
    const saving = Math.max(
      extraFiles.reduce((sum, value) => sum + value, 0),
      bytes - MAX_BYTES,
    );
    return ecoFailed(
      `Polices téléchargées : ${problems.join(', ')} ; préférer les polices système ou réduire les variantes.`,
      {
        sizeBytes: bytes,
        saving: { bytes: saving, requests: extraFiles.length },
      },
    );
  },
});
