// `npm run demo`: serves the four bundled demo sites (demo/sites/, each on its own 127.0.0.1 origin), imports
// them into a fresh embedded database, runs a campaign on them with `vigie campaign run`, prints its status and
// its statistics (`vigie stats`) and writes the open-data export (`vigie export`) into <data folder>/export.
// Options after `--` go to `vigie campaign run` (e.g. `npm run demo -- --concurrency 1`).
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDemoSites, writeSitesCsv } from './lib/demo-sites.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const vigie = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [`${root}bin/vigie.js`, ...args], { stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
  });

const dataDir = process.env.VIGIE_DEMO_DATA_DIR || (await mkdtemp(join(tmpdir(), 'vigie-demo-')));
const demo = await serveDemoSites();
let code = 1;
try {
  console.log('Sites de démonstration (fictifs) :');
  for (const site of demo.sites) console.log(`  ${site.url}  ${site.name} (${site.kind})`);
  console.log(`Base intégrée : ${dataDir}\n`);
  const list = join(dataDir, 'sites-demo.csv');
  await writeSitesCsv(demo.sites, list);
  code = await vigie(['sites', 'import', list, '--format', 'csv', '--source', 'demo', '--data-dir', dataDir]);
  if (code === 0) {
    console.log('');
    code = await vigie([
      'campaign',
      'run',
      '--name',
      'Démonstration',
      '--filter',
      'source=demo',
      '--allow-private-network',
      '--data-dir',
      dataDir,
      ...process.argv.slice(2),
    ]);
  }
  if (code === 0 || code === 3) {
    console.log('');
    await vigie(['campaign', 'status', '--data-dir', dataDir]);
    console.log('');
    await vigie(['stats', '--data-dir', dataDir]);
    console.log('');
    const exportDir = join(dataDir, 'export');
    const exported = await vigie(['export', '--out', exportDir, '--data-dir', dataDir]);
    if (exported === 0) console.log(`Données ouvertes (CSV et schémas) : ${exportDir}`);
    else code = exported;
    console.log(
      `\nDétail par site : node bin/vigie.js campaign status --format json --data-dir ${dataDir}` +
        `\nStatistiques par type d'organisme : node bin/vigie.js stats --by kind --data-dir ${dataDir}` +
        `\nRejuger sans navigateur : node bin/vigie.js rejudge --data-dir ${dataDir}` +
        `\nPublier (simulation) : node bin/vigie.js publish --dir ${exportDir} --create --dry-run`,
    );
  }
} finally {
  await demo.close();
}
process.exitCode = code;
