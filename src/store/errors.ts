// Errors of the storage layer, with a French message a user can act on. The CLI prints the message alone
// (no stack): a locked or corrupt data folder is a situation, not a bug.

export type StoreErrorCode = 'LOCKED' | 'CORRUPT' | 'UNREACHABLE' | 'MIGRATION' | 'NEWER_SCHEMA';

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

export function causeText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
