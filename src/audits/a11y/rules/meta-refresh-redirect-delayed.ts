// RGAA 13.1.2: each redirection made by <meta http-equiv="refresh"> is immediate (delay 0). WCAG 2.2.1; see
// ACT bisz58 (meta element has no refresh delay), whose redirect part it checks.

import { defineRule, failed, passed } from '../../../core/rule.js';
import { parseRefresh } from './data/meta.js';

export default defineRule({
  id: 'meta-refresh-redirect-delayed',
  version: 1,
  family: 'a11y',
  title: 'Redirection par balise meta non immédiate',
  description:
    'Cible chaque <meta http-equiv="refresh"> dont le contenu donne une adresse (redirection) : conforme quand ' +
    'le délai est 0, non conforme sinon. Sans redirection par meta, le test est non applicable. Limite : une ' +
    'redirection immédiate a déjà eu lieu pendant la visite, la page analysée est alors la page d’arrivée.',
  rgaa: ['13.1.2'],
  wcag: ['2.2.1'],
  act: [],
  coverage: 'full',
  requires: ['document'],
  applicability: ({ document }) =>
    (document.metaRefresh ?? []).filter((meta) => parseRefresh(meta.content)?.url != null),
  expectation: (meta) => {
    const refresh = parseRefresh(meta.content)!;
    return refresh.delaySeconds === 0
      ? passed()
      : failed(
          `La page redirige vers « ${refresh.url} » après ${refresh.delaySeconds} s : rendre la redirection immédiate (délai 0) ou la faire côté serveur.`,
        );
  },
});
