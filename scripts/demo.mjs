// npm run demo: checks the three example bids with the built command and prints their Danish reports.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bids = ['borgerservice-selvbetjening', 'sagssystem-med-afvigelser', 'svagt-bud'];
const extra = process.argv.slice(2);

for (const bid of bids) {
  const folder = path.join('fixtures', 'bids', bid);
  console.log(`\n━━━ rammetjek check ${folder} ${extra.join(' ')}`.trimEnd());
  const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', folder, '--fail-on', 'never', ...extra], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 2);
}

const page = path.join(root, 'dist', 'web', 'index.html');
console.log(`\n━━━ I browseren · in the browser: åbn ${pathToFileURL(page).href} og træk en af mapperne i fixtures/bids/ derhen · open it and drop one of the folders in fixtures/bids/ on it`);
