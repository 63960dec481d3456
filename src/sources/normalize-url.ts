// Site addresses as sources write them (with or without scheme, `www.`, trailing slash, fragment) turned
// into one deduplication key and one address to visit. Pure. Rules: docs/sites.md, "Normalisation".

export interface NormalizedUrl {
  /** Key that identifies the site: host without `www.`, port, path without trailing slash, query. */
  key: string;
  /** The address to visit: scheme (https when missing), host lowercased, no fragment. */
  url: string;
  /** Host without `www.`. */
  domain: string;
  scheme: 'http' | 'https';
}

export type NormalizeResult = { ok: true; value: NormalizedUrl } | { ok: false; reason: string };

const OTHER_SCHEME = /^(mailto|javascript|tel|data|file|ftp|sftp|ws|wss|about|blob):/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const HOST_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function normalizeUrl(input: string): NormalizeResult {
  const value = input.trim();
  if (value === '') return fail('adresse manquante');
  // Control characters: binary garbage or a badly decoded file.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point of this check
  if (/[\u0000-\u001f\u007f]/.test(value)) return fail('caractères de contrôle dans l’adresse');
  if (/\s/.test(value)) return fail(`espace dans l’adresse « ${clip(value)} »`);
  if (OTHER_SCHEME.test(value))
    return fail(`seules les adresses http et https sont acceptées (« ${clip(value)} »)`);
  const withScheme = HAS_SCHEME.test(value)
    ? value
    : value.startsWith('//')
      ? `https:${value}`
      : `https://${value}`;

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return fail(`adresse invalide « ${clip(value)} »`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(`seules les adresses http et https sont acceptées (« ${clip(value)} »)`);
  if (url.username || url.password) return fail('identifiants dans l’adresse (utilisateur:mot-de-passe@)');

  const host = url.hostname.replace(/\.$/, '');
  const hostProblem = checkHost(host);
  if (hostProblem) return fail(`${hostProblem} (« ${clip(value)} »)`);
  url.hostname = host;
  url.hash = '';

  const domain = host.startsWith('www.') && host.slice(4).includes('.') ? host.slice(4) : host;
  const path = url.pathname.replace(/\/+$/, '');
  const key = `${domain}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
  return {
    ok: true,
    value: { key, url: url.href, domain, scheme: url.protocol === 'http:' ? 'http' : 'https' },
  };
}

function checkHost(host: string): string | null {
  if (host === '') return 'nom de domaine manquant';
  if (host.startsWith('[') || host === 'localhost') return null;
  if (IPV4.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2) return 'nom de domaine sans extension';
  if (!labels.every((label) => HOST_LABEL.test(label))) return 'nom de domaine invalide';
  if (/^\d+$/.test(labels.at(-1)!)) return 'nom de domaine invalide';
  return null;
}

function fail(reason: string): NormalizeResult {
  return { ok: false, reason };
}

function clip(value: string): string {
  return value.length > 80 ? `${value.slice(0, 79)}…` : value;
}
