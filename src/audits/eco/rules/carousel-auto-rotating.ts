// Carousels that rotate on their own (RGESN 4.1, animations played automatically): every slide change may load
// an image and keeps the processor awake, for content nobody asked to see.

import { defineEcoRule, ecoCantTell, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { CarouselFact } from '../../../core/facts/eco.js';

export default defineEcoRule<CarouselFact, 'eco'>({
  id: 'carousel-auto-rotating',
  version: 1,
  title: 'Carrousel à défilement automatique',
  description:
    'Chaque élément affiché qui se présente comme un carrousel (aria-roledescription="carousel", ou une classe ou un id contenant carousel, slider, slideshow, swiper, slick, splide, glide, owl-, flickity, diaporama) est une cible, observé dès le chargement par un script d’initialisation qui compte les salves de changements de ses diapositives (classe, style, aria-hidden, enfants) après sa première demi-seconde (des changements à moins de 250 ms d’écart forment une salve), sans aucune action de l’utilisateur. Il échoue à partir de deux salves, ou quand sa configuration demande le défilement automatique (data-ride, data-autoplay, data-interval, autoplay dans data-splide, data-flickity…). Une seule salve sans configuration visible est « à vérifier » ; aucune salve, passe (un carrousel plus lent que la visite, quelques secondes, peut échapper). Pas d’économie chiffrée.',
  rgesn: ['4.1'],
  practices: [],
  requires: ['eco'],
  applicability: ({ eco }) => eco.carousels,
  expectation: (carousel) => {
    const seen = `${carousel.rotations} changement(s) de diapositive en ${Math.round(carousel.observedMs / 100) / 10} s sans action`;
    if (carousel.rotations >= 2 || carousel.autoplayMarker)
      return ecoFailed(
        `Défilement automatique (${carousel.autoplayMarker ?? seen}) : ne faire défiler qu’à la demande, ou fournir un bouton pause actif par défaut.`,
      );
    if (carousel.rotations === 1) return ecoCantTell(`${seen} : vérifier s’il défile seul.`);
    return ecoPassed();
  },
});
