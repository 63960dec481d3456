// What tells that two form fields have the same function (RGAA 11.3.1, 11.3.2, WCAG 3.2.4): the same
// autocomplete purpose, the same specific input type, the same `name` or the same id. Radio buttons and
// checkboxes are left out: fields sharing their `name` are the options of one field, not repeated fields.

import { normalizeLabel } from '../../core/facts/fields.js';

export interface FieldIdentity {
  selector: string;
  type: string;
  autocomplete: string | null;
  htmlName: string | null;
}

/** Input types that say the field's purpose by themselves. */
const PURPOSE_TYPES = new Set(['search', 'email', 'tel', 'url', 'password']);
/** Types whose fields are not text entries with a label of their own (options, buttons). */
const SKIPPED_TYPES = new Set([
  'radio',
  'checkbox',
  'hidden',
  'submit',
  'reset',
  'button',
  'image',
  'switch',
]);

export function comparableField(field: { type: string }): boolean {
  return !SKIPPED_TYPES.has(field.type);
}

/**
 * Keys naming the field's function: `ac:<purpose>` (last autocomplete token, on/off ignored), `type:<type>`,
 * `name:<name>` (lowercased, `[]` dropped), and `id:<id>` when `withId` (ids are unique within a page).
 */
export function functionKeys(field: FieldIdentity, withId: boolean): string[] {
  const keys: string[] = [];
  const purpose = (field.autocomplete ?? '').trim().toLowerCase().split(/\s+/).pop() ?? '';
  if (purpose && purpose !== 'on' && purpose !== 'off') keys.push(`ac:${purpose}`);
  if (PURPOSE_TYPES.has(field.type)) keys.push(`type:${field.type}`);
  const name = (field.htmlName ?? '').trim().toLowerCase().replace(/\[\]$/, '');
  if (name) keys.push(`name:${name}`);
  const id = /^#([^\s>+~.:[]+)$/.exec(field.selector)?.[1];
  if (withId && id) keys.push(`id:${id.replace(/\\/g, '').toLowerCase()}`);
  return keys;
}

/** Groups of items linked by a shared function key (union–find over the keys). */
export function groupByFunction<T>(items: readonly T[], keysOf: (item: T) => string[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    return root;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of keysOf(item)) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  return [...groups.values()];
}

/** Distinct labels of a group once case, accents and punctuation are ignored (empty labels left out). */
export function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const label of labels) {
    const key = normalizeLabel(label);
    if (key && !seen.has(key)) seen.set(key, label);
  }
  return [...seen.values()];
}
