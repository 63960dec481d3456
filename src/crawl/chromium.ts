// Finds a Chromium binary: VIGIE_CHROMIUM_PATH, then a system Chromium/Chrome on PATH or at the usual paths,
// then the optional dependency @sparticuz/chromium (binary shipped inside the npm package, no root needed).

import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface ChromiumLocation {
  path: string;
  source: 'env' | 'system' | 'sparticuz';
}

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findSystemChromium(pathVariable: string | undefined): string | null {
  for (const dir of (pathVariable ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return USUAL_PATHS.find(isExecutable) ?? null;
}

export class ChromiumNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `Chromium introuvable (${detail}). Installez-en un (apt-get install chromium), ` +
        'indiquez-le avec VIGIE_CHROMIUM_PATH, ou installez la dépendance optionnelle @sparticuz/chromium.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

export async function resolveChromium(env: {
  chromiumPath?: string | undefined;
  pathVariable?: string | undefined;
}): Promise<ChromiumLocation> {
  if (env.chromiumPath) {
    if (!isExecutable(env.chromiumPath)) {
      throw new ChromiumNotFoundError(`VIGIE_CHROMIUM_PATH=${env.chromiumPath} n'est pas exécutable`);
    }
    return { path: env.chromiumPath, source: 'env' };
  }
  const system = findSystemChromium(env.pathVariable);
  if (system) return { path: system, source: 'system' };
  try {
    const moduleName = '@sparticuz/chromium';
    const sparticuz = (await import(moduleName)) as { default: { executablePath(): Promise<string> } };
    return { path: await sparticuz.default.executablePath(), source: 'sparticuz' };
  } catch (error) {
    throw new ChromiumNotFoundError(`ni système ni @sparticuz/chromium : ${String(error)}`);
  }
}
