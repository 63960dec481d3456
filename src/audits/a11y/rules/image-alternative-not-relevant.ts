// RGAA 1.3.1–1.3.7: the text alternative of an informative image is relevant. A machine only sees some certain
// failures: a file name, the image's address, a generic word alone, no letter or digit. The rest is passed in the
// failuresOnly sense (no failure found, the tests stay NT). Not claimed for W3C ACT qt1vmo: its failed examples
// (a wrong logo name) need a person, which this rule cannot be.

import type { ImageFact, ImageKind } from '../../../core/facts/images.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

const TEST_OF: Record<ImageKind, string> = {
  img: '1.3.1',
  roleImg: '1.3.1',
  area: '1.3.2',
  inputImage: '1.3.3',
  object: '1.3.4',
  embed: '1.3.5',
  svg: '1.3.6',
  canvas: '1.3.7',
};

/** Words that say an image is there, never what it shows (French and English), compared without accents. */
const GENERIC = new Set([
  'image',
  'images',
  'img',
  'photo',
  'photos',
  'photographie',
  'logo',
  'icone',
  'icon',
  'picto',
  'pictogramme',
  'illustration',
  'visuel',
  'vignette',
  'miniature',
  'picture',
  'graphic',
  'banniere',
  'banner',
  'spacer',
  'alt',
  'alternative',
  'sans titre',
  'untitled',
  'null',
  'undefined',
  'image description',
  'description de l image',
]);

const FILE_NAME = /^[^\s/]+\.(jpe?g|png|gif|svg|webp|avif|bmp|tiff?|ico|heic)$/i;
/** Camera and screenshot names: IMG_1234, DSC01234, DSCN0001, P1010001, Capture d’écran 2023-…, Screenshot_2023… */
const CAMERA_NAMES = [
  /^(img|dsc[nf]?|dcim|pict?)[\s_-]?\d{3,}([\s_-]\d+)*$/i,
  /^p\d{7}$/i,
  /^(capture d.{1,2}[ée]cran|screenshot|screen shot)[\s_-]+\d{4}/i,
];

const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function lastSegment(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/** Why the alternative cannot be relevant, or null when only a person can tell. */
export function irrelevance(name: string, src: string | null): string | null {
  const text = name.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return 'ne contient ni lettre ni chiffre';
  if (FILE_NAME.test(text) || CAMERA_NAMES.some((pattern) => pattern.test(text)))
    return 'est un nom de fichier';
  if (src) {
    const file = lastSegment(src);
    if (text === src || (file !== '' && (text === file || normalise(text) === normalise(file)))) {
      return 'reprend l’adresse ou le nom du fichier de l’image';
    }
  }
  if (/^(https?:\/\/|www\.)\S+$/i.test(text)) return 'est une adresse web';
  if (GENERIC.has(normalise(text))) return `est un mot générique (« ${text} ») qui ne décrit pas l’image`;
  return null;
}

function verdict(image: ImageFact) {
  const test = [TEST_OF[image.kind]];
  const reason = irrelevance(image.name, image.src);
  if (reason) {
    return failed(
      `L’alternative « ${image.name.slice(0, 80)} » ${reason} : la remplacer par un texte qui donne l’information portée par l’image.`,
      test,
    );
  }
  return passed('', test);
}

/** Exposed images with a name; svg and object only with role="img" (without it they fail 1.1.5 / 1.1.6 first). */
const applicable = (image: ImageFact): boolean =>
  image.visible &&
  image.ariaHidden === null &&
  image.role !== 'presentation' &&
  image.role !== 'none' &&
  image.name !== '' &&
  (image.kind === 'svg' || image.kind === 'object' || image.kind === 'embed' ? image.role === 'img' : true);

export default defineRule({
  id: 'image-alternative-not-relevant',
  version: 1,
  family: 'a11y',
  title: 'Alternative textuelle d’image non pertinente (nom de fichier, adresse, mot générique)',
  description:
    'Cible les images exposées aux technologies d’assistance qui ont un nom accessible (<img>, role="img", <area>, bouton image, <canvas> ; <svg>, <object> et <embed> avec role="img"). Non conforme quand l’alternative est un nom de fichier (photo.jpg, IMG_1234, DSC0001…), l’adresse ou le nom du fichier de l’image, une adresse web, un mot générique seul (image, photo, logo, icône, illustration, visuel…) ou ne contient ni lettre ni chiffre. Sinon aucune erreur n’est relevée mais le test reste non testé : seule une personne peut juger qu’une alternative décrit l’image.',
  rgaa: ['1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.3.5', '1.3.6', '1.3.7'],
  wcag: ['1.1.1'],
  act: [],
  coverage: 'failuresOnly',
  inapplicableMeansNA: false,
  requires: ['images'],
  applicability: ({ images }) => images.images.filter(applicable),
  expectation: verdict,
});
