import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../src/core/text.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The fixed outline of a rule doc, per language: headings in order. */
export const DOC_OUTLINE: Record<Lang, readonly string[]> = {
  da: ['## Hvorfor', '## Eksempler', '### Forkert', '### Rigtigt', '## Sådan retter du', '## Kilder'],
  en: ['## Why', '## Examples', '### Invalid', '### Valid', '## How to fix', '## Sources'],
};

/** Every rule folder (one holding a rule.ts), as `kind/id`. */
export function ruleFolders(): string[] {
  const root = path.join(REPO, 'rules');
  return readdirSync(root, { withFileTypes: true })
    .filter((kind) => kind.isDirectory() && kind.name !== 'catalogue')
    .flatMap((kind) =>
      readdirSync(path.join(root, kind.name), { withFileTypes: true })
        .filter((d) => d.isDirectory() && readdirSync(path.join(root, kind.name, d.name)).includes('rule.ts'))
        .map((d) => `${kind.name}/${d.name}`),
    )
    .sort();
}

export function readDoc(folder: string, lang: Lang): string {
  return readFileSync(path.join(REPO, 'rules', folder, `doc.${lang}.md`), 'utf8');
}

/** The fenced example blocks of a doc: ```yaml invalid / ```xml valid and so on. */
export function docExamples(doc: string): { kind: 'valid' | 'invalid'; text: string; line: number }[] {
  const examples: { kind: 'valid' | 'invalid'; text: string; line: number }[] = [];
  const re = /^```(?:yaml|json|xml) (valid|invalid)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(doc); m; m = re.exec(doc)) {
    examples.push({ kind: m[1] as 'valid' | 'invalid', text: m[2] ?? '', line: doc.slice(0, m.index).split('\n').length });
  }
  return examples;
}
