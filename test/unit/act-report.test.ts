import { describe, expect, it } from 'vitest';
import {
  ACT_SECTION_BEGIN,
  ACT_SECTION_END,
  cell,
  levelCell,
  renderActSection,
  replaceSection,
} from '../conformance/act-report.js';
import { caseResult, type ExpectedOutcome, type FindingLike, scoreRule } from '../conformance/act-scoring.js';

const rule = {
  ruleId: 'abc123',
  ruleName: 'Some | rule',
  approved: true,
  ruleAccessibilityRequirements: { 'wcag20:1.1.1': { forConformance: true } },
};

function scored(id: string, expected: ExpectedOutcome, outcome: FindingLike['outcome']) {
  const result = caseResult('abc123', [{ rule: 'image-alt', outcome, act: ['abc123'], wcag: ['1.1.1'] }]);
  return {
    ...result,
    testcaseId: id,
    title: `Example ${id}`,
    file: `assets/testcases/abc123/${id}.html`,
    expected,
  };
}

const run = {
  date: '2026-01-01',
  vigie: '0.1.0',
  axe: '4.14.1',
  browser: '140.0',
  durationMs: 90_000,
  concurrency: 4,
  cases: 2,
  casesRun: 2,
};

describe('ACT section of docs/conformance.md', () => {
  it('escapes table cells', () => {
    expect(cell('a | b `c`\nd')).toBe("a \\| b 'c' d");
  });

  it('says why a rule is inconsistent', () => {
    const falsePositive = scoreRule(rule, [scored('1', 'failed', 'failed'), scored('2', 'passed', 'failed')]);
    expect(levelCell(falsePositive)).toBe('**inconsistent** (false positive)');
    const blind = scoreRule(rule, [scored('1', 'failed', 'passed')]);
    expect(levelCell(blind)).toBe('inconsistent (catches no failed example)');
  });

  it('renders the headline, the table and the false positives', () => {
    const section = renderActSection(
      [scoreRule(rule, [scored('1', 'failed', 'failed'), scored('2', 'passed', 'failed')])],
      run,
    );
    expect(section.startsWith(ACT_SECTION_BEGIN)).toBe(true);
    expect(section.endsWith(ACT_SECTION_END)).toBe(true);
    expect(section).toContain(
      'Approved ACT rules (1): **0 consistent**, 0 partially consistent, 0 minimal, 1 inconsistent ' +
        '(1 through false positives), 0 untested.',
    );
    expect(section).toContain(
      '| Some \\| rule | `image-alt` | **inconsistent** (false positive) | 2/2 | 1 | 0 |',
    );
    expect(section).toContain(
      '- abc123 Some \\| rule — Example 2 (expected passed): `image-alt` failed — `assets/testcases/abc123/2.html`',
    );
  });

  it('replaces the generated section and keeps the rest of the document', () => {
    const doc = `# Title\n\nMethod.\n\n${ACT_SECTION_BEGIN}\nold\n${ACT_SECTION_END}\n\n## After\n`;
    expect(replaceSection(doc, `${ACT_SECTION_BEGIN}\nnew\n${ACT_SECTION_END}`)).toBe(
      `# Title\n\nMethod.\n\n${ACT_SECTION_BEGIN}\nnew\n${ACT_SECTION_END}\n\n## After\n`,
    );
    expect(replaceSection('# Title\n', 'S')).toBe('# Title\n\nS\n');
  });
});
