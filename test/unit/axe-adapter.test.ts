import { describe, expect, it } from 'vitest';
import {
  mapAxeResults,
  rgaaTestsFromTags,
  wcagCriteriaFromTags,
  wcagLevelFromTags,
} from '../../src/audits/a11y/axe-adapter.js';
import { axeRuleMeta } from '../../src/audits/a11y/axe-meta.js';
import type { AxeRaw, AxeRuleRaw } from '../../src/core/snapshot.js';

const rule = (
  id: string,
  tags: string[],
  nodeCount: number,
  extra: Partial<AxeRuleRaw> = {},
): AxeRuleRaw => ({
  id,
  impact: 'serious',
  tags,
  help: `help of ${id}`,
  nodeCount,
  nodes: Array.from({ length: nodeCount }, (_, i) => ({
    target: `#${id}-${i}`,
    html: `<img id="${id}-${i}">`,
    impact: 'serious',
    messages: [`message ${i}`],
  })),
  ...extra,
});

const raw = (groups: Partial<AxeRaw>): AxeRaw => ({
  engineVersion: '4.14.1',
  locale: 'fr',
  passes: [],
  violations: [],
  incomplete: [],
  inapplicable: [],
  ...groups,
});

describe('tags', () => {
  it('reads RGAA tests from RGAA-x.y.z tags only', () => {
    expect(rgaaTestsFromTags(['RGAAv4', 'RGAA-1.1.1', 'RGAA-11.10.2', 'wcag111'])).toEqual([
      '1.1.1',
      '11.10.2',
    ]);
  });
  it('reads WCAG success criteria, not levels', () => {
    expect(wcagCriteriaFromTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag111', 'wcag1410', 'wcag412'])).toEqual(
      ['1.1.1', '1.4.10', '4.1.2'],
    );
  });
});

describe('wcagLevelFromTags', () => {
  it.each([
    [['wcag2a', 'wcag111'], 'A'],
    [['wcag21aa', 'wcag1410'], 'AA'],
    [['wcag2aaa', 'wcag146'], 'AAA'],
    [['wcag2a-obsolete', 'wcag411'], 'A'],
    [['wcag2a', 'wcag21aa'], 'A'],
    [['best-practice'], null],
  ])('%j → %s', (tags, level) => {
    expect(wcagLevelFromTags(tags)).toBe(level);
  });
});

describe('mapAxeResults', () => {
  const meta = axeRuleMeta();

  it('gives one finding per rule with the worst outcome and exact counts', () => {
    const findings = mapAxeResults(
      raw({
        passes: [rule('image-alt', ['wcag2a', 'wcag111', 'RGAA-1.1.1'], 3, { nodes: [] })],
        violations: [rule('image-alt', ['wcag2a', 'wcag111', 'RGAA-1.1.1'], 2)],
        incomplete: [rule('color-contrast', ['wcag2aa', 'wcag143', 'RGAA-3.2.1'], 1)],
        inapplicable: [rule('area-alt', ['wcag2a', 'wcag244'], 0)],
      }),
      meta,
    );
    expect(findings.map((f) => [f.rule, f.outcome])).toEqual([
      ['image-alt', 'failed'],
      ['color-contrast', 'cantTell'],
      ['area-alt', 'inapplicable'],
    ]);
    const imageAlt = findings[0]!;
    expect(imageAlt.counts).toEqual({ passed: 3, failed: 2, cantTell: 0 });
    expect(imageAlt.rgaa).toEqual(['1.1.1']);
    expect(imageAlt.wcag).toEqual(['1.1.1']);
    expect(imageAlt.act).toEqual(['23a2a8']);
    expect(imageAlt.targets).toEqual(['#image-alt-0', '#image-alt-1']);
    expect(imageAlt.evidence[0]).toEqual({
      selector: '#image-alt-0',
      snippet: '<img id="image-alt-0">',
      message: 'message 0',
      outcome: 'failed',
    });
    expect(findings[1]!.evidence[0]!.outcome).toBe('cantTell');
  });

  it('passes when axe only reports passes, and caps snippets at 250 characters', () => {
    const long = `<p>${'x'.repeat(400)}</p>`;
    const [passed] = mapAxeResults(raw({ passes: [rule('document-title', ['wcag2a', 'wcag242'], 1)] }), meta);
    expect(passed!.outcome).toBe('passed');
    expect(passed!.evidence).toEqual([]);
    const [failed] = mapAxeResults(
      raw({
        violations: [
          rule('p-as-heading', ['best-practice', 'experimental'], 1, {
            nodes: [{ target: 'p', html: long, impact: 'serious', messages: [] }],
          }),
        ],
      }),
      meta,
    );
    expect(failed!.evidence[0]!.snippet.length).toBe(250);
    expect(failed!.evidence[0]!.message).toBe('help of p-as-heading');
    expect(failed!.experimental).toBe(true);
    expect(failed!.bestPractice).toBe(true);
  });

  it('sorts failures by impact, then by element count', () => {
    const findings = mapAxeResults(
      raw({
        violations: [
          rule('region', ['best-practice'], 9, { impact: 'moderate' }),
          rule('link-name', ['wcag2a', 'wcag244'], 2, { impact: 'serious' }),
          rule('button-name', ['wcag2a', 'wcag412'], 1, { impact: 'critical' }),
          rule('label', ['wcag2a', 'wcag412'], 3, { impact: 'critical' }),
        ],
      }),
      meta,
    );
    expect(findings.map((f) => f.rule)).toEqual(['label', 'button-name', 'link-name', 'region']);
  });
});
