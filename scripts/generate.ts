import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateValidators } from './validators.js';

/** npm run generate: writes the standalone validators to src/generated/. */
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'generated');
for (const [file, code] of Object.entries(generateValidators())) {
  writeFileSync(path.join(dir, file), code);
  console.log(`wrote src/generated/${file} (${(code.length / 1024).toFixed(0)} KB)`);
}
