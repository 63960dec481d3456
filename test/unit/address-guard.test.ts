import { describe, expect, it } from 'vitest';
import { checkTarget, isBlockedAddress } from '../../src/crawl/address-guard.js';

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.3',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '::1',
    '[::1]',
    '::',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
  ])('blocks %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.1',
    '192.169.0.1',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
  ])('allows %s', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

describe('checkTarget', () => {
  const publicResolver = async () => ['93.184.216.34'];
  const privateResolver = async () => ['93.184.216.34', '10.0.0.5'];

  it('refuses IP literals and names of the private network', async () => {
    expect((await checkTarget('http://127.0.0.1:8080/', { allowPrivateNetwork: false }))?.code).toBe(
      'BLOCKED_TARGET',
    );
    expect((await checkTarget('http://[::1]/', { allowPrivateNetwork: false }))?.code).toBe('BLOCKED_TARGET');
    expect((await checkTarget('http://localhost/', { allowPrivateNetwork: false }))?.code).toBe(
      'BLOCKED_TARGET',
    );
    expect((await checkTarget('http://169.254.169.254/latest/', { allowPrivateNetwork: false }))?.code).toBe(
      'BLOCKED_TARGET',
    );
  });

  it('refuses a name that resolves to a private address, among others', async () => {
    const error = await checkTarget('https://intranet.example/', {
      allowPrivateNetwork: false,
      resolve: privateResolver,
    });
    expect(error?.code).toBe('BLOCKED_TARGET');
    expect(error?.message).toContain('10.0.0.5');
  });

  it('lets public names through and reports unresolvable ones as DNS errors', async () => {
    expect(
      await checkTarget('https://www.example.fr/', { allowPrivateNetwork: false, resolve: publicResolver }),
    ).toBe(null);
    const dns = await checkTarget('https://nowhere.example/', {
      allowPrivateNetwork: false,
      resolve: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
      },
    });
    expect(dns?.code).toBe('DNS');
    expect(dns?.retryable).toBe(true);
  });

  it('allows the private network when asked, but never other schemes', async () => {
    expect(await checkTarget('http://127.0.0.1:8080/', { allowPrivateNetwork: true })).toBe(null);
    expect((await checkTarget('file:///etc/passwd', { allowPrivateNetwork: true }))?.code).toBe(
      'INVALID_URL',
    );
    expect((await checkTarget('not a url', { allowPrivateNetwork: true }))?.code).toBe('INVALID_URL');
  });
});
