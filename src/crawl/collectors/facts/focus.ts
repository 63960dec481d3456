// Gatherer for the `focus` facts (src/core/facts/focus.ts). Not written yet: it reports the key as not collected,
// so the rules that need it give a RuleError (their tests stay NT) instead of a verdict.

import { defineGatherer } from './gatherer.js';

export default defineGatherer({
  key: 'focus',
  mutates: true,
  gather: () => Promise.reject(new Error('gatherer not written yet')),
});
