// Applies a publication plan, one file at a time, and records exactly what reached the platform: the dataset
// created (if asked), each file sent (resource id, created or replaced) and whether its metadata was updated.
// It stops at the first failure so that the report can name what was done and what was not.

import type { NewDataset, UdataClient, UdataSchemaRef } from './datagouv.js';
import type { PlanItem } from './publish-plan.js';

export type PublishTarget = { datasetId: string } | { create: NewDataset };

export interface PublishStep {
  fileName: string;
  action: 'create' | 'replace';
  resourceId: string | null;
  fileSent: boolean;
  metadataUpdated: boolean;
}

export interface PublishFailure {
  stage: 'dataset' | 'file' | 'metadata';
  fileName: string | null;
  error: unknown;
}

export interface PublishOutcome {
  dataset: { id: string; page: string; created: boolean } | null;
  /** Files attempted, in order; the last one may be incomplete when `failure` is set. */
  steps: PublishStep[];
  failure: PublishFailure | null;
  /** Files not attempted because an earlier step failed. */
  notAttempted: string[];
}

export async function applyPlan(
  client: UdataClient,
  target: PublishTarget,
  plan: PlanItem[],
  onStep: (step: PublishStep) => void = () => {},
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { dataset: null, steps: [], failure: null, notAttempted: [] };
  let datasetId: string;
  if ('create' in target) {
    try {
      const created = await client.createDataset(target.create);
      outcome.dataset = { id: created.id, page: created.page, created: true };
      datasetId = created.id;
    } catch (error) {
      outcome.failure = { stage: 'dataset', fileName: null, error };
      outcome.notAttempted = plan.map((item) => item.file.fileName);
      return outcome;
    }
  } else {
    datasetId = target.datasetId;
  }
  // The permanent address of each schema resource, for the `schema` field of its CSV.
  const schemaUrls = new Map<string, string>();
  for (const [index, item] of plan.entries()) {
    const step: PublishStep = {
      fileName: item.file.fileName,
      action: item.action,
      resourceId: item.resource?.id ?? null,
      fileSent: false,
      metadataUpdated: false,
    };
    outcome.steps.push(step);
    const stopHere = (stage: PublishFailure['stage'], error: unknown) => {
      outcome.failure = { stage, fileName: item.file.fileName, error };
      outcome.notAttempted = plan.slice(index + 1).map((next) => next.file.fileName);
      return outcome;
    };
    let sentUrl: string;
    try {
      const sent = item.resource
        ? await client.replaceResourceFile(datasetId, item.resource.id, item.file.path, item.file.fileName)
        : await client.uploadNewResource(datasetId, item.file.path, item.file.fileName);
      step.resourceId = sent.id;
      step.fileSent = true;
      sentUrl = sent.latest || sent.url;
    } catch (error) {
      return stopHere('file', error);
    }
    const metadata = { ...item.file.metadata };
    if (item.file.schemaFileName) {
      const url = schemaUrls.get(item.file.schemaFileName);
      if (url) metadata.schema = schemaRef(url, item.file.schemaVersion);
    }
    try {
      await client.updateResource(datasetId, step.resourceId, metadata);
      step.metadataUpdated = true;
    } catch (error) {
      return stopHere('metadata', error);
    }
    if (item.file.kind === 'schema') schemaUrls.set(item.file.fileName, sentUrl);
    onStep(step);
  }
  return outcome;
}

/**
 * udata's resource schema for a Table Schema outside the schema.data.gouv.fr catalogue: its URL (here the
 * permanent `latest` address of the schema resource) and version. No `name`: udata reads a name as an entry
 * of that catalogue.
 */
function schemaRef(url: string, version: string | null): UdataSchemaRef {
  return version ? { url, version } : { url };
}
