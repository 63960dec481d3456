// Helpers the fact gatherers use inside the page, installed once per visit as `window.__vigie` after axe-core
// (whose accessible-name and role computations they reuse: one implementation of the accname spec, the one
// axe is tested against). `installPageHelpers` is serialised into the page: it must stay self-contained.

/** What the gatherers find on `window.__vigie`. */
export interface PageHelpers {
  /** Unique CSS selector: `#id` when the id is unique, else a `tag:nth-of-type()` path from one. */
  selector(element: Element): string;
  /** Outer HTML cut to 250 characters. */
  snippet(element: Element): string;
  /** Rendered with a box, not `visibility:hidden` (ancestors included). */
  isVisible(element: Element): boolean;
  /** Not exposed to assistive technologies (aria-hidden on it or an ancestor, or not rendered). */
  isHiddenFromAT(element: Element): boolean;
  /** Accessible name (axe-core's accname), whitespace collapsed; '' when none. Throws when axe is missing. */
  accessibleName(element: Element): string;
  /** Computed ARIA role (axe-core), null when none. */
  role(element: Element): string | null;
  /** Text content, whitespace collapsed. */
  text(element: Element): string;
  /** Visible text (`innerText`), whitespace collapsed. */
  visibleText(element: Element): string;
  /** Bounding box in page coordinates, rounded. */
  box(element: Element): { x: number; y: number; width: number; height: number };
}

export interface VigieWindow {
  __vigie: PageHelpers;
}

export function installPageHelpers(): boolean {
  type Axe = {
    setup(node: Node): unknown;
    teardown(): void;
    utils: { getNodeFromTree(node: Node): unknown };
    commons: {
      text: { accessibleTextVirtual(vNode: unknown): string };
      aria: { getRole(node: Element): string | null };
    };
  };
  const w = window as unknown as { axe?: Axe; __vigie?: PageHelpers };
  const axe = w.axe;
  let axeReady = false;
  if (axe) {
    try {
      axe.teardown();
      axe.setup(document.documentElement);
      axeReady = true;
    } catch {
      axeReady = false;
    }
  }
  const collapse = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();
  const cssEscape = (value: string): string => CSS.escape(value);
  // Selectors are built from the parent's (cached) selector, sibling positions are computed once per parent and
  // id uniqueness once per id: on a page with hundreds of links this was most of the gathering time.
  const selectorCache = new WeakMap<Element, string>();
  const positions = new WeakMap<Element, Map<Element, string>>();
  const uniqueIds = new Map<string, boolean>();
  const isUniqueId = (id: string): boolean => {
    let unique = uniqueIds.get(id);
    if (unique === undefined) {
      unique = document.querySelectorAll(`#${cssEscape(id)}`).length === 1;
      uniqueIds.set(id, unique);
    }
    return unique;
  };
  const stepOf = (node: Element, parent: Element): string => {
    let map = positions.get(parent);
    if (!map) {
      map = new Map();
      const byTag = new Map<string, Element[]>();
      for (const child of Array.from(parent.children)) {
        const list = byTag.get(child.localName) ?? [];
        list.push(child);
        byTag.set(child.localName, list);
      }
      for (const [tag, list] of byTag) {
        for (const [i, child] of list.entries())
          map.set(child, list.length > 1 ? `${tag}:nth-of-type(${i + 1})` : tag);
      }
      positions.set(parent, map);
    }
    return map.get(node) ?? node.localName;
  };
  const selector = (element: Element): string => {
    const cached = selectorCache.get(element);
    if (cached !== undefined) return cached;
    const id = element.getAttribute('id');
    const parent = element.parentElement;
    let result: string;
    if (id && isUniqueId(id)) result = `#${cssEscape(id)}`;
    else if (!parent) result = element.localName;
    else result = `${selector(parent)} > ${stepOf(element, parent)}`;
    selectorCache.set(element, result);
    return result;
  };
  const isVisible = (element: Element): boolean => {
    const candidate = element as Element & {
      checkVisibility?: (options: object) => boolean;
    };
    if (candidate.checkVisibility && !candidate.checkVisibility({ visibilityProperty: true })) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 || rect.height > 0;
  };
  const helpers: PageHelpers = {
    selector,
    // Built from a shallow copy plus the start of the content: serialising <html> or <main> whole would copy the
    // page for 250 characters.
    snippet: (element) => {
      const shallow = (element.cloneNode(false) as Element).outerHTML;
      const close = `</${element.localName}>`;
      const html = shallow.endsWith(close)
        ? `${shallow.slice(0, -close.length)}${element.innerHTML.slice(0, 250)}${close}`
        : shallow;
      return html.length > 250 ? `${html.slice(0, 249)}…` : html;
    },
    isVisible,
    isHiddenFromAT: (element) => {
      if (element.closest('[aria-hidden="true" i]')) return true;
      const candidate = element as Element & { checkVisibility?: (options: object) => boolean };
      if (!candidate.checkVisibility || candidate.checkVisibility({ visibilityProperty: true })) return false;
      // checkVisibility() is false for a `display: contents` box, whose children are rendered.
      if (getComputedStyle(element).display === 'contents')
        return !Array.from(element.children).some((child) => isVisible(child));
      return true;
    },
    // Without axe-core there is no trustworthy accessible name: the gatherer fails (its rules give a RuleError)
    // rather than judging on a guess.
    accessibleName: (element) => {
      if (!axe || !axeReady) throw new Error('axe-core absent : nom accessible non calculable');
      const vNode = axe.utils.getNodeFromTree(element);
      return vNode ? collapse(axe.commons.text.accessibleTextVirtual(vNode)) : '';
    },
    role: (element) => {
      if (!axe || !axeReady) return element.getAttribute('role');
      try {
        return axe.commons.aria.getRole(element);
      } catch {
        return element.getAttribute('role');
      }
    },
    text: (element) => collapse(element.textContent),
    visibleText: (element) =>
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is wanted here, CSS applied.
      collapse(element instanceof HTMLElement ? element.innerText : element.textContent),
    box: (element) => {
      const rect = element.getBoundingClientRect();
      return {
        x: Math.round(rect.left + window.scrollX),
        y: Math.round(rect.top + window.scrollY),
        width: Math.round(rect.width),
        height: Math.round(rect.height),
      };
    },
  };
  w.__vigie = helpers;
  return axeReady;
}

/** Releases axe's cached tree once the gatherers are done. Serialised into the page. */
export function removePageHelpers(): void {
  const w = window as unknown as { axe?: { teardown(): void }; __vigie?: unknown };
  try {
    w.axe?.teardown();
  } catch {
    // axe's teardown only clears caches; nothing to recover.
  }
  w.__vigie = undefined;
}
