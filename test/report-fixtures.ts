import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../src/check.js';
import type { Report } from '../src/assess/report.js';
import type { Finding } from '../src/core/finding.js';
import { REPO } from './rule-docs.js';

/** The fixture bids every report format is tested on: all of them. */
export const FIXTURE_BIDS: readonly string[] = readdirSync(path.join(REPO, 'fixtures', 'bids')).sort();

export function fixtureReport(name: string): Promise<Report> {
  return check({ paths: [path.join('fixtures', 'bids', name)] });
}

/** A fixture bid judged by a fixture tender profile, with the evaluators' assessment of it when there is one. */
export function tenderReport(name: string, tender: 'byggeansoegning' | 'omsorgssystem'): Promise<Report> {
  const dir = path.join('fixtures', 'tenders', tender);
  const assessment = path.join(dir, 'vurderinger', `${name}.yaml`);
  return check({ paths: [path.join('fixtures', 'bids', name)], tender: path.join(dir, 'udbudsprofil.yaml'), ...(existsSync(assessment) ? { assessment } : {}) });
}

/** Control characters, ANSI and OSC sequences, a forged line and markup, in the places a vendor writes. */
export const HOSTILE = {
  name: 'Portal\u001b[2J\u001b]0;pwned\u0007<script>alert(1)</script>',
  version: '"><img src=x onerror=alert(1)>',
  vendor: "Evil & Co' \u202eTXT.exe",
  file: 'api/x<b>\n✔ opfyldt\r.yaml',
  justification: '</style><script>alert(2)</script>\n::error::forged',
  entityId: 'https://evil.example/saml"><iframe src=//evil.example>',
} as const;

/** svagt-bud with hostile strings in its description, in a file name and in the SAML EntityID; read from memory. */
export async function hostileReport(): Promise<Report> {
  const dir = path.join(REPO, 'fixtures', 'bids', 'svagt-bud');
  const documents = walk(dir).map((file) => ({ path: path.relative(dir, file), text: readFileSync(file, 'utf8') }));
  const yaml = (s: string) => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar
  const description = documents.find((d) => d.path === 'loesningsbeskrivelse.yaml')!;
  description.text = description.text
    .replace('name: KommuneWeb Borgerportal', `name: ${yaml(HOSTILE.name)}`)
    .replace('version: "2.1"', `version: ${yaml(HOSTILE.version)}`)
    .replace('name: WebFabrikken ApS', `name: ${yaml(HOSTILE.vendor)}`)
    .replace('justification: ""', `justification: ${yaml(HOSTILE.justification)}\n    mitigation: ${yaml(HOSTILE.justification)}`)
    .replace('spec: api/borgerdata.yaml', `spec: ${yaml(HOSTILE.file)}`);
  const api = documents.find((d) => d.path === 'api/borgerdata.yaml')!;
  api.path = HOSTILE.file;
  const saml = documents.find((d) => d.path === 'saml/sp-metadata.xml')!;
  saml.text = saml.text.replace('entityID="https://borgerportal.webfabrikken.dk/saml"', `entityID="${HOSTILE.entityId.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
  return check({ documents });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** A report with `n` findings spread over 50 files and a few rules: what a very weak, very large bid gives. */
export function largeReport(base: Report, n: number): Report {
  const template = base.findings.filter((f) => f.location.range);
  const findings: Finding[] = Array.from({ length: n }, (_, i) => {
    const f = template[i % template.length] as Finding;
    const line = 1 + Math.floor(i / 50);
    return { ...f, location: { ...f.location, file: `api/spec-${i % 50}.yaml`, range: { start: { line, column: 3 }, end: { line, column: 9 } } } };
  });
  return { ...base, findings };
}
