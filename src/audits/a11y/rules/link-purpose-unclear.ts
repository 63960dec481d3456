// RGAA 6.1.1 to 6.1.4 (WCAG 2.4.4): a link whose name is a generic phrase (« cliquez ici », « lire la suite »,
// « >> »…) with nothing around it to complete it. The RGAA accepts the link's context (sentence, paragraph, list
// item, preceding heading, table cell): when one exists a person must judge, so the verdict is cantTell.

import type { LinkFact, LinkKind } from '../../../core/facts/links.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const TEST_OF_KIND: Record<LinkKind, string> = {
  text: '6.1.1',
  image: '6.1.2',
  composite: '6.1.3',
  svg: '6.1.4',
};

/** Lower case, no accents, punctuation and symbols as spaces, whitespace collapsed. */
export function normalizeLinkText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Names that say nothing of the destination, normalised (French first, the English ones sites leave behind).
const GENERIC = new Set(
  [
    'ici',
    'cliquez ici',
    'cliquer ici',
    'clique ici',
    'cliquez',
    'par ici',
    'lien',
    'ce lien',
    'cette page',
    'lire la suite',
    'la suite',
    'suite',
    'voir la suite',
    'lire plus',
    'en lire plus',
    'lire',
    'continuer',
    'continuer la lecture',
    'en savoir plus',
    'en savoir',
    'savoir plus',
    'pour en savoir plus',
    'plus',
    'd infos',
    'd info',
    'plus d infos',
    'plus d info',
    'plus d informations',
    'plus d information',
    'plus de details',
    'details',
    'detail',
    'voir',
    'voir plus',
    'en voir plus',
    'voir tout',
    'voir le detail',
    'acceder',
    'consulter',
    'decouvrir',
    'telecharger',
    'image',
    'photo',
    'illustration',
    'icone',
    'picto',
    'click here',
    'here',
    'link',
    'more',
    'read more',
    'learn more',
    'more info',
    'see more',
    'download',
  ].map(normalizeLinkText),
);

/** Why the name alone cannot tell the destination: null when it may. */
export function genericName(name: string): 'symbols' | 'generic' | null {
  const normalized = normalizeLinkText(name);
  if (!normalized) return 'symbols';
  if (GENERIC.has(normalized)) return 'generic';
  if (/^[\w.-]+\.(png|jpe?g|gif|svg|webp)$/i.test(name.trim())) return 'generic';
  return null;
}

/** What, besides the name, may tell the destination: the RGAA's contexts, and a title or a description. */
function supplements(link: LinkFact): string[] {
  const found = link.contexts.map((context) => `${CONTEXT_LABEL[context.kind]} « ${context.text} »`);
  for (const extra of [link.title, link.description]) {
    if (extra && genericName(extra) === null && normalizeLinkText(extra) !== normalizeLinkText(link.name))
      found.push(`texte complémentaire « ${extra.slice(0, 80)} »`);
  }
  return found;
}

const CONTEXT_LABEL = {
  sentence: 'phrase',
  paragraph: 'paragraphe',
  listItem: 'élément de liste',
  heading: 'titre précédent',
  cell: 'cellule de tableau',
} as const;

const ambiguousCache = new WeakMap<readonly LinkFact[], Set<string>>();

/** Links that share a name but lead to different destinations, by normalised name (computed once per page). */
function ambiguousNames(links: readonly LinkFact[]): Set<string> {
  const known = ambiguousCache.get(links);
  if (known) return known;
  const destinations = new Map<string, Set<string>>();
  for (const link of links) {
    const name = normalizeLinkText(link.name);
    // Long names describe their destination; anchors of one page are one destination.
    if (link.href === null || !name || link.name.length > 60) continue;
    const set = destinations.get(name) ?? new Set<string>();
    set.add(link.href.replace(/#.*$/, ''));
    destinations.set(name, set);
  }
  const names = new Set([...destinations].filter(([, hrefs]) => hrefs.size > 1).map(([name]) => name));
  ambiguousCache.set(links, names);
  return names;
}

export default defineRule({
  id: 'link-purpose-unclear',
  version: 1,
  family: 'a11y',
  title: 'Lien dont l’intitulé seul ne permet pas de comprendre la destination',
  description:
    'Pour chaque lien restitué (texte : 6.1.1, image : 6.1.2, composite : 6.1.3, SVG : 6.1.4), l’intitulé normalisé ' +
    '(casse, accents, ponctuation) est comparé à une liste d’intitulés génériques (« cliquez ici », « ici », ' +
    '« lire la suite », « en savoir plus », « plus », « lien », « télécharger »…) ; un intitulé sans lettre ni ' +
    'chiffre (« >> », « + ») ou un nom de fichier image est aussi générique. Non conforme seulement si aucun ' +
    'contexte du glossaire RGAA (phrase, paragraphe, élément de liste, titre précédent, cellule et ses en-têtes) ' +
    'ni attribut title ou description ne le complète ; sinon « à vérifier ». Des liens de même intitulé menant à ' +
    'des pages différentes sont « à vérifier » (intitulés de 60 caractères au plus). Les liens sans intitulé relèvent du 6.2.1 (axe link-name). ' +
    'Tests de pertinence : la règle ne peut conclure qu’à des non-conformités. Limite : le cas particulier du lien ' +
    '« ambigu pour tout le monde » n’est pas détecté ; les zones <area> ne sont pas examinées.',
  rgaa: ['6.1.1', '6.1.2', '6.1.3', '6.1.4'],
  wcag: ['2.4.4'],
  act: [],
  coverage: 'failuresOnly',
  // Applicability is every named link of each kind: no link of a kind makes its test NA.
  inapplicableMeansNA: true,
  requires: ['links'],
  applicability: ({ links }) => links.links.filter((link) => link.name !== ''),
  expectation: (link, { links }) => {
    const rgaa = [TEST_OF_KIND[link.kind]];
    const reason = genericName(link.name);
    if (reason === null) {
      if (ambiguousNames(links.links).has(normalizeLinkText(link.name)))
        return cantTell(
          `Plusieurs liens « ${link.name} » mènent à des destinations différentes : vérifier que leur contexte permet de les distinguer.`,
          rgaa,
        );
      return passed('', rgaa);
    }
    const what = reason === 'symbols' ? 'n’est fait que de symboles' : 'est générique';
    const around = supplements(link);
    if (around.length > 0)
      return cantTell(
        `L’intitulé « ${link.name} » ${what} : vérifier que son contexte (${around.slice(0, 2).join(', ')}) permet de comprendre la destination du lien.`,
        rgaa,
      );
    return failed(
      `L’intitulé « ${link.name} » ${what} et rien autour (phrase, paragraphe, liste, titre, cellule) ne le complète : le reformuler pour dire où mène le lien.`,
      rgaa,
    );
  },
});
