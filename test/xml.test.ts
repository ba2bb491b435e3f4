import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { cert, spMetadata } from './certs.js';
import { REPO } from './rule-docs.js';

const asOf = '2026-11-01';

describe('untrusted XML', () => {
  it('refuses a DOCTYPE with entities instead of expanding it, naming the line', async () => {
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">&lol2;</md:EntityDescriptor>\n';
    const report = await check({ documents: [{ path: 'sp.xml', text: bomb }], asOf });
    expect(report.findings.map((f) => [f.ruleId, f.location.range?.start.line, f.message.en])).toEqual([
      ['parse-error', 2, 'The file cannot be parsed as XML (line 2, column 1): a DOCTYPE or entity declaration is not allowed (entities are never expanded).'],
    ]);
    expect(report.inputs[0]?.kind).toBe('unknown');
  });

  it('reports malformed XML at the line of the error and checks the rest of the bid', async () => {
    const report = await check({
      documents: [
        { path: 'saml/broken.xml', text: '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">\n  <md:SPSSODescriptor>\n</md:EntityDescriptor>\n' },
        { path: 'saml/sp.xml', text: spMetadata() },
      ],
      asOf,
    });
    const parse = report.findings.filter((f) => f.ruleId === 'parse-error');
    expect(parse.map((f) => [f.location.file, f.location.range?.start.line])).toEqual([['saml/broken.xml', 3]]);
    // the readable metadata was checked (no finding), but a SAML rule cannot pass while another SAML file went unread
    expect(report.findings.filter((f) => f.ruleId.startsWith('saml-'))).toEqual([]);
    expect(report.rules.find((r) => r.ruleId === 'saml-keys')).toMatchObject({ status: 'not-assessed', reason: { en: 'saml/broken.xml could not be read, and the rule may apply to it.' } });
  });
});

describe('kinds by root element and namespace, whatever the prefixes', () => {
  it('reads SP metadata with a default namespace as well as with prefixes', async () => {
    const unprefixed = spMetadata().replace(/md:/g, '').replace('xmlns:md=', 'xmlns=');
    const report = await check({ documents: [{ path: 'a.xml', text: unprefixed }, { path: 'b.xml', text: spMetadata().replace(/md:/g, 'q1:').replace('xmlns:md=', 'xmlns:q1=') }], asOf });
    expect(report.inputs.map((i) => i.kind)).toEqual(['saml-metadata', 'saml-metadata']);
    expect(report.findings).toEqual([]);
  });

  it('recognises identity-provider metadata and does not check it as a service', async () => {
    const idp = readFileSync(path.resolve(REPO, '..', 'shared', 'corpus', 'saml', 'digst-oiosaml-net__oiosaml3-idp-inttest-25-11-28.xml'), 'utf8');
    const report = await check({ documents: [{ path: 'idp.xml', text: idp }], asOf });
    expect(report.inputs.map((i) => i.kind)).toEqual(['saml-idp-metadata']);
    // recognised, but nothing a rule checks: the run must not look like a clean bid
    expect(report.findings.map((f) => f.ruleId)).toEqual(['nothing-to-check']);
    expect(report.rules.filter((r) => r.appliesTo === 'saml').every((r) => r.status === 'not-applicable')).toBe(true);
  });
});

describe('test certificates', () => {
  it('are the ones the example bids embed', () => {
    const good = readFileSync(path.join(REPO, 'fixtures', 'bids', 'borgerservice-selvbetjening', 'saml', 'sp-metadata.xml'), 'utf8');
    const weak = readFileSync(path.join(REPO, 'fixtures', 'bids', 'svagt-bud', 'saml', 'sp-metadata.xml'), 'utf8');
    expect(good).toContain(cert('sp-system'));
    expect(weak).toContain(cert('sp-expired-weak'));
  });
});
