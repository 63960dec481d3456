// Which Asqatasun RGAA 4.0 test cases the conformance suite can compare with Vigie's RGAA 4.1.2 verdicts, and
// why the others are left out: a test whose meaning changed between RGAA 4.0 and 4.1.2, an Asqatasun option
// (marker parameter) Vigie has no equivalent for, a page that holds no test case. Pure.

/** Asqatasun outcome codes (expected-outcomes.json `outcomeCodes`). */
export type AsqatasunOutcome = 'PASSED' | 'FAILED' | 'NEED_MORE_INFO' | 'NOT_APPLICABLE' | 'NOT_TESTED';

export interface MarkerParameter {
  family: string;
  element: string;
  value: string;
}

/** One entry of `testcases[]` in ../shared/data/asqatasun-rgaa40/expected-outcomes.json (the fields used). */
export interface AsqatasunTestCase {
  test: string;
  webResource: string;
  /** Relative to the data folder: `testcases/rgaa40/Rgaa40Rule010101/….html`. */
  file: string;
  ruleImplemented: boolean;
  /** null when the JUnit class gives none. */
  expected: AsqatasunOutcome | null;
  markerParameters: MarkerParameter[];
}

/**
 * RGAA 4.0 tests whose number or meaning changed in RGAA 4.1 (checked by comparing the RGAA 4.0 text each
 * Asqatasun page quotes with src/core/rgaa-412.ts): Asqatasun's expected outcome may not be the RGAA 4.1.2
 * answer, so their cases are not compared. Editorial changes (tag names, « souris » → « dispositif de
 * pointage », « à l'exception des ancres ») stay in scope.
 */
export const CHANGED_TESTS: Readonly<Record<string, string>> = {
  '1.1.4': 'RGAA 4.1 accepts any mechanism usable with every pointing device (RGAA 4.0: a link in the page)',
  '1.1.6': 'RGAA 4.1 asks for an alternative and role="img" on <object> (RGAA 4.0: an alternative only)',
  '1.1.7': 'RGAA 4.1 asks for an alternative and role="img" on <embed> (RGAA 4.0: an alternative only)',
  '1.1.8': 'RGAA 4.1 asks for an alternative and role="img" on <canvas> (RGAA 4.0: an alternative only)',
  '1.6.2': 'RGAA 4.1 adds the longdesc attribute to the accepted detailed descriptions',
  '1.6.3': 'RGAA 4.1 adds the longdesc attribute to the accepted detailed descriptions',
  '1.6.4': 'RGAA 4.1 adds the longdesc attribute to the accepted detailed descriptions',
  '1.8.6': 'not in RGAA 4.0 (SVG text images, new in RGAA 4.1)',
  '5.6.4': 'not in RGAA 4.0 (cells with several headers, new in RGAA 4.1)',
  '10.4.1':
    'another test: RGAA 4.0 10.4.1 forbids absolute CSS units (pt, pc, mm, cm, in) for screen media, ' +
    'RGAA 4.1.2 10.4.1 asks for no loss of information when the text is enlarged to 200 %',
  '10.4.2': 'renumbered: RGAA 4.0 10.4.2 (no loss of information at 200 %) is RGAA 4.1.2 10.4.1',
  '10.4.3': 'renumbered: RGAA 4.0 10.4.3 (200 % for the whole text) is RGAA 4.1.2 10.4.2',
  '11.10.4':
    'the RGAA 4.0 page asks for a visible required-field indication, RGAA 4.1.2 for a visible error message',
  '13.7.1':
    'RGAA 4.1 widens the scope from images to multimedia elements (<video>, <audio>…), so an RGAA 4.0 ' +
    'not-applicable page may be applicable',
};

export const MARKER_KIND = 'Asqatasun marker parameter (no Vigie equivalent)';

/** What the harness knows of a case's page before judging it. */
export interface PageInfo {
  exists: boolean;
  /** A stub whose test case Asqatasun moved to a grouped page (criteria 1.1, 1.3, 1.4: RgaaRule0101/…). */
  placeholder: boolean;
  /**
   * Asqatasun judges a JSON of computed styles shipped beside the page (its 3.2.1 cases), not the page: the HTML
   * carries none of the colours the expected outcome is about (« foreground set to red » on an unstyled page).
   */
  extractedStyles: boolean;
}

/** The Asqatasun stubs say so in a comment: « The actual testcases for criteria 1.1 have been grouped into ». */
export function isPlaceholderPage(html: string): boolean {
  return /actual testcases for criteria [\d.]+ have been grouped into/i.test(html);
}

/**
 * Why a case is not compared, or null when it is. Marker parameters are Asqatasun options naming the CSS
 * class or id of the author's judgement (this image is informative, this table is a data table): Vigie has
 * no such input, and the expected outcome depends on it, so those cases are left out.
 */
export function outOfScopeReason(
  testCase: AsqatasunTestCase,
  page: PageInfo,
  rgaaTests: ReadonlySet<string>,
): string | null {
  if (testCase.expected === null) return 'no expected outcome in the Asqatasun JUnit class';
  const changed = CHANGED_TESTS[testCase.test];
  if (changed) return `test changed between RGAA 4.0 and 4.1.2: ${changed}`;
  if (!rgaaTests.has(testCase.test)) return 'not an RGAA 4.1.2 test';
  if (testCase.markerParameters.length > 0) {
    const names = [...new Set(testCase.markerParameters.map((marker) => marker.element))].sort();
    return `${MARKER_KIND}: ${names.join(', ')}`;
  }
  if (!page.exists) return 'page missing from the data set';
  if (page.placeholder) return 'placeholder page: Asqatasun moved its test case to a grouped page';
  if (page.extractedStyles)
    return 'styles given apart: Asqatasun judges a JSON of computed styles beside the page, not the page';
  return null;
}

/** The kind of a reason ("test changed between RGAA 4.0 and 4.1.2"), to count cases by kind. */
export function reasonKind(reason: string): string {
  return reason.split(':')[0]!;
}
