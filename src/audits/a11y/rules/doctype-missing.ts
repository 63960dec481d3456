// RGAA 8.1.1: every page has a document type declaration.

import { defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'doctype-missing',
  version: 1,
  family: 'a11y',
  title: 'Type de document (doctype) absent',
  rgaa: ['8.1.1'],
  wcag: ['4.1.1'],
  act: [],
  coverage: 'full',
  requires: ['document'],
  applicability: ({ document }) => [document.root],
  expectation: (_, { document }) =>
    document.doctype
      ? passed()
      : failed('La page n’a pas de type de document : ajouter <!DOCTYPE html> avant la balise <html>.'),
});
