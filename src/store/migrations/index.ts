// The list of migrations, in order. A static list rather than a folder scan, so it works from dist/ and
// from a bundled build alike. Add a new file and one line here; never edit a released migration.

import type { Migration } from 'kysely';
import * as m001 from './001-initial.js';
import * as m002 from './002-campaign-sites.js';
import * as m003 from './003-site-rgaa.js';
import * as m004 from './004-legal.js';
import * as m005 from './005-campaign-statistics.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '001-initial': m001,
  '002-campaign-sites': m002,
  '003-site-rgaa': m003,
  '004-legal': m004,
  '005-campaign-statistics': m005,
});
