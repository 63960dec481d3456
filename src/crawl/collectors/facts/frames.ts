// Frame facts (RGAA 2.x): every <iframe> and <frame> of the top document with its title and accessible name.

import type { FrameFact } from '../../../core/facts/frames.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'frames',
  mutates: false,
  gather: (page) =>
    page.evaluate((): FrameFact[] => {
      const v = (window as unknown as VigieWindow).__vigie;
      return Array.from(document.querySelectorAll('iframe, frame')).map((frame) => {
        const role = frame.getAttribute('role')?.trim().toLowerCase();
        return {
          selector: v.selector(frame),
          snippet: v.snippet(frame),
          tag: frame.localName as 'iframe' | 'frame',
          title: frame.getAttribute('title'),
          name: v.accessibleName(frame),
          hidden: v.isHiddenFromAT(frame) || role === 'presentation' || role === 'none',
          src: frame.getAttribute('src'),
        };
      });
    }),
});
