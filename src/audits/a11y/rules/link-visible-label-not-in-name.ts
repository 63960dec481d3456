// RGAA 6.1.5 (WCAG 2.5.3 Label in Name): the accessible name of a link with a visible label contains that label.
// Compared after normalisation (case, accents, punctuation: the RGAA's special case); a symbol label (« > ») and
// a label drawn in an image are left to a person.

import type { LinkFact } from '../../../core/facts/links.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';
import { normalizeLinkText } from './link-purpose-unclear.js';

/** The label appears in the text, as whole words (a visible label cut with an ellipsis may stop mid-word). */
export function containsLabel(text: string, label: string): boolean {
  const cutShort = /(…|\.\.\.)\s*$/.test(label);
  const haystack = normalizeLinkText(text);
  const needle = normalizeLinkText(label);
  if (!needle) return true;
  return cutShort ? haystack.includes(needle) : ` ${haystack} `.includes(` ${needle} `);
}

/** Every word of the label is in the text, in whatever order. */
function containsWords(text: string, label: string): boolean {
  const words = new Set(normalizeLinkText(text).split(' '));
  return normalizeLinkText(label)
    .split(' ')
    .every((word) => words.has(word));
}

const hasLetters = (text: string): boolean => normalizeLinkText(text) !== '';

export default defineRule({
  id: 'link-visible-label-not-in-name',
  version: 1,
  family: 'a11y',
  title: 'Lien dont le nom accessible ne contient pas l’intitulé visible',
  description:
    'Pour chaque lien ayant un intitulé visible (texte réellement affiché, texte masqué visuellement exclu, ou ' +
    'image) : si le nom vient du contenu du lien, le test est satisfait, sauf si un attribut title est présent et ' +
    'ne reprend pas l’intitulé visible (étape 2 de la méthodologie du test 6.1.5) ; si le nom vient de aria-label ' +
    'ou aria-labelledby, il doit contenir l’intitulé visible. Comparaison sans casse, accents ni ponctuation, par ' +
    'mots entiers (un intitulé coupé par « … » peut s’arrêter au milieu d’un mot). « À vérifier » : intitulé fait ' +
    'de symboles (« > » peut être nommé « Suivant »), mots présents dans un autre ordre, image seule dont le ' +
    'texte ne peut être lu.',
  rgaa: ['6.1.5'],
  wcag: ['2.5.3'],
  act: [], // close to ACT 2ee8b8, but the RGAA also checks the title attribute: not a consistent implementation
  coverage: 'full',
  requires: ['links'],
  applicability: ({ links }) =>
    links.links.filter((link) => link.name !== '' && (link.visibleText !== '' || link.imageText !== '')),
  expectation: (link) => judge(link),
});

function judge(link: LinkFact) {
  const visible = link.visibleText;
  const fromContents = link.nameSource === 'contents' || link.nameSource === 'title';
  // Whatever gives the name besides the content must contain the visible label: aria-label(ledby), or title.
  const other = fromContents ? link.title : link.name;
  const otherWhat = fromContents ? 'L’attribut title' : 'Le nom accessible (aria-label ou aria-labelledby)';
  if (other === null || other === '' || (fromContents && !hasLetters(other))) return passed();
  if (visible === '') {
    // Only an image: its text is unknown, its alternative stands for it.
    if (link.imageText && containsLabel(other, link.imageText)) return passed();
    return cantTell(
      `${otherWhat} « ${other} » ne reprend pas l’alternative de l’image du lien : vérifier qu’il contient le texte affiché dans l’image.`,
    );
  }
  if (!hasLetters(visible)) {
    if (fromContents) return passed();
    return cantTell(
      `L’intitulé visible « ${visible} » est un symbole : vérifier que le nom « ${link.name} » exprime sa fonction.`,
    );
  }
  if (containsLabel(other, visible)) return passed();
  if (containsWords(other, visible))
    return cantTell(
      `${otherWhat} « ${other} » reprend les mots de l’intitulé visible « ${visible} » dans un autre ordre : vérifier qu’il le contient.`,
    );
  return failed(
    `${otherWhat} « ${other} » ne contient pas l’intitulé visible « ${visible} » : le reprendre tel qu’affiché, de préférence au début.`,
  );
}
