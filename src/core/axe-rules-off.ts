// axe-core rules Vigie does not run, with the reason: each gives false positives on the W3C ACT examples, and a
// Vigie rule covers the same requirement. Read by the axe collector (switched off) and by the adapter and the
// catalogue (left out, also when judging a snapshot taken before the rule was switched off).

export const AXE_RULES_OFF: Readonly<Record<string, string>> = {
  'label-content-name-mismatch':
    'experimental ; faux positifs sur les exemples ACT 2ee8b8 (abréviations, ligatures d’icônes) ; la règle Vigie ' +
    'link-visible-label-not-in-name couvre le critère WCAG 2.5.3 (RGAA 6.1.5).',
};
