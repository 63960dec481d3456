// RGAA 10.7.1 / WCAG 2.4.7 / ACT oj04fd: each element of the sequential focus order shows a visible focus
// indicator. Decides from the computed styles observed unfocused vs focused (src/core/facts/focus.ts).

import type { FocusTarget } from '../../../core/facts/focus.js';
import type { RuleTarget } from '../../../core/rule.js';
import { cantTell, defineRule, failed, passed, type Verdict } from '../../../core/rule.js';

/** sRGB colour with alpha, from Chromium's computed `rgb()` / `rgba()` serialisation; null otherwise. */
export function parseColour(value: string): { r: number; g: number; b: number; a: number } | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(
    value.trim(),
  );
  if (!match) return value.trim() === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : null;
  return {
    r: Number(match[1]),
    g: Number(match[2]),
    b: Number(match[3]),
    a: match[4] ? Number(match[4]) : 1,
  };
}

function luminance(colour: { r: number; g: number; b: number }): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
}

/** WCAG contrast ratio of a (possibly translucent) colour over an opaque background; null when unknown. */
export function contrast(foreground: string, background: string | null): number | null {
  const fg = parseColour(foreground);
  const bg = background ? parseColour(background) : null;
  if (!fg || !bg) return null;
  const mix = (f: number, b: number) => f * fg.a + b * (1 - fg.a);
  const over = { r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b) };
  const [l1, l2] = [luminance(over), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

const px = (value: string | undefined) => Number.parseFloat(value ?? '') || 0;
/** Colours found in a computed box-shadow / text-shadow. */
const coloursIn = (value: string) => value.match(/rgba?\([^)]*\)/g) ?? [];

/** The visible focus indicator, from the changes on the element itself: 'strong' (≥ 3:1), 'weak', or null. */
function ownIndicator(target: FocusTarget): { strength: 'native' | 'strong' | 'weak'; what: string } | null {
  const after = (property: string) =>
    target.changes.find((change) => change.where === 'element' && change.property === property);
  const own = target.changes.filter((change) => change.where === 'element');
  if (own.length === 0) return null;
  // The outline counts when its style changes to a visible one (the UA's own :focus-visible rule also moves
  // outline-offset, which alone shows nothing).
  const outlineStyle = after('outline-style')?.after;
  if (outlineStyle && outlineStyle !== 'none' && outlineStyle !== 'hidden') {
    // Chromium computes outline-width 0 while the style is none: an unchanged width from none means 0.
    const wasNone = /^(none|hidden)$/.test(after('outline-style')?.before ?? '');
    const width = px(after('outline-width')?.after ?? (wasNone ? '0px' : '1px'));
    const colour = after('outline-color')?.after ?? 'rgb(0, 0, 0)';
    if (outlineStyle === 'auto') return { strength: 'native', what: 'contour natif du navigateur' };
    if (width > 0 && (parseColour(colour)?.a ?? 1) > 0) {
      const ratio = contrast(colour, target.surroundingBackground);
      return { strength: ratio !== null && ratio >= 3 ? 'strong' : 'weak', what: 'contour (outline)' };
    }
  }
  const shadow = after('box-shadow');
  if (shadow && shadow.after !== 'none') {
    const ratios = coloursIn(shadow.after).map((colour) => contrast(colour, target.surroundingBackground));
    if (ratios.some((ratio) => ratio !== null && ratio >= 3))
      return { strength: 'strong', what: 'ombre (box-shadow)' };
    return { strength: 'weak', what: 'ombre (box-shadow)' };
  }
  const borderColours = own.filter((change) => /^border-\w+-color$/.test(change.property));
  const widths = own.filter(
    (change) => /^border-\w+-width$/.test(change.property) && px(change.after) > px(change.before),
  );
  if (borderColours.length > 0 || widths.length > 0) {
    const ok = borderColours.some(
      (change) => (contrast(change.after, target.surroundingBackground) ?? 0) >= 3,
    );
    return { strength: ok ? 'strong' : 'weak', what: 'bordure' };
  }
  const background = after('background-color');
  if (background) {
    const ratio = contrast(background.after, target.ownBackground);
    return { strength: ratio !== null && ratio >= 3 ? 'strong' : 'weak', what: 'couleur de fond' };
  }
  if (
    own.some((change) => !/^(outline-offset|outline-color|outline-width|visibility)$/.test(change.property))
  )
    return { strength: 'weak', what: own.map((change) => change.property).join(', ') };
  return null;
}

