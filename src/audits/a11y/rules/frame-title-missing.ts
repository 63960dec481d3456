// RGAA 2.1.1: every frame (<iframe>, <frame>) has a title attribute. Stricter than an accessible name: the RGAA
// asks for the attribute itself (an aria-label alone does not meet the test).

import { defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'frame-title-missing',
  version: 1,
  family: 'a11y',
  title: 'Cadre sans attribut title',
  rgaa: ['2.1.1'],
  wcag: ['4.1.2'],
  act: [],
  coverage: 'full',
  requires: ['frames'],
  applicability: ({ frames }) => frames.filter((frame) => !frame.hidden),
  expectation: (frame) =>
    frame.title !== null && frame.title.trim() !== ''
      ? passed()
      : failed(`Ce cadre (<${frame.tag}>) n’a pas d’attribut title : en ajouter un qui décrit son contenu.`),
});
