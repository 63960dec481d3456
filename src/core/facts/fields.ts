// Facts for the rules on forms (RGAA theme 11, and ACT 2t702h for <summary>). Filled by
// src/crawl/collectors/facts/fields.ts. Texts are whitespace-collapsed and cut to 200 characters.

import type { RuleTarget } from './target.js';

/** A box in page coordinates (px). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A piece of label text: what assistive technologies read, what is shown, and where it is shown. */
export interface LabelText {
  /** Text nodes and image alternatives, embedded controls and aria-hidden parts skipped. */
  text: string;
  /**
   * What is rendered and not visually hidden (1 px clip, off-screen), aria-hidden text included (a « * » hidden
   * from AT is still shown): '' when nothing is.
   */
  visibleText: string;
  /** Union of the boxes of the visible text, null when nothing is visible. */
  textBox: Box | null;
}

/** A `<label>` element associated with a field (`field.labels`). */
export interface FieldLabel extends LabelText {
  /** Associated through its `for` attribute (else the field is inside it: implicit label). */
  explicit: boolean;
}

export interface FieldFact extends RuleTarget {
  tag: string;
  /** `input` type (lowercased, `text` by default), `select`, `textarea`, or the explicit ARIA role of a widget. */
  type: string;
  /** Native HTML control (else an element with an ARIA field role). */
  native: boolean;
  /** `required` or `aria-required="true"`. */
  required: boolean;
  /** The `autocomplete` attribute as written, null when absent. */
  autocomplete: string | null;
  /** Accessible name (axe-core's accname). */
  accessibleName: string;
  labels: FieldLabel[];
  /** `aria-label` as written, null when absent. */
  ariaLabel: string | null;
  /** Text referenced by `aria-labelledby`, null when the attribute is absent. */
  labelledby: (LabelText & { found: boolean }) | null;
  /** Visible text referenced by `aria-describedby` ('' when none). */
  describedbyVisibleText: string;
  title: string | null;
  placeholder: string | null;
  /** Text of the element's own content (ARIA widgets only: name from content). */
  contentText: string;
  /** Rendered, at least 4×4 px, not transparent, not off-screen: a sighted user sees it. */
  visible: boolean;
  /** Drawn by CSS (`appearance: none`): a checkbox or radio may not look like one. */
  customAppearance: boolean;
  rtl: boolean;
  box: Box;
  /** Nearest visible text before and after the field (siblings, climbing at most 3 ancestors). */
  nearText: { before: string; after: string };
  /** Checkbox/radio: its first label draws a box with ::before or ::after (a custom control), else null. */
  labelMarker: 'before' | 'after' | null;
}

/** A `<label for>`: does its `for` reach a labelable field? */
export interface ForLabelFact extends RuleTarget {
  for: string;
  /**
   * `field`: the label's control, or the element with that id, is a form field (native or ARIA); `other`: an
   * element with that id exists but is not one; `none`: no element has that id.
   */
  target: 'field' | 'other' | 'none';
  /** A form field sits inside the label or beside it (same parent). */
  fieldNearby: boolean;
}

/** A `<fieldset>`, or an element with role group or radiogroup, holding form fields. */
export interface GroupFact extends RuleTarget {
  kind: 'fieldset' | 'group' | 'radiogroup';
  /** Text of the fieldset's `<legend>` (first one, direct child), null when there is none. */
  legend: string | null;
  /** `aria-label` / `aria-labelledby` text, null when neither attribute is present. */
  ariaName: string | null;
  fieldCount: number;
  /** Every field inside has a title, aria-label, aria-labelledby or aria-describedby (RGAA 11.6.1 step 3). */
  fieldsHaveHints: boolean;
}

/** Visible radio buttons sharing a `name` in the same form (the target is the first one). */
export interface RadioSetFact extends RuleTarget {
  name: string;
  count: number;
  /** Every radio of the set is inside a fieldset or a role group/radiogroup. */
  grouped: boolean;
  /** Every radio has a title, aria-labelledby or aria-describedby that may name the group. */
  hints: boolean;
}

export interface OptgroupFact extends RuleTarget {
  /** The `label` attribute as written, null when absent. */
  label: string | null;
}

