// Text lines of the legal checks of a site (`vigie audit --site`), in French.

import type { LegalResult } from '../../audits/legal/index.js';

const LEVEL_FR: Record<string, string> = {
  totalement: 'totalement conforme',
  partiellement: 'partiellement conforme',
  non: 'non conforme',
  absente: 'absente',
};

export const UNREADABLE_FR: Record<string, string> = {
  pdf: 'document PDF',
  image: 'image sans texte',
  'too-large': 'page trop volumineuse',
  language: 'page dans une autre langue que le français',
  robots: 'interdite par robots.txt',
  'not-found': 'introuvable',
  'http-error': 'erreur HTTP',
  'not-html': 'pas une page HTML',
  unreachable: 'inaccessible',
  'no-text': 'texte non collecté',
};

const yesNo = (value: boolean): string => (value ? 'oui' : 'non');

export function formatLegalLines(legal: LegalResult | null): string[] {
  if (!legal) return ['  Obligations légales : non contrôlées (texte visible de l’accueil non collecté)'];
  const { mention, statement, plans } = legal;
  const lines = [`  Obligations légales (à la date du ${legal.campaignDate}) :`];
  lines.push(
    mention.level === 'absente'
      ? '    Mention en page d’accueil : absente'
      : `    Mention en page d’accueil : ${LEVEL_FR[mention.level]} — « ${mention.text} »` +
          (mention.href ? ` → ${mention.href}` : ''),
  );
  if (statement.unreadable) {
    lines.push(
      `    Déclaration d’accessibilité : non lue — ${UNREADABLE_FR[statement.unreadable] ?? statement.unreadable}` +
        (statement.url ? ` (${statement.url})` : '') +
        (statement.unreadableDetail ? ` : ${statement.unreadableDetail}` : ''),
    );
  } else {
    const rate =
      statement.declaredRate === null ? '?' : `${String(statement.declaredRate).replace('.', ',')} %`;
    lines.push(`    Déclaration d’accessibilité : ${statement.url}`);
    lines.push(
      `      état déclaré ${statement.declaredStatus ? LEVEL_FR[statement.declaredStatus] : '?'}, taux ${rate}, ` +
        `RGAA ${statement.rgaaVersion ?? '?'}, date ${statement.date ?? '?'}` +
        (statement.stale ? ' (périmée)' : statement.stale === false ? ' (à jour)' : ''),
    );
    lines.push(
      `      audit ${statement.auditDate ?? '?'} par ${statement.auditor ?? '?'} ; article 47 : ${yesNo(statement.articleReference)} ; ` +
        `contact : ${yesNo(statement.contact)} ; Défenseur des droits : ${yesNo(statement.remedies)}`,
    );
    if (statement.missingSections.length > 0)
      lines.push(`      rubriques manquantes : ${statement.missingSections.join(', ')}`);
  }
  const schemaYears = plans.schema ? `${plans.schema.years[0] ?? '?'}–${plans.schema.years[1] ?? '?'}` : '';
  lines.push(
    plans.schema
      ? `    Schéma pluriannuel ${schemaYears} : ${plans.schema.valid ? 'valide' : 'non valide'} (${plans.schema.url})`
      : '    Schéma pluriannuel : non trouvé',
  );
  lines.push(
    plans.action
      ? `    Plan d’actions ${plans.action.year ?? '?'} : ${plans.action.valid ? 'valide' : 'non valide'} (${plans.action.url})`
      : '    Plan d’actions annuel : non trouvé',
  );
  for (const contradiction of legal.contradictions)
    lines.push(`    Contradiction (${contradiction.code}) : ${contradiction.message}`);
  return lines;
}
