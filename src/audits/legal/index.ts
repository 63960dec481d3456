// The legal checks of a site (issue 6): home-page mention, accessibility statement, plans and the
// contradictions between them and with Vigie's measures. Pure over stored snapshots and the campaign date,
// so `vigie rejudge` gives the same result; never reads the clock.

import { RGAA_412_TESTS } from '../../core/rgaa-412.js';
import type { PageSnapshot } from '../../core/snapshot.js';
import { type Contradiction, findContradictions } from './contradictions.js';
import { addYears } from './dates.js';
import { type LegalPage, locateStatement, type UnreadableReason } from './discovery.js';
import { findMention, MENTION_ABSENT, type Mention } from './mention.js';
import { findPlans, type Plans } from './plans.js';
import type { DeclaredStatus, SectionId } from './statement-text.js';

export type { LegalPage } from './discovery.js';
export { locateStatement } from './discovery.js';

/** A statement is stale three years after its date. */
export const STATEMENT_VALIDITY_YEARS = 3;

export interface LegalStatement {
  /** The statement page; the page that could not be read when `unreadable` is set; null when none found. */
  url: string | null;
  declaredStatus: DeclaredStatus | null;
  declaredRate: number | null;
  rgaaVersion: string | null;
  date: string | null;
  auditDate: string | null;
  updateDate: string | null;
  /** Three years or more before the campaign date; null without a date. */
  stale: boolean | null;
  auditor: string | null;
  articleReference: boolean;
  missingSections: SectionId[];
  contact: boolean;
  remedies: boolean;
  /** Null when read; otherwise why it could not be. */
  unreadable: UnreadableReason | null;
  unreadableDetail: string | null;
}

export interface LegalResult {
  campaignDate: string;
  mention: Mention;
  statement: LegalStatement;
  plans: Plans;
  contradictions: Contradiction[];
}

export interface LegalInput {
  /** The home page snapshot, null when the home page could not be visited. */
  home: PageSnapshot | null;
  /** Every other page visited (sample and legal extras), by requested and final URL. */
  pages: ReadonlyMap<string, LegalPage>;
  /** YYYY-MM-DD. */
  campaignDate: string;
  /** The site's RGAA results, one character per test in the referential order (N = failed). */
  rgaaTests: string | null;
}

const EMPTY_STATEMENT: Omit<LegalStatement, 'url' | 'unreadable' | 'unreadableDetail'> = {
  declaredStatus: null,
  declaredRate: null,
  rgaaVersion: null,
  date: null,
  auditDate: null,
  updateDate: null,
  stale: null,
  auditor: null,
  articleReference: false,
  missingSections: [],
  contact: false,
  remedies: false,
};

export function failedRgaaTests(tests: string | null): string[] {
  if (!tests) return [];
  return RGAA_412_TESTS.filter((_, index) => tests[index] === 'N').map((test) => test.id);
}

/**
 * The legal checks, or null when the home page was visited but its visible text is unknown (a snapshot from
 * before schema 3, or a collector failure): saying « absente » then would be a guess.
 */
export function judgeLegal(input: LegalInput): LegalResult | null {
  if (input.home && !input.home.legalText) return null;
  const campaignYear = Number(input.campaignDate.slice(0, 4));
  if (!input.home) {
    return {
      campaignDate: input.campaignDate,
      mention: MENTION_ABSENT,
      statement: {
        ...EMPTY_STATEMENT,
        url: null,
        unreadable: 'unreachable',
        unreadableDetail: 'page d’accueil non visitée',
      },
      plans: { schema: null, action: null },
      contradictions: [],
    };
  }
  const mention = findMention(input.home.legalText);
  const located = locateStatement(input.home, input.pages, true);
  if (located.kind !== 'done') throw new Error('unreachable: final search asked for a visit');
  const reading = located.reading;
  const staleSince = reading?.date ? addYears(reading.date, STATEMENT_VALIDITY_YEARS) : null;
  const stale = staleSince ? staleSince <= input.campaignDate : null;
  const statement: LegalStatement = reading
    ? {
        url: located.url,
        declaredStatus: reading.declaredStatus,
        declaredRate: reading.declaredRate,
        rgaaVersion: reading.rgaaVersion,
        date: reading.date,
        auditDate: reading.auditDate,
        updateDate: reading.updateDate,
        stale,
        auditor: reading.auditor,
        articleReference: reading.articleReference,
        missingSections: reading.missingSections,
        contact: reading.contact,
        remedies: reading.remedies,
        unreadable: null,
        unreadableDetail: null,
      }
    : {
        ...EMPTY_STATEMENT,
        url: located.url,
        unreadable: located.unreadable?.reason ?? 'not-found',
        unreadableDetail: located.unreadable?.detail ?? null,
      };
  const contradictions = findContradictions({
    mention,
    statementUrl: located.url,
    statementRead: reading !== null,
    declaredStatus: statement.declaredStatus,
    declaredRate: statement.declaredRate,
    date: statement.date,
    stale,
    staleSince,
    failedTests: failedRgaaTests(input.rgaaTests),
  });
  return {
    campaignDate: input.campaignDate,
    mention,
    statement,
    plans: findPlans(located.readPages.toReversed(), campaignYear),
    contradictions,
  };
}
