/**
 * The commands the README and the docs show are run as a user would type them, in a fresh folder
 * holding a copy of the fixtures and `mit-bud/` (the good example bid), and must exit as the text
 * says: 0 unless the line's comment says «afslutningskode N» / «exit code N».
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './rule-docs.js';

interface Shown {
  readonly where: string;
  readonly argv: readonly string[];
  readonly stdoutTo?: string;
  readonly code: number;
}

/** `npx rammetjek …` lines of the sh blocks of a Markdown file. */
function shownCommands(file: string): Shown[] {
  const text = readFileSync(path.join(REPO, file), 'utf8');
  const shown: Shown[] = [];
  let inSh = false;
  text.split('\n').forEach((line, i) => {
    if (/^```/.test(line)) inSh = !inSh && /^```(sh|bash|shell)\b/.test(line);
    else if (inSh && line.startsWith('npx rammetjek ')) {
      const [command = '', comment = ''] = line.split(/\s+#\s/);
      const words = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
      const redirect = words.indexOf('>');
      const argv = (redirect >= 0 ? words.slice(0, redirect) : words).slice(2);
      const code = Number(/(?:afslutningskode|exit code) (\d)/.exec(comment)?.[1] ?? 0);
      shown.push({ where: `${file}:${i + 1}`, argv, code, ...(redirect >= 0 ? { stdoutTo: words[redirect + 1] } : {}) });
    }
  });
  return shown;
}

const FILES = ['README.md', ...readdirSync(path.join(REPO, 'docs')).filter((f) => f.endsWith('.md') && f !== 'rules.md').map((f) => `docs/${f}`)];
const SHOWN = FILES.flatMap(shownCommands);
const TSX = path.join(REPO, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');

describe('commands shown in the README and the docs', () => {
  it('finds the commands', () => {
    expect(SHOWN.filter((s) => s.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(6);
  });

  it('each exits as the text says', { timeout: 120_000 }, () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'rammetjek-readme-'));
    cpSync(path.join(REPO, 'fixtures'), path.join(cwd, 'fixtures'), { recursive: true });
    cpSync(path.join(REPO, 'fixtures', 'bids', 'borgerservice-selvbetjening'), path.join(cwd, 'mit-bud'), { recursive: true });
    const results = SHOWN.map((shown) => {
      const run = spawnSync(process.execPath, ['--import', TSX, path.join(REPO, 'src', 'cli', 'main.ts'), ...shown.argv], { cwd, encoding: 'utf8' });
      if (shown.stdoutTo) writeFileSync(path.join(cwd, shown.stdoutTo), run.stdout);
      return { where: shown.where, command: `rammetjek ${shown.argv.join(' ')}`, code: run.status, expected: shown.code, stderr: run.status === shown.code ? '' : run.stderr.trim() };
    });
    expect(results.filter((r) => r.code !== r.expected)).toEqual([]);
  });
});
