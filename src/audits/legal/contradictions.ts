// Where what a site declares contradicts itself or what Vigie measured, each with a French explanation:
// mention vs statement, status vs rate (RGAA: totalement = 100 %, partiellement ≥ 50 %, non < 50 %),
// « totalement conforme » vs failed RGAA tests, a stale statement still published as current. Pure.

import type { Mention } from './mention.js';
import type { DeclaredStatus } from './statement-text.js';

export interface Contradiction {
  code:
    | 'mention-vs-statement'
    | 'status-vs-rate'
    | 'full-conformance-vs-measured'
    | 'stale-statement'
    | 'mention-without-statement';
  message: string;
}

export interface ContradictionInput {
  mention: Mention;
  statementUrl: string | null;
  /** The statement could be read (not unreadable). */
  statementRead: boolean;
  declaredStatus: DeclaredStatus | null;
  declaredRate: number | null;
  date: string | null;
  stale: boolean | null;
  staleSince: string | null;
  /** RGAA tests Vigie measured as failed (NC) on the site's sample. */
  failedTests: readonly string[];
}

const STATUS_FR: Record<DeclaredStatus, string> = {
  totalement: 'totalement conforme',
  partiellement: 'partiellement conforme',
  non: 'non conforme',
};

/** The status a rate implies (RGAA 4.1, « État de conformité »). */
export function statusOfRate(rate: number): DeclaredStatus {
  if (rate >= 100) return 'totalement';
  return rate >= 50 ? 'partiellement' : 'non';
}

const percent = (rate: number) => `${String(rate).replace('.', ',')} %`;

export function findContradictions(input: ContradictionInput): Contradiction[] {
  const out: Contradiction[] = [];
  const { mention, declaredStatus, declaredRate } = input;
  if (
    mention.level !== 'absente' &&
    input.statementRead &&
    declaredStatus &&
    mention.level !== declaredStatus
  ) {
    out.push({
      code: 'mention-vs-statement',
      message: `La page d’accueil annonce « ${STATUS_FR[mention.level]} » mais la déclaration d’accessibilité indique « ${STATUS_FR[declaredStatus]} ».`,
    });
  }
  if (mention.level !== 'absente' && !input.statementUrl) {
    out.push({
      code: 'mention-without-statement',
      message: `La page d’accueil annonce « ${STATUS_FR[mention.level]} » mais aucune déclaration d’accessibilité n’a été trouvée à deux clics.`,
    });
  }
  if (declaredStatus && declaredRate !== null && statusOfRate(declaredRate) !== declaredStatus) {
    const rule =
      declaredStatus === 'totalement'
        ? 'exige 100 % des critères respectés'
        : declaredStatus === 'partiellement'
          ? 'exige au moins 50 % et moins de 100 % des critères respectés'
          : 'correspond à moins de 50 % des critères respectés';
    out.push({
      code: 'status-vs-rate',
      message: `La déclaration se dit « ${STATUS_FR[declaredStatus]} », ce qui ${rule}, mais déclare un taux de ${percent(declaredRate)}.`,
    });
  }
  const claimsFull = declaredStatus === 'totalement' || mention.level === 'totalement';
  if (claimsFull && input.failedTests.length > 0) {
    const shown = input.failedTests.slice(0, 5).join(', ');
    const more = input.failedTests.length > 5 ? ` et ${input.failedTests.length - 5} autre(s)` : '';
    out.push({
      code: 'full-conformance-vs-measured',
      message: `Le site se déclare « totalement conforme » mais Vigie a mesuré des non-conformités sur ${input.failedTests.length} test(s) RGAA de l’échantillon (${shown}${more}).`,
    });
  }
  if (input.stale && input.date && input.staleSince) {
    out.push({
      code: 'stale-statement',
      message: `La déclaration d’accessibilité date du ${input.date} : elle a plus de trois ans à la date de la campagne (périmée depuis le ${input.staleSince}) mais reste présentée comme l’état actuel du site.`,
    });
  }
  return out;
}
