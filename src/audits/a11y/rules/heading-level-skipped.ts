// RGAA 9.1.1 (relevance test, failures only): the heading hierarchy skips no level: a heading is at most one
// level below the heading before it (h2 then h4 is a gap). WCAG 1.3.1, 2.4.6.

import type { HeadingFact } from '../../../core/facts/headings.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

const exposed = (headings: readonly HeadingFact[]) => headings.filter((heading) => !heading.hiddenFromAT);

export default defineRule({
  id: 'heading-level-skipped',
  version: 1,
  family: 'a11y',
  title: 'Niveau de titre sauté dans la hiérarchie',
  description:
    'Titres exposés aux technologies d’assistance (h1–h6, role="heading" avec aria-level, niveau 2 par défaut), ' +
    'dans l’ordre du document : échec pour un titre de niveau supérieur de plus d’un au titre précédent (h2 puis ' +
    'h4). Le premier titre peut être de n’importe quel niveau, comme dans Asqatasun. Les titres masqués (display:' +
    'none, aria-hidden) sont ignorés. Test de pertinence : la règle ne trouve que des échecs ; sans aucun titre, le test est non applicable.',
  rgaa: ['9.1.1'],
  wcag: ['1.3.1', '2.4.6'],
  act: [],
  coverage: 'failuresOnly',
  // No exposed heading on the page: the test is NA (as in Asqatasun).
  inapplicableMeansNA: true,
  requires: ['headings'],
  applicability: ({ headings }) => exposed(headings.headings),
  expectation: (heading, { headings }) => {
    const list = exposed(headings.headings);
    const previous = list[list.indexOf(heading) - 1];
    if (!previous || heading.level <= previous.level + 1) return passed();
    return failed(
      `Ce titre de niveau ${heading.level} suit un titre de niveau ${previous.level} (« ${previous.name.slice(0, 60)} ») : il manque le niveau ${previous.level + 1}, corriger la hiérarchie.`,
    );
  },
});
