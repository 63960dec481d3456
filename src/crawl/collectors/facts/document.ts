// Document facts (RGAA 8.x): doctype and its position, languages, title.

import type { DocumentFacts } from '../../../core/facts/document.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'document',
  mutates: false,
  gather: (page) =>
    page.evaluate((): DocumentFacts => {
      const v = (window as unknown as VigieWindow).__vigie;
      const html = document.documentElement;
      const doctype = document.doctype;
      const nodes = Array.from(document.childNodes);
      return {
        root: { selector: v.selector(html), snippet: v.snippet(html).replace(/>[\s\S]*$/, '>') },
        doctype: doctype
          ? {
              name: doctype.name,
              publicId: doctype.publicId,
              systemId: doctype.systemId,
              beforeHtml: nodes.indexOf(doctype) < nodes.indexOf(html),
            }
          : null,
        lang: html.getAttribute('lang'),
        xmlLang: html.getAttribute('xml:lang'),
        title: document.querySelector('title') ? document.title.replace(/\s+/g, ' ').trim() : null,
      };
    }),
});
