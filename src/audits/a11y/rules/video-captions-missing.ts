// RGAA 4.3.1: a prerecorded synchronised media has, if needed, synchronised captions. A <video> with a captions
// (or subtitles) track meets it; otherwise a machine cannot tell whether the video has a soundtrack that needs
// captions, or whether a captioned version is offered next to it: cantTell, never failed.

import { cantTell, defineRule, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'video-captions-missing',
  version: 1,
  family: 'a11y',
  title: 'Vidéo sans sous-titres synchronisés',
  description:
    'Pour chaque <video> qui a une source : conforme si elle a une piste <track> de sous-titres (kind « captions » ' +
    'ou « subtitles » ; la valeur exacte relève du test 4.3.2). Sinon « à vérifier » : la vidéo peut être muette ' +
    '(pas de sous-titres nécessaires) ou une version sous-titrée peut être proposée à côté. Les lecteurs intégrés ' +
    '(YouTube, Dailymotion, Vimeo, PeerTube…, objets et embed de fichiers vidéo) sont toujours « à vérifier ». ' +
    'Ne conclut jamais à une non-conformité ; sans vidéo repérée, le test reste « à vérifier » (un lecteur inconnu ' +
    'peut échapper au relevé).',
  rgaa: ['4.3.1'],
  wcag: ['1.2.2'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  requires: ['media'],
  applicability: ({ media }) => [
    ...media.media.filter((element) => element.tag === 'video' && element.hasSource !== false),
    ...media.players,
  ],
  expectation: (target) => {
    if (!('tracks' in target))
      return cantTell(
        'Lecteur vidéo intégré : vérifier qu’il propose des sous-titres synchronisés si nécessaire.',
      );
    return target.tracks.some((track) => track.kind === 'captions' || track.kind === 'subtitles')
      ? passed('La vidéo a une piste de sous-titres.')
      : cantTell(
          'Vidéo sans piste de sous-titres : si elle a une bande son, ajouter des sous-titres synchronisés ' +
            '(<track kind="captions">) ou proposer une version sous-titrée.',
        );
  },
});
