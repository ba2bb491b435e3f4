import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from './rule-docs.js';
import { run } from './run-cli.js';

interface Step { readonly id?: string; readonly run?: string; readonly uses?: string; readonly with?: Record<string, string>; readonly env?: Record<string, string> }

describe('the GitHub action (action.yml)', () => {
  const action = yaml.load(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] }; inputs: Record<string, { default: string }> };
  const check = action.runs.steps.find((s) => s.id === 'check') as Step;

  it('passes its inputs as environment variables, never spliced into the script', () => {
    expect(action.runs.using).toBe('composite');
    expect(check.run).not.toMatch(/\$\{\{/);
    expect(Object.values(check.env ?? {}).every((v) => /^\$\{\{ inputs\.[a-z-]+ \}\}$/.test(v))).toBe(true);
  });

  it('runs a check command the CLI accepts, and uploads the SARIF file it writes', async () => {
    const command = (check.run as string).replace(/\\\n\s*/g, ' ').split('\n').find((l) => l.includes('rammetjek@')) as string;
    const args = command.trim().split(/\s+/).slice(3).map((a) => a.replace(/^"|"$/g, ''));
    expect(args.slice(0, 2)).toEqual(['check', '$BID']);
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-')), 'rammetjek-rapport');
    const env: Record<string, string> = { $BID: path.join('fixtures', 'bids', 'svagt-bud'), $FAIL_ON: action.inputs['fail-on']!.default, $REPORT_LANG: action.inputs['lang']!.default };
    const given = args.map((a) => env[a] ?? (a === 'rammetjek-rapport' ? dir : a));
    const { code, out } = await run(...given);
    expect(code).toBe(1);
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^::notice title=rammetjek::/);
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.['sarif_file']).toBe('rammetjek-rapport/rammetjek.sarif');
    const sarif = JSON.parse(readFileSync(path.join(dir, 'rammetjek.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^fixtures\/bids\/svagt-bud\//);
  });
});
