// RGAA 10.11.1 / WCAG 1.4.10: at 320 CSS px wide, the page's content is available without horizontal scrolling
// (except content that needs two dimensions: tables, code, maps, diagrams, toolbars).

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

/** Overflow smaller than this is a rounding or a border, not content out of reach. */
const MIN_OVERFLOW_PX = 10;

export default defineRule({
  id: 'reflow-horizontal-scroll',
  version: 1,
  family: 'a11y',
  title: 'Défilement horizontal à 320 px de large',
  description:
    'La fenêtre est réduite à 320 px CSS de large (puis remise à sa taille) et la largeur défilable du document comparée à sa largeur visible ; les éléments qui dépassent à droite (les plus extérieurs, hors boîtes défilantes et éléments fixes) sont relevés. Échec quand la page défile horizontalement d’au moins 10 px à cause d’un élément visible, à cheval sur le bord, qui n’est pas un contenu à deux dimensions (tableau, code, canvas, svg, vidéo, cadre, barre d’outils) ; à vérifier quand le dépassement ne vient que de tels contenus, d’éléments masqués ou hors écran (menu replié), d’une cause non trouvée, ou quand html/body masquent le dépassement (overflow-x: hidden) ; validé sans dépassement. Limite : une information masquée à cette largeur (display: none) n’est pas détectée.',
  rgaa: ['10.11.1'],
  wcag: ['1.4.10'],
  act: [],
  coverage: 'full',
  requires: ['rendering'],
  applicability: ({ rendering }) => (rendering.hasText ? [rendering.root] : []),
  expectation: (_, { rendering }) => {
    const { reflow } = rendering;
    if (reflow.width === null)
      return cantTell(
        'La largeur de la fenêtre n’a pas pu être réduite : vérifier à la main l’affichage à 320 px.',
      );
    const limit = reflow.clientWidth;
    const plain = reflow.culprits.filter(
      (culprit) =>
        !culprit.twoDimensional &&
        !culprit.hidden &&
        culprit.left < limit &&
        culprit.right - limit >= MIN_OVERFLOW_PX,
    );
    const scrolls = !reflow.overflowHidden && reflow.scrollWidth > reflow.clientWidth + 1;
    const list = (items: typeof plain) =>
      items
        .slice(0, 3)
        .map((item) => item.selector)
        .join(', ');
    if (scrolls && plain.length > 0 && reflow.scrollWidth - reflow.clientWidth >= MIN_OVERFLOW_PX)
      return failed(
        `À 320 px de large, la page défile horizontalement (${reflow.scrollWidth} px de contenu pour ${reflow.clientWidth} px) à cause de : ${list(plain)} ; adapter ces éléments à la largeur (largeurs fluides, retour à la ligne, media queries).`,
      );
    if (scrolls)
      return cantTell(
        `À 320 px de large, la page défile horizontalement (${reflow.scrollWidth} px pour ${reflow.clientWidth} px) à cause de contenus à deux dimensions, masqués ou hors écran${reflow.culprits.length ? ` (${list(reflow.culprits)})` : ''} : vérifier s’il s’agit d’un cas particulier.`,
      );
    if (reflow.overflowHidden && plain.length > 0)
      return cantTell(
        `À 320 px de large, du contenu dépasse à droite mais html/body masquent le débordement (overflow-x: hidden) : vérifier qu’aucune information n’est coupée (${list(plain)}).`,
      );
    return passed();
  },
});
