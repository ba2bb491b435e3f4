/**
 * Hostile documents in each format end in a clear finding, and the rest of the bid is still checked:
 * every case carries a good OpenAPI file beside the bad one and asserts that it was judged.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import type { Report } from '../src/assess/report.js';

const asOf = '2026-11-01';
const GOOD = {
  path: 'api/god.yaml',
  text: 'openapi: 3.0.3\ninfo:\n  title: Besøgsplan\n  version: "1.0.0"\n  description: Planlagte besøg i hjemmeplejen.\n  contact: { name: Omsorg A/S, email: api@omsorg.dk }\nservers: [{ url: "http://api.omsorg.dk/v1" }]\npaths: {}\n',
};
/** The one thing wrong with the good file: finding it proves the rest of the bid was checked. */
const GOOD_FINDING = ['oas-servers-https', 7];

/** The findings of the bad file, and proof that the good one beside it was checked. */
async function checkBeside(file: string, text: string): Promise<{ report: Report; found: [string, number | undefined, string][] }> {
  const report = await check({ documents: [GOOD, { path: file, text }], asOf });
  expect(report.findings.filter((f) => f.location.file === GOOD.path).map((f) => [f.ruleId, f.location.range?.start.line])).toEqual([GOOD_FINDING]);
  const found = report.findings.filter((f) => f.location.file === file).map((f) => [f.ruleId, f.location.range?.start.line, f.message.en] as [string, number | undefined, string]);
  return { report, found };
}

describe('XML', () => {
  const doctype = (decl: string) => `<?xml version="1.0"?>\n${decl}\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="&x;"/>\n`;
  it.each([
    ['XXE to a local file', '<!DOCTYPE md [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>'],
    ['billion laughs', `<!DOCTYPE lolz [ <!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')} ]>`],
    ['parameter entities', '<!DOCTYPE md [ <!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd"> %remote; ]>'],
  ])('refuses %s without expanding anything', async (_name, decl) => {
    const { found } = await checkBeside('saml/sp.xml', doctype(decl));
    expect(found).toEqual([['parse-error', 2, 'The file cannot be parsed as XML (line 2, column 1): a DOCTYPE or entity declaration is not allowed (entities are never expanded).']]);
  });

  it('names the line of malformed XML', async () => {
    const { found } = await checkBeside('saml/sp.xml', '<?xml version="1.0"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">\n  <md:SPSSODescriptor>\n</md:EntityDescriptor>\n');
    expect(found).toEqual([['parse-error', 4, expect.stringMatching(/^The file cannot be parsed as XML \(line 4, column \d+\): an XML element is closed wrongly \(the parser says: Expected closing tag 'md:SPSSODescriptor'/)]]);
  });
});

describe('YAML', () => {
  it.each([
    ['duplicate keys', 'openapi: 3.0.3\ninfo: { title: A, version: "1" }\ninfo: { title: B, version: "2" }\npaths: {}\n', 3, 'the same key appears twice'],
    ['!!js/function', 'openapi: 3.0.3\ninfo: { title: !!js/function "function () { process.exit(1) }", version: "1" }\npaths: {}\n', 2, 'a YAML tag rammetjek does not know; tags are never run'],
    ['!!python/object', 'openapi: 3.0.3\ninfo: !!python/object:os.system { title: x }\npaths: {}\n', 2, 'a YAML tag rammetjek does not know; tags are never run'],
    ['a multi-document stream', 'openapi: 3.0.3\ninfo: { title: A, version: "1" }\npaths: {}\n---\nopenapi: 3.0.3\n', 4, 'the file holds several YAML documents (separated by ---); rammetjek reads one document per file'],
    ['tabs for indentation', 'openapi: 3.0.3\ninfo:\n\ttitle: A\n', 3, 'tab characters must not be used for indentation; use spaces'],
  ])('reports %s with its line', async (_name, text, line, meaning) => {
    const { found } = await checkBeside('api/ond.yaml', text);
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe('parse-error');
    expect(found[0]?.[1]).toBe(line);
    expect(found[0]?.[2]).toContain(`: ${meaning} (the parser says: `);
  });

  it('refuses a merge-key alias bomb', async () => {
    const levels = ['a: &a { x1: 1, x2: 2, x3: 3, x4: 4, x5: 5, x6: 6, x7: 7, x8: 8, x9: 9, x10: 10 }'];
    for (let i = 1; i < 8; i++) levels.push(`l${i}: &l${i} { ${Array.from({ length: 10 }, (_, j) => `k${j}: *${i === 1 ? 'a' : `l${i - 1}`}`).join(', ')} }`);
    const text = `openapi: 3.0.3\ninfo: { title: A, version: "1" }\npaths: {}\n${levels.join('\n')}\nbomb: { <<: *l7, y: 1 }\n`;
    const { found } = await checkBeside('api/ond.yaml', text);
    expect(found).toEqual([['parse-error', 1, 'The file cannot be parsed as YAML (line 1, column 1): the document expands to too many nodes through YAML aliases.']]);
  });
});

describe('JSON', () => {
  it('keeps __proto__ and constructor keys as data and leaves Object.prototype alone', async () => {
    const text = '{ "openapi": "3.0.3", "info": { "title": "A", "version": "1", "__proto__": { "polluted": "yes" }, "constructor": { "prototype": { "polluted": "yes" } } }, "paths": {}, "__proto__": { "isAdmin": true } }';
    const { report } = await checkBeside('api/proto.json', text);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(report.inputs.find((i) => i.path === 'api/proto.json')?.kind).toBe('openapi');
  });

  it('reads numbers beyond double precision without failing', async () => {
    const text = '{ "openapi": "3.0.3", "info": { "title": "A", "version": "1" }, "paths": {}, "components": { "schemas": { "Stor": { "type": "integer", "maximum": 1e400, "example": 123456789012345678901234567890 } } } }';
    const { report } = await checkBeside('api/tal.json', text);
    expect(report.inputs.find((i) => i.path === 'api/tal.json')?.kind).toBe('openapi');
    expect(report.findings.filter((f) => f.location.file === 'api/tal.json' && f.ruleId.endsWith('-error'))).toEqual([]);
  });

  it('reports NUL bytes as an error in the file, with its line', async () => {
    const { found } = await checkBeside('api/nul.json', '{ "openapi": "3.0.3",\n  "info": { "title": "A\u0000", "version": "1" }, "paths": {} }');
    expect(found).toEqual([['parse-error', 2, expect.stringMatching(/^The file cannot be parsed as JSON \(line 2, column \d+\): a string holds a control character/)]]);
  });

  it('reports invalid UTF-8 as a wrong encoding, and still reads the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rammetjek-'));
    writeFileSync(path.join(dir, 'api.json'), Buffer.concat([Buffer.from('{ "openapi": "3.0.3", "info": { "title": "Bes'), Buffer.from([0xf8, 0x67]), Buffer.from('splan", "version": "1" }, "paths": {} }')]));
    const report = await check({ paths: [dir], asOf });
    expect(report.findings.filter((f) => f.ruleId === 'encoding-error').map((f) => f.location.file)).toEqual(['api.json']);
    expect(report.inputs.map((i) => i.kind)).toEqual(['openapi']);
  });
});

