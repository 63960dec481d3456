// axe-core's color-contrast finding split into the four RGAA contrast tests (3.2.1–3.2.4) by text size and weight,
// and completed with Vigie's image facts: axe checks text, not text in images, so a test is only called passed
// when the page shows text of its class and nothing that may be text in an image (informative images other than
// logos, CSS background images with no text over them). Pure.

import type { ImageFact, ImageFacts } from '../../core/facts/images.js';
import { type Evidence, type Finding, OUTCOME_RANK, type Outcome } from '../../core/result.js';

export const CONTRAST_TESTS = ['3.2.1', '3.2.2', '3.2.3', '3.2.4'] as const;
const CLASS_OF_TEST = { '3.2.1': 'normal', '3.2.2': 'bold', '3.2.3': 'large', '3.2.4': 'largeBold' } as const;

/**
 * The RGAA contrast test of a failed color-contrast node, from axe's message (« taille de police : 12.0pt
 * (16px), graisse : bold »): 3.2.1 text < 24 px, 3.2.2 bold < 18.5 px, 3.2.3 text ≥ 24 px, 3.2.4 bold ≥ 18.5 px.
 * Null when the message does not say (then the node concerns every contrast test).
 */
export function contrastTestOf(message: string): string | null {
  const size = /\((\d+(?:\.\d+)?)px\)/.exec(message);
  const weight = /(?:graisse|font weight)\s*:\s*(\w+)/i.exec(message);
  if (!size || !weight) return null;
  const px = Number(size[1]);
  const bold = weight[1] === 'bold' || Number(weight[1]) >= 700;
  if (bold) return px >= 18.5 ? '3.2.4' : '3.2.2';
  return px >= 24 ? '3.2.3' : '3.2.1';
}

const LOGO = /logo|logotype|armoiries|blason|marianne/i;

/** An image shown to users that may hold text: informative (not decorative, not hidden), not a logo. */
function mayHoldText(image: ImageFact): boolean {
  if (!image.visible || image.ariaHidden || image.kind === 'area') return false;
  if (image.role === 'presentation' || image.role === 'none') return false;
  if (image.kind === 'img' && image.alt === '' && !image.name) return false;
  return ![image.alt, image.name, image.src, image.selector].some((value) => value && LOGO.test(value));
}

/** Images and CSS background boxes that may be text in an image (at most 5 as evidence), or why unknown. */
function possibleTextImages(images: ImageFacts | undefined): {
  evidence: Evidence[];
  unknown: string | null;
} {
  if (!images?.textContrast)
    return {
      evidence: [],
      unknown: 'les images et la taille des textes n’ont pas été relevées sur cet instantané',
    };
  if (images.truncated || !images.textContrast.scannedAll)
    return { evidence: [], unknown: 'la page a trop d’éléments pour que toutes ses images soient examinées' };
  const message =
    'Cette image peut contenir du texte, que le contrôle automatique des contrastes ne lit pas : vérifier le contraste de ce texte (sauf logo ou décoration).';
  const found = [...images.images.filter(mayHoldText), ...images.textContrast.backgroundImageBoxes].map(
    (target): Evidence => ({
      selector: target.selector,
      snippet: target.snippet,
      message,
      outcome: 'cantTell',
    }),
  );
  return { evidence: found.slice(0, 5), unknown: null };
}

/** Per-test outcomes and evidence of axe's color-contrast finding. */
export function splitContrast(finding: Finding, images: ImageFacts | undefined): Finding {
  const byTest: Record<string, Outcome> = {};
  const base: Outcome = finding.counts.passed > 0 ? 'passed' : 'inapplicable';
  for (const test of CONTRAST_TESTS) byTest[test] = base;
  const evidence = finding.evidence.map((item) => {
    const test = contrastTestOf(item.message);
    const tests = test ? [test] : CONTRAST_TESTS;
    for (const t of tests)
      if (OUTCOME_RANK[item.outcome] > OUTCOME_RANK[byTest[t]!]) byTest[t] = item.outcome;
    return test ? { ...item, rgaa: [test] } : item;
  });
  // Nodes beyond the evidence cap are unknown: their tests cannot be told apart, so no test is called passed.
  const truncated =
    finding.evidence.length < finding.counts.failed + finding.counts.cantTell && finding.outcome !== 'passed';
  if (truncated) for (const t of CONTRAST_TESTS) if (byTest[t] !== 'failed') byTest[t] = 'cantTell';
  // A class of text the page does not show: its test is not applicable (unless text in images may be there).
  const sizes = images?.textContrast?.textSizes;
  if (sizes)
    for (const t of CONTRAST_TESTS)
      if (byTest[t] === 'passed' && sizes[CLASS_OF_TEST[t]] === 0) byTest[t] = 'inapplicable';
  // Text in images: axe cannot read it, so a test it would pass (or find nothing for) stays to be checked.
  const images_ = possibleTextImages(images);
  const open = images_.unknown !== null || images_.evidence.length > 0;
  const extra: Evidence[] = [];
  if (open) {
    let reopened = false;
    for (const t of CONTRAST_TESTS)
      if (byTest[t] === 'passed' || byTest[t] === 'inapplicable') {
        byTest[t] = 'cantTell';
        reopened = true;
      }
    if (reopened)
      extra.push(
        ...(images_.unknown !== null
          ? [
              {
                selector: 'html',
                snippet: '<html>',
                message: `Contraste du texte en image non vérifié (${images_.unknown}) : vérifier les images qui contiennent du texte.`,
                outcome: 'cantTell' as const,
              },
            ]
          : images_.evidence),
      );
  }
  const outcome =
    extra.length > 0 && OUTCOME_RANK[finding.outcome] < OUTCOME_RANK.cantTell ? 'cantTell' : finding.outcome;
  return {
    ...finding,
    outcome,
    rgaa: [...CONTRAST_TESTS],
    counts: { ...finding.counts, cantTell: finding.counts.cantTell + extra.length },
    byTest,
    evidence: [...evidence, ...extra],
    targets: [...finding.targets, ...extra.map((item) => item.selector)],
  };
}
