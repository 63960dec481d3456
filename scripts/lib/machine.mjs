// The machine a benchmark ran on: cores, CPU model, memory, Node and Chromium versions.

import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export function machineInfo(chromiumPath) {
  let chromium = 'unknown Chromium';
  try {
    // Debian's wrapper script may print shell noise on stderr; the version is on stdout.
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {}
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  };
}
