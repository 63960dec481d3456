// RGAA 10.2.1 / WCAG 1.3.1: information stays present when style sheets are off. Text inserted by CSS
// (::before / ::after content) disappears with them: failed when it is all the text of a link or button.

import type { GeneratedContentFact } from '../../../core/facts/rendering.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

/** Letters or digits (not icon-font glyphs of the private use area, arrows, separators or quotes). */
const WORDS = /[\p{L}\p{N}]{2,}/u;

export default defineRule<GeneratedContentFact, 'rendering'>({
  id: 'css-generated-text',
  version: 1,
  family: 'a11y',
  title: 'Texte inséré par CSS qui disparaît sans les feuilles de style',
  description:
    'Relève le texte inséré par la propriété content des pseudo-éléments ::before et ::after des feuilles de style lisibles (hors états :hover/:focus), quand il contient des mots (au moins deux lettres ou chiffres : les icônes de police, flèches et séparateurs sont ignorés). Échec quand ce texte est tout le contenu visible d’un lien, d’un bouton ou d’un libellé (sans CSS, l’élément est vide) ; validé quand le texte du HTML le dit déjà ; à vérifier sinon (le texte porte-t-il une information ?). Ne trouve que des échecs : une information portée par la mise en forme seule n’est pas détectée.',
  rgaa: ['10.2.1'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['rendering'],
  applicability: ({ rendering }) => rendering.generatedContent.filter((item) => WORDS.test(item.text)),
  expectation: (item) =>
    item.repeated
      ? passed()
      : item.onlyContent && item.interactive
        ? failed(
            `Le seul texte de cet élément (« ${item.text} ») est inséré par CSS (::${item.pseudo}) : sans feuille de style il est vide ; mettre ce texte dans le HTML.`,
          )
        : cantTell(
            `Texte inséré par CSS (::${item.pseudo} : « ${item.text} ») : vérifier qu’il ne porte pas d’information, sinon le mettre dans le HTML.`,
          ),
});
