// Which RGAA 4.1.2 tests each axe-core rule informs, and how far (src/core/rule.ts, `Coverage`). axe's own
// `RGAA-x.y.z` tags are the starting point, reviewed against the RGAA's test wording: a tag is dropped where an
// axe failure is not a failure of that test (it would be a false NC), moved where axe's check belongs to
// another test, and a few untagged axe rules are added. Every decision is listed in docs/rules.md.

import type { Coverage } from '../../core/rule.js';

export interface AxeRgaaMapping {
  rgaa: readonly string[];
  coverage: Coverage;
  /** The tests are NA on a page where the rule is inapplicable (default: when coverage is full). */
  inapplicableMeansNA?: boolean;
  /** Why the mapping differs from axe's tags, for docs/rules.md. */
  note?: string;
}

export const AXE_RGAA: Readonly<Record<string, AxeRgaaMapping>> = {
  'image-alt': { rgaa: ['1.1.1'], coverage: 'full' },
  'role-img-alt': { rgaa: ['1.1.1'], coverage: 'full' },
  'area-alt': { rgaa: ['1.1.2'], coverage: 'full' },
  'input-image-alt': { rgaa: ['1.1.3'], coverage: 'full' },
  'server-side-image-map': {
    rgaa: [],
    coverage: 'failuresOnly',
    note: 'axe signale toute image réactive côté serveur ; le test 1.1.4 ne l’interdit pas s’il existe un mécanisme doublé.',
  },
  'svg-img-alt': { rgaa: ['1.1.5'], coverage: 'failuresOnly' },
  'object-alt': { rgaa: ['1.1.6'], coverage: 'failuresOnly', inapplicableMeansNA: true },
  'frame-title': {
    rgaa: ['2.1.1'],
    coverage: 'failuresOnly',
    inapplicableMeansNA: true,
    note: 'axe accepte aria-label ; le RGAA exige l’attribut title (règle Vigie frame-title-missing).',
  },
  'frame-title-unique': { rgaa: ['2.2.1'], coverage: 'failuresOnly', inapplicableMeansNA: true },
  'color-contrast': {
    rgaa: ['3.2.1', '3.2.2', '3.2.3', '3.2.4'],
    coverage: 'full',
    note:
      'Échecs répartis entre 3.2.1–3.2.4 selon la taille et la graisse. axe ne lit pas le texte en image : un test ' +
      'n’est validé que si la page montre du texte de sa classe et aucune image qui puisse en contenir (images ' +
      'informatives autres que les logos, images de fond CSS sans texte par-dessus) ; sinon il reste à vérifier.',
  },
  'video-caption': { rgaa: ['4.3.1'], coverage: 'failuresOnly', inapplicableMeansNA: true },
  'no-autoplay-audio': { rgaa: ['4.10.1'], coverage: 'failuresOnly', inapplicableMeansNA: true },
  'table-duplicate-name': { rgaa: ['5.2.1'], coverage: 'failuresOnly' },
  'table-fake-caption': { rgaa: ['5.4.1'], coverage: 'failuresOnly' },
  'th-has-data-cells': {
    rgaa: [],
    coverage: 'failuresOnly',
    note: 'Un en-tête sans cellule de données n’est pas un échec du test 5.7.1 (id, scope ou rôle).',
  },
  'td-has-header': {
    rgaa: [],
    coverage: 'failuresOnly',
    note: 'Le test 5.7.4 porte sur l’attribut headers, pas sur la présence d’en-têtes.',
  },
  'td-headers-attr': { rgaa: ['5.7.4'], coverage: 'failuresOnly' },
  'scope-attr-valid': {
    rgaa: ['5.7.2'],
    coverage: 'failuresOnly',
    note: 'Règle sans étiquette RGAA dans axe.',
  },
  'link-name': { rgaa: ['6.2.1'], coverage: 'full' },
  'aria-tab-name': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-required-attr': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-allowed-attr': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-conditional-attr': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-prohibited-attr': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-valid-attr': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-valid-attr-value': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'nested-interactive': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-deprecated-role': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-roles': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-toggle-field-name': { rgaa: ['7.1.1'], coverage: 'failuresOnly' },
  'aria-meter-name': {
    rgaa: ['7.1.1'],
    coverage: 'failuresOnly',
    note: 'Une jauge n’est pas un champ de formulaire : 7.1.1 (nom du composant) plutôt que 11.1.1.',
  },
  'aria-progressbar-name': {
    rgaa: ['7.1.1'],
    coverage: 'failuresOnly',
    note: 'Une barre de progression n’est pas un champ de formulaire : 7.1.1 plutôt que 11.1.1.',
  },
  'aria-required-children': {
    rgaa: ['7.1.1'],
    coverage: 'failuresOnly',
    note: 'Porte sur tout composant ARIA (onglets, menus…), pas seulement les listes : 7.1.1 plutôt que 9.3.1.',
  },
  'aria-required-parent': {
    rgaa: ['7.1.1'],
    coverage: 'failuresOnly',
    note: 'Porte sur tout composant ARIA, pas seulement les listes : 7.1.1 plutôt que 9.3.1.',
  },
  'scrollable-region-focusable': { rgaa: ['7.3.1'], coverage: 'failuresOnly', note: 'axe : 7.3.2.' },
  'frame-focusable-content': { rgaa: ['7.3.1'], coverage: 'failuresOnly', note: 'axe : 7.3.2.' },
  'duplicate-id-aria': { rgaa: ['8.2.1'], coverage: 'failuresOnly' },
  'duplicate-id': { rgaa: ['8.2.1'], coverage: 'failuresOnly', note: 'Règle sans étiquette RGAA dans axe.' },
  'duplicate-id-active': {
    rgaa: ['8.2.1'],
    coverage: 'failuresOnly',
    note: 'Règle sans étiquette RGAA dans axe.',
  },
  'html-has-lang': {
    rgaa: [],
    coverage: 'failuresOnly',
    note: 'Le RGAA accepte une langue indiquée sur chaque élément de texte à défaut de <html> : la règle Vigie page-language-missing décide le test 8.3.1.',
  },
  'html-xml-lang-mismatch': { rgaa: ['8.3.1'], coverage: 'failuresOnly' },
  'html-lang-valid': { rgaa: ['8.4.1'], coverage: 'failuresOnly' },
  'document-title': { rgaa: ['8.5.1'], coverage: 'full' },
  'valid-lang': { rgaa: ['8.8.1'], coverage: 'failuresOnly' },
  'heading-order': { rgaa: ['9.1.1'], coverage: 'failuresOnly', note: 'Règle sans étiquette RGAA dans axe.' },
  'empty-heading': { rgaa: ['9.1.2'], coverage: 'failuresOnly', note: 'Règle sans étiquette RGAA dans axe.' },
  'p-as-heading': { rgaa: ['9.1.3'], coverage: 'failuresOnly' },
  'landmark-one-main': {
    rgaa: ['9.2.1'],
    coverage: 'failuresOnly',
    note: 'Règle sans étiquette RGAA dans axe.',
  },
  'landmark-no-duplicate-main': {
    rgaa: ['9.2.1'],
    coverage: 'failuresOnly',
    note: 'Règle sans étiquette RGAA dans axe.',
  },
  region: {
    rgaa: [],
    coverage: 'failuresOnly',
    note: 'Du contenu hors région n’est pas un échec du test 9.2.1 (en-tête, navigation, contenu principal, pied de page).',
  },
  list: { rgaa: ['9.3.1'], coverage: 'failuresOnly' },
  listitem: { rgaa: ['9.3.1'], coverage: 'failuresOnly' },
  'definition-list': { rgaa: ['9.3.3'], coverage: 'failuresOnly' },
  dlitem: { rgaa: ['9.3.3'], coverage: 'failuresOnly' },
  'meta-viewport': { rgaa: ['10.4.2'], coverage: 'failuresOnly' },
  'link-in-text-block': { rgaa: ['10.6.1'], coverage: 'failuresOnly' },
  'aria-hidden-body': { rgaa: ['10.8.1'], coverage: 'failuresOnly' },
  'aria-hidden-focus': { rgaa: ['10.8.1'], coverage: 'failuresOnly' },
  'avoid-inline-spacing': {
    rgaa: ['10.12.1'],
    coverage: 'failuresOnly',
    note: 'Règle sans étiquette RGAA dans axe.',
  },
  'aria-input-field-name': { rgaa: ['11.1.1'], coverage: 'failuresOnly' },
  label: {
    rgaa: ['11.1.1'],
    coverage: 'failuresOnly',
    note: 'axe accepte l’attribut placeholder comme étiquette, pas le RGAA (règle Vigie field-label-missing).',
  },
  'select-name': { rgaa: ['11.1.1'], coverage: 'failuresOnly' },
  'form-field-multiple-labels': { rgaa: ['11.2.1'], coverage: 'failuresOnly' },
  'aria-command-name': { rgaa: ['11.9.1'], coverage: 'failuresOnly' },
  'input-button-name': { rgaa: ['11.9.1'], coverage: 'failuresOnly' },
  'button-name': { rgaa: ['11.9.1'], coverage: 'failuresOnly' },
  'autocomplete-valid': {
    rgaa: [],
    coverage: 'failuresOnly',
    note: 'Échoue aussi sur des champs sans rapport avec l’utilisateur (autocomplete="nope"), hors du test 11.13.1 : la règle Vigie autocomplete-invalid décide.',
  },
  'skip-link': { rgaa: ['12.7.1'], coverage: 'failuresOnly' },
  bypass: { rgaa: ['12.7.1'], coverage: 'failuresOnly' },
  'focus-order-semantics': {
    rgaa: [],
    coverage: 'failuresOnly',
    note: 'Porte sur le rôle des éléments focalisables, pas sur l’ordre de tabulation (12.8.1).',
  },
  'meta-refresh': {
    rgaa: [],
    coverage: 'failuresOnly',
    note: 'Ne distingue pas le rafraîchissement (13.1.1) de la redirection (13.1.2) : les règles Vigie meta-refresh-reload et meta-refresh-redirect-delayed décident chacun des deux tests.',
  },
  blink: {
    rgaa: ['13.8.2'],
    coverage: 'failuresOnly',
    note: 'axe : 13.8.1 ; un clignotement relève de 13.8.2.',
  },
  marquee: { rgaa: ['13.8.1'], coverage: 'failuresOnly' },
  'css-orientation-lock': { rgaa: ['13.9.1'], coverage: 'failuresOnly' },
};
