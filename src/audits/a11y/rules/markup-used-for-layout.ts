// RGAA 8.9.1: tags (other than div, span, table) are not used only for presentation. Finds empty paragraphs and
// runs of <br> used as spacing (the glossary's note 1), links without href used as styled text, and blockquotes.

import type { PresentationMarkupFact } from '../../../core/facts/markup.js';
import type { RuleTarget } from '../../../core/facts/target.js';
import { cantTell, defineRule, failed, passed, type Verdict } from '../../../core/rule.js';

type Target = RuleTarget & Partial<PresentationMarkupFact>;

const NEUTRAL = new Set(['title', 'lang', 'dir']);
const STYLING = new Set([...NEUTRAL, 'class', 'style']);

function judge(fact: PresentationMarkupFact): Verdict | null {
  if (!fact.visible) return null;
  switch (fact.kind) {
    case 'empty-paragraph':
      if (fact.height <= 0) return null;
      if (
        fact.inPresentationRole ||
        fact.attributes.some((name) => name === 'id' || name === 'role' || name.startsWith('aria-'))
      )
        return cantTell(
          'Paragraphe vide : vérifier qu’il ne sert pas seulement à créer un espace (sinon utiliser une marge CSS).',
        );
      return failed('Paragraphe vide utilisé pour créer un espace : le supprimer et utiliser une marge CSS.');
    case 'line-breaks':
      if (fact.inPresentationRole)
        return cantTell(
          `${fact.count} balises <br> consécutives : vérifier qu’elles ne simulent pas des paragraphes.`,
        );
      return failed(
        `${fact.count} balises <br> consécutives créent un espace ou simulent un paragraphe : utiliser des paragraphes <p> et des marges CSS.`,
      );
    case 'bare-link': {
      // `data-expect` marks the targets of Vigie's page fixtures: not an attribute of the page.
      const attributes = fact.attributes.filter((name) => name !== 'data-expect');
      if (attributes.every((name) => NEUTRAL.has(name)))
        return fact.inNavigation
          ? cantTell(
              'Lien sans attribut href dans une navigation : vérifier qu’il s’agit bien d’un lien inactif (page en cours, par exemple).',
            )
          : failed(
              'Balise <a> sans href ni rôle : elle ne sert qu’à la mise en forme ; utiliser un élément adapté ou un vrai lien.',
            );
      if (attributes.every((name) => STYLING.has(name)))
        return cantTell(
          'Balise <a> sans href : vérifier qu’elle n’est pas utilisée seulement pour la mise en forme.',
        );
      return null;
    }
    case 'blockquote':
      return cantTell(
        'Vérifier que ce <blockquote> contient bien une citation et ne sert pas seulement à mettre un texte en retrait.',
      );
  }
}

export default defineRule({
  id: 'markup-used-for-layout',
  version: 1,
  family: 'a11y',
  title: 'Balise utilisée uniquement à des fins de présentation',
  description:
    'Éléments visibles seulement. Non conforme : paragraphe vide (espaces ou <br> seulement) qui occupe de la ' +
    'hauteur ; deux <br> consécutifs ou plus (note 1 du glossaire « Uniquement à des fins de présentation ») ; ' +
    'balise <a> sans aucun attribut (ou seulement title, lang, dir) hors navigation et liste. À vérifier : les ' +
    'mêmes cas sous role="presentation", un paragraphe vide avec id, role ou aria-* (zone dynamique possible), un ' +
    '<a> sans href dans une navigation ou avec seulement class ou style, chaque <blockquote> sans attribut cite. ' +
    'Les titres utilisés pour la typographie ne sont pas cherchés : la règle ne trouve que des non-conformités.',
  rgaa: ['8.9.1'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['markup'],
  applicability: ({ markup }): Target[] => {
    const found = markup.presentationMarkup.filter((fact) => judge(fact) !== null);
    return found.length > 0 ? found : [markup.root];
  },
  expectation: (target) => (target.kind ? (judge(target as PresentationMarkupFact) ?? passed()) : passed()),
});
