// RGAA 4.10.1 / WCAG 1.4.2: a sound started automatically lasts 3 s at most, or can be stopped, or its volume
// set. Looks at <video> and <audio> that play (or are set to play) unmuted at load, and at media in object/embed.

import type { MediaElementFact, PlayerFact } from '../../../core/facts/media.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

type Target = MediaElementFact | PlayerFact;

export default defineRule({
  id: 'autoplay-audio-uncontrolled',
  version: 1,
  family: 'a11y',
  title: 'Son déclenché automatiquement sans moyen de l’arrêter',
  description:
    'Cible les <video> et <audio> non muets avec autoplay ou en lecture au moment de l’analyse, et les <object> ou ' +
    '<embed> d’un fichier audio ou vidéo. Conforme : durée connue de 3 s au plus sans boucle, ou contrôles natifs ' +
    '(attribut controls) visibles, qui permettent d’arrêter le son. Non conforme : ni contrôles natifs visibles ni ' +
    'aucun élément actionnable dans la page (lien, bouton, champ, tabindex, onclick). À vérifier : sans contrôles ' +
    'natifs (un bouton du site peut arrêter le son), object et embed. Les sons lancés par script (Web Audio) ne ' +
    'sont pas vus ; les navigateurs bloquent d’ailleurs le plus souvent le son automatique.',
  rgaa: ['4.10.1'],
  wcag: ['1.4.2'],
  act: [],
  coverage: 'full',
  requires: ['media'],
  applicability: ({ media }): Target[] => [
    ...media.media.filter((element) => (element.autoplay || !element.paused) && !element.muted),
    ...media.players.filter((player) => player.tag !== 'iframe'),
  ],
  expectation: (target, { media }) => {
    if (!('controls' in target))
      return cantTell(
        `<${target.tag}> peut lancer un son automatiquement : vérifier qu’il peut être arrêté.`,
      );
    if (target.duration !== null && target.duration <= 3 && !target.loop) return passed();
    if (target.controls && target.visible) return passed();
    if (media.interactiveCount === 0)
      return failed(
        `Ce <${target.tag}> se lance avec le son sans aucun moyen de l’arrêter : ajouter l’attribut controls ou retirer autoplay.`,
      );
    return cantTell(
      `Ce <${target.tag}> se lance avec le son sans contrôles natifs : vérifier qu’un bouton de la page permet de l’arrêter.`,
    );
  },
});
