// Types of demo-sites.mjs, for the TypeScript tests that use it.
import type { OrganisationKind } from '../../src/core/site.js';

export interface DemoSite {
  /** Folder name under demo/sites/. */
  key: string;
  name: string;
  kind: OrganisationKind;
  insee: string | null;
  siren: string | null;
  population: number | null;
}

export interface ServedDemoSite extends DemoSite {
  /** Home page, `http://127.0.0.1:<port>/`. */
  url: string;
}

export const DEMO_SITES: readonly DemoSite[];
export const SITES_CSV_HEADER: readonly string[];
export function serveDemoSites(): Promise<{ sites: ServedDemoSite[]; close(): Promise<void> }>;
export function sitesCsv(sites: readonly ServedDemoSite[]): string;
export function writeSitesCsv(sites: readonly ServedDemoSite[], path: string): Promise<void>;
