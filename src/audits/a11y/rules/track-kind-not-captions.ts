// RGAA 4.3.2: a video whose synchronised captions come from a <track> uses kind="captions" (the glossary « Sous-
// titres synchronisés », note 2: kind="subtitles" is for translation). WCAG 1.2.2.

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const primary = (code: string | null | undefined) => (code ?? '').trim().toLowerCase().split('-')[0] ?? '';

export default defineRule({
  id: 'track-kind-not-captions',
  version: 1,
  family: 'a11y',
  title: 'Sous-titres d’une vidéo sans kind="captions"',
  description:
    'Cible chaque <video> ayant une piste <track> de type captions ou subtitles (un kind absent vaut subtitles). ' +
    'Conforme : au moins une piste kind="captions". Non conforme : seulement des pistes subtitles dont la langue ' +
    '(srclang) est celle de la page, donc des sous-titres dans la langue de la vidéo déclarés comme une ' +
    'traduction. À vérifier : pistes subtitles sans srclang ou dans une autre langue (traduction, le test ne ' +
    's’applique alors pas). Sans vidéo sous-titrée par <track>, le test est non applicable.',
  rgaa: ['4.3.2'],
  wcag: ['1.2.2'],
  act: [],
  coverage: 'full',
  requires: ['media', 'document'],
  applicability: ({ media }) =>
    media.media.filter(
      (element) =>
        element.tag === 'video' &&
        element.tracks.some((track) => track.kind === 'captions' || track.kind === 'subtitles'),
    ),
  expectation: (video, { document }) => {
    if (video.tracks.some((track) => track.kind === 'captions')) return passed();
    const pageLanguage = primary(document.lang ?? document.xmlLang);
    const sameLanguage = video.tracks.some(
      (track) => track.kind === 'subtitles' && pageLanguage !== '' && primary(track.srclang) === pageLanguage,
    );
    return sameLanguage
      ? failed(
          'Les sous-titres de cette vidéo sont déclarés kind="subtitles" : indiquer kind="captions" pour des sous-titres destinés aux personnes sourdes ou malentendantes.',
        )
      : cantTell(
          'Cette vidéo n’a que des pistes kind="subtitles" : vérifier s’il s’agit d’une traduction ou de sous-titres pour sourds et malentendants (alors kind="captions").',
        );
  },
});
