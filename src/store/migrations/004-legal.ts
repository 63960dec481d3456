// The legal checks of a site in a campaign (issue 6): home-page mention, accessibility statement, plans and
// contradictions, as one JSON document (LegalResult). Null for summaries stored before them.

import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('site_summaries').addColumn('legal', 'jsonb').execute();
}
