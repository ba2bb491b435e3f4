import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedSchemas } from './schemas.js';
import { generateValidators } from './validators.js';

/** npm run generate: writes the standalone validators to src/generated/ and the published schemas to schemas/. */
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'generated');
for (const [file, code] of Object.entries(generateValidators())) {
  writeFileSync(path.join(dir, file), code);
  console.log(`wrote src/generated/${file} (${(code.length / 1024).toFixed(0)} KB)`);
}
const schemas = path.resolve(dir, '..', '..', 'schemas');
for (const [file, text] of Object.entries(publishedSchemas())) {
  writeFileSync(path.join(schemas, file), text);
  console.log(`wrote schemas/${file}`);
}
