import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc, renderSolutionDoc } from './rules-doc.js';

/** npm run docs: regenerates the documents that are made from code. */
const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs');
for (const [file, text] of [['rules.md', renderRulesDoc()], ['solution-description.md', renderSolutionDoc()]] as const) {
  writeFileSync(path.join(docs, file), text);
  console.log(`wrote docs/${file}`);
}
