// Finding the accessibility statement within two clicks of the home page: the mention's link first, then the
// links whose text or address speak of accessibility or of a statement; from an accessibility page that is not
// the statement, its own such links. Pure: `locateStatement` says which page it needs next, so the crawler and
// a re-judgement from stored pages walk the same path.

import type { LegalText } from '../../core/legal-text.js';
import type { PageLink, PageSnapshot } from '../../core/snapshot.js';
import { findMention } from './mention.js';
import { normalize } from './normalize.js';
import { readStatement, type StatementReading } from './statement-text.js';

/** A page the legal checks read: its snapshot, or why there is none (a visit error code and message). */
export interface LegalPage {
  url: string;
  snapshot: PageSnapshot | null;
  error: { code: string; message: string } | null;
}

export type UnreadableReason =
  | 'pdf'
  | 'image'
  | 'too-large'
  | 'language'
  | 'robots'
  | 'not-found'
  | 'http-error'
  | 'not-html'
  | 'unreachable'
  | 'no-text';

const MAX_FIRST_CLICK = 3;
const MAX_SECOND_CLICK = 2;

function linkRank(link: Pick<PageLink, 'href' | 'text' | 'label'>): number | null {
  const text = normalize(`${link.text} ${link.label ?? ''}`);
  let path = '';
  try {
    path = normalize(decodeURIComponent(new URL(link.href).pathname));
  } catch {
    return null;
  }
  if (!/^https?:/.test(link.href)) return null;
  if (/declaration d accessibilite|declaration accessibilite/.test(text)) return 0;
  if (text.length <= 80 && /\baccessibilite\b|\baccessibility\b/.test(text)) return 1;
  if (/declaration (?:d )?accessibilite|accessibilite|accessibility|\ba11y\b/.test(path)) return 2;
  return null;
}

/** Links that may lead to the statement, best first (footer links before others at equal rank). */
export function statementLinks(links: readonly Pick<PageLink, 'href' | 'text' | 'label' | 'inFooter'>[]) {
  const ranked = links
    .map((link, index) => ({ link, index, rank: linkRank(link) }))
    .filter((r): r is { link: (typeof links)[number]; index: number; rank: number } => r.rank !== null)
    .sort(
      (a, b) => a.rank - b.rank || Number(b.link.inFooter) - Number(a.link.inFooter) || a.index - b.index,
    );
  return [...new Set(ranked.map((r) => r.link.href))];
}

export function fileKind(url: string): 'pdf' | 'image' | null {
  try {
    const path = new URL(url).pathname.toLowerCase();
    if (path.endsWith('.pdf')) return 'pdf';
    if (/\.(png|jpe?g|gif|webp|svg|tiff?)$/.test(path)) return 'image';
  } catch {}
  return null;
}

