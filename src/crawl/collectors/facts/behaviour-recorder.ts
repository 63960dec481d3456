// The init script installed once per tab, before any page script, in every frame: records which elements get
// event handlers (RGAA 7.3.1, 7.3.2), window.open() calls (13.2.1), screen.orientation.lock() calls and the scripts
// that react to the orientation (13.9.1: orientation media queries, orientationchange and orientation change listeners).
// It never changes behaviour: every hooked function calls the original with the same arguments and returns its value.

/** Where the recorder keeps its state: a non-enumerable, symbol-keyed property of each frame's window. */
export const RECORDER_KEY = 'vigie.behaviour';

export interface RecorderState {
  /** Event target → event type → listeners (removals tracked). */
  listeners: WeakMap<object, Map<string, Set<unknown>>>;
  /** Focus listeners whose source calls blur(): `self` (the focused element) or `other`. */
  focusBlur: WeakMap<object, 'self' | 'other'>;
  opens: { url: string; userGesture: boolean }[];
  locks: string[];
  /** What scripts did with the screen orientation: `matchMedia(<query>)`, `orientationchange`, `screen.orientation change`. */
  orientationScripts: string[];
  /** Notification / push permission requests (RGESN 4.13): `Notification.requestPermission`, `PushManager.subscribe`. */
  permissionRequests: string[];
}

/** Serialised into the page by `page.addInitScript`: must stay self-contained. */
export function installBehaviourRecorder(): void {
  const key = Symbol.for('vigie.behaviour');
  const w = window as unknown as Record<symbol, unknown>;
  if (w[key]) return;
  const state: RecorderState = {
    listeners: new WeakMap(),
    focusBlur: new WeakMap(),
    opens: [],
    locks: [],
    orientationScripts: [],
    permissionRequests: [],
  };
  const noteOrientation = (what: string) => {
    if (state.orientationScripts.length < 20 && !state.orientationScripts.includes(what))
      state.orientationScripts.push(what);
  };
  Object.defineProperty(window, key, { value: state, enumerable: false });
  const watched = new Set([
    'click',
    'dblclick',
    'mouseover',
    'mouseenter',
    'mousedown',
    'mouseup',
    'pointerdown',
    'touchstart',
    'keydown',
    'keyup',
    'keypress',
    'focus',
    'focusin',
    'blur',
    'deviceorientation',
    'devicemotion',
    'orientationchange',
  ]);
  const selfBlur = /\b(this|(e|ev|evt|event)\.(target|currentTarget))\.blur\(\s*\)/;
  const sourceOf = (listener: unknown): string => {
    try {
      if (typeof listener === 'function') return Function.prototype.toString.call(listener).slice(0, 5000);
      const handle = (listener as { handleEvent?: unknown } | null)?.handleEvent;
      return typeof handle === 'function' ? Function.prototype.toString.call(handle).slice(0, 5000) : '';
    } catch {
      return '';
    }
  };
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  // Named like the originals, with the same `length` (2): only the source text differs.
  proto.addEventListener = function addEventListener(this: EventTarget, type: string, listener: unknown) {
    try {
      if (listener && type === 'orientationchange') noteOrientation('orientationchange');
      if (
        listener &&
        type === 'change' &&
        typeof ScreenOrientation !== 'undefined' &&
        this instanceof ScreenOrientation
      )
        noteOrientation('screen.orientation change');
      if (listener && this && watched.has(type)) {
        let byType = state.listeners.get(this);
        if (!byType) {
          byType = new Map();
          state.listeners.set(this, byType);
        }
        let set = byType.get(type);
        if (!set) {
          set = new Set();
          byType.set(type, set);
        }
        set.add(listener);
        if (type === 'focus' || type === 'focusin') {
          const source = sourceOf(listener);
          if (selfBlur.test(source)) state.focusBlur.set(this, 'self');
          else if (/\.blur\(\s*\)/.test(source) && !state.focusBlur.has(this))
            state.focusBlur.set(this, 'other');
        }
      }
    } catch {
      // Recording must never break the page.
    }
    // biome-ignore lint/complexity/noArguments: the original gets exactly the arguments it was given.
    return add.apply(this, arguments as unknown as Parameters<typeof add>);
  } as typeof add;
  proto.removeEventListener = function removeEventListener(
    this: EventTarget,
    type: string,
    listener: unknown,
  ) {
    try {
      if (this) state.listeners.get(this)?.get(type)?.delete(listener);
    } catch {
      // idem
    }
    // biome-ignore lint/complexity/noArguments: idem.
    return remove.apply(this, arguments as unknown as Parameters<typeof remove>);
  } as typeof remove;
  const open = window.open;
  window.open = function open_(this: Window) {
    try {
      // biome-ignore lint/complexity/noArguments: the URL is the first argument, if any.
      const url = arguments.length > 0 && arguments[0] != null ? String(arguments[0]).slice(0, 200) : '';
      if (state.opens.length < 50) {
        state.opens.push({ url, userGesture: Boolean(navigator.userActivation?.isActive) });
      }
    } catch {
      // idem
    }
    // biome-ignore lint/complexity/noArguments: idem.
    return open.apply(this, arguments as unknown as Parameters<typeof open>);
  } as typeof open;
  Object.defineProperty(window.open, 'name', { value: 'open' });
  const wrapPermission = (owner: object | undefined, name: string, label: string) => {
    const original = owner && (owner as Record<string, unknown>)[name];
    if (typeof original !== 'function') return;
    (owner as Record<string, unknown>)[name] = function (this: unknown) {
      try {
        if (state.permissionRequests.length < 20) state.permissionRequests.push(label);
      } catch {
        // idem
      }
      // biome-ignore lint/complexity/noArguments: the original gets exactly the arguments it was given.
      return (original as (...args: unknown[]) => unknown).apply(this, arguments as unknown as unknown[]);
    };
  };
  if (typeof Notification !== 'undefined')
    wrapPermission(Notification, 'requestPermission', 'Notification.requestPermission');
  if (typeof PushManager !== 'undefined')
    wrapPermission(PushManager.prototype, 'subscribe', 'PushManager.subscribe');
  const matchMedia = window.matchMedia;
  if (typeof matchMedia === 'function') {
    window.matchMedia = function matchMedia_(this: Window) {
      try {
        // biome-ignore lint/complexity/noArguments: the query is the first argument.
        const query = String(arguments[0] ?? '');
        if (/orientation|aspect-ratio/i.test(query)) noteOrientation(`matchMedia(${query.slice(0, 80)})`);
      } catch {
        // idem
      }
      // biome-ignore lint/complexity/noArguments: idem.
      return matchMedia.apply(this, arguments as unknown as Parameters<typeof matchMedia>);
    } as typeof matchMedia;
    Object.defineProperty(window.matchMedia, 'name', { value: 'matchMedia' });
  }
  const orientation = typeof ScreenOrientation === 'undefined' ? null : ScreenOrientation.prototype;
  const lock = orientation && (orientation as unknown as { lock?: unknown }).lock;
  if (orientation && typeof lock === 'function') {
    (orientation as unknown as { lock: unknown }).lock = function lock(this: ScreenOrientation) {
      try {
        // biome-ignore lint/complexity/noArguments: the orientation is the first argument.
        if (state.locks.length < 50) state.locks.push(String(arguments[0]).slice(0, 40));
      } catch {
        // idem
      }
      // biome-ignore lint/complexity/noArguments: idem.
      return (lock as (...args: unknown[]) => unknown).apply(this, arguments as unknown as unknown[]);
    };
  }
}
