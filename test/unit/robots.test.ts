import { describe, expect, it } from 'vitest';
import { isAllowed, parseRobots } from '../../src/core/robots.js';

describe('robots.txt', () => {
  const text = [
    '# comment',
    'User-agent: GPTBot',
    'User-agent: CCBot',
    'Disallow: /',
    '',
    'User-agent: *',
    'Disallow: /admin/',
    'Disallow: /actualites/',
    'Allow: /actualites/publique.html',
    'Disallow: /*.pdf$',
    'Disallow: /recherche?',
    'Crawl-delay: 2',
    'Sitemap: https://www.example.fr/sitemap.xml',
  ].join('\r\n');

  it('applies the * group with longest-match precedence', () => {
    const policy = parseRobots(text, 'Vigie');
    expect(isAllowed(policy, '/')).toBe(true);
    expect(isAllowed(policy, '/admin/login')).toBe(false);
    expect(isAllowed(policy, '/actualites/fete.html')).toBe(false);
    expect(isAllowed(policy, '/actualites/publique.html')).toBe(true);
    expect(isAllowed(policy, '/documents/plan.pdf')).toBe(false);
    expect(isAllowed(policy, '/documents/plan.pdf?x=1')).toBe(true);
    expect(isAllowed(policy, '/recherche?q=mairie')).toBe(false);
    expect(isAllowed(policy, '/recherche')).toBe(true);
    expect(policy.sitemaps).toEqual(['https://www.example.fr/sitemap.xml']);
    expect(policy.crawlDelaySeconds).toBe(2);
  });

  it('uses a group naming our product token instead of *', () => {
    const policy = parseRobots(
      'User-agent: *\nDisallow: /\n\nUser-agent: vigie\nDisallow: /prive/\n',
      'Vigie',
    );
    expect(isAllowed(policy, '/')).toBe(true);
    expect(isAllowed(policy, '/prive/x')).toBe(false);
    const blocked = parseRobots(text, 'GPTBot');
    expect(isAllowed(blocked, '/')).toBe(false);
  });

  it('treats an empty Disallow, an empty file and garbage as allow-all; allows ties', () => {
    expect(isAllowed(parseRobots('User-agent: *\nDisallow:\n', 'Vigie'), '/x')).toBe(true);
    expect(isAllowed(parseRobots('', 'Vigie'), '/x')).toBe(true);
    expect(isAllowed(parseRobots('<html>not robots</html>\n\0\0', 'Vigie'), '/x')).toBe(true);
    expect(isAllowed(parseRobots('User-agent: *\nDisallow: /a\nAllow: /a\n', 'Vigie'), '/a')).toBe(true);
  });
});
