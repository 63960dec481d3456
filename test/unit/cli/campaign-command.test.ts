// `vigie campaign`, `vigie schedule`, `vigie rejudge` through the CLI entry point, without a browser: usage
// errors name the bad input, an empty selection or an unknown campaign is a clear exit 2, and schedules are
// registered, listed and removed.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { freshDataDir } from '../store/engines.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('vigie campaign, schedule and rejudge', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await freshDataDir();
  }, 120_000);
  afterAll(async () => {
    const { rm } = await import('node:fs/promises');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('rejects bad options with a message naming them, before touching the database', async () => {
    expect(await run('campaign')).toMatchObject({ code: 2 });
    expect(await run('campaign', 'walk')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/« walk »/),
    });
    expect(await run('campaign', 'run', '--limit', 'ten', '--data-dir', dataDir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--limit : « ten »/),
    });
    expect(await run('campaign', 'run', '--filter', 'colour=blue', '--data-dir', dataDir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--filter : « colour=blue » invalide/),
    });
    expect(await run('campaign', 'resume', 'x')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/identifiant de campagne attendu/),
    });
    expect(await run('worker', '--concurrency', '0')).toMatchObject({ code: 2 });
    expect(await run('schedule', '--cron', 'tous les mois')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--cron : « tous les mois » n'est pas une expression cron/),
    });
    expect(await run('schedule', '--list', '--remove', 'x')).toMatchObject({ code: 2 });
  });

  it('says so when there is no campaign, no such campaign, or no site to audit', async () => {
    expect(await run('campaign', 'status', '--data-dir', dataDir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/aucune campagne/),
    });
    expect(await run('campaign', 'status', '7', '--data-dir', dataDir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/la campagne 7 n'existe pas/),
    });
    expect(await run('campaign', 'resume', '7', '--data-dir', dataDir)).toMatchObject({ code: 2 });
    expect(await run('rejudge', '--campaign', '7', '--data-dir', dataDir)).toMatchObject({ code: 2 });
    expect(await run('campaign', 'start', '--data-dir', dataDir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/aucun site ne correspond/),
    });
    // No campaign was created for an empty selection.
    expect(await run('campaign', 'status', '--data-dir', dataDir)).toMatchObject({ code: 2 });
  });

  it('registers, lists, replaces and removes a recurring campaign', async () => {
    const added = await run(
      'schedule',
      '--cron',
      '0 3 1 * *',
      '--name',
      'Mensuelle communes',
      '--filter',
      'kind=commune',
      '--data-dir',
      dataDir,
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toMatch(/« Mensuelle communes » planifiée : 0 3 1 \* \* \(Europe\/Paris\)/);
    // Same name: replaced, not doubled.
    expect(
      (await run('schedule', '--cron', '0 4 1 * *', '--name', 'Mensuelle communes', '--data-dir', dataDir))
        .code,
    ).toBe(0);
    const listed = await run('schedule', '--list', '--data-dir', dataDir);
    expect(listed.stdout.trim().split('\n')).toEqual([
      'mensuelle-communes\t0 4 1 * *\tEurope/Paris\tMensuelle communes\t{}',
    ]);
    expect((await run('schedule', '--remove', 'Mensuelle communes', '--data-dir', dataDir)).code).toBe(0);
    expect(await run('schedule', '--remove', 'Mensuelle communes', '--data-dir', dataDir)).toMatchObject({
      code: 2,
    });
    expect((await run('schedule', '--list', '--data-dir', dataDir)).stderr).toMatch(
      /Aucune campagne planifiée/,
    );
  });
});
