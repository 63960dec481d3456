// Reading an accessibility statement from its visible text (model: the DINUM/RGAA 4.1 statement template):
// its required sections, declared status, global declared rate, RGAA version, dates, auditor, the reference
// to article 47 of law 2005-102, contact and remedies. Pure; unknown stays null, never guessed.

import type { LegalText } from '../../core/legal-text.js';
import { findDates } from './dates.js';
import { fold, normalize } from './normalize.js';

export type DeclaredStatus = 'totalement' | 'partiellement' | 'non';

/** The sections the statement template requires, by id, and how their heading reads (normalised text). */
export const REQUIRED_SECTIONS = [
  { id: 'etat-de-conformite', heading: /^(?:\d+ )?etat de (?:la )?conformite/ },
  { id: 'resultats-des-tests', heading: /^(?:\d+ )?resultats? des tests/ },
  { id: 'contenus-non-accessibles', heading: /^(?:\d+ )?contenus? non accessibles?/ },
  {
    id: 'etablissement',
    heading:
      /^(?:\d+ )?(?:etablissement de (?:cette|la) declaration|technologies utilisees|environnement de test)/,
  },
  { id: 'retour-et-contact', heading: /^(?:\d+ )?(?:retour d information|amelioration et contact|contact)/ },
  { id: 'voies-de-recours', heading: /^(?:\d+ )?voies? de recours/ },
] as const;
export type SectionId = (typeof REQUIRED_SECTIONS)[number]['id'];

export interface StatementReading {
  isStatement: boolean;
  declaredStatus: DeclaredStatus | null;
  declaredRate: number | null;
  rgaaVersion: string | null;
  /** Latest of the establishment and update dates (the audit date when it is the only one). */
  date: string | null;
  auditDate: string | null;
  updateDate: string | null;
  auditor: string | null;
  articleReference: boolean;
  missingSections: SectionId[];
  contact: boolean;
  remedies: boolean;
}

const MAX_HEADING_CHARS = 120;

/** Index of the block that opens each present section (a short block whose text reads as its heading). */
function sectionStarts(text: LegalText): Map<SectionId, number> {
  const starts = new Map<SectionId, number>();
  text.blocks.forEach((block, index) => {
    if (block.text.length > MAX_HEADING_CHARS) return;
    const line = normalize(block.text);
    for (const section of REQUIRED_SECTIONS)
      if (!starts.has(section.id) && section.heading.test(line)) starts.set(section.id, index);
  });
  return starts;
}

/** The folded text of a section, from its heading to the next section's heading; the whole text otherwise. */
function sectionText(text: LegalText, starts: Map<SectionId, number>, id: SectionId): string {
  const start = starts.get(id);
  const all = (from: number, to: number) =>
    text.blocks
      .slice(from, to)
      .map((b) => fold(b.text))
      .join('\n');
  if (start === undefined) return all(0, text.blocks.length);
  const next = Math.min(...[...starts.values()].filter((i) => i > start), text.blocks.length);
  return all(start, next);
}

const STATUS_PATTERNS: { re: RegExp; status: DeclaredStatus }[] = [
  { re: /\btotalement conforme\b|\ben conformite totale\b|\bpleinement conforme\b/, status: 'totalement' },
  { re: /\bpartiellement conforme\b|\ben conformite partielle\b/, status: 'partiellement' },
  { re: /\bnon conforme\b(?!s)|\bn est pas (?:en conformite|conforme)\b/, status: 'non' },
];

export function declaredStatus(section: string): DeclaredStatus | null {
  const line = normalize(section);
  let best: { index: number; status: DeclaredStatus } | null = null;
  for (const { re, status } of STATUS_PATTERNS) {
    const m = re.exec(line);
    if (m && (!best || m.index < best.index)) best = { index: m.index, status };
  }
  return best?.status ?? null;
}

const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|pour\s?cents?\b|pourcents?\b)/g;

/**
 * The global declared rate: a percentage whose sentence speaks of conformity or criteria, not of an average
 * (« taux moyen » is the mean of per-page rates, not the statement's figure). « global » wins when present.
 */
