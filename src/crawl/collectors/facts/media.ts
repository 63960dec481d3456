// Media facts (RGAA 4.3.2, 4.10.1, 4.11, 13.8): <video>/<audio> with tracks and playback state, embedded
// players, <marquee>, <blink>, animations running on visible elements (document.getAnimations()). Lists capped.

import type { AnimationFact, MediaFacts } from '../../../core/facts/media.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'media',
  mutates: false,
  gather: (page) =>
    page.evaluate((): MediaFacts => {
      const v = (window as unknown as VigieWindow).__vigie;
      const MAX = 500;
      const cut = (value: string) => (value.length > 200 ? value.slice(0, 200) : value);
      const target = (element: Element) => ({ selector: v.selector(element), snippet: v.snippet(element) });
      const html = document.documentElement;

      const media = Array.from(document.querySelectorAll('video, audio'))
        .slice(0, MAX)
        .map((element) => {
          const m = element as HTMLMediaElement;
          return {
            ...target(m),
            tag: m.localName as 'video' | 'audio',
            controls: m.controls,
            autoplay: m.autoplay,
            muted: m.muted || m.defaultMuted,
            paused: m.paused,
            loop: m.loop,
            duration: Number.isFinite(m.duration) ? Math.round(m.duration * 10) / 10 : null,
            visible: v.isVisible(m),
            hasSource:
              m.currentSrc !== '' ||
              m.hasAttribute('src') ||
              m.querySelector('source[src]') !== null ||
              m.srcObject !== null,
            tracks: Array.from(m.querySelectorAll('track'))
              .slice(0, 20)
              .map((track) => ({ kind: track.kind, srclang: track.getAttribute('srclang') })),
          };
        });

      // Players of the platforms French public sites embed, and media files in object or embed.
      const PLATFORM =
        /youtube(-nocookie)?\.com\/embed|youtu\.be|player\.vimeo\.com|dailymotion\.com\/(embed|video)|geo\.dailymotion|\/videos\/embed\/|facebook\.com\/plugins\/video|player\.twitch\.tv|soundcloud\.com\/player|open\.spotify\.com\/embed|ausha\.co|acast\.com|podcast|kaltura|vimeo\.com\/video|webtv|player/i;
      const MEDIA_FILE = /\.(mp4|webm|ogv|ogg|mov|avi|wmv|flv|mp3|wav|m4a|aac|oga|swf)(\?|#|$)/i;
      const players = Array.from(document.querySelectorAll('iframe[src], object, embed'))
        .map((element) => {
          const src = element.getAttribute('src') ?? element.getAttribute('data') ?? '';
          const type = (element.getAttribute('type') ?? '').toLowerCase();
          const isPlayer =
            element.localName === 'iframe'
              ? PLATFORM.test(src)
              : MEDIA_FILE.test(src) || /^(audio|video)\/|shockwave/.test(type);
          return isPlayer
            ? { ...target(element), tag: element.localName as 'iframe' | 'object' | 'embed', src: cut(src) }
            : null;
        })
        .filter((player) => player !== null)
        .slice(0, MAX);

      // One fact per animated element: infinite wins over finite, the longest finite kept.
      const byElement = new Map<Element, AnimationFact>();
      const all = typeof document.getAnimations === 'function' ? document.getAnimations() : [];
      for (const animation of all.slice(0, 2000)) {
        if (byElement.size >= 100) break;
        if (animation.playState !== 'running') continue;
        const effect = animation.effect as KeyframeEffect | null;
        const element = effect?.target;
        if (!effect || !element || !v.isVisible(element)) continue;
        const timing = effect.getComputedTiming();
        const infinite = timing.iterations === Number.POSITIVE_INFINITY;
        const active = Number(timing.activeDuration);
        const activeMs = infinite || !Number.isFinite(active) ? null : Math.round(active);
        const previous = byElement.get(element);
        if (previous && (previous.infinite || (!infinite && (previous.activeMs ?? 0) >= (activeMs ?? 0))))
          continue;
        const name =
          'animationName' in animation ? String((animation as { animationName: string }).animationName) : '';
        byElement.set(element, { ...target(element), infinite, activeMs, name: cut(name) });
      }

      return {
        root: { selector: v.selector(html), snippet: v.snippet(html).replace(/>[\s\S]*$/, '>') },
        media,
        players,
        marquees: Array.from(document.querySelectorAll('marquee')).slice(0, MAX).map(target),
        blinks: Array.from(document.querySelectorAll('blink')).slice(0, MAX).map(target),
        animations: Array.from(byElement.values()),
        interactiveCount: Math.min(
          1000,
          document.querySelectorAll(
            'a[href], button, input:not([type="hidden" i]), select, textarea, summary, [tabindex], [onclick], [role="button" i], video[controls], audio[controls]',
          ).length,
        ),
      };
    }),
});