function focusVerdict(target: FocusTarget): Verdict {
  if (!target.visible)
    return cantTell(
      'Élément qui reçoit le focus mais n’est pas visible une fois focalisé : vérifier à la main qu’il devient visible avec une indication de focus.',
    );
  const indicator = ownIndicator(target);
  if (indicator?.strength === 'native' || indicator?.strength === 'strong') return passed();
  if (indicator)
    return cantTell(
      `La prise de focus change l’élément (${indicator.what}) : vérifier que ce changement est visible et contrasté (3:1 au moins).`,
    );
  const pseudo = target.changes.filter((change) => change.where === 'before' || change.where === 'after');
  const elsewhere = target.changes.filter(
    (change) => change.where === 'ancestor' || change.where === 'sibling',
  );
  if (pseudo.length > 0 || elsewhere.length > 0 || target.mutations.length > 0)
    return cantTell(
      'La prise de focus change le style autour de l’élément (pseudo-élément, parent, voisin ou script) : vérifier que l’indication de focus est visible et contrastée.',
    );
  if (!target.focusVisible)
    return cantTell(
      'Le navigateur n’a pas appliqué :focus-visible à cet élément : vérifier l’indication de focus au clavier à la main.',
    );
  return failed(
    'Aucune indication visuelle du focus : rien ne change quand l’élément reçoit le focus au clavier (outline supprimé ?) ; rétablir le contour natif ou définir un style :focus-visible contrasté.',
  );
}

interface FocusRuleTarget extends RuleTarget {
  focus?: FocusTarget;
}

export default defineRule<FocusRuleTarget, 'focus'>({
  id: 'focus-indicator-missing',
  version: 1,
  family: 'a11y',
  title: 'Élément focalisable sans indication visuelle du focus',
  description:
    'Chaque élément de l’ordre de tabulation (150 au plus) reçoit le focus comme au clavier (:focus-visible) ; ses styles calculés, ceux de ses pseudo-éléments ::before/::after, de ses parents et de ses voisins immédiats sont comparés avant et après, et les modifications du DOM par les scripts sont relevées. Validé quand le contour natif est conservé, ou quand un contour, une ombre, une bordure ou un fond apparaît avec un contraste d’au moins 3:1 avec le fond. Échec quand rien ne change du tout (ACT oj04fd). Autres changements (couleur du texte, soulignement, parent, script), contraste insuffisant ou élément invisible : à vérifier. Limites : un indicateur dessiné loin de l’élément sans changement de style mesuré, ou par un script différé, passerait pour absent ; un contour masqué par un parent (overflow) passerait pour visible.',
  rgaa: ['10.7.1'],
  wcag: ['2.4.7'],
  act: ['oj04fd'],
  coverage: 'full',
  requires: ['focus'],
  applicability: ({ focus }) => {
    const targets: FocusRuleTarget[] = focus.targets.map((target) => ({
      selector: target.selector,
      snippet: target.snippet,
      focus: target,
    }));
    if (focus.total > focus.targets.length) targets.push({ ...focus.root });
    return targets;
  },
  expectation: (target, { focus }) =>
    target.focus
      ? focusVerdict(target.focus)
      : cantTell(
          `Seuls les ${focus.targets.length} premiers éléments focalisables sur ${focus.total} ont été vérifiés : vérifier les autres à la main.`,
        ),
});
