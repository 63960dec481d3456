// RGAA 4.11.1–4.11.3 / WCAG 2.1.1: each temporal media has the controls it needs (play, pause, sound, captions),
// reachable and operable with the keyboard and a pointer. Native controls (controls attribute) are.

import type { MediaElementFact, PlayerFact } from '../../../core/facts/media.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

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
    'Non conforme : média visible sans contrôles natifs dans une page sans aucun élément actionnable (lien, ' +
    'bouton, champ, tabindex, onclick), sauf vidéo de fond muette en boucle. ' +
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
  expectation: (target, { media }) => {
    if (!('controls' in target))
      return cantTell(
        `Lecteur intégré (<${target.tag}>) : vérifier que lecture, pause, son et sous-titres sont utilisables au clavier et à la souris.`,
      );
    if (target.controls && target.visible) return passed();
    // Nothing on the page can be acted on: no custom control can exist (a muted looping background video aside).
    const background = target.autoplay && target.muted && target.loop;
    if (target.visible && !background && media.interactiveCount === 0)
      return failed(
        `Ce <${target.tag}> n’a aucun contrôle (ni attribut controls, ni bouton dans la page) : ajouter l’attribut controls.`,
      );
    return cantTell(
      `Ce <${target.tag}> n’a pas de contrôles natifs : vérifier que le lecteur offre lecture, pause, son et sous-titres au clavier et à la souris.`,
    );
  },
});
