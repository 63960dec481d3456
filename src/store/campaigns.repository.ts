// Campaigns: one measurement run over a set of sites, with the versions and configuration hash that make
// its results reproducible. Running campaigns is src/jobs/'s business; this only stores them.

import type { Kysely } from 'kysely';
import { type CampaignRow, type CampaignStatus, type Database, json } from './schema.js';

export interface NewCampaignInput {
  name: string;
  vigieVersion: string;
  axeVersion: string;
  rgaaVersion: string;
  configHash: string;
  config: Record<string, unknown>;
  ruleVersions?: Record<string, string | number>;
}

export async function createCampaign(db: Kysely<Database>, input: NewCampaignInput): Promise<CampaignRow> {
  return db
    .insertInto('campaigns')
    .values({
      name: input.name,
      vigie_version: input.vigieVersion,
      axe_version: input.axeVersion,
      rgaa_version: input.rgaaVersion,
      config_hash: input.configHash,
      config: json(input.config),
      rule_versions: json(input.ruleVersions ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function getCampaign(db: Kysely<Database>, id: number): Promise<CampaignRow | undefined> {
  return db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a campaign to `status`, stamping started_at / finished_at as the status implies. */
export async function setCampaignStatus(
  db: Kysely<Database>,
  id: number,
  status: CampaignStatus,
  error: string | null = null,
): Promise<void> {
  const now = new Date();
  await db
    .updateTable('campaigns')
    .set({
      status,
      error,
      ...(status === 'running' ? { started_at: now } : {}),
      ...(status === 'done' || status === 'failed' || status === 'cancelled' ? { finished_at: now } : {}),
    })
    .where('id', '=', id)
    .execute();
}
