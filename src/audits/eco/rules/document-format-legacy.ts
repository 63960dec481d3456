// Office documents linked in old binary formats (RGESN 5.7): .doc, .xls and .ppt are heavier than their open,
// compressed successors and need a specific office suite.

import { defineEcoRule, type EcoTarget, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';

const LEGACY = new Set(['doc', 'xls', 'ppt', 'rtf']);

export default defineEcoRule<EcoTarget & { extension: string }, 'eco'>({
  id: 'document-format-legacy',
  version: 1,
  title: 'Document bureautique lié dans un ancien format binaire',
  description:
    'Chaque lien vers un document bureautique (pdf, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp, rtf, d’après l’adresse) est une cible. Elle échoue pour les anciens formats binaires ou non compressés (doc, xls, ppt, rtf) et passe pour les formats ouverts ou compressés (ODF, OOXML, PDF) (RGESN 5.7 : format de fichier adapté au contenu). La taille des documents n’est pas connue (aucune requête n’est faite) et le choix d’une page HTML plutôt qu’un document n’est pas jugé. Non applicable sans document lié. Pas d’économie chiffrée.',
  rgesn: ['5.7'],
  practices: [],
  requires: ['eco'],
  applicability: ({ eco }) => eco.more?.documents ?? [],
  expectation: (target) =>
    LEGACY.has(target.extension)
      ? ecoFailed(
          `Document en .${target.extension}, ancien format plus lourd et propriétaire : le publier en format ouvert et compressé (ODF, PDF) ou, mieux, en page HTML.`,
        )
      : ecoPassed(),
});
