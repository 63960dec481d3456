// RGAA 10.1.1: no presentational tag in the generated source. The list is the RGAA glossary's (« Présentation de
// l’information »): basefont, big, blink, center, font, marquee, s, strike, tt, and u unless the doctype is HTML5.

import type { RuleTarget } from '../../../core/facts/target.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

type Target = RuleTarget & { tag?: string };

export default defineRule({
  id: 'presentational-tag-used',
  version: 1,
  family: 'a11y',
  title: 'Balise de présentation dans le code source',
  description:
    'Non conforme : chaque élément basefont, big, blink, center, font, marquee, s, strike ou tt du code généré, ' +
    'visible ou non, et u quand le doctype n’est pas celui de HTML5 (liste du glossaire RGAA « Présentation de ' +
    'l’information »). Conforme quand il n’y en a aucun (cible : l’élément <html>).',
  rgaa: ['10.1.1'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['markup', 'document'],
  applicability: ({ markup, document }): Target[] => {
    const doctype = document.doctype;
    const html5 = doctype?.name === 'html' && doctype.publicId === '';
    const found = markup.presentationalTags.filter((element) => element.tag !== 'u' || !html5);
    return found.length > 0 ? found : [markup.root];
  },
  expectation: (target) =>
    target.tag
      ? failed(
          `La balise <${target.tag}> sert à la présentation : la remplacer par un élément sémantique mis en forme en CSS.`,
        )
      : passed(),
});