/** A button (button, input submit/reset/button/image, role=button) in or beside a form. */
export interface ButtonFact extends RuleTarget {
  /** `button`, `submit`, `reset`, `image` (input types) or `role` for role=button. */
  type: string;
  accessibleName: string;
  /** The text a sighted user reads on it ('' when none: icon only, or unknown UA default). */
  visibleText: string;
  /** The visible label comes only from images (alt): what the image shows is unknown. */
  imageOnly: boolean;
  /** In a `<form>`, or within 3 ancestors of a form field. */
  inForm: boolean;
  visible: boolean;
}

/** A `<summary>` that is the first summary child of a `<details>` (ACT 2t702h). */
export interface SummaryFact extends RuleTarget {
  /** The `role` attribute as written, null when absent. */
  role: string | null;
  hidden: boolean;
  accessibleName: string;
}

export interface FieldFacts {
  fields: FieldFact[];
  forLabels: ForLabelFact[];
  groups: GroupFact[];
  radioSets: RadioSetFact[];
  optgroups: OptgroupFact[];
  buttons: ButtonFact[];
  summaries: SummaryFact[];
  /** Some list was cut at 500 items. */
  truncated: boolean;
}

// Pure text helpers shared by the form rules (RGAA 11.2.5, 11.9.2 « cas particuliers »: case and punctuation may
// be ignored when comparing a visible label with an accessible name).

/** Lowercase, accents and punctuation removed, whitespace collapsed. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalized text without any space: word joins (`Envoyer<span>maintenant</span>`) stop mattering. */
export function compactLabel(text: string): string {
  return normalizeLabel(text).replace(/ /g, '');
}

/** Has at least one letter or digit: a label made of « * », « : » or spaces says nothing. */
export function isMeaningful(text: string | null | undefined): boolean {
  return /[\p{L}\p{N}]/u.test(text ?? '');
}

/** The accessible name contains the visible label, case, accents, punctuation and spacing ignored. */
export function nameContainsLabel(name: string, visibleLabel: string): boolean {
  return compactLabel(name).includes(compactLabel(visibleLabel));
}

/** Checkbox, radio or switch (native or ARIA): labels go right of them (RGAA 11.4.3). */
export function isCheckable(field: { type: string }): boolean {
  return field.type === 'checkbox' || field.type === 'radio' || field.type === 'switch';
}

/** Where a label's text sits relative to its field (RGAA 11.4), and the gap between the two boxes in px. */
export function labelPlacement(
  label: Box,
  field: Box,
): { distance: number; position: 'left' | 'right' | 'above' | 'below' | 'overlap' | 'diagonal' } {
  const tolerance = 2;
  const labelRight = label.x + label.width;
  const labelBottom = label.y + label.height;
  const fieldRight = field.x + field.width;
  const fieldBottom = field.y + field.height;
  const gapX = Math.max(0, field.x - labelRight, label.x - fieldRight);
  const gapY = Math.max(0, field.y - labelBottom, label.y - fieldBottom);
  const distance = Math.round(Math.hypot(gapX, gapY));
  const rowOverlap = label.y < fieldBottom && labelBottom > field.y;
  const columnOverlap = label.x < fieldRight && labelRight > field.x;
  if (rowOverlap && labelRight <= field.x + tolerance) return { distance, position: 'left' };
  if (rowOverlap && label.x >= fieldRight - tolerance) return { distance, position: 'right' };
  if (columnOverlap && labelBottom <= field.y + tolerance) return { distance, position: 'above' };
  if (columnOverlap && label.y >= fieldBottom - tolerance) return { distance, position: 'below' };
  return { distance, position: rowOverlap && columnOverlap ? 'overlap' : 'diagonal' };
}

/** The box of a field's visible label: its first visible <label> text, else a single aria-labelledby text. */
export function visibleLabelBox(field: FieldFact): Box | null {
  for (const label of field.labels)
    if (label.textBox && isMeaningful(label.visibleText)) return label.textBox;
  return field.labelledby?.textBox && isMeaningful(field.labelledby.visibleText)
    ? field.labelledby.textBox
    : null;
}

/** Label and field are « accolés » within this gap (px); beyond FAR_PX they are not; in between, a person decides. */
export const ADJACENT_PX = 40;
export const FAR_PX = 400;
