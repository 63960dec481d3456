// RGAA 4.11.1–4.11.3 / WCAG 2.1.1: each temporal media has the controls it needs (play, pause, sound, captions),
// reachable and operable with the keyboard and a pointer. Native controls (controls attribute) are.

import type { MediaElementFact, PlayerFact } from '../../../core/facts/media.js';
import { cantTell, defineRule, passed } from '../../../core/rule.js';

type Target = MediaElementFact | PlayerFact;

export default defineRule({
  id: 'media-controls-missing',
  version: 1,
  family: 'a11y',
  title: 'Média temporel sans contrôles natifs',
  description:
    'Cible les <video> et <audio> visibles ou ayant une source (un <audio> caché piloté par un lecteur personnalisé aussi), les lecteurs intégrés de plateformes connues ' +
    '(YouTube, Dailymotion, Vimeo, PeerTube…) et les <object>/<embed> d’un fichier média. Conforme : contrôles ' +
    'natifs visibles (attribut controls), qui offrent lecture, pause, son et sous-titres au clavier et à la souris. ' +
    'À vérifier : sans contrôles natifs (lecteur personnalisé) et lecteurs intégrés. Sans média, les tests sont non ' +
    'applicables ; limite : un lecteur d’une plateforme inconnue dans une iframe n’est pas vu.',
  rgaa: ['4.11.1', '4.11.2', '4.11.3'],
  wcag: ['2.1.1'],
  act: [],
  coverage: 'full',
  requires: ['media'],
  applicability: ({ media }): Target[] => [
    ...media.media.filter((element) => element.visible || element.hasSource !== false),
    ...media.players,
  ],
  expectation: (target) => {
    if (!('controls' in target))
      return cantTell(
        `Lecteur intégré (<${target.tag}>) : vérifier que lecture, pause, son et sous-titres sont utilisables au clavier et à la souris.`,
      );
    if (target.controls && target.visible) return passed();
    return cantTell(
      `Ce <${target.tag}> n’a pas de contrôles natifs : vérifier que le lecteur offre lecture, pause, son et sous-titres au clavier et à la souris.`,
    );
  },
});
