// French dates as statements write them, to YYYY-MM-DD: « 12 mars 2024 », « 1er janvier 2023 »,
// « 05/06/2024 », « 5.6.2024 », « 2024-06-05 », « mars 2024 » (the first of the month). Pure.

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

export interface FoundDate {
  iso: string;
  /** Index of the date in the searched text. */
  index: number;
}

const MONTH_NAMES = Object.keys(MONTHS).join('|');
// On folded text (lower case, no accents).
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g,
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:er)?\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})\\b`, 'g'),
    read: (m) => [Number(m[3]), MONTHS[m[2]!]!, Number(m[1])],
  },
  {
    re: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{4})\\b`, 'g'),
    read: (m) => [Number(m[2]), MONTHS[m[1]!]!, 1],
  },
];

function iso(year: number, month: number, day: number): string | null {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** Every date of a folded text, in text order (a « mars 2024 » inside « 12 mars 2024 » is not repeated). */
export function findDates(folded: string): FoundDate[] {
  const found: { iso: string; index: number; end: number }[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.index)) continue;
      const value = iso(...read(m));
      if (value) found.push({ iso: value, index: start, end });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ iso: value, index }) => ({ iso: value, index }));
}

/** The date `years` after an ISO date (29 February → 28 February), as YYYY-MM-DD. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
