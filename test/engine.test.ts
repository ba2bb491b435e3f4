import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { defineRule, type AnyRule } from '../src/core/rule.js';
import { RULES } from '../rules/index.js';
import { yaml } from './rule-tester.js';

const solution = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., productSeries: Kompas, version: "1", vendor: { name: Omsorg A/S, cvr: "87654321" } }
  profile: { kinds: [case-system], users: [employees], criticality: ikke-kritisk }
`;

describe('bad input', () => {
  it('reports broken YAML with its line and still checks the rest of the bid', async () => {
    const report = await check({
      documents: [
        { path: 'loesningsbeskrivelse.yaml', text: solution },
        { path: 'api/broken.yaml', text: 'openapi: 3.1.0\ninfo:\n  title: x\n   version: 1\n' },
        { path: 'api/broken.json', text: '{\n  "openapi": "3.0.0",\n  "info": { "title": "x", }\n}\n' },
      ],
      asOf: '2026-11-01',
    });
    const parseErrors = report.findings.filter((f) => f.ruleId === 'parse-error');
    expect(parseErrors.map((f) => [f.location.file, f.location.range?.start.line])).toEqual([
      ['api/broken.json', 3],
      ['api/broken.yaml', 4],
    ]);
    expect(parseErrors[1]?.message).toEqual({
      da: 'Filen kan ikke læses som YAML (linje 4, kolonne 11): forkert indrykning af en nøgle (parserens besked: bad indentation of a mapping entry).',
      en: 'The file cannot be parsed as YAML (line 4, column 11): a key is indented wrongly (the parser says: bad indentation of a mapping entry).',
    });
    expect(report.rules.find((r) => r.ruleId === 'sol-identity-complete')?.status).toBe('pass');
  });

  it('refuses a YAML alias bomb instead of expanding it', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    const report = await check({ documents: [{ path: 'bomb.yaml', text: bomb }], asOf: '2026-11-01' });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['parse-error']);
    expect(report.findings[0]?.message.en).toBe('The file cannot be parsed as YAML (line 1, column 1): the document expands to too many nodes through YAML aliases.');
  });

  it('marks the solution description rules not-assessed when the bid has none, and still checks its OpenAPI file', async () => {
    const report = await check({ documents: [{ path: 'api.yaml', text: 'openapi: 3.1.0\ninfo: { title: x, version: "1" }\npaths: {}\n' }], asOf: '2026-11-01' });
    const byKind = (kind: string) => new Set(report.rules.filter((r) => r.appliesTo === kind).map((r) => r.status));
    expect(byKind('solution')).toEqual(new Set(['not-assessed']));
    expect(byKind('bid')).toEqual(new Set(['not-assessed']));
    expect(report.rules.find((r) => r.ruleId === 'oas-contact')?.status).toBe('fail');
    // the description's MUST rules were never checked: the mindstekrav cannot be "met"
    expect(report.summary.mindstekrav.status).toBe('not-assessed');
    expect(report.summary.mindstekrav.failed).toEqual([]);
    expect(report.summary.mindstekrav.notAssessed).toContain('sol-nemlogin-for-citizens');
    // architecture rules with a question for the evaluator still ask it
    expect(report.architectureRules.find((ar) => ar.id === 'AR 1.5')?.status).toBe('manual');
    expect(report.architectureRules.find((ar) => ar.id === 'AR 8.1')?.status).toBe('not-assessed');
    expect(report.principles.find((p) => p.id === 'P8')?.status).toBe('not-assessed');
  });

  it('isolates a crashing rule: it is reported and the other rules still run', async () => {
    const crashing = defineRule({
      id: 'sol-crashes',
      catalogueId: 'SD-999',
      title: { da: 'Går ned', en: 'Crashes' },
      architectureRules: ['AR 1.3'],
      appliesTo: 'solution',
      severity: 'error',
      level: 'MUST',
      mode: 'automatic',
      sourceKind: 'ours',
      sources: ['test'],
      messages: { x: { da: 'x', en: 'x' } },
      fix: { da: 'x', en: 'x' },
      check() {
        throw new TypeError('boom');
      },
    }) as AnyRule;
    const report = await check({ documents: [{ path: 'l.yaml', text: solution }], rules: [crashing, ...RULES], asOf: '2026-11-01' });
    const crash = report.findings.filter((f) => f.ruleId === 'rule-error');
    expect(crash).toHaveLength(1);
    expect(crash[0]?.message.en).toBe('The rule sol-crashes failed: rule sol-crashes crashed on l.yaml: boom');
    expect(report.rules.find((r) => r.ruleId === 'sol-crashes')?.status).toBe('not-assessed');
    expect(report.rules.find((r) => r.ruleId === 'sol-identity-complete')?.status).toBe('pass');
  });

  it('rejects a malformed as-of date', async () => {
    await expect(check({ documents: [], asOf: '1/11/2026' })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('reports a missing path as a usage error', async () => {
    await expect(check({ paths: ['does/not/exist'] })).rejects.toThrow(/no such file or folder: does\/not\/exist/);
  });
});

describe('detection by content', () => {
  it('finds the solution description whatever the file is called, and ignores other YAML', async () => {
    const report = await check({
      documents: [
        { path: 'bilag-3.yml', text: solution },
        { path: 'docker-compose.yaml', text: 'services: { web: { image: nginx } }\n' },
        { path: 'sp.xml', text: '<?xml version="1.0"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://saml.x.dk"><md:SPSSODescriptor/></md:EntityDescriptor>' },
        { path: 'svc.wsdl', text: '<definitions xmlns="http://schemas.xmlsoap.org/wsdl/"/>' },
      ],
      asOf: '2026-11-01',
    });
    expect(report.inputs.map((i) => [i.path, i.kind])).toEqual([
      ['bilag-3.yml', 'solution'],
      ['docker-compose.yaml', 'unknown'],
      ['sp.xml', 'saml-metadata'],
      ['svc.wsdl', 'wsdl'],
    ]);
    expect(report.solution?.file).toBe('bilag-3.yml');
  });
});
