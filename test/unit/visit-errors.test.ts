import { describe, expect, it } from 'vitest';
import { classifyNavigationError } from '../../src/crawl/navigation-errors.js';

describe('classifyNavigationError', () => {
  it.each([
    ['page.goto: net::ERR_NAME_NOT_RESOLVED at https://x.example/', 'DNS'],
    ['page.goto: net::ERR_CERT_AUTHORITY_INVALID at https://x.example/', 'TLS'],
    ['page.goto: net::ERR_SSL_PROTOCOL_ERROR at https://x.example/', 'TLS'],
    ['page.goto: net::ERR_TOO_MANY_REDIRECTS at http://x/', 'REDIRECT_LOOP'],
    ['page.goto: net::ERR_CONNECTION_REFUSED at http://x/', 'CONNECTION'],
    ['page.goto: net::ERR_CONTENT_DECODING_FAILED at http://x/', 'BAD_RESPONSE'],
    ['page.goto: net::ERR_BLOCKED_BY_CLIENT at http://x/', 'BLOCKED_TARGET'],
    ['page.goto: Download is starting', 'NOT_HTML'],
    ['page.goto: Timeout 30000ms exceeded.', 'TIMEOUT'],
    ['navigation: budget of 3000 ms exceeded', 'TIMEOUT'],
    ['page.goto: Page crashed', 'CRASHED'],
    ['page.goto: Target page, context or browser has been closed', 'BROWSER'],
  ])('%s → %s', (message, code) => {
    expect(classifyNavigationError(message).code).toBe(code);
  });
});
