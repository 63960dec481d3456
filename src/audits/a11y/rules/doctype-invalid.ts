// RGAA 8.1.2 (the doctype is valid) and 8.1.3 (it comes before <html>). Valid: the HTML doctype
// (`<!DOCTYPE html>`, optionally SYSTEM "about:legacy-compat") or a public identifier of the W3C list of
// recommended doctypes (HTML 4.01, XHTML 1.0/1.1/Basic, XHTML+MathML+SVG, MathML, SVG): https://www.w3.org/QA/2002/04/valid-dtd-list.html

import { defineRule, failed, passed } from '../../../core/rule.js';

/** Public identifiers of the W3C list of recommended doctypes, by doctype name. */
const KNOWN_PUBLIC_IDS: Record<string, readonly string[]> = {
  html: [
    '-//W3C//DTD HTML 4.01//EN',
    '-//W3C//DTD HTML 4.01 Transitional//EN',
    '-//W3C//DTD HTML 4.01 Frameset//EN',
    '-//W3C//DTD XHTML 1.0 Strict//EN',
    '-//W3C//DTD XHTML 1.0 Transitional//EN',
    '-//W3C//DTD XHTML 1.0 Frameset//EN',
    '-//W3C//DTD XHTML 1.1//EN',
    '-//W3C//DTD XHTML Basic 1.0//EN',
    '-//W3C//DTD XHTML Basic 1.1//EN',
    '-//W3C//DTD XHTML 1.1 plus MathML 2.0//EN',
    '-//W3C//DTD XHTML 1.1 plus MathML 2.0 plus SVG 1.1//EN',
    '-//W3C//DTD XHTML+RDFa 1.0//EN',
    '-//W3C//DTD XHTML+RDFa 1.1//EN',
    '-//W3C//DTD HTML 3.2 Final//EN',
  ],
  math: ['-//W3C//DTD MathML 2.0//EN'],
  svg: [
    '-//W3C//DTD SVG 1.0//EN',
    '-//W3C//DTD SVG 1.1//EN',
    '-//W3C//DTD SVG 1.1 Basic//EN',
    '-//W3C//DTD SVG 1.1 Tiny//EN',
  ],
};

/** System identifiers that are enough on their own (MathML 1.01, HTML legacy-compat). */
const KNOWN_SYSTEM_IDS = ['about:legacy-compat', 'http://www.w3.org/Math/DTD/mathml1/mathml.dtd'];

export type DoctypeFact = { name: string; publicId: string; systemId: string };

/** Why the doctype is not valid, null when it is. */
export function doctypeProblem({ name, publicId, systemId }: DoctypeFact): string | null {
  if (publicId === '') {
    if (systemId === '' && name === 'html') return null;
    if (KNOWN_SYSTEM_IDS.includes(systemId)) return null;
    return `le doctype « ${name} » ${systemId ? `avec l’identifiant système « ${systemId} » ` : ''}n’est pas un type de document HTML reconnu`;
  }
  if (KNOWN_PUBLIC_IDS[name]?.includes(publicId)) return null;
  return `l’identifiant public « ${publicId} » n’est pas celui d’un type de document reconnu`;
}

export default defineRule({
  id: 'doctype-invalid',
  version: 1,
  family: 'a11y',
  title: 'Type de document (doctype) invalide ou mal placé',
  description:
    'Valide : <!DOCTYPE html> (éventuellement SYSTEM "about:legacy-compat") ou un identifiant public de la liste ' +
    'des doctypes recommandés par le W3C (HTML 4.01, XHTML 1.0, 1.1 et Basic, XHTML+MathML+SVG, MathML, SVG) ; ' +
    'tout autre doctype est non conforme (8.1.2). Le doctype doit précéder <html> (8.1.3). Limite : la casse des ' +
    'mots-clés (« public » en minuscules dans un doctype XHTML) n’est pas visible dans le DOM et n’est pas ' +
    'vérifiée ; un doctype écrit après <html> est ignoré par le navigateur et apparaît comme absent (8.1.1) : les ' +
    'tests restent alors non testés.',
  rgaa: ['8.1.2', '8.1.3'],
  wcag: ['4.1.1'],
  act: [],
  coverage: 'full',
  // Without a doctype in the DOM, the source may still hold one written after <html>: neither test is NA.
  inapplicableMeansNA: false,
  requires: ['document'],
  applicability: ({ document }) => (document.doctype ? [document.root] : []),
  expectation: (_, { document }) => {
    const doctype = document.doctype!;
    if (!doctype.beforeHtml)
      return failed('Le doctype n’est pas placé avant la balise <html> : le déplacer en tête du document.', [
        '8.1.3',
      ]);
    const problem = doctypeProblem(doctype);
    return problem
      ? failed(`Type de document invalide : ${problem} ; utiliser <!DOCTYPE html>.`, ['8.1.2'])
      : passed();
  },
});
