// Static metadata of the installed axe-core rules (tags, ACT ids), read once from the axe-core package.
// Run results do not carry ACT ids, so the adapter looks them up here.

import { createRequire } from 'node:module';
import { AXE_RULES_OFF } from '../../core/axe-rules-off.js';

export interface AxeRuleMeta {
  id: string;
  tags: string[];
  actIds: string[];
  help: string;
  enabledByDefault: boolean;
}

interface AxeModule {
  version: string;
  getRules(): { ruleId: string; tags: string[]; actIds?: string[]; help: string; enabled?: boolean }[];
}

let cache: { version: string; rules: Map<string, AxeRuleMeta> } | undefined;

function load(): { version: string; rules: Map<string, AxeRuleMeta> } {
  if (cache) return cache;
  const axe = createRequire(import.meta.url)('axe-core') as AxeModule;
  const rules = new Map<string, AxeRuleMeta>();
  for (const rule of axe.getRules()) {
    if (rule.ruleId in AXE_RULES_OFF) continue;
    rules.set(rule.ruleId, {
      id: rule.ruleId,
      tags: rule.tags,
      actIds: rule.actIds ?? [],
      help: rule.help,
      enabledByDefault: rule.enabled !== false,
    });
  }
  cache = { version: axe.version, rules };
  return cache;
}

export function axeRuleMeta(): Map<string, AxeRuleMeta> {
  return load().rules;
}

export function axeVersion(): string {
  return load().version;
}
