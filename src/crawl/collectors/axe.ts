// Injects axe-core into every frame of the page and runs every rule from the top frame, those axe leaves off by
// default included (experimental, AAA, obsolete). Results are compacted inside the page: all rules and exact node counts are kept, pass nodes are cut to
// a sample, snippets to 250 characters, so that the snapshot stays small.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { AXE_RULES_OFF } from '../../core/axe-rules-off.js';
import type { AxeRaw } from '../../core/snapshot.js';

const require = createRequire(import.meta.url);

export interface AxeBundle {
  version: string;
  locale: string;
  /** axe source followed by its configuration, evaluated once per frame. */
  injection: string;
  /** Rules axe leaves off by default (experimental, AAA, obsolete…), switched on: Vigie runs every rule. */
  disabledByDefault: string[];
}

let bundle: AxeBundle | undefined;

/** The axe-core source with the French locale, loaded once per process. */
export function loadAxeBundle(): AxeBundle {
  if (bundle) return bundle;
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const locale = readFileSync(require.resolve('axe-core/locales/fr.json'), 'utf8');
  const axe = require('axe-core') as {
    version: string;
    getRules(tags?: string[]): { ruleId: string; enabled?: boolean }[];
  };
  bundle = {
    version: axe.version,
    locale: 'fr',
    injection: `${source};\naxe.configure({ locale: ${locale} });\ntrue;`,
    disabledByDefault: axe
      .getRules()
      .filter((rule) => rule.enabled === false)
      .map((rule) => rule.ruleId),
  };
  return bundle;
}

export async function injectAxe(page: Page, axe: AxeBundle): Promise<void> {
  await Promise.all(
    page.frames().map((frame) =>
      // A frame that cannot take axe (detached, about:blank in transit) is reported by axe's frame-tested.
      frame.evaluate(axe.injection).catch(() => undefined),
    ),
  );
}

export interface AxeRunLimits {
  maxNodesPerRule: number;
  maxPassNodesPerRule: number;
}

export async function runAxe(page: Page, axe: AxeBundle, limits: AxeRunLimits): Promise<AxeRaw> {
  return page.evaluate(
    async ({ disabled, off, limits, locale }) => {
      type Check = { message?: string };
      type NodeResult = {
        target: unknown[];
        html: string;
        impact?: string | null;
        any: Check[];
        all: Check[];
        none: Check[];
      };
      type RuleResult = {
        id: string;
        impact?: string | null;
        tags: string[];
        help: string;
        nodes: NodeResult[];
      };
      const w = window as unknown as {
        axe: { version: string; run(ctx: Document, opts: object): Promise<Record<string, RuleResult[]>> };
      };
      const rules: Record<string, { enabled: boolean }> = {};
      for (const id of disabled) if (!off.includes(id)) rules[id] = { enabled: true };
      for (const id of off) rules[id] = { enabled: false };
      const result = await w.axe.run(document, {
        rules,
        iframes: true,
        elementRef: false,
        selectors: true,
        ancestry: false,
        xpath: false,
        performanceTimer: false,
      });
      const flatten = (target: unknown[]): string =>
        target.map((part) => (Array.isArray(part) ? part.join(' >> ') : String(part))).join(' >>> ');
      const compact = (group: RuleResult[], max: number) =>
        group.map((rule) => ({
          id: rule.id,
          impact: rule.impact ?? null,
          tags: rule.tags,
          help: rule.help,
          nodeCount: rule.nodes.length,
          nodes: rule.nodes.slice(0, max).map((node) => ({
            target: flatten(node.target),
            html: node.html.length > 250 ? `${node.html.slice(0, 249)}…` : node.html,
            impact: node.impact ?? null,
            messages: [...node.any, ...node.all, ...node.none]
              .map((check) => check.message ?? '')
              .filter((message) => message !== ''),
          })),
        }));
      return {
        engineVersion: w.axe.version,
        locale,
        passes: compact(result.passes ?? [], limits.maxPassNodesPerRule),
        violations: compact(result.violations ?? [], limits.maxNodesPerRule),
        incomplete: compact(result.incomplete ?? [], limits.maxNodesPerRule),
        inapplicable: compact(result.inapplicable ?? [], 0),
      };
    },
    { disabled: axe.disabledByDefault, off: Object.keys(AXE_RULES_OFF), limits, locale: axe.locale },
  );
}