/** Why a visited page cannot be read as a statement, null when it can. */
export function unreadableReason(page: LegalPage): { reason: UnreadableReason; detail: string } | null {
  if (page.error) {
    const { code, message } = page.error;
    if (code === 'ROBOTS') return { reason: 'robots', detail: 'page interdite par robots.txt' };
    if (code === 'TOO_LARGE') return { reason: 'too-large', detail: message };
    if (code === 'NOT_HTML' && /pdf/i.test(message)) return { reason: 'pdf', detail: message };
    if (code === 'NOT_HTML' && /image\//i.test(message)) return { reason: 'image', detail: message };
    if (code === 'NOT_HTML') return { reason: 'not-html', detail: message };
    if (code === 'HTTP_STATUS' && /\b(404|410)\b/.test(message))
      return { reason: 'not-found', detail: message };
    if (code === 'HTTP_STATUS') return { reason: 'http-error', detail: message };
    return { reason: 'unreachable', detail: `${code} : ${message}` };
  }
  const snapshot = page.snapshot;
  const text = snapshot?.legalText;
  if (!snapshot || !text)
    return { reason: 'no-text', detail: snapshot?.legalTextError ?? 'texte non collecté' };
  if (text.truncated) return { reason: 'too-large', detail: `plus de ${text.chars} caractères de texte` };
  if (isForeign(snapshot.lang, text)) return { reason: 'language', detail: `langue ${snapshot.lang ?? '?'}` };
  if (text.chars < 300 && text.largeImages > 0)
    return { reason: 'image', detail: 'page sans texte, publiée en image' };
  return null;
}

const FR_WORDS = /\b(le|la|les|des|est|et|du|une|pour|dans)\b/g;
const EN_WORDS = /\b(the|and|is|of|to|this|with|for|are|in)\b/g;

/** Not in French: a declared language other than French, or, undeclared, more English words than French. */
export function isForeign(lang: string | null, text: LegalText): boolean {
  if (lang && lang.trim() !== '') return !/^fr\b/i.test(lang.trim());
  const words = text.blocks.map((b) => b.text.toLowerCase()).join(' ');
  return (words.match(EN_WORDS)?.length ?? 0) > 2 * (words.match(FR_WORDS)?.length ?? 0);
}

export interface Located {
  /** The statement page, or the first page that could not be read, or null. */
  url: string | null;
  reading: StatementReading | null;
  unreadable: { reason: UnreadableReason; detail: string } | null;
  /** Pages read on the way (accessibility page, statement) whose links may lead to the plans. */
  readPages: { url: string; text: LegalText }[];
}

export type LocateStep = { kind: 'visit'; url: string } | ({ kind: 'done' } & Located);

/**
 * The next step of the search. `pages` maps a URL (requested or final) to what is known of it; `final` means no
 * more pages will be visited (a re-judgement, or the visit budget spent): unknown pages are skipped then.
 */
export function locateStatement(
  home: PageSnapshot,
  pages: ReadonlyMap<string, LegalPage>,
  final: boolean,
): LocateStep {
  const mention = findMention(home.legalText);
  const first = [...new Set([...(mention.href ? [mention.href] : []), ...statementLinks(home.links)])].slice(
    0,
    MAX_FIRST_CLICK,
  );
  const seen = new Set<string>([home.finalUrl, home.requestedUrl]);
  const readPages: Located['readPages'] = [];
  let problem: { url: string; reason: UnreadableReason; detail: string } | null = null;
  const queue = first.map((url) => ({ url, click: 1 }));
  let secondClicks = 0;
  while (queue.length > 0) {
    const { url, click } = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const kind = fileKind(url);
    if (kind) {
      problem ??= { url, reason: kind, detail: `document ${kind === 'pdf' ? 'PDF' : 'image'}` };
      continue;
    }
    const page = pages.get(url);
    if (!page) {
      if (!final) return { kind: 'visit', url };
      continue;
    }
    if (page.snapshot) seen.add(page.snapshot.finalUrl);
    const unreadable = unreadableReason(page);
    if (unreadable) {
      problem ??= { url, ...unreadable };
      continue;
    }
    const text = page.snapshot!.legalText!;
    readPages.push({ url: page.snapshot!.finalUrl, text });
    const reading = readStatement(text);
    if (reading.isStatement)
      return { kind: 'done', url: page.snapshot!.finalUrl, reading, unreadable: null, readPages };
    if (click === 1) {
      for (const next of statementLinks(page.snapshot!.links)) {
        if (secondClicks >= MAX_SECOND_CLICK) break;
        if (seen.has(next) || queue.some((q) => q.url === next)) continue;
        queue.push({ url: next, click: 2 });
        secondClicks++;
      }
    }
  }
  if (problem)
    return {
      kind: 'done',
      url: problem.url,
      reading: null,
      unreadable: { reason: problem.reason, detail: problem.detail },
      readPages,
    };
  return {
    kind: 'done',
    url: null,
    reading: null,
    unreadable: { reason: 'not-found', detail: 'aucune déclaration à deux clics de l’accueil' },
    readPages,
  };
}
