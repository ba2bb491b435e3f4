import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { REPO } from './rule-docs.js';

const fixture = (...p: string[]) => path.join(REPO, 'fixtures', 'openapi', ...p);
const asOf = '2026-11-01';

describe('the same API in Swagger 2.0, OpenAPI 3.0 and OpenAPI 3.1', () => {
  const expected = [
    'oas-bulk-export/missing',
    'oas-collection-paging/noPaging',
    'oas-date-formats/noFormat',
    'oas-error-responses/missing',
    'oas-examples-valid/mismatch',
    'oas-no-cpr-in-url/cprParameter',
    'oas-servers-https/notHttps',
  ];
  for (const file of ['besoeg-2.0.yaml', 'besoeg-3.0.yaml', 'besoeg-3.1.json']) {
    it(`${file} gives the same findings`, async () => {
      const report = await check({ paths: [fixture('versions', file)], asOf });
      expect(report.findings.map((f) => `${f.ruleId}/${f.messageId}`).sort()).toEqual(expected);
    });
  }

  it('locates findings in JSON with a byte order mark', async () => {
    const report = await check({ paths: [fixture('versions', 'besoeg-3.1.json')], asOf });
    const cpr = report.findings.find((f) => f.ruleId === 'oas-no-cpr-in-url');
    expect(cpr?.location).toMatchObject({ pointer: '/paths/~1besoeg/get/parameters/0', range: { start: { line: 29, column: 11 } } });
  });
});

describe('specs in several files', () => {
  it('follows $refs between files, also circular ones, and finds nothing wrong in a well-made spec', async () => {
    const report = await check({ paths: [fixture('multi-file')], asOf });
    expect(report.findings).toEqual([]);
    expect(report.inputs.map((i) => [i.path, i.kind])).toEqual([
      ['openapi.yaml', 'openapi'],
      ['skemaer/dokument.yaml', 'unknown'],
      ['skemaer/sag.yaml', 'unknown'],
      ['stier/sager.yaml', 'unknown'],
    ]);
  });

  it('checks examples against schemas in other files', async () => {
    const report = await check({
      documents: [
        { path: 'openapi.yaml', text: 'openapi: 3.1.0\ninfo: { title: x, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Sag:\n      $ref: skemaer/sag.yaml#/Sag\n      examples: [{ titel: 17 }]\n' },
        { path: 'skemaer/sag.yaml', text: 'Sag:\n  type: object\n  required: [titel]\n  properties:\n    titel: { type: string }\n' },
      ],
      asOf,
    });
    const mismatch = report.findings.filter((f) => f.ruleId === 'oas-examples-valid');
    expect(mismatch.map((f) => [f.location.pointer, f.location.range?.start.line, f.message.en])).toEqual([
      ['/components/schemas/Sag/examples/0', 8, 'The example does not match its schema: /titel must be string.'],
    ]);
  });
});

describe('untrusted bids', () => {
  it('never reads outside the bid folder: ../ references and symlinks lead nowhere', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'rammetjek-outside-'));
    writeFileSync(path.join(outside, 'hemmelig.yaml'), 'Hemmelig: { type: string }\n');
    const bid = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-bid-')), 'bud');
    mkdirSync(bid);
    symlinkSync(path.join(outside, 'hemmelig.yaml'), path.join(bid, 'genvej.yaml'));
    writeFileSync(
      path.join(bid, 'openapi.yaml'),
      `openapi: 3.1.0\ninfo: { title: x, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: "../${path.basename(outside)}/hemmelig.yaml#/Hemmelig" }\n    B: { $ref: "genvej.yaml#/Hemmelig" }\n    C: { $ref: "${path.join(outside, 'hemmelig.yaml')}" }\n`,
    );
    const report = await check({ paths: [bid], asOf });
    expect(report.inputs.map((i) => i.path)).toEqual(['openapi.yaml']);
    expect(report.findings.filter((f) => ['oas-refs-local', 'oas-refs-resolve'].includes(f.ruleId)).map((f) => [f.location.pointer, f.messageId])).toEqual([
      ['/components/schemas/A/$ref', 'outside'],
      ['/components/schemas/B/$ref', 'not-found'],
      ['/components/schemas/C/$ref', 'outside'],
    ]);
  });

  it('fetches a remote $ref only from a host the caller allowed', async () => {
    let requests = 0;
    const server = createServer((_, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/yaml' });
      res.end('Borger:\n  type: object\n  required: [navn]\n  properties:\n    navn: { type: string }\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/skemaer/borger.yaml`;
    const spec = { path: 'openapi.yaml', text: `openapi: 3.1.0\ninfo: { title: x, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    B:\n      $ref: "${url}#/Borger"\n      examples: [{ navn: 7 }]\n` };
    try {
      const offline = await check({ documents: [spec], asOf });
      expect(requests).toBe(0);
      expect(offline.findings.filter((f) => f.ruleId === 'oas-refs-local').map((f) => f.messageId)).toEqual(['remote']);

      const allowed = await check({ documents: [spec], asOf, allowRemoteRefs: ['127.0.0.1'] });
      expect(requests).toBe(1);
      expect(allowed.findings.filter((f) => f.ruleId === 'oas-refs-local')).toEqual([]);
      expect(allowed.findings.filter((f) => f.ruleId === 'oas-examples-valid').map((f) => f.message.en)).toEqual(['The example does not match its schema: /navn must be string.']);
    } finally {
      server.close();
    }
  });
});

describe('structure checks agree with swagger-parser', () => {
  const specs = [
    ['fixtures/openapi/versions/besoeg-2.0.yaml', true],
    ['fixtures/openapi/versions/besoeg-3.0.yaml', true],
    ['fixtures/openapi/multi-file/openapi.yaml', true],
    ['fixtures/bids/borgerservice-selvbetjening/api/byggeansoegning-v1.yaml', true],
    ['fixtures/bids/sagssystem-med-afvigelser/api/besoegsplan.yaml', true],
    ['fixtures/bids/svagt-bud/api/borgerdata.yaml', true],
  ] as const;
  for (const [file, valid] of specs) {
    it(`${file} is ${valid ? 'valid' : 'invalid'} for both`, async () => {
      const ours = await check({ paths: [path.join(REPO, file)], asOf });
      expect(ours.findings.filter((f) => f.ruleId === 'oas-schema-valid')).toEqual([]);
      // bundled first: swagger-parser loses a path item when circular $refs cross files
      await expect(SwaggerParser.validate(await SwaggerParser.bundle(path.join(REPO, file)))).resolves.toBeTruthy();
    });
  }

  it('a broken spec is invalid for both', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rammetjek-'));
    const file = path.join(dir, 'openapi.yaml');
    writeFileSync(file, 'openapi: 3.0.3\ninfo: { title: x }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { beskrivelse: OK }\n');
    const ours = await check({ paths: [file], asOf });
    expect(ours.findings.filter((f) => f.ruleId === 'oas-schema-valid').map((f) => f.location.pointer)).toEqual(['/info', '/paths/~1a/get/responses/200', '/paths/~1a/get/responses/200/beskrivelse']);
    await expect(SwaggerParser.validate(file)).rejects.toThrow(/schema validation failed/i);
  });
});
