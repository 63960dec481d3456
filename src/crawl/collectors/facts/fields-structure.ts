// Form structure facts (RGAA 11.1.2, 11.5–11.8, ACT 2t702h), the part of the `fields` key that needs no label
// geometry: label[for] targets, fieldsets and ARIA groups, radio sets, optgroups, <summary>. Serialised into the
// page: self-contained. Read-only; lists cut at 500.

import type { Page } from 'playwright-core';
import type { FieldFacts } from '../../../core/facts/fields.js';
import type { VigieWindow } from './page-helpers.js';

export type FieldStructure = Omit<FieldFacts, 'fields' | 'buttons'>;

export function gatherFieldStructure(page: Page): Promise<FieldStructure> {
  return page.evaluate((): FieldStructure => {
    const v = (window as unknown as VigieWindow).__vigie;
    const MAX_ITEMS = 500;
    const MAX_TEXT = 200;
    const FIELD_ROLES = new Set(['textbox', 'combobox', 'listbox', 'searchbox', 'spinbutton', 'slider']);
    for (const role of ['checkbox', 'radio', 'switch']) FIELD_ROLES.add(role);
    const NOT_FIELDS = new Set(['hidden', 'submit', 'reset', 'button', 'image']);
    const FIELD_SELECTOR = 'input:not([type="hidden" i]), select, textarea';
    let truncated = false;
    const cap = <T>(list: T[]): T[] => {
      if (list.length > MAX_ITEMS) truncated = true;
      return list.slice(0, MAX_ITEMS);
    };
    const cut = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
    // Same definition as in fields.ts (each page function must be self-contained).
    const isField = (el: Element): boolean => {
      const tag = el.localName;
      if (tag === 'select' || tag === 'textarea') return true;
      if (tag === 'input') return !NOT_FIELDS.has((el as HTMLInputElement).type);
      const role = (el.getAttribute('role') ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      return FIELD_ROLES.has(role);
    };
    const fieldElements = Array.from(document.querySelectorAll(`${FIELD_SELECTOR}, [role]`)).filter(
      (el) => isField(el) && !v.isHiddenFromAT(el),
    );
    const forLabels = cap(Array.from(document.querySelectorAll('label[for]'))).map((label) => {
      const control = (label as HTMLLabelElement).control;
      const forId = label.getAttribute('for') ?? '';
      // An ARIA field with that id meets the test's letter (id = for), though browsers do not associate them.
      const byId = forId ? document.getElementById(forId) : null;
      const fieldNearby =
        label.querySelector(FIELD_SELECTOR) !== null ||
        Array.from(label.parentElement?.children ?? []).some(
          (sibling) =>
            sibling !== label && (isField(sibling) || sibling.querySelector(FIELD_SELECTOR) !== null),
        );
      return {
        selector: v.selector(label),
        snippet: v.snippet(label),
        for: cut(forId),
        target:
          (control && isField(control)) || (byId && isField(byId))
            ? ('field' as const)
            : byId
              ? ('other' as const)
              : ('none' as const),
        fieldNearby,
      };
    });

    const hasHint = (el: Element): boolean =>
      ['title', 'aria-label', 'aria-labelledby', 'aria-describedby'].some(
        (name) => (el.getAttribute(name) ?? '').trim() !== '',
      );
    const groupElements = Array.from(document.querySelectorAll('fieldset, [role]')).filter((el) => {
      const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
      if (el.localName !== 'fieldset' && role !== 'group' && role !== 'radiogroup') return false;
      return !v.isHiddenFromAT(el) && fieldElements.some((field) => el.contains(field));
    });
    const groups = cap(groupElements).map((el) => {
      const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
      const legend = el.localName === 'fieldset' ? el.querySelector(':scope > legend') : null;
      const inside = fieldElements.filter((field) => el.contains(field));
      return {
        selector: v.selector(el),
        snippet: v.snippet(el),
        kind:
          el.localName === 'fieldset'
            ? ('fieldset' as const)
            : role === 'radiogroup'
              ? ('radiogroup' as const)
              : ('group' as const),
        legend: legend ? v.text(legend).slice(0, MAX_TEXT) : null,
        ariaName:
          el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')
            ? cut(v.accessibleName(el))
            : null,
        fieldCount: inside.length,
        fieldsHaveHints: inside.every(hasHint),
      };
    });

    const radioSets = new Map<string, HTMLInputElement[]>();
    const forms = Array.from(document.forms);
    for (const el of fieldElements) {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) continue;
      const key = `${el.form ? forms.indexOf(el.form) : -1}\u0000${el.name}`;
      radioSets.set(key, [...(radioSets.get(key) ?? []), el]);
    }
    const sets = cap([...radioSets.values()].filter((set) => set.length >= 2)).map((set) => ({
      selector: v.selector(set[0]!),
      snippet: v.snippet(set[0]!),
      name: cut(set[0]!.name),
      count: set.length,
      grouped: set.every(
        (radio) => radio.closest('fieldset, [role="group" i], [role="radiogroup" i]') !== null,
      ),
      hints: set.every((radio) =>
        ['title', 'aria-labelledby', 'aria-describedby'].some(
          (name) => (radio.getAttribute(name) ?? '').trim() !== '',
        ),
      ),
    }));

    const optgroups = cap(
      Array.from(document.querySelectorAll('select optgroup')).filter(
        (el) => !v.isHiddenFromAT(el.closest('select')!),
      ),
    ).map((el) => ({
      selector: v.selector(el),
      snippet: v.snippet(el),
      label: el.getAttribute('label'),
    }));

    const summaries = cap(
      Array.from(document.querySelectorAll('details > summary')).filter(
        (el) => el.parentElement?.querySelector(':scope > summary') === el,
      ),
    ).map((el) => ({
      selector: v.selector(el),
      snippet: v.snippet(el),
      role: el.getAttribute('role'),
      hidden: v.isHiddenFromAT(el),
      accessibleName: cut(v.accessibleName(el)),
    }));

    return { forLabels, groups, radioSets: sets, optgroups, summaries, truncated };
  });
}
