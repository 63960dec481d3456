// Interface components rebuilt instead of native (RGESN 4.5): a role on a <div> needs script, styles and often a
// library to do what the browser's own control does.

import { defineEcoRule, type EcoTarget, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget } from '../inputs.js';

/** Below this many rebuilt components, a page is not judged on its share (a few custom tabs are fine). */
const MIN_CUSTOM = 5;

export default defineEcoRule<EcoTarget, 'eco'>({
  id: 'custom-widgets-majority',
  version: 1,
  title: 'Composants d’interface majoritairement recréés plutôt que natifs',
  description:
    'Cible la page. Compte les composants natifs (button, input, select, textarea, a[href], summary, details, progress, meter, dialog) et les éléments non natifs auxquels un rôle de composant est donné (button, checkbox, radio, switch, listbox, combobox, slider, spinbutton, tab, menuitem, link, textbox, dialog, progressbar…). Échoue quand les composants recréés sont au moins 5 et au moins aussi nombreux que les natifs (RGESN 4.5 : utiliser majoritairement des composants natifs) ; passe sinon. Non applicable sans aucun composant. Heuristique : un rôle sur un élément non natif n’est pas toujours un composant recréé par script. Pas d’économie chiffrée.',
  rgesn: ['4.5'],
  practices: [],
  requires: ['eco'],
  applicability: (inputs) => {
    const widgets = inputs.eco.more?.widgets;
    return widgets && widgets.native + widgets.customCount > 0 ? [pageTarget(inputs)] : [];
  },
  expectation: (_, { eco }) => {
    const { native, customCount, custom } = eco.more!.widgets;
    if (customCount >= MIN_CUSTOM && customCount >= native)
      return ecoFailed(
        `${customCount} composants recréés avec un rôle ARIA (${custom
          .slice(0, 3)
          .map((item) => item.selector)
          .join(
            ', ',
          )}…) pour ${native} natifs : préférer les éléments HTML natifs (button, select, input, details).`,
      );
    return ecoPassed();
  },
});