export function declaredRate(section: string): number | null {
  const text = fold(section);
  const found: { value: number; global: boolean }[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    // The sentence around the number: back to the previous sentence end, on to the next one.
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.;!?]\s(?!.*[.;!?]\s)/));
    const head = before.slice(cut + 1);
    const afterText = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const tail = afterText.split(/[.;!?](?:\s|$)|\n/)[0] ?? '';
    const sentence = `${head} ${tail}`;
    if (/\bmoyen(?:ne)?\b/.test(sentence)) continue;
    if (!/conformit|criteres|conforme|respecte|rgaa/.test(sentence)) continue;
    const value = Number(m[1]!.replace(',', '.'));
    if (!(value >= 0 && value <= 100)) continue;
    found.push({ value, global: /\bglobal/.test(sentence) });
  }
  return (found.find((f) => f.global) ?? found[0])?.value ?? null;
}

export function rgaaVersion(text: string): string | null {
  const m = /\brgaa\b[^0-9\n]{0,25}?(\d(?:[.,]\d{1,2}){1,2})/.exec(fold(text));
  return m ? m[1]!.replace(/,/g, '.') : null;
}

type DateKind = 'update' | 'audit' | 'established';

function dateKind(context: string): DateKind | null {
  if (/mise? a jour|mis a jour|actualise|revise/.test(context)) return 'update';
  if (/etablie?|redige|publiee?/.test(context)) return 'established';
  if (/audit|evaluation|realise|controle|tests?/.test(context)) return 'audit';
  return null;
}

export function statementDates(text: string): Pick<StatementReading, 'date' | 'auditDate' | 'updateDate'> {
  const folded = fold(text);
  const byKind: Partial<Record<DateKind, string>> = {};
  for (const found of findDates(folded)) {
    const line = folded.slice(Math.max(0, folded.lastIndexOf('\n', found.index) + 1), found.index);
    const kind = dateKind(line.slice(-90));
    if (!kind) continue;
    const current = byKind[kind];
    if (!current || found.iso > current) byKind[kind] = found.iso;
  }
  const own = [byKind.established, byKind.update].filter((d): d is string => d !== undefined).sort();
  return {
    date: own.at(-1) ?? byKind.audit ?? null,
    auditDate: byKind.audit ?? null,
    updateDate: byKind.update ?? null,
  };
}

export function auditor(text: string): string | null {
  const patterns = [
    /audit(?:eur|rice)?\s*:\s*([^\n.;]{2,80})/i,
    /(?:r[ée]alis|effectu|men|conduit)[ée]e?s?\s+(?:en\s+\w+\s+)?par\s+(?:la\s+soci[ée]t[ée]\s+|le\s+cabinet\s+|l['’]entreprise\s+|l['’]agence\s+)?([^\n.,;()]{2,80})/i,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    // The name ends where the sentence goes on (« … par Access42 révèle que … », « … par X le 3 mai »).
    const name = m?.[1]?.split(
      /\s+(?:r[ée]v[èe]le|a|ont|en|le|la|les|du|sur|selon|pour|qui|et|entre|au|aux|\d)\b/i,
    )[0];
    if (name?.trim()) return name.trim();
  }
  return null;
}

/** The statement's reading. A page is a statement when it has three required sections, or two under a title. */
export function readStatement(text: LegalText): StatementReading {
  const starts = sectionStarts(text);
  const whole = text.blocks.map((b) => b.text).join('\n');
  const line = normalize(whole);
  const titled = text.blocks.some(
    (b) => b.text.length <= MAX_HEADING_CHARS && /declaration d accessibilite/.test(normalize(b.text)),
  );
  const statusText = sectionText(text, starts, 'etat-de-conformite');
  const resultsText = starts.has('resultats-des-tests')
    ? sectionText(text, starts, 'resultats-des-tests')
    : whole;
  const rate = declaredRate(resultsText) ?? (starts.has('resultats-des-tests') ? declaredRate(whole) : null);
  return {
    isStatement: starts.size >= 3 || (titled && starts.size >= 2),
    declaredStatus: declaredStatus(statusText) ?? declaredStatus(whole),
    declaredRate: rate,
    rgaaVersion: rgaaVersion(whole),
    ...statementDates(whole),
    auditor: auditor(whole),
    articleReference: /\barticle 47\b.{0,60}?\b2005 102\b/.test(line),
    missingSections: REQUIRED_SECTIONS.map((s) => s.id).filter((id) => !starts.has(id)),
    contact: /@|formulaire|\bcontact/.test(fold(whole)),
    remedies: /defenseur des droits/.test(line),
  };
}
