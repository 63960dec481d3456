// Form facts (RGAA theme 11, ACT 2t702h): fields with their labels (text, visible text, geometry), label[for],
// buttons near forms; label[for], groups, radio sets, optgroups and <summary> come from fields-structure.ts.
// Read-only; lists cut at 500.

import type { Box, FieldFacts, LabelText } from '../../../core/facts/fields.js';
import { gatherFieldStructure } from './fields-structure.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'fields',
  mutates: false,
  gather: async (page) => {
    const { fields, buttons, truncated } = await page.evaluate(
      (): Pick<FieldFacts, 'fields' | 'buttons' | 'truncated'> => {
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
        const cut = (text: string): string => {
          const collapsed = text.replace(/\s+/g, ' ').trim();
          return collapsed.length > MAX_TEXT ? collapsed.slice(0, MAX_TEXT) : collapsed;
        };
        const attr = (el: Element, name: string): string | null => {
          const value = el.getAttribute(name);
          return value === null ? null : cut(value);
        };
        const rendered = (el: Element): boolean => {
          const candidate = el as Element & { checkVisibility?: (options: object) => boolean };
          return candidate.checkVisibility ? candidate.checkVisibility({ visibilityProperty: true }) : true;
        };
        const pageBox = (rect: DOMRect): Box => ({
          x: Math.round(rect.left + window.scrollX),
          y: Math.round(rect.top + window.scrollY),
          width: Math.round(rect.width),
          height: Math.round(rect.height),
        });
        /** Visually hidden on purpose: 1 px clip (sr-only), clip-path, transparent or off-screen. */
        const visuallyHidden = (el: Element): boolean => {
          const rect = el.getBoundingClientRect();
          if (rect.width <= 1 || rect.height <= 1) return true;
          if (rect.right + window.scrollX < 0 || rect.bottom + window.scrollY < 0) return true;
          const style = getComputedStyle(el);
          if (style.clip !== 'auto' && style.clip !== '') return true;
          if (/inset\((50|100)%/.test(style.clipPath)) return true;
          return Number(style.opacity) < 0.05;
        };
        const isField = (el: Element): boolean => {
          const tag = el.localName;
          if (tag === 'select' || tag === 'textarea') return true;
          if (tag === 'input') return !NOT_FIELDS.has((el as HTMLInputElement).type);
          const role = (el.getAttribute('role') ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
          return FIELD_ROLES.has(role);
        };
        /** Label-like text of an element: what AT read (text, img alt), what is visible, and where. */
        const readText = (root: Element): LabelText & { fromText: boolean } => {
          const all: string[] = [];
          const shown: string[] = [];
          let fromText = false;
          let left = Number.POSITIVE_INFINITY;
          let top = Number.POSITIVE_INFINITY;
          let right = Number.NEGATIVE_INFINITY;
          let bottom = Number.NEGATIVE_INFINITY;
          const grow = (rect: DOMRect): void => {
            left = Math.min(left, rect.left);
            top = Math.min(top, rect.top);
            right = Math.max(right, rect.right);
            bottom = Math.max(bottom, rect.bottom);
          };
          const rootHidden = !rendered(root);
          // `spoken`: not under aria-hidden. Hidden from AT but still shown (« * », « × »): visible text only.
          const walk = (node: Node, visible: boolean, spoken: boolean): void => {
            if (node.nodeType === Node.TEXT_NODE) {
              const text = (node as Text).data;
              if (spoken) all.push(text);
              if (visible && text.trim()) {
                const range = document.createRange();
                range.selectNodeContents(node);
                const rect = range.getBoundingClientRect();
                if (rect.width > 1 && rect.height > 1 && rect.right + window.scrollX >= 0) {
                  shown.push(text);
                  fromText = true;
                  grow(rect);
                }
              }
              return;
            }
            if (node.nodeType !== Node.ELEMENT_NODE) return;
            const el = node as Element;
            if (/^(input|select|textarea|script|style|template|noscript)$/.test(el.localName)) return;
            const speak = spoken && el.getAttribute('aria-hidden') !== 'true';
            if (!rootHidden && !rendered(el)) return;
            const show = visible && !visuallyHidden(el);
            if (el.localName === 'img') {
              const alt = el.getAttribute('alt') ?? '';
              if (!speak) return;
              all.push(` ${alt} `);
              if (show && alt.trim()) {
                shown.push(` ${alt} `);
                grow(el.getBoundingClientRect());
              }
              return;
            }
            for (const child of Array.from(el.childNodes)) walk(child, show, speak);
          };
          walk(root, !rootHidden && !visuallyHidden(root), true);
          const visibleText = cut(shown.join(' '));
          return {
            text: cut(all.join('')),
            visibleText,
            textBox: visibleText ? pageBox(new DOMRect(left, top, right - left, bottom - top)) : null,
            fromText,
          };
        };
        const strip = ({ fromText: _, ...text }: LabelText & { fromText: boolean }): LabelText => text;
        /** Visible text of a sibling node; null when it is a form field (the search stops there). */
        const siblingText = (node: Node): string | null => {
          if (node.nodeType === Node.TEXT_NODE) {
            const parent = node.parentElement;
            return parent && rendered(parent) ? cut((node as Text).data) : '';
          }
          if (node.nodeType !== Node.ELEMENT_NODE) return '';
          const el = node as Element;
          if (isField(el)) return null;
          // A button's visible text (RGAA 11.1.1: an adjacent button may give the field its visible label).
          if (el instanceof HTMLInputElement)
            return rendered(el) ? cut(el.value || el.alt || '[button]') : '';
          if (el.querySelector(FIELD_SELECTOR)) return null;
          if (!rendered(el) || visuallyHidden(el)) return '';
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is wanted here, CSS applied.
          const text = cut((el as HTMLElement).innerText ?? '');
          // An image beside the field may carry its label: reported as such, never as « no text ».
          return text || (el.matches('img, svg') || el.querySelector('img, svg') ? '[image]' : '');
        };
        const nearText = (el: Element, step: -1 | 1): string => {
          let node: Element | null = el;
          for (let level = 0; level < 4 && node; level++) {
            let sibling = step < 0 ? node.previousSibling : node.nextSibling;
            for (let seen = 0; sibling && seen < 6; seen++) {
              const text = siblingText(sibling);
              if (text === null) return '';
              if (text) return text;
              sibling = step < 0 ? sibling.previousSibling : sibling.nextSibling;
            }
            node = node.parentElement;
            if (!node || /^(form|fieldset|body|html)$/.test(node.localName)) break;
          }
          return '';
        };
        /** A box drawn by the label's ::before or ::after (custom checkbox or radio). */
        const marker = (label: Element | undefined): 'before' | 'after' | null => {
          if (!label) return null;
          for (const pseudo of ['::before', '::after'] as const) {
            const style = getComputedStyle(label, pseudo);
            if (style.content !== 'none' && style.content !== 'normal' && Number.parseFloat(style.width) >= 8)
              return pseudo === '::before' ? 'before' : 'after';
          }
          return null;
        };
        const referenced = (el: Element, name: string): Element[] =>
          (el.getAttribute(name) ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => document.getElementById(id))
            .filter((found): found is HTMLElement => found !== null);

        const fieldElements = Array.from(document.querySelectorAll(`${FIELD_SELECTOR}, [role]`)).filter(
          (el) => isField(el) && !v.isHiddenFromAT(el),
        );
        const fields = cap(fieldElements).map((el) => {
          const native = /^(input|select|textarea)$/.test(el.localName);
          const style = getComputedStyle(el);
          const box = v.box(el);
          const opaque =
            Number(style.opacity) >= 0.05 && Number(getComputedStyle(el.parentElement ?? el).opacity) >= 0.05;
          const refs = el.hasAttribute('aria-labelledby') ? referenced(el, 'aria-labelledby') : null;
          const refTexts = refs?.map(readText) ?? [];
          const describedby = referenced(el, 'aria-describedby').map((ref) => readText(ref).visibleText);
          const checkable = /^(checkbox|radio)$/.test(el.getAttribute('type')?.toLowerCase() ?? '');
          return {
            selector: v.selector(el),
            snippet: v.snippet(el),
            tag: el.localName,
            type: native
              ? el.localName === 'input'
                ? (el as HTMLInputElement).type
                : el.localName
              : (el.getAttribute('role') ?? '').trim().split(/\s+/)[0]!.toLowerCase(),
            native,
            required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
            autocomplete: attr(el, 'autocomplete'),
            accessibleName: cut(v.accessibleName(el)),
            labels: Array.from((el as HTMLInputElement).labels ?? []).map((label) => ({
              ...strip(readText(label)),
              explicit: label.hasAttribute('for'),
            })),
            ariaLabel: attr(el, 'aria-label'),
            labelledby: refs
              ? {
                  text: cut(refTexts.map((text) => text.text).join(' ')),
                  visibleText: cut(refTexts.map((text) => text.visibleText).join(' ')),
                  textBox: refTexts.length === 1 ? (refTexts[0]?.textBox ?? null) : null,
                  found: refs.length > 0,
                }
              : null,
            describedbyVisibleText: cut(describedby.join(' ')),
            title: attr(el, 'title'),
            placeholder: attr(el, 'placeholder'),
            contentText: native ? '' : cut(v.text(el)),
            // Off-screen fields (honeypots, `left: -9999px`) are not seen either.
            visible:
              v.isVisible(el) &&
              box.width >= 4 &&
              box.height >= 4 &&
              opaque &&
              box.x + box.width > 0 &&
              box.y + box.height > 0,
            customAppearance: checkable && style.appearance === 'none',
            rtl: style.direction === 'rtl',
            box,
            nearText: { before: nearText(el, -1), after: nearText(el, 1) },
            labelMarker: checkable ? marker((el as HTMLInputElement).labels?.[0]) : null,
          };
        });

        const nearField = (el: Element): boolean => {
          let node = el.parentElement;
          for (let level = 0; level < 3 && node && node !== document.body; level++, node = node.parentElement)
            if (node.querySelector(FIELD_SELECTOR)) return true;
          return false;
        };
        const buttonElements = Array.from(
          document.querySelectorAll(
            'button, input[type="submit" i], input[type="reset" i], input[type="button" i], input[type="image" i], [role="button" i]',
          ),
        ).filter((el) => !v.isHiddenFromAT(el));
        const buttons = cap(buttonElements).map((el) => {
          const input = el.localName === 'input' ? (el as HTMLInputElement) : null;
          const content = input ? null : readText(el);
          const value = input?.getAttribute(input.type === 'image' ? 'alt' : 'value') ?? '';
          return {
            selector: v.selector(el),
            snippet: v.snippet(el),
            type: input ? input.type : el.localName === 'button' ? 'button' : 'role',
            accessibleName: cut(v.accessibleName(el)),
            visibleText: content ? content.visibleText : cut(value),
            imageOnly: input
              ? input.type === 'image'
              : content !== null && content.visibleText !== '' && !content.fromText,
            inForm: el.closest('form') !== null || (input?.form ?? null) !== null || nearField(el),
            visible: v.isVisible(el),
          };
        });

        return { fields, buttons, truncated };
      },
    );
    const structure = await gatherFieldStructure(page);
    return { fields, buttons, ...structure, truncated: truncated || structure.truncated };
  },
});
