// Refuses to visit loopback, private, link-local and cloud-metadata addresses (SSRF guard), unless the
// caller allows the private network (tests and the demo serve pages on 127.0.0.1).

import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { type VisitError, visitError } from '../core/errors.js';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches the local host on Linux
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['169.254.0.0', 16], // link-local, includes the 169.254.169.254 metadata service
  ['100.64.0.0', 10], // carrier-grade NAT, used by some metadata services
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
blocked.addAddress('::', 'ipv6');
blocked.addAddress('::1', 'ipv6');
blocked.addSubnet('fc00::', 7, 'ipv6'); // unique local, includes fd00:ec2::254
blocked.addSubnet('fe80::', 10, 'ipv6'); // link-local

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** True when an IP address (v4 or v6, IPv4-mapped included) must not be visited. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const mapped = MAPPED_V4.exec(bare);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family === 6) return blocked.check(bare, 'ipv6');
  return false;
}

export type Resolver = (hostname: string) => Promise<string[]>;

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Checks that a URL may be visited: http(s) only, and unless `allowPrivateNetwork`, a host that neither is nor
 * resolves to a blocked address. Returns null when the visit may go on.
 */
export async function checkTarget(
  url: string,
  options: { allowPrivateNetwork: boolean; resolve?: Resolver },
): Promise<VisitError | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return visitError('INVALID_URL', url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return visitError('INVALID_URL', `schéma non pris en charge (${parsed.protocol}) dans ${url}`);
  }
  if (options.allowPrivateNetwork) return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    return isBlockedAddress(host) ? visitError('BLOCKED_TARGET', host) : null;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return visitError('BLOCKED_TARGET', host);
  let addresses: string[];
  try {
    addresses = await (options.resolve ?? systemResolver)(host);
  } catch (error) {
    return visitError('DNS', `${host} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const bad = addresses.find(isBlockedAddress);
  return bad ? visitError('BLOCKED_TARGET', `${host} → ${bad}`) : null;
}
