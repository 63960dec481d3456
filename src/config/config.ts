// Configuration, read once at the edge: environment and command-line flags, validated by one zod schema,
// frozen. The only module that reads process.env.

import { createRequire } from 'node:module';
import { z } from 'zod';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string; homepage: string };

export const VIGIE_VERSION: string = pkg.version;
export const PROJECT_URL: string = pkg.homepage;

const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().nonnegative();

/** Defaults of the measurement protocol and budgets, documented in README and docs/methodology.md. */
export const auditConfigSchema = z.object({
  concurrency: positiveInt.max(32).default(2),
  allowPrivateNetwork: z.boolean().default(false),
  viewportWidth: positiveInt.default(1920),
  viewportHeight: positiveInt.default(1080),
  navigationTimeoutMs: positiveInt.default(30_000),
  loadTimeoutMs: positiveInt.default(15_000),
  settleQuietMs: nonNegativeInt.default(500),
  settleMaxMs: nonNegativeInt.default(3_000),
  scroll: z.boolean().default(true),
  auditTimeoutMs: positiveInt.default(30_000),
  visitTimeoutMs: positiveInt.default(90_000),
  maxDocumentBytes: positiveInt.default(10 * 1024 * 1024),
  maxNavigations: positiveInt.default(10),
  maxHtmlChars: positiveInt.default(300_000),
  maxNodesPerRule: positiveInt.default(200),
  maxPassNodesPerRule: nonNegativeInt.default(5),
  recycleAfterVisits: positiveInt.default(100),
  pagesPerSite: positiveInt.max(50).default(5),
  /** Pause between two pages of one host (politeness); robots.txt Crawl-delay raises it, up to 10 s. */
  hostDelayMs: nonNegativeInt.default(500),
  siteFileTimeoutMs: positiveInt.default(10_000),
  launchTimeoutMs: positiveInt.default(60_000),
});

export type AuditConfig = Readonly<z.infer<typeof auditConfigSchema>>;

export interface Environment {
  chromiumPath: string | undefined;
  pathVariable: string | undefined;
  dataDir: string | undefined;
  databaseUrl: string | undefined;
  /** PostgreSQL schema to work in (VIGIE_DB_SCHEMA): several Vigie databases on one server, or tests. */
  dbSchema: string | undefined;
  /** data.gouv.fr (udata) API key for `vigie publish` (VIGIE_DATAGOUV_API_KEY); never printed. */
  datagouvApiKey: string | undefined;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Readonly<Environment> {
  return Object.freeze({
    chromiumPath: env.VIGIE_CHROMIUM_PATH || undefined,
    pathVariable: env.PATH,
    dataDir: env.VIGIE_DATA_DIR || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    dbSchema: env.VIGIE_DB_SCHEMA || undefined,
    datagouvApiKey: env.VIGIE_DATAGOUV_API_KEY || undefined,
  });
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function parseAuditConfig(input: Record<string, unknown>): AuditConfig {
  const result = auditConfigSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`option --${kebab(String(issue.path[0]))} invalide : ${issue.message}`);
  }
  return Object.freeze(result.data);
}

export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function userAgentSuffix(): string {
  return `Vigie/${VIGIE_VERSION} (+${PROJECT_URL})`;
}
