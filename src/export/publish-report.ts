// The French text of `vigie publish`: the plan (dry run), the progress lines, one clear message per kind of
// failure, and the final account of which files reached the platform and which did not.

import { UdataError } from './datagouv.js';
import type { PublishOutcome, PublishStep } from './publish-apply.js';
import type { PlanItem } from './publish-plan.js';

export interface ErrorContext {
  apiUrl: string;
  datasetId: string | null;
  organization: string | null;
  /** What failed: reading the dataset, creating it, sending a file or updating its metadata. */
  stage: 'read' | 'dataset' | 'file' | 'metadata';
  fileName: string | null;
  fileSizeBytes: number | null;
}

export function formatBytes(bytes: number): string {
  const format = (value: number) => value.toFixed(1).replace('.', ',');
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} Ko`;
  return `${format(bytes / 1024 / 1024)} Mo`;
}

/** One sentence a person can act on; never the API key (it is not part of any error). */
export function explainError(error: unknown, context: ErrorContext): string {
  const dataset = context.datasetId ? `le jeu de données « ${context.datasetId} »` : 'le jeu de données';
  const file = context.fileName ? `« ${context.fileName} »` : '';
  if (!(error instanceof UdataError)) {
    const message = error instanceof Error ? error.message : String(error);
    return context.fileName ? `${file} : ${message}` : message;
  }
  const tries = error.attempts > 1 ? ` après ${error.attempts} essais` : '';
  switch (error.kind) {
    case 'auth': {
      const scope =
        context.stage === 'dataset'
          ? context.organization
            ? `créer un jeu de données dans l'organisation « ${context.organization} »`
            : 'créer un jeu de données'
          : `modifier ${dataset}`;
      return (
        `clé d'API refusée (HTTP ${error.status}) : elle est invalide ou expirée, ou son compte n'a pas ` +
        `le droit de ${scope}. Vérifiez VIGIE_DATAGOUV_API_KEY (ou --api-key-file) et les membres de ` +
        `l'organisation sur ${hostOf(context.apiUrl)}.`
      );
    }
    case 'not-found':
      if (context.stage === 'read')
        return `${dataset} est introuvable sur ${context.apiUrl} (HTTP 404) : vérifiez son identifiant et --api-url.`;
      if (context.stage === 'dataset')
        return `création impossible (HTTP 404) : organisation « ${context.organization ?? ''} » introuvable sur ${context.apiUrl} ?`;
      return `${file} : la ressource ou ${dataset} n'existe plus sur la plateforme (HTTP 404) ; relancez vigie publish pour recalculer le plan.`;
    case 'gone':
      return `${dataset} a été supprimé sur la plateforme (HTTP 410).`;
    case 'too-large':
      return (
        `le fichier ${file}${context.fileSizeBytes === null ? '' : ` (${formatBytes(context.fileSizeBytes)})`} ` +
        `est trop volumineux pour la plateforme (HTTP 413). Publiez-le compressé ou découpé.`
      );
    case 'frozen':
      return (
        `la plateforme a gelé la création de contenus (HTTP 423, mode lecture seule de udata) : ` +
        `${context.stage === 'dataset' ? 'le jeu de données ne peut pas être créé' : `${file} n'a pas pu être envoyé`} ` +
        `pour le moment. Réessayez plus tard.`
      );
    case 'rate-limited':
      return `la plateforme limite le nombre de requêtes (HTTP 429)${tries} : ${error.detail}. Réessayez plus tard.`;
    case 'server':
      return `erreur du serveur (HTTP ${error.status})${tries}${context.fileName ? ` en envoyant ${file}` : ''} : ${error.detail}.`;
    case 'network':
      return (
        `impossible de joindre ${hostOf(context.apiUrl)} (${error.detail})${tries} : réseau coupé, ` +
        `adresse --api-url erronée ou serveur arrêté.`
      );
    case 'invalid-answer':
      return `réponse inattendue de ${context.apiUrl} (${error.detail}) : --api-url désigne-t-elle une API udata (…/api/1) ?`;
    default:
      return `la plateforme a refusé la requête${context.fileName ? ` pour ${file}` : ''} (HTTP ${error.status}) : ${error.detail}.`;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function formatPlan(
  plan: PlanItem[],
  header: { existing: { id: string; title: string; page: string } | null; createTitle: string | null },
): string[] {
  const lines: string[] = [];
  if (header.existing)
    lines.push(
      `Jeu de données « ${header.existing.title} » (${header.existing.id}) : ${header.existing.page}`,
    );
  else lines.push(`Création d'un jeu de données « ${header.createTitle} »`);
  for (const item of plan) {
    const size = formatBytes(item.file.sizeBytes);
    lines.push(
      item.resource
        ? `  remplacer  ${item.file.fileName} (${size}) → ressource ${item.resource.id} « ${item.resource.title} » (identifiant conservé)`
        : `  créer      ${item.file.fileName} (${size}) → nouvelle ressource « ${item.file.metadata.title} »`,
    );
    if (item.file.schemaFileName) lines.push(`             schéma : ${item.file.schemaFileName}`);
  }
  return lines;
}

export function formatStep(step: PublishStep): string {
  return `${step.action === 'replace' ? 'Remplacé' : 'Créé'} : ${step.fileName} → ressource ${step.resourceId}`;
}

/** The account of a publication that stopped on a failure: done, half done, not done. */
export function formatPartialOutcome(outcome: PublishOutcome): string[] {
  const lines: string[] = [];
  const complete = outcome.steps.filter((step) => step.fileSent && step.metadataUpdated);
  const halfDone = outcome.steps.filter((step) => step.fileSent && !step.metadataUpdated);
  const notSent = outcome.steps.filter((step) => !step.fileSent).map((step) => step.fileName);
  if (outcome.dataset?.created)
    lines.push(
      `Le jeu de données a été créé (${outcome.dataset.id}) : relancez avec --dataset ${outcome.dataset.id}, pas --create.`,
    );
  lines.push(
    complete.length === 0
      ? 'Aucun fichier publié entièrement.'
      : `Publiés (fichier et métadonnées) : ${complete.map((s) => `${s.fileName} (${verb(s)} ${s.resourceId})`).join(', ')}`,
  );
  for (const step of halfDone)
    lines.push(
      `Fichier envoyé mais métadonnées non mises à jour : ${step.fileName} (${verb(step)} ${step.resourceId})`,
    );
  const untouched = [...notSent, ...outcome.notAttempted];
  if (untouched.length > 0) lines.push(`Non publiés (inchangés sur la plateforme) : ${untouched.join(', ')}`);
  return lines;
}

function verb(step: PublishStep): string {
  return step.action === 'replace' ? 'ressource remplacée' : 'ressource créée';
}
