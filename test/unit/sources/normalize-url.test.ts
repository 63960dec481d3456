// URL normalisation: one key per site whatever the scheme, `www.`, case, trailing slash or fragment.

import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../src/sources/normalize-url.js';

function ok(input: string) {
  const result = normalizeUrl(input);
  if (!result.ok) throw new Error(`expected ${input} to be accepted: ${result.reason}`);
  return result.value;
}

function reason(input: string): string {
  const result = normalizeUrl(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.reason;
}

describe('normalizeUrl', () => {
  it('gives the same key to the scheme, www., case and trailing slash variants', () => {
    const variants = [
      'https://www.mairie-exemple.fr',
      'http://mairie-exemple.fr/',
      'HTTPS://WWW.Mairie-Exemple.FR/',
      'mairie-exemple.fr',
      'www.mairie-exemple.fr/',
      '  https://mairie-exemple.fr/#contenu  ',
      'https://mairie-exemple.fr./',
    ];
    expect(new Set(variants.map((variant) => ok(variant).key))).toEqual(new Set(['mairie-exemple.fr']));
  });

  it('keeps the path, query and port in the key, without the trailing slash', () => {
    expect(ok('https://www.exemple.fr/mairie/').key).toBe('exemple.fr/mairie');
    expect(ok('https://exemple.fr/index.php?page=1#haut').key).toBe('exemple.fr/index.php?page=1');
    expect(ok('http://exemple.fr:8080/').key).toBe('exemple.fr:8080');
    expect(ok('https://exemple.fr:443/').key).toBe('exemple.fr');
  });

  it('returns the address to visit: https by default, host lowercased, www. kept, no fragment', () => {
    expect(ok('Mairie.FR/Accueil#x')).toEqual({
      key: 'mairie.fr/Accueil',
      url: 'https://mairie.fr/Accueil',
      domain: 'mairie.fr',
      scheme: 'https',
    });
    expect(ok('http://www.ville.fr').url).toBe('http://www.ville.fr/');
    expect(ok('//www.ville.fr').url).toBe('https://www.ville.fr/');
  });

  it('keeps www. when nothing but a TLD would remain', () => {
    expect(ok('https://www.fr').domain).toBe('www.fr');
  });

  it('encodes internationalised domain names', () => {
    expect(ok('https://www.mairie-évian.fr').domain).toBe('xn--mairie-vian-hbb.fr');
  });

  it('accepts IP addresses and localhost (the crawler decides what it may visit)', () => {
    expect(ok('http://127.0.0.1:8080/site/').key).toBe('127.0.0.1:8080/site');
    expect(ok('http://localhost:3000').key).toBe('localhost:3000');
  });

  it('rejects what is not a public web address, with a reason', () => {
    expect(reason('')).toMatch(/manquante/);
    expect(reason('pas une adresse')).toMatch(/espace/);
    expect(reason('mailto:contact@mairie.fr')).toMatch(/http et https/);
    expect(reason('javascript:alert(1)')).toMatch(/http et https/);
    expect(reason('ftp://fichiers.exemple.fr')).toMatch(/http et https/);
    expect(reason('http://')).toMatch(/invalide/);
    expect(reason('http://user:secret@exemple.fr')).toMatch(/identifiants/);
    expect(reason('https://sans-extension')).toMatch(/sans extension/);
    expect(reason('https://-tiret.fr')).toMatch(/invalide/);
    expect(reason('https://exemple.123')).toMatch(/invalide/);
    expect(reason('\u0000binaire')).toMatch(/contrôle/);
  });
});
