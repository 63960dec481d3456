// RGAA 2.2.1: the title of a frame is relevant. Certain failures only: empty, no letter or digit, a generic word
// (« iframe », « cadre », « sans titre »…), the frame's address or file name, or the same title as another frame
// showing a different address.

import type { FrameFact } from '../../../core/facts/frames.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

const GENERIC = new Set([
  'iframe',
  'frame',
  'cadre',
  'titre',
  'title',
  'sans titre',
  'untitled',
  'null',
  'undefined',
  'iframe title',
  'frame title',
  'titre du cadre',
  'titre de l iframe',
  'contenu',
  'content',
  'embed',
  'widget',
]);

const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const lastSegment = (src: string): string => src.split(/[?#]/)[0]!.split('/').pop() ?? '';

function verdict(frame: FrameFact, frames: readonly FrameFact[]) {
  const title = (frame.title ?? '').trim();
  const fail = (reason: string) =>
    failed(`Le titre du cadre ${reason} : le remplacer par un titre qui décrit son contenu.`);
  if (title === '') return fail('est vide');
  if (!/[\p{L}\p{N}]/u.test(title)) return fail(`« ${title} » ne contient ni lettre ni chiffre`);
  if (GENERIC.has(normalise(title))) return fail(`« ${title} » est un mot générique`);
  const src = (frame.src ?? '').trim();
  if (src !== '' && (title === src || title === lastSegment(src))) return fail('reprend l’adresse du cadre');
  const twin = frames.find(
    (other) =>
      other !== frame &&
      !other.hidden &&
      normalise(other.title ?? '') === normalise(title) &&
      (other.src ?? '').trim() !== src,
  );
  if (twin) return fail(`« ${title.slice(0, 80)} » est aussi celui d’un autre cadre au contenu différent`);
  return passed();
}

export default defineRule({
  id: 'frame-title-not-relevant',
  version: 1,
  family: 'a11y',
  title: 'Titre de cadre non pertinent',
  description:
    'Cible les cadres (<iframe>, <frame>) exposés qui ont un attribut title. Non conforme quand le titre est vide, ne contient ni lettre ni chiffre, est un mot générique seul (iframe, frame, cadre, titre, sans titre, contenu, widget…), reprend l’adresse (src) du cadre ou son nom de fichier, ou est identique (casse et ponctuation ignorées) à celui d’un autre cadre dont l’adresse diffère. Sinon aucune erreur n’est relevée, mais le test reste non testé : la pertinence se juge à la lecture.',
  rgaa: ['2.2.1'],
  wcag: ['4.1.2', '2.4.1'],
  act: [],
  coverage: 'failuresOnly',
  inapplicableMeansNA: true,
  requires: ['frames'],
  applicability: ({ frames }) => frames.filter((frame) => !frame.hidden && frame.title !== null),
  expectation: (frame, { frames }) => verdict(frame, frames),
});
