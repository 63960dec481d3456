// Eco facts (src/core/facts/eco.ts): images against the fold, media, carousels (from the init-script record,
// carousel-recorder.ts), inline code, print styles, fonts, cookies, and the text of first-party CSS, JS and SVG
// files as DevTools holds it (the network log keeps no bodies), to judge their minification: at most 30 files,
// 1 MB each, within 3 s, and no new request to the site.

import type { Page } from 'playwright-core';
import type { EcoFacts, TextResourceFact } from '../../../core/facts/eco.js';
import type { CarouselRecorderState } from './carousel-recorder.js';
import { gatherEcoMore } from './eco-more.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

type DomPart = Omit<EcoFacts, 'textResources' | 'cookies'> & {
  files: { url: string; kind: 'css' | 'js' | 'svg' }[];
  /** Classic inline scripts, at most 50 of 1 MB. */
  inlineScriptTexts: string[];
};

function readDom(): DomPart {
  const v = (window as unknown as VigieWindow).__vigie;
  const MAX = 500;
  const target = (element: Element) => ({ selector: v.selector(element), snippet: v.snippet(element) });
  const html = document.documentElement;
  const abs = (value: string | null): string => {
    try {
      return value ? new URL(value, document.baseURI).href : '';
    } catch {
      return '';
    }
  };
  const images = Array.from(document.querySelectorAll('img, iframe'))
    .slice(0, MAX)
    .map((element) => {
      const rect = element.getBoundingClientRect();
      const img = element.localName === 'img' ? (element as HTMLImageElement) : null;
      return {
        ...target(element),
        tag: element.localName as 'img' | 'iframe',
        src: img ? img.currentSrc || abs(img.getAttribute('src')) : abs(element.getAttribute('src')),
        naturalWidth: img?.naturalWidth ?? 0,
        naturalHeight: img?.naturalHeight ?? 0,
        renderedWidth: Math.round(rect.width),
        renderedHeight: Math.round(rect.height),
        top: Math.round(rect.top + window.scrollY),
        loading: element.getAttribute('loading')?.trim().toLowerCase() ?? null,
        srcset: element.hasAttribute('srcset') || element.parentElement?.localName === 'picture',
        lazyScript:
          Array.from(element.attributes).some((attribute) =>
            /^data-(lazy|src$|srcset$|original$)/i.test(attribute.name),
          ) || /\blazy/i.test(element.getAttribute('class') ?? ''),
      };
    });
  const media = Array.from(document.querySelectorAll('video, audio'))
    .slice(0, MAX)
    .map((element) => {
      const m = element as HTMLMediaElement;
      return {
        ...target(m),
        tag: m.localName as 'video' | 'audio',
        src: (
          m.currentSrc ||
          abs(m.getAttribute('src') ?? m.querySelector('source[src]')?.getAttribute('src') ?? null)
        ).slice(0, 500),
        autoplay: m.autoplay,
        preload: m.getAttribute('preload')?.trim().toLowerCase() ?? null,
        paused: m.paused,
        muted: m.muted || m.defaultMuted,
      };
    });
  const PLATFORM = /youtube(-nocookie)?\.com|vimeo\.com|dailymotion\.com|dai\.ly|twitch\.tv|soundcloud\.com/i;
  const players = Array.from(document.querySelectorAll('iframe[src]'))
    .filter((frame) => PLATFORM.test(frame.getAttribute('src') ?? ''))
    .slice(0, MAX)
    .map((frame) => {
      const src = abs(frame.getAttribute('src'));
      return { ...target(frame), src: src.slice(0, 300), autoplay: /[?&](auto_?play)=(1|true)\b/i.test(src) };
    });
  const recorder = (window as unknown as Record<symbol, CarouselRecorderState | undefined>)[
    Symbol.for('vigie.carousels')
  ];
  const MARKER =
    /^data-(bs-)?(ride|autoplay|auto-play|autoplay-speed|interval|auto|autorotate|auto-rotate)$|^data-(splide|flickity|slick|swiper)$/i;
  const now = performance.now();
  const carousels = (recorder?.records ?? [])
    .filter((record) => record.element.isConnected && v.isVisible(record.element))
    .map((record) => {
      let autoplayMarker: string | null = null;
      for (const element of [
        record.element,
        ...Array.from(record.element.querySelectorAll('*')).slice(0, 200),
      ]) {
        for (const attribute of Array.from(element.attributes)) {
          if (!MARKER.test(attribute.name)) continue;
          const value = attribute.value.toLowerCase();
          const asks = /^data-(splide|flickity|slick|swiper)$/i.test(attribute.name)
            ? /"?auto_?play"?\s*:\s*(true|\d{3,})/i.test(value)
            : !/^(false|0|off|no)$/.test(value.trim());
          if (asks) autoplayMarker = `${attribute.name}="${attribute.value.slice(0, 60)}"`;
        }
        if (autoplayMarker) break;
      }
      return {
        ...target(record.element),
        autoplayMarker,
        rotations: record.bursts.length,
        observedMs: Math.round(now - record.since),
      };
    });
  const inlineStyles = Array.from(document.querySelectorAll('style'))
    .slice(0, MAX)
    .map((style) => ({ ...target(style), chars: (style.textContent ?? '').length }));
  const inlineScripts = Array.from(document.querySelectorAll('script:not([src])'))
    .filter((script) => !/json|template|text\/x-/i.test(script.getAttribute('type') ?? ''))
    .slice(0, MAX)
    .map((script) => ({ ...target(script), chars: (script.textContent ?? '').trim().length }));
  const sources = Array.from(
    document.querySelectorAll('img[src], script[src], link[rel~="stylesheet" i][href]'),
  );
  const emptySources = sources
    .filter(
      (element) => (element.getAttribute(element.localName === 'link' ? 'href' : 'src') ?? '').trim() === '',
    )
    .slice(0, MAX)
    .map(target);
  const plugins = Array.from(document.querySelectorAll('object, embed'))
    .filter((element) => {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      const src = element.getAttribute('data') ?? element.getAttribute('src') ?? '';
      return !type.startsWith('image/') && !/\.(svg|png|jpe?g|gif|webp|avif)(\?|#|$)/i.test(src);
    })
    .slice(0, MAX)
    .map(target);
  let printStyles =
    document.querySelector('link[rel~="stylesheet" i][media*="print" i], style[media*="print" i]') !== null;
  let unreadableStyleSheets = 0;
  const hasPrintRule = (rules: CSSRuleList, depth: number): boolean => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSMediaRule && /\bprint\b/i.test(rule.conditionText)) return true;
      if (rule instanceof CSSImportRule && /\bprint\b/i.test(rule.media.mediaText)) return true;
      if (depth < 3 && rule instanceof CSSImportRule && rule.styleSheet) {
        try {
          if (hasPrintRule(rule.styleSheet.cssRules, depth + 1)) return true;
        } catch {
          unreadableStyleSheets++;
        }
      }
    }
    return false;
  };
  for (const sheet of Array.from(document.styleSheets)) {
    if (printStyles) break;
    try {
      if (/\bprint\b/i.test(sheet.media.mediaText) || hasPrintRule(sheet.cssRules, 0)) printStyles = true;
    } catch {
      unreadableStyleSheets++;
    }
  }
  const fontFaces: string[] = [];
  document.fonts.forEach((face) => {
    if (face.status === 'loaded' && fontFaces.length < 100)
      fontFaces.push(`${face.family.replace(/^["']|["']$/g, '')} ${face.weight} ${face.style}`);
  });
  // First-party files to read back: same origin only (fetch needs CORS otherwise).
  const files: DomPart['files'] = [];
  const seen = new Set<string>();
  const add = (url: string, kind: 'css' | 'js' | 'svg') => {
    if (!url || seen.has(url) || files.length >= 30) return;
    try {
      if (new URL(url).origin !== location.origin) return;
    } catch {
      return;
    }
    seen.add(url);
    files.push({ url, kind });
  };
  for (const link of Array.from(document.querySelectorAll('link[rel~="stylesheet" i][href]')))
    add((link as HTMLLinkElement).href, 'css');
  for (const script of Array.from(document.querySelectorAll('script[src]')))
    if ((script as HTMLScriptElement).type !== 'module') add((script as HTMLScriptElement).src, 'js');
  for (const img of images) if (/\.svg(\?|#|$)/i.test(img.src)) add(img.src, 'svg');
  return {
    root: { selector: v.selector(html), snippet: v.snippet(html).replace(/>[\s\S]*$/, '>') },
    viewportHeight: window.innerHeight,
    devicePixelRatio: window.devicePixelRatio,
    images,
    media,
    players,
    carousels,
    inlineStyles,
    inlineScripts,
    emptySources,
    sourceElements: sources.length,
    plugins,
    printStyles,
    unreadableStyleSheets,
    fontFaces,
    files,
    inlineScriptTexts: Array.from(document.querySelectorAll('script:not([src])'))
      .filter((script) =>
        /^(|text\/javascript|application\/javascript)$/i.test(script.getAttribute('type') ?? ''),
      )
      .slice(0, 50)
      .map((script) => (script.textContent ?? '').slice(0, 1_000_000)),
  };
}

/** Comments, indentation and runs of blanks a minifier removes, and a parse check of scripts. */
export function measureText(url: string, kind: 'css' | 'js' | 'svg', text: string): TextResourceFact {
  const lineBreaks = (text.match(/\n/g) ?? []).length;
  // An estimate: strings and regular expressions are not parsed.
  const comments = kind === 'svg' ? /<!--[\s\S]*?-->/g : /\/\*[\s\S]*?\*\//g;
  const blanks = kind === 'svg' ? />\s+</g : /\s{2,}|\n\s*/g;
  let collapsible = 0;
  for (const match of text.matchAll(comments)) collapsible += match[0].length;
  for (const match of text.replace(comments, '').matchAll(blanks))
    collapsible += match[0].length - (kind === 'svg' ? 2 : 1);
  let syntaxError: string | null = null;
  if (kind === 'js') {
    try {
      // Parses without running: the body of a function that is never called.
      new Function(text);
    } catch (error) {
      if (error instanceof SyntaxError) syntaxError = error.message.slice(0, 200);
    }
  }
  return {
    url,
    kind,
    chars: text.length,
    lineBreaks,
    collapsibleChars: Math.max(0, collapsible),
    syntaxError,
  };
}

const MAX_CHARS = 1_000_000;

/**
 * The text of the files as the page received them, from DevTools (`Page.getResourceContent`, what the Sources
 * panel shows): no new request reaches the server. A file DevTools no longer holds is left out.
 */
async function readFiles(page: Page, files: DomPart['files']): Promise<TextResourceFact[]> {
  if (files.length === 0) return [];
  const cdp = await page.context().newCDPSession(page);
  try {
    // The Page agent must be enabled in this session too ("Agent is not enabled" otherwise).
    await cdp.send('Page.enable');
    const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const frameId = tree.frameTree.frame.id;
    const results = await Promise.all(
      files.map(async ({ url, kind }) => {
        try {
          const { content, base64Encoded } = (await cdp.send('Page.getResourceContent', {
            frameId,
            url,
          })) as {
            content: string;
            base64Encoded: boolean;
          };
          const text = base64Encoded ? Buffer.from(content, 'base64').toString('utf8') : content;
          return text.length > MAX_CHARS ? null : measureText(url, kind, text);
        } catch {
          return null;
        }
      }),
    );
    return results.filter((item) => item !== null);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export default defineGatherer({
  key: 'eco',
  mutates: false,
  gather: async (page) => {
    const [{ files, inlineScriptTexts, ...dom }, more] = await Promise.all([
      page.evaluate(readDom),
      page.evaluate(gatherEcoMore),
    ]);
    const base = page.url().split('#')[0];
    const textResources = [
      ...(await withTimeout(readFiles(page, files), 3000).catch(() => [])),
      ...inlineScriptTexts.map((text, i) => measureText(`${base}#inline-script-${i + 1}`, 'js', text)),
    ];
    const cookies = (await page.context().cookies()).slice(0, 500).map((cookie) => ({
      domain: cookie.domain,
      path: cookie.path,
      bytes: cookie.name.length + 1 + cookie.value.length,
    }));
    return { ...dom, textResources, cookies, more };
  },
});

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
