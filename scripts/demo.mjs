// `npm run demo`: serves the bundled demo site (demo/sites/commune) on 127.0.0.1 and audits its pages end to
// end with `vigie audit`, in French. Later versions grow this into campaign → statistics → web.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const site = await serveStatic(`${root}demo/sites/commune`);
const pages = [
  'index.html',
  'contact.html',
  'mentions-legales.html',
  'accessibilite.html',
  'plan-du-site.html',
];
console.log(`Site de démonstration servi sur ${site.origin}/ — audit de ${pages.length} pages\n`);

const child = spawn(
  process.execPath,
  [
    `${root}bin/vigie.js`,
    'audit',
    ...pages.map((page) => `${site.origin}/${page}`),
    '--allow-private-network',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
const code = await new Promise((done) => child.on('close', done));
await site.close();
process.exitCode = code ?? 1;
