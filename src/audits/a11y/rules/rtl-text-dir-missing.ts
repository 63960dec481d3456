// RGAA 8.10.1 / WCAG 1.3.2: text written right to left in a left-to-right page sits in an element with a `dir`
// attribute. Decides from the `rendering` facts (src/crawl/collectors/facts/rendering-direction.ts).

import type { RtlTextFact } from '../../../core/facts/rendering.js';
import type { RuleTarget } from '../../../core/rule.js';
import { cantTell, defineRule, failed, passed, type Verdict } from '../../../core/rule.js';

interface DirectionTarget extends RuleTarget {
  fact: RtlTextFact | null;
  unknown?: string;
}

export default defineRule({
  id: 'rtl-text-dir-missing',
  version: 1,
  family: 'a11y',
  title: 'Texte écrit de droite à gauche sans attribut dir',
  description:
    'Dans une page de sens gauche à droite, chaque élément visible dont le texte contient des lettres d’une ' +
    'écriture de droite à gauche (hébreu, arabe, syriaque, thâna, n’ko…) doit se trouver dans une balise ' +
    'portant un attribut dir (sur elle ou un ancêtre, hors <html>) : conforme avec dir="rtl" ou "auto", non ' +
    'conforme sans attribut dir, à vérifier avec dir="ltr" (valeur à juger, test 8.10.2). Une page de sens ' +
    'droite à gauche (dir="rtl" sur <html>) est laissée à une vérification humaine : les passages latins y ' +
    'sont trop fréquents (nombres, noms propres) pour être jugés par machine. Pas de texte de droite à gauche : ' +
    'non applicable. Limite : le texte des attributs (alt, title) n’est pas examiné.',
  rgaa: ['8.10.1'],
  wcag: ['1.3.2'],
  act: [],
  coverage: 'full',
  requires: ['rendering'],
  applicability: ({ rendering }): DirectionTarget[] => {
    if (!rendering.rtlTexts || !rendering.documentDirection)
      return [{ ...rendering.root, fact: null, unknown: 'sens de lecture non relevé sur cette page' }];
    if (rendering.documentDirection === 'rtl')
      return [{ ...rendering.root, fact: null, unknown: 'page écrite de droite à gauche' }];
    return rendering.rtlTexts.map((fact) => ({ selector: fact.selector, snippet: fact.snippet, fact }));
  },
  expectation: ({ fact, unknown }): Verdict => {
    if (!fact)
      return cantTell(`Changements de sens de lecture non vérifiés (${unknown}) : les vérifier à la main.`);
    if (fact.dir === 'rtl' || fact.dir === 'auto') return passed();
    if (fact.dir !== null)
      return cantTell(
        `Le texte « ${fact.text} » se lit de droite à gauche mais la balise qui le contient porte dir="${fact.dir}" : vérifier la valeur (rtl attendu).`,
      );
    return failed(
      `Le texte « ${fact.text} » se lit de droite à gauche : le placer dans une balise portant dir="rtl".`,
    );
  },
});
