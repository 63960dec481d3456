// Behaviour facts (RGAA 7.3.1, 7.3.2, 13.2.1, 13.9.1): reads what the init script recorded in the top document
// (behaviour-recorder.ts) plus inline and property handlers, and the CSS orientation rules. The tab adds the
// visit-wide records (new windows, client-side navigations) in visit.ts.

import type { BehaviourFacts, PointerHandlerFact } from '../../../core/facts/behaviour.js';
import type { RecorderState } from './behaviour-recorder.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';
import { unreadableWithOrientationMedia } from './stylesheet-text.js';

type InPage = Omit<BehaviourFacts, 'windowOpens' | 'navigations'>;

export default defineGatherer({
  key: 'behaviour',
  mutates: false,
  gather: async (page) => {
    const inPage = await page.evaluate((): InPage => {
      const v = (window as unknown as VigieWindow).__vigie;
      const state = (window as unknown as Record<symbol, RecorderState | undefined>)[
        Symbol.for('vigie.behaviour')
      ];
      const MAX = 500;
      const POINTER = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'touchstart'];
      const HOVER = ['mouseover', 'mouseenter'];
      const KEYS = ['keydown', 'keyup', 'keypress'];
      const FOCUSABLE =
        'a[href], area[href], button:not(:disabled), input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, iframe, audio[controls], video[controls], [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex^="-"])';
      const recorded = (target: object): string[] => {
        const byType = state?.listeners.get(target);
        return byType ? [...byType].filter(([, set]) => set.size > 0).map(([type]) => type) : [];
      };
      // on* properties cover both inline attributes and handlers assigned by script.
      const handled = (target: object, types: readonly string[]): string[] => {
        const own = recorded(target).filter((type) => types.includes(type));
        for (const type of types) {
          const value = (target as Record<string, unknown>)[`on${type}`];
          if (typeof value === 'function' && !own.includes(type)) own.push(type);
        }
        return own;
      };
      const root = document.documentElement;
      const delegated = [window, document, root, document.body]
        .filter((target): target is NonNullable<typeof target> => Boolean(target))
        .some((target) => handled(target, POINTER).length > 0);
      const pageKeyHandler = [window, document].some((target) => handled(target, KEYS).length > 0);
      let controlTexts: Set<string> | null = null;
      const sameText = (text: string): boolean => {
        controlTexts ??= new Set(
          Array.from(document.querySelectorAll('a[href], button, [role="button"], [role="link"]'))
            .map((control) => v.visibleText(control).toLowerCase())
            .filter(Boolean),
        );
        return text !== '' && controlTexts.has(text.toLowerCase());
      };
      const isNative = (el: Element): boolean =>
        el.matches(FOCUSABLE.replace(/, \[tabindex\][^,]*$/, '')) &&
        !(el.localName === 'summary' && el.parentElement?.querySelector(':scope > summary') !== el);
      const tabindexOf = (el: Element): number | null => {
        const raw = el.getAttribute('tabindex');
        return raw !== null && /^\s*-?\d+\s*$/.test(raw) ? Number.parseInt(raw, 10) : null;
      };

      const pointerHandlers: PointerHandlerFact[] = [];
      const focusHandlers: InPage['focusHandlers'] = [];
      const handledElements = new Set<Element>();
      const MAX_QUIET_FOCUS = 50;
      let quietFocusHandlers = 0;
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const types = handled(el, [...POINTER, ...HOVER]);
        if (types.length > 0 && pointerHandlers.length < MAX) {
          handledElements.add(el);
          const visible = v.isVisible(el);
          let inheritedKeyHandler = pageKeyHandler;
          let focusHandler = handled(el, ['focus', 'focusin']).length > 0;
          for (
            let up = el.parentElement;
            up && !(inheritedKeyHandler && focusHandler);
            up = up.parentElement
          ) {
            inheritedKeyHandler ||= handled(up, KEYS).length > 0;
            focusHandler ||= recorded(up).includes('focusin');
          }
          const nativeControl = isNative(el);
          const tabindex = tabindexOf(el);
          const focusableAncestor = Boolean(el.parentElement?.closest(FOCUSABLE));
          const focusableDescendants = Math.min(10, el.querySelectorAll(FOCUSABLE).length);
          // Cursor and same-text lookups cost a style or a text computation: only for the elements they decide.
          const isolated =
            visible &&
            !nativeControl &&
            tabindex === null &&
            !focusableAncestor &&
            focusableDescendants === 0;
          const cursorPointer = isolated && getComputedStyle(el).cursor === 'pointer';
          pointerHandlers.push({
            selector: v.selector(el),
            // A native control is a pass (or a hover check): a short snippet keeps the snapshot small.
            snippet: nativeControl ? v.snippet(el).slice(0, 100) : v.snippet(el),
            tag: el.localName,
            types,
            visible,
            nativeControl,
            disabled: el.matches(':disabled'),
            tabindex,
            role: el.getAttribute('role')?.trim().toLowerCase() || null,
            ownKeyHandler: handled(el, KEYS).length > 0,
            inheritedKeyHandler,
            focusHandler,
            focusableAncestor,
            focusableDescendants,
            cursorPointer,
            labelOfControl: el instanceof HTMLLabelElement && el.control !== null,
            sameTextAsControl: cursorPointer && sameText(v.visibleText(el).slice(0, 200)),
          });
        }
        const focusTypes = handled(el, ['focus', 'focusin']);
        if (focusTypes.length > 0 && focusHandlers.length < MAX) {
          const inline = [el.getAttribute('onfocus') ?? '', el.getAttribute('onfocusin') ?? ''].join(';');
          const property =
            typeof (el as HTMLElement).onfocus === 'function' ? String((el as HTMLElement).onfocus) : '';
          const source = `${inline};${property}`;
          let blur: 'self' | 'other' | 'none' = state?.focusBlur.get(el) ?? 'none';
          if (
            /\b(this|event\.target)\.blur\(\s*\)|^\s*blur\(\s*\)/.test(inline) ||
            /\bthis\.blur\(\s*\)/.test(property)
          )
            blur = 'self';
          else if (blur === 'none' && /\.blur\(\s*\)/.test(source)) blur = 'other';
          // Handlers that do not blur only give passes, which leave 7.3.2 untested: a few are enough.
          if (blur === 'none' && ++quietFocusHandlers > MAX_QUIET_FOCUS) continue;
          focusHandlers.push({
            selector: v.selector(el),
            snippet: blur === 'none' ? v.snippet(el).slice(0, 100) : v.snippet(el),
            visible: v.isVisible(el),
            blur,
          });
        }
      }

      // With delegated handlers, elements that look clickable but have no handler of their own are reported
      // (topmost cursor:pointer element, not focusable, nothing focusable around it).
      const pointerLooking: InPage['pointerLooking'] = [];
      const containers = pointerHandlers.some(
        (h) =>
          !h.nativeControl && h.focusableDescendants >= 2 && h.types.some((type) => POINTER.includes(type)),
      );
      if (delegated || containers) {
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          if (pointerLooking.length >= 50) break;
          if (handledElements.has(el) || el.matches(FOCUSABLE) || el.localName === 'label') continue;
          if (getComputedStyle(el).cursor !== 'pointer') continue;
          const parent = el.parentElement;
          if (parent && getComputedStyle(parent).cursor === 'pointer') continue;
          if (el.closest(FOCUSABLE) || el.querySelector(FOCUSABLE) || !v.isVisible(el)) continue;
          pointerLooking.push({ selector: v.selector(el), snippet: v.snippet(el) });
        }
      }

      // CSS: rules under an orientation (or aspect-ratio) media query; those hiding or rotating the whole content,
      // and those hiding or replacing any content (RGAA 13.9.1).
      const orientationCssRules: string[] = [];
      const hidingRules: string[] = [];
      const unreadable: string[] = [];
      const ORIENTATION_MEDIA = /orientation|aspect-ratio/i;
      const big = new Set<Element>([
        root,
        ...(document.body ? [document.body, ...Array.from(document.body.children)] : []),
      ]);
      const visit = (rules: CSSRuleList, inOrientation: boolean): void => {
        for (const rule of Array.from(rules)) {
          if (rule instanceof CSSMediaRule) {
            visit(rule.cssRules, inOrientation || ORIENTATION_MEDIA.test(rule.conditionText));
          } else if (rule instanceof CSSStyleRule && inOrientation) {
            const style = rule.style;
            const hides =
              style.display === 'none' ||
              style.visibility === 'hidden' ||
              (style.content !== '' && style.content !== 'normal' && style.content !== 'none') ||
              style.opacity === '0';
            const rotates = /rotate/i.test(style.transform) || /rotate/i.test(style.rotate);
            if (hides && hidingRules.length < 20) hidingRules.push(rule.cssText.slice(0, 200));
            if ((!hides && !rotates) || orientationCssRules.length >= 20) continue;
            let matches = false;
            try {
              matches = Array.from(document.querySelectorAll(rule.selectorText)).some((el) => big.has(el));
            } catch {
              matches = false;
            }
            if (matches) orientationCssRules.push(rule.cssText.slice(0, 200));
          } else if (rule instanceof CSSImportRule) {
            if (rule.styleSheet) readSheet(rule.styleSheet, inOrientation);
          } else if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) {
            visit(rule.cssRules, inOrientation);
          }
        }
      };
      const readSheet = (sheet: CSSStyleSheet, inOrientation: boolean): void => {
        let rules: CSSRuleList;
        try {
          rules = sheet.cssRules;
        } catch {
          // Cross-origin stylesheet: its rules cannot be read here (the gatherer asks DevTools).
          if (unreadable.length < 20) unreadable.push(sheet.href ?? '(sans adresse)');
          return;
        }
        visit(rules, inOrientation || ORIENTATION_MEDIA.test(sheet.media.mediaText));
      };
      for (const sheet of Array.from(document.styleSheets)) readSheet(sheet, false);
      const scripts = [...(state?.orientationScripts ?? [])];
      if (typeof window.onorientationchange === 'function') scripts.push('onorientationchange');
      if (typeof screen.orientation?.onchange === 'function') scripts.push('screen.orientation.onchange');

      return {
        root: { selector: 'html', snippet: v.snippet(root) },
        pointerHandlers,
        delegatedPointerHandlers: delegated,
        pointerLooking,
        focusHandlers,
        windowOpenCalls: (state?.opens ?? []).slice(0, 50),
        orientationLocks: (state?.locks ?? []).slice(0, 50),
        orientationCssRules,
        orientation: { scripts, hidingRules, unreadable },
      };
    });
    const orientation = inPage.orientation;
    if (orientation && orientation.unreadable.length > 0)
      orientation.unreadable = await unreadableWithOrientationMedia(page, orientation.unreadable);
    return { ...inPage, windowOpens: [], navigations: [] };
  },
});
