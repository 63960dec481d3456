// Usage errors: bad arguments or input files end the command with exit code 2 and a message naming them.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3 } as const;

/** Parses an http(s) URL given by the user; `where` names the argument or file line. */
export function parseUserUrl(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${where} : adresse invalide « ${value} »`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${where} : seules les adresses http et https sont acceptées (« ${value} »)`);
  }
  return url.href;
}
