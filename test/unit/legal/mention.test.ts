import { describe, expect, it } from 'vitest';
import { findMention, mentionLevel } from '../../../src/audits/legal/mention.js';
import { block, legalText } from './helpers.js';

describe('mentionLevel', () => {
  it.each([
    ['Accessibilité : totalement conforme', 'totalement'],
    ['Accessibilité : partiellement conforme', 'partiellement'],
    ['Accessibilité : non conforme', 'non'],
    ['ACCESSIBILITÉ : PARTIELLEMENT CONFORME', 'partiellement'],
    ['Accessibilite : partiellement conforme', 'partiellement'],
    ['Accessibilité partiellement conforme', 'partiellement'],
    ['Accessibilité (partiellement conforme)', 'partiellement'],
    ['Accessibilité du site : non conforme', 'non'],
    ['Accessibilité\u00a0: totalement conforme', 'totalement'],
    ['  accessibilité :   non   conforme ', 'non'],
    ['Accessibilité : partiellement conforme.', 'partiellement'],
  ])('%s → %s', (text, level) => {
    expect(mentionLevel(text)).toBe(level);
  });

  it.each([
    'Accessibilité conforme',
    'Accessibilité : totalement non conforme',
    'Accessibilité : partielement conforme',
    'Accessibilité : partiellement conformes',
    'Accesibilité : non conforme',
    'Accessibilité',
    'Déclaration d’accessibilité',
    'Accessibilité : conforme',
    'Accessibilité : en cours',
    'Le site est partiellement conforme',
  ])('near miss: %s', (text) => {
    expect(mentionLevel(text)).toBeNull();
  });
});

describe('findMention', () => {
  it('reads a footer link, with its target', () => {
    const text = legalText([
      block('Bienvenue'),
      block('Mentions légales | Accessibilité : partiellement conforme | Plan du site', {
        inFooter: true,
        links: [
          { text: 'Mentions légales', href: 'https://ville.fr/ml' },
          { text: 'Accessibilité : partiellement conforme', href: 'https://ville.fr/accessibilite' },
        ],
      }),
    ]);
    expect(findMention(text)).toEqual({
      level: 'partiellement',
      text: 'Accessibilité : partiellement conforme',
      href: 'https://ville.fr/accessibilite',
    });
  });

  it('reads a mention split across elements (the link on part of it)', () => {
    const text = legalText([
      block('Accessibilité : non conforme', {
        links: [{ text: 'non conforme', href: 'https://ville.fr/a11y' }],
      }),
    ]);
    expect(findMention(text)).toEqual({
      level: 'non',
      text: 'Accessibilité : non conforme',
      href: 'https://ville.fr/a11y',
    });
  });

  it('reads a mention that is not a link (href null)', () => {
    expect(findMention(legalText(['Accessibilité : totalement conforme']))).toEqual({
      level: 'totalement',
      text: 'Accessibilité : totalement conforme',
      href: null,
    });
  });

  it('reads a line of a multi-line block', () => {
    const text = legalText([
      block('© Ville 2025\nAccessibilité (non conforme)\nCookies', { inFooter: true }),
    ]);
    expect(findMention(text).level).toBe('non');
  });

  it('ignores the words inside a news paragraph', () => {
    const text = legalText([
      'Actualité : la mairie a fait auditer son site. Accessibilité : partiellement conforme, nous dit le rapport, et des travaux suivront.',
    ]);
    expect(findMention(text)).toEqual({ level: 'absente', text: null, href: null });
  });

  it('is absent without text, or with only near misses', () => {
    expect(findMention(null).level).toBe('absente');
    expect(
      findMention(legalText(['Accessibilité conforme', 'Accessibilité : totalement non conforme'])).level,
    ).toBe('absente');
  });

  it('prefers the footer mention', () => {
    const text = legalText([
      block('Accessibilité : non conforme'),
      block('Accessibilité : partiellement conforme', { inFooter: true }),
    ]);
    expect(findMention(text).level).toBe('partiellement');
  });
});
