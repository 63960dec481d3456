// The catalogue of visit errors: a failed visit is data with a code, never an exception that ends a run.
// Each code says whether a later retry may succeed (STYLE.md, "Results").

export const VISIT_ERROR_CODES = {
  DNS: { retryable: true, fr: 'Nom de domaine introuvable', en: 'Domain name not found' },
  CONNECTION: { retryable: true, fr: 'Connexion refusée ou interrompue', en: 'Connection refused or reset' },
  TLS: {
    retryable: false,
    fr: 'Certificat ou négociation TLS invalide',
    en: 'Invalid TLS certificate or handshake',
  },
  TIMEOUT: { retryable: true, fr: 'Délai dépassé', en: 'Time budget exceeded' },
  HTTP_STATUS: { retryable: false, fr: 'Statut HTTP en erreur', en: 'HTTP error status' },
  NOT_HTML: {
    retryable: false,
    fr: "La ressource n'est pas une page HTML",
    en: 'The resource is not an HTML page',
  },
  TOO_LARGE: { retryable: false, fr: 'Page trop volumineuse', en: 'Page too large' },
  REDIRECT_LOOP: { retryable: false, fr: 'Boucle ou chaîne de redirections', en: 'Redirect loop or chain' },
  CRASHED: { retryable: true, fr: "L'onglet du navigateur a planté", en: 'The browser tab crashed' },
  BLOCKED_TARGET: {
    retryable: false,
    fr: 'Adresse interdite (réseau local, privé ou métadonnées)',
    en: 'Forbidden address (loopback, private or metadata network)',
  },
  ROBOTS: {
    retryable: false,
    fr: 'Exploration interdite par le robots.txt du site',
    en: 'Disallowed by robots.txt',
  },
  INVALID_URL: { retryable: false, fr: 'Adresse invalide', en: 'Invalid URL' },
  AUDIT_FAILED: { retryable: true, fr: "L'audit de la page a échoué", en: 'The page audit failed' },
  BAD_RESPONSE: { retryable: false, fr: 'Réponse HTTP invalide', en: 'Invalid HTTP response' },
  BROWSER: { retryable: true, fr: 'Le navigateur ne répond plus', en: 'The browser stopped responding' },
} as const satisfies Record<string, { retryable: boolean; fr: string; en: string }>;

export type VisitErrorCode = keyof typeof VISIT_ERROR_CODES;

export interface VisitError {
  code: VisitErrorCode;
  message: string;
  retryable: boolean;
  /** HTTP status when the code is HTTP_STATUS. */
  status?: number;
}

export function visitError(code: VisitErrorCode, detail?: string, status?: number): VisitError {
  const entry = VISIT_ERROR_CODES[code];
  const message = detail ? `${entry.fr} : ${detail}` : entry.fr;
  return status === undefined
    ? { code, message, retryable: entry.retryable }
    : { code, message, retryable: entry.retryable, status };
}

export function isVisitError(value: unknown): value is VisitError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof (value as { code: unknown }).code === 'string' &&
    (value as { code: string }).code in VISIT_ERROR_CODES
  );
}
