// Maps Chromium and Playwright navigation errors to the visit error catalogue (src/core/errors.ts).

import { type VisitError, visitError } from '../core/errors.js';

/** Maps a Chromium/Playwright navigation error to a coded visit error. */
export function classifyNavigationError(message: string): VisitError {
  const net = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  if (/Download is starting|ERR_ABORTED.*download/i.test(message)) {
    return visitError('NOT_HTML', 'téléchargement de fichier');
  }
  if (net) {
    if (net === 'ERR_NAME_NOT_RESOLVED' || net === 'ERR_NAME_RESOLUTION_FAILED')
      return visitError('DNS', net);
    if (net.startsWith('ERR_CERT_') || net.startsWith('ERR_SSL_') || net === 'ERR_BAD_SSL_CLIENT_AUTH_CERT') {
      return visitError('TLS', net);
    }
    if (net === 'ERR_TOO_MANY_REDIRECTS') return visitError('REDIRECT_LOOP', net);
    if (net === 'ERR_BLOCKED_BY_CLIENT') return visitError('BLOCKED_TARGET', net);
    if (net === 'ERR_TIMED_OUT' || net === 'ERR_CONNECTION_TIMED_OUT') return visitError('TIMEOUT', net);
    if (
      net === 'ERR_CONTENT_DECODING_FAILED' ||
      net === 'ERR_INVALID_RESPONSE' ||
      net.startsWith('ERR_RESPONSE_')
    ) {
      return visitError('BAD_RESPONSE', net);
    }
    if (net === 'ERR_INVALID_URL' || net === 'ERR_UNKNOWN_URL_SCHEME') return visitError('INVALID_URL', net);
    return visitError('CONNECTION', net);
  }
  if (/crash/i.test(message)) return visitError('CRASHED', firstLine(message));
  if (/Timeout .*exceeded|budget of/i.test(message)) return visitError('TIMEOUT', firstLine(message));
  if (/Target (page, context or browser )?(has been )?closed|Browser has been closed/i.test(message)) {
    return visitError('BROWSER', firstLine(message));
  }
  return visitError('CONNECTION', firstLine(message));
}

export function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}
