// The site-level rules (RGAA « dans chaque ensemble de pages… »), run over a sample's audited pages by
// src/audits/a11y/run-site-rules.ts. Add a rule file here by hand; the metadata test checks the list.

import type { SiteRule } from '../../../core/rule.js';
import fieldLabelInconsistentAcrossPages from './field-label-inconsistent-across-pages.js';
import navigationMenuInconsistent from './navigation-menu-inconsistent.js';
import searchInconsistent from './search-inconsistent.js';
import sitemapLinkInconsistent from './sitemap-link-inconsistent.js';
import skipLinkInconsistent from './skip-link-inconsistent.js';

export const VIGIE_SITE_RULES: readonly SiteRule[] = [
  fieldLabelInconsistentAcrossPages,
  navigationMenuInconsistent,
  searchInconsistent,
  sitemapLinkInconsistent,
  skipLinkInconsistent,
];