describe('$ref', () => {
  it('opens no connection for a remote reference unless the caller allows the host', async () => {
    let connections = 0;
    const server = createServer((_req, res) => res.end('type: string\n'));
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const spec = `openapi: 3.0.3\ninfo: { title: A, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Navn: { $ref: "http://127.0.0.1:${port}/navn.yaml" }\n`;
      const offline = await check({ documents: [{ path: 'api.yaml', text: spec }], asOf });
      expect(connections).toBe(0);
      expect(offline.findings.filter((f) => f.ruleId === 'oas-refs-local').map((f) => f.location.pointer)).toEqual(['/components/schemas/Navn/$ref']);
      const allowed = await check({ documents: [{ path: 'api.yaml', text: spec }], asOf, allowRemoteRefs: ['127.0.0.1'] });
      expect(connections).toBe(1);
      expect(allowed.findings.filter((f) => f.ruleId === 'oas-refs-local')).toEqual([]);
    } finally {
      server.close();
    }
  });

  it.each([
    ['file:///etc/passwd', 'oas-refs-local', 'remote'],
    ['../../etc/passwd', 'oas-refs-local', 'outside'],
    ['%2e%2e%2f%2e%2e%2fetc/passwd', 'oas-refs-local', 'outside'],
    ['/etc/passwd', 'oas-refs-local', 'outside'],
    ['skemaer/', 'oas-refs-resolve', 'not-found'],
    ['bin.yaml#/Navn', 'oas-refs-resolve', 'unparsable'],
  ])('does not follow %s (%s: %s), and the spec is still checked', async (ref, ruleId, kind) => {
    const spec = `openapi: 3.0.3\ninfo: { title: A, version: "1", contact: { email: a@b.dk } }\nservers: [{ url: "https://a.dk" }]\npaths: {}\ncomponents:\n  schemas:\n    Navn: { $ref: "${ref}" }\n`;
    const report = await check({ documents: [{ path: 'api.yaml', text: spec }, { path: 'bin.yaml', text: '\u0000\u0001' }], asOf });
    expect(report.findings.filter((f) => f.ruleId.startsWith('oas-refs-')).map((f) => [f.ruleId, f.messageId, f.location.range?.start.line])).toEqual([[ruleId, kind, 7]]);
    expect(report.rules.find((r) => r.ruleId === 'oas-contact')?.status).toBe('pass');
  });

  it('does not follow a reference that leads through a linked folder out of the bid', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rammetjek-'));
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc', path.join(dir, 'ude'));
    writeFileSync(path.join(dir, 'api.yaml'), 'openapi: 3.0.3\ninfo: { title: A, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Navn: { $ref: "ude/hostname" }\n');
    const report = await check({ paths: [path.join(dir, 'api.yaml')], asOf });
    expect(report.inputs.map((i) => i.path)).toEqual(['api.yaml']);
    expect(report.findings.filter((f) => f.ruleId.startsWith('oas-refs-')).map((f) => [f.ruleId, f.messageId])).toEqual([['oas-refs-resolve', 'not-found']]);
  });
});

describe('file names and folders', () => {
  it('reads names with spaces, non-ASCII letters and line breaks, and a folder of 10,000 files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rammetjek-'));
    mkdirSync(path.join(dir, 'bilag'));
    for (let i = 0; i < 10_000; i++) writeFileSync(path.join(dir, 'bilag', `b${i}.pdf`), '%PDF-1.4\n');
    writeFileSync(path.join(dir, 'Besøg æøå API.yaml'), GOOD.text);
    writeFileSync(path.join(dir, 'linje\nskift.yaml'), GOOD.text);
    const report = await check({ paths: [dir], asOf });
    expect(report.inputs).toHaveLength(10_002);
    expect(report.inputs.filter((i) => i.kind === 'openapi').map((i) => i.path)).toEqual(['Besøg æøå API.yaml', 'linje\nskift.yaml']);
    expect(report.findings.map((f) => [f.ruleId, f.location.file])).toEqual([
      ['oas-servers-https', 'Besøg æøå API.yaml'],
      ['oas-servers-https', 'linje\nskift.yaml'],
    ]);
  });
});
