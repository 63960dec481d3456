// Focus facts (RGAA 10.7.1, WCAG 2.4.7, ACT oj04fd): each element of the sequential focus order is focused in
// turn (programmatic focus, which Chromium treats as :focus-visible when no pointer was used) and its computed
// styles, pseudo-elements, ancestors and siblings are compared unfocused vs focused. Restores focus and scroll.

import type { FocusFacts, FocusRemoval, FocusStyleChange, FocusTarget } from '../../../core/facts/focus.js';
import { checkKeyboardTraps } from './focus-trap.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export const MAX_FOCUS_TARGETS = 150;
/** Elements focused for the focus-removal check (RGAA 7.3.2): the style walk's plus a quick pass on the rest. */
export const MAX_REMOVAL_CHECKS = 1500;

export default defineGatherer({
  key: 'focus',
  mutates: true,
  gather: async (page) => {
    const { bounced, ...facts } = await page.evaluate(
      ([max, maxRemovalChecks]: [number, number]): Omit<FocusFacts, 'trap'> & {
        bounced: string[];
      } => {
        const started = performance.now();
        const v = (window as unknown as VigieWindow).__vigie;
        const OWN = [
          'outline-style',
          'outline-width',
          'outline-color',
          'outline-offset',
          'box-shadow',
          'border-top-color',
          'border-right-color',
          'border-bottom-color',
          'border-left-color',
          'border-top-width',
          'border-bottom-width',
          'border-left-width',
          'border-right-width',
          'border-top-style',
          'border-right-style',
          'border-bottom-style',
          'border-left-style',
          'background-color',
          'background-image',
          'color',
          'text-decoration-line',
          'text-decoration-color',
          'text-decoration-thickness',
          'text-shadow',
          'font-weight',
          'opacity',
          'transform',
          'filter',
          'visibility',
          'clip',
          'clip-path',
        ];
        const PSEUDO = [
          'content',
          'display',
          'width',
          'height',
          'outline-style',
          'box-shadow',
          'border-bottom-style',
          'border-bottom-color',
          'background-color',
          'background-image',
          'color',
          'opacity',
          'transform',
        ];
        const AROUND = [
          'outline-style',
          'box-shadow',
          'border-top-color',
          'border-bottom-color',
          'border-bottom-style',
          'background-color',
          'background-image',
          'color',
          'opacity',
        ];
        const cut = (value: string) => (value.length > 200 ? value.slice(0, 200) : value);
        /** Computed values; those that cannot show are blanked (a border colour without border, an outline
         * colour without outline), so that a change of `color` alone does not look like a new border. */
        const read = (element: Element, props: string[], pseudo?: string): string[] => {
          const style = getComputedStyle(element, pseudo);
          const shown = (prop: string): boolean => {
            const side = /^border-(\w+)-(color|width)$/.exec(prop)?.[1];
            if (side) {
              const lineStyle = style.getPropertyValue(`border-${side}-style`);
              return (
                lineStyle !== 'none' &&
                lineStyle !== 'hidden' &&
                style.getPropertyValue(`border-${side}-width`) !== '0px'
              );
            }
            if (/^outline-(color|width|offset)$/.test(prop)) return style.outlineStyle !== 'none';
            if (prop.startsWith('text-decoration-') && prop !== 'text-decoration-line')
              return style.textDecorationLine !== 'none';
            return true;
          };
          return props.map((prop) => (shown(prop) ? style.getPropertyValue(prop) : '-'));
        };
        const alphaOf = (colour: string): number => {
          const match = /rgba?\(([^)]+)\)/.exec(colour);
          if (!match) return colour === 'transparent' ? 0 : 1;
          const parts = (match[1] ?? '').split(/[\s,/]+/).filter(Boolean);
          return parts.length === 4 ? Number(parts[3]) : 1;
        };
        /** First opaque background from `start` up, null when an image is met first; white canvas at the top. */
        const backgroundFrom = (start: Element | null): string | null => {
          for (let node = start; node; node = node.parentElement) {
            const style = getComputedStyle(node);
            if (alphaOf(style.backgroundColor) >= 1) return style.backgroundColor;
            if (style.backgroundImage !== 'none') return null;
          }
          return 'rgb(255, 255, 255)';
        };
        const inert = (element: Element) => element.closest('[inert]') !== null;
        const candidates = Array.from(
          document.querySelectorAll<HTMLElement>(
            'a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [tabindex], [contenteditable]',
          ),
        ).filter(
          (element) =>
            element.tabIndex >= 0 &&
            !(element as HTMLButtonElement).disabled &&
            !(element instanceof HTMLInputElement && element.type === 'hidden') &&
            !inert(element) &&
            (element.getClientRects().length > 0 || element.localName === 'area'),
        );
        const scroll = { x: window.scrollX, y: window.scrollY };
        const initiallyFocused = document.activeElement as HTMLElement | null;
        const observer = new MutationObserver(() => undefined);
        observer.observe(document.documentElement, {
          attributes: true,
          childList: true,
          characterData: true,
          subtree: true,
        });
        const settleTransitions = () => {
          for (const animation of document.getAnimations())
            if (animation instanceof CSSTransition) animation.finish();
        };
        const targets: FocusTarget[] = [];
        // RGAA 7.3.2: an element that got its focus event but no longer has the focus once focus() returns lost
        // it to a script of the page (a focus handler calling blur() or moving the focus elsewhere).
        const removed: FocusRemoval[] = [];
        let removalChecked = 0;
        let focusing: HTMLElement | null = null;
        let gotFocusEvent = false;
        const onFocus = (event: FocusEvent) => {
          if (event.target === focusing) gotFocusEvent = true;
        };
        window.addEventListener('focus', onFocus, true);
        /** Focuses the element; false when a script took the focus away at once (recorded). */
        const focusAndCheck = (element: HTMLElement): boolean => {
          focusing = element;
          gotFocusEvent = false;
          element.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
          focusing = null;
          removalChecked++;
          const active = document.activeElement;
          if (active === element || !gotFocusEvent) return true;
          if (removed.length < 20)
            removed.push({
              selector: v.selector(element),
              snippet: v.snippet(element),
              movedTo:
                active && active !== document.body && active !== document.documentElement
                  ? { selector: v.selector(active), snippet: v.snippet(active) }
                  : null,
            });
          return false;
        };
        /** Elements that took the focus back when blurred (RGAA 12.9.1 suspects, checked with real Tab). */
        const bounced: string[] = [];
        const blurActive = () => {
          const previous = document.activeElement as HTMLElement | null;
          previous?.blur?.();
          if (
            previous &&
            previous !== document.body &&
            document.activeElement === previous &&
            bounced.length < 5
          )
            bounced.push(v.selector(previous));
        };
        let total = 0;
        try {
          for (const element of candidates) {
            if (targets.length >= max) {
              total++;
              if (removalChecked < maxRemovalChecks) {
                blurActive();
                focusAndCheck(element);
              }
              continue;
            }
            blurActive();
            settleTransitions();
            observer.takeRecords();
            const ancestors: Element[] = [];
            for (
              let node = element.parentElement;
              node && node !== document.documentElement;
              node = node.parentElement
            )
              ancestors.push(node);
            const siblings = [element.previousElementSibling, element.nextElementSibling].filter(
              (node): node is Element => node !== null,
            );
            const snapshot = () => ({
              own: read(element, OWN),
              before: read(element, PSEUDO, '::before'),
              after: read(element, PSEUDO, '::after'),
              ancestors: ancestors.map((node) => read(node, AROUND)),
              siblings: siblings.map((node) => read(node, AROUND)),
            });
            const ownBackground = backgroundFrom(element);
            const surroundingBackground = backgroundFrom(element.parentElement);
            const unfocused = snapshot();
            const boxBefore = element.getBoundingClientRect();
            if (!focusAndCheck(element)) {
              total++;
              continue;
            }
            if (document.activeElement !== element) continue; // not focusable after all (hidden, inert)
            total++;
            settleTransitions();
            const mutations = observer
              .takeRecords()
              .slice(0, 5)
              .map((record) =>
                cut(
                  `${record.type} ${record.attributeName ?? ''} ${record.target instanceof Element ? v.selector(record.target) : ''}`,
                ),
              );
            const focused = snapshot();
            const changes: FocusStyleChange[] = [];
            const compare = (where: FocusStyleChange['where'], props: string[], a: string[], b: string[]) => {
              props.forEach((property, index) => {
                const before = a[index] ?? '';
                const after = b[index] ?? '';
                if (before !== after && changes.length < 30)
                  changes.push({ where, property, before: cut(before), after: cut(after) });
              });
            };
            compare('element', OWN, unfocused.own, focused.own);
            compare('before', PSEUDO, unfocused.before, focused.before);
            compare('after', PSEUDO, unfocused.after, focused.after);
            unfocused.ancestors.forEach((values, index) => {
              compare('ancestor', AROUND, values, focused.ancestors[index] ?? []);
            });
            unfocused.siblings.forEach((values, index) => {
              compare('sibling', AROUND, values, focused.siblings[index] ?? []);
            });
            const rect = element.getBoundingClientRect();
            const geometry = (box: DOMRect) =>
              `${Math.round(box.left + window.scrollX)},${Math.round(box.top + window.scrollY)} ${Math.round(box.width)}×${Math.round(box.height)}`;
            if (geometry(boxBefore) !== geometry(rect))
              changes.push({
                where: 'element',
                property: 'box',
                before: geometry(boxBefore),
                after: geometry(rect),
              });
            const clipped = getComputedStyle(element).clip.startsWith('rect(');
            targets.push({
              selector: v.selector(element),
              snippet: v.snippet(element),
              visible:
                v.isVisible(element) &&
                rect.width >= 2 &&
                rect.height >= 2 &&
                rect.right + window.scrollX > 0 &&
                rect.bottom + window.scrollY > 0 &&
                !clipped,
              focusVisible: element.matches(':focus-visible'),
              changes,
              mutations,
              surroundingBackground,
              ownBackground,
            });
          }
        } finally {
          window.removeEventListener('focus', onFocus, true);
          blurActive();
          if (initiallyFocused && initiallyFocused !== document.body)
            initiallyFocused.focus({ preventScroll: true });
          settleTransitions();
          observer.disconnect();
          window.scrollTo(scroll.x, scroll.y);
        }
        const html = document.documentElement;
        return {
          root: { selector: v.selector(html), snippet: v.snippet(html).replace(/>[\s\S]*$/, '>') },
          targets,
          total,
          removal: { candidates: candidates.length, checked: removalChecked, removed },
          durationMs: Math.round(performance.now() - started),
          bounced,
        };
      },
      [MAX_FOCUS_TARGETS, MAX_REMOVAL_CHECKS] as [number, number],
    );
    const trap = await checkKeyboardTraps(page, bounced);
    return { ...facts, trap };
  },
});
