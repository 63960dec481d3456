// Gatherer for the `fields` facts (src/core/facts/fields.ts). Not written yet: it reports the key as not collected,
// so the rules that need it give a RuleError (their tests stay NT) instead of a verdict.

import { defineGatherer } from './gatherer.js';

export default defineGatherer({
  key: 'fields',
  mutates: false,
  gather: () => Promise.reject(new Error('gatherer not written yet')),
});
