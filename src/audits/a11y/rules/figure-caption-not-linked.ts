// RGAA 1.9.1–1.9.5: an image with a caption is in a <figure> with role="figure" or role="group" and an aria-label
// identical to its <figcaption>. Only captions written as <figcaption> can be found, so an inapplicable rule does
// not make the tests NA (a caption in a plain paragraph would go unseen).

import type { FigureFact, ImageKind } from '../../../core/facts/images.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const TEST_OF: Record<ImageKind, string> = {
  img: '1.9.1',
  inputImage: '1.9.1',
  roleImg: '1.9.1',
  area: '1.9.1',
  object: '1.9.2',
  embed: '1.9.3',
  svg: '1.9.4',
  canvas: '1.9.5',
};

/** « Identique » read with tolerance for case, spacing and end punctuation, which no user would notice. */
const same = (a: string, b: string): boolean => {
  const clean = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/^[\s.:;,!?…]+|[\s.:;,!?…]+$/g, '')
      .toLowerCase();
  return clean(a) === clean(b);
};

function verdict(figure: FigureFact) {
  const tests = [...new Set(figure.kinds.map((kind) => TEST_OF[kind]))].sort();
  const problems: string[] = [];
  if (figure.role !== 'figure' && figure.role !== 'group')
    problems.push('ajouter role="figure" (ou role="group")');
  const labelled = figure.ariaLabel !== null && same(figure.ariaLabel, figure.caption);
  if (!labelled) {
    if (figure.labelledbyCaption && problems.length === 0) {
      return cantTell(
        'La figure est reliée à sa légende par aria-labelledby et non par un aria-label identique comme le demande le RGAA : vérifier la restitution, ou ajouter aria-label.',
        tests,
      );
    }
    problems.push(
      figure.ariaLabel === null || figure.ariaLabel.trim() === ''
        ? 'ajouter un aria-label identique au texte de la légende'
        : 'rendre son aria-label identique au texte de la légende',
    );
  }
  if (problems.length === 0) return passed('', tests);
  return failed(
    `Image légendée mal reliée à sa légende : sur la balise <figure>, ${problems.join(' et ')}.`,
    tests,
  );
}

export default defineRule({
  id: 'figure-caption-not-linked',
  version: 1,
  family: 'a11y',
  title:
    'Image légendée non reliée à sa légende (<figure> sans role ou aria-label identique à la <figcaption>)',
  description:
    'Cible les <figure> affichées qui ont une <figcaption> non vide et contiennent au moins une image (hors figures imbriquées) ; le test dépend du type d’image (1.9.1 img, bouton image ou role="img", 1.9.2 object, 1.9.3 embed, 1.9.4 svg, 1.9.5 canvas). Conforme quand la <figure> a role="figure" ou role="group" et un aria-label identique à la légende (casse, espaces et ponctuation finale ignorés) ; à vérifier quand seul un aria-labelledby vers la légende remplace l’aria-label ; non conforme sinon. Limite : une légende qui n’est pas une <figcaption> n’est pas vue, le test n’est donc jamais NA automatiquement.',
  rgaa: ['1.9.1', '1.9.2', '1.9.3', '1.9.4', '1.9.5'],
  wcag: ['1.1.1', '1.3.1'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  requires: ['images'],
  applicability: ({ images }) => images.figures,
  expectation: verdict,
});
