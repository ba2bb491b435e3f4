/**
 * Pathological input that once hung or crashed the checker: catastrophic regular expressions,
 * reference fan-out, deep nesting, huge documents. Each case ends in a known finding. The inputs are
 * sized to keep the suite fast; `npm run hostile` runs them at the sizes that failed.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { parseData } from '../src/artefacts/parse.js';
import type { Report } from '../src/assess/report.js';
import { deepAcrossFiles, deepDescription, deepSchema, manyAttributes, manyChildren, manyNamespaces, manyOperations, REGEX_BOMBS, refChain, refFanOut, regexBomb, type HostileFile } from './hostile-inputs.js';

const asOf = '2026-11-01';

async function run(files: readonly HostileFile[], limits: Record<string, number> = {}): Promise<Report> {
  return check({ documents: files, asOf, limits });
}

/** Rule id, file, line and English message of each finding, in report order. */
function found(report: Report, ruleIds?: readonly string[]): [string, string, number | undefined, string][] {
  return report.findings.filter((f) => !ruleIds || ruleIds.includes(f.ruleId)).map((f) => [f.ruleId, f.location.file, f.location.range?.start.line, f.message.en]);
}

describe('regular expressions from the bid', () => {
  it.each(REGEX_BOMBS)('decides %s against 60 a’s and a "!" in linear time', async (pattern) => {
    const report = await run([regexBomb(pattern, 60)]);
    expect(found(report, ['oas-examples-valid', 'pattern-not-run'])).toEqual([['oas-examples-valid', 'api/moenster.yaml', 14, `The example does not match its schema: / does not match the pattern ${pattern}.`]]);
  });

  it('still passes an example the pattern matches', async () => {
    const report = await run([{ ...regexBomb('^(a|aa)+$', 60), text: regexBomb('^(a|aa)+$', 60).text.replace('!"', '"') }]);
    expect(found(report, ['oas-examples-valid', 'pattern-not-run'])).toEqual([]);
  });

  it.each([
    ['a lookahead', '^(?=.*[0-9])(a+)+$', 'invalid or unsupported Perl syntax: `(?=`'],
    ['a backreference', '^(a+)\\1$', 'invalid escape sequence: `\\1`'],
    ['a lookbehind', '(?<=x)(a+)+$', 'invalid named capture: `(?<=x)(a+)+$`'],
  ])('does not run %s, and says the example was not checked against it', async (_name, pattern, why) => {
    const report = await run([regexBomb(pattern, 60)]);
    expect(found(report, ['oas-examples-valid', 'pattern-not-run'])).toEqual([
      [
        'pattern-not-run',
        'api/moenster.yaml',
        13,
        `The pattern ${JSON.stringify(pattern)} uses something rammetjek does not run in patterns from a bid (lookahead, lookbehind or backreferences, say, which can take unbounded time), so the examples were not checked against it (RE2 says: error parsing regexp: ${why}).`,
      ],
    ]);
    expect(report.findings.find((f) => f.ruleId === 'pattern-not-run')?.severity).toBe('info');
  });

  it.each([
    ['\\s as JavaScript reads it (a no-break space is white space)', '^\\S+$', 'Aarhus\u00a0C'],
    ['. as JavaScript reads it (no carriage return)', '^.+$', 'linje\rlinje'],
  ])('reads %s', async (_name, pattern, example) => {
    const bomb = regexBomb(pattern, 1);
    const report = await run([{ ...bomb, text: bomb.text.replace(/example: .*\n/, `example: ${JSON.stringify(example)}\n`) }]);
    expect(found(report, ['oas-examples-valid'])).toEqual([['oas-examples-valid', 'api/moenster.yaml', 14, `The example does not match its schema: / does not match the pattern ${pattern}.`]]);
  });

  it('checks the rest of the schema when the pattern is not run', async () => {
    const bomb = regexBomb('^(?=a)(a+)+$', 60);
    const report = await run([{ ...bomb, text: bomb.text.replace('      pattern:', '      maxLength: 10\n      pattern:') }]);
    expect(found(report, ['oas-examples-valid'])).toEqual([['oas-examples-valid', 'api/moenster.yaml', 15, 'The example does not match its schema: / must have at most 10 characters.']]);
  });
});

const DEPTH = 'the limit of levels of nesting in a document is 200 (depth).';

describe('references that fan out', () => {
  it.each([
    ['in one file', false, 'api/vifte.yaml'],
    ['across files', true, 'api/s29.yaml'],
  ])('inlines each target once when each of 30 schemas refers twice to the next, %s', async (_name, across, file) => {
    const report = await run(refFanOut(30, across));
    // the one real mismatch, deep down: the last object schema says its properties are strings
    expect(found(report, ['oas-examples-valid', 'oas-schema-valid', 'limit-exceeded'])).toEqual([['oas-examples-valid', file, across ? 5 : 190, 'The example does not match its schema: /a must be string.']]);
  });
});

describe('deep input', () => {
  it.each([
    ['properties', 300],
    ['allOf', 300],
  ] as const)('refuses a schema nested %s deep with a finding that names the depth limit', async (via, levels) => {
    const report = await run([deepSchema(levels, via)]);
    expect(found(report, ['limit-exceeded', 'parse-error', 'rule-error'])).toEqual([['limit-exceeded', 'api/dyb.json', 1, `The document nests deeper than 200 levels and was not checked: ${DEPTH}`]]);
  });

  it('checks a schema nested just within the limit', async () => {
    const report = await run([deepSchema(97, 'properties')]);
    expect(found(report, ['limit-exceeded', 'parse-error', 'rule-error', 'oas-schema-valid'])).toEqual([]);
    expect(report.findings.map((f) => f.ruleId)).toContain('oas-contact');
  });

  it('refuses a 10,000-deep solution description, and its rules are not assessed', async () => {
    const report = await run([deepDescription(10_000)]);
    expect(found(report, ['limit-exceeded', 'parse-error', 'rule-error'])).toEqual([['limit-exceeded', 'loesningsbeskrivelse.json', 1, `The document nests deeper than 200 levels and was not checked: ${DEPTH}`]]);
    expect(report.rules.find((r) => r.ruleId === 'sol-architecture-documentation')?.status).toBe('not-assessed');
  });

  it('takes the depth limit from the caller', async () => {
    const report = await run([deepSchema(30, 'allOf')], { depth: 50 });
    expect(found(report, ['limit-exceeded'])).toEqual([['limit-exceeded', 'api/dyb.json', 1, 'The document nests deeper than 50 levels and was not checked: the limit of levels of nesting in a document is 50 (depth).']]);
  });

  it.each([
    ['a schema 5,000 deep', () => deepSchema(5_000, 'allOf')],
    ['a description 20,000 deep', () => deepDescription(20_000)],
  ])('names the depth limit, not a crash, when the caller raised it far enough to overflow the stack: %s', async (_name, file) => {
    const input = file();
    const report = await run([input], { depth: 1_000_000 });
    expect(found(report, ['limit-exceeded', 'parse-error', 'rule-error'])).toEqual([
      ['limit-exceeded', input.path, 1, 'The document nests too deeply to be checked: the limit of levels of nesting in a document is 1000000 (depth).'],
    ]);
  });

  it('leaves XML nested deeper than fast-xml-parser allows to its own message when the caller raised the limit', async () => {
    const text = `<?xml version="1.0"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">${'<md:Extensions>'.repeat(20_000)}${'</md:Extensions>'.repeat(20_000)}</md:EntityDescriptor>\n`;
    const report = await run([{ path: 'saml/sp.xml', text }], { depth: 1_000_000 });
    expect(found(report, ['limit-exceeded', 'parse-error', 'rule-error'])).toEqual([['parse-error', 'saml/sp.xml', 1, 'The file cannot be parsed as XML (line 1, column 1): the text is not valid XML (the parser says: Maximum nested tags exceeded).']]);
  });

  it('refuses YAML nested past the limit before js-yaml recurses into it', async () => {
    const text = `openapi: 3.0.3\ninfo: { title: Dyb, version: "1.0.0" }\npaths: {}\nx-dyb: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const report = await run([{ path: 'api/dyb.yaml', text }]);
    expect(found(report, ['limit-exceeded', 'parse-error'])).toEqual([['limit-exceeded', 'api/dyb.yaml', 1, `The document nests deeper than 200 levels and was not checked: ${DEPTH}`]]);
  });

  it('refuses files that are shallow one by one but nest past the limit together', async () => {
    const report = await run(deepAcrossFiles(5, 60));
    expect(found(report, ['limit-exceeded', 'parse-error', 'rule-error'])).toEqual([
      ['limit-exceeded', 'api/lag.json', 1, `The specification, with the files its references bring in, nests deeper than 200 levels and was not checked: ${DEPTH}`],
    ]);
  });

  it('walks 3,000 schemas that each refer to the next without recursion', async () => {
    const report = await run(refFanOut(3_000, false));
    expect(found(report, ['oas-examples-valid', 'limit-exceeded', 'rule-error'])).toEqual([['oas-examples-valid', 'api/vifte.yaml', 11 + 6 * 2_999 + 5, 'The example does not match its schema: /a must be string.']]);
  });

  it('refuses a chain of 10,000 references across files at the chain limit, where the chain starts', async () => {
    const report = await run(refChain(10_000));
    expect(found(report, ['limit-exceeded', 'parse-error', 'rule-error'])).toEqual([
      ['limit-exceeded', 'api/kaede.yaml', 11, 'The reference leads through more than 32 references in a row before it reaches its target; the specification was not checked: the limit of references ($ref) followed in a row is 32 (refChain).'],
    ]);
  });

  it('follows a chain of references within the limit', async () => {
    const report = await run(refChain(30));
    expect(found(report, ['limit-exceeded', 'parse-error', 'rule-error', 'oas-refs-local'])).toEqual([]);
  });
});

describe('XML counts', () => {
  it('refuses 200,000 attributes, and the SAML rules are not assessed', async () => {
    const report = await run([manyAttributes(200_000)]);
    expect(found(report, ['limit-exceeded', 'parse-error'])).toEqual([['limit-exceeded', 'saml/sp.xml', undefined, 'The document has more than 100000 attributes and was not checked: the limit of attributes in an XML document is 100000 (xmlAttributes).']]);
    expect(report.rules.find((r) => r.ruleId === 'saml-acs')?.status).toBe('not-assessed');
  });

  it('refuses more elements than the limit the caller set', async () => {
    const report = await run([manyChildren(2_000)], { xmlElements: 1_000 });
    expect(found(report, ['limit-exceeded', 'parse-error'])).toEqual([['limit-exceeded', 'saml/sp.xml', undefined, 'The document has more than 1000 elements and was not checked: the limit of elements in an XML document is 1000 (xmlElements).']]);
  });

  it('checks a document within the limits, not counting comments and CDATA', async () => {
    const file = manyChildren(900);
    const noise = `<!-- ${'<x a="1" b="2"/>'.repeat(500)} --><![CDATA[${'<y c="3"/>'.repeat(500)}]]>`;
    const report = await run([{ ...file, text: file.text.replace('</md:EntityDescriptor>', `${noise}</md:EntityDescriptor>`) }], { xmlElements: 1_000, xmlAttributes: 3_000 });
    expect(found(report, ['limit-exceeded', 'parse-error'])).toEqual([]);
    expect(found(report, ['saml-keys']).map((f) => f[3])).toEqual(['There is no certificate for encryption.', 'There is no certificate for signing.']);
  });

  it('resolves namespaces without copying them for every element (3,000 declarations, 3,000 elements)', async () => {
    const report = await run([manyNamespaces(3_000)]);
    expect(found(report, ['limit-exceeded', 'parse-error'])).toEqual([]);
    expect(found(report, ['saml-keys']).map((f) => f[3])).toEqual(['There is no certificate for encryption.', 'There is no certificate for signing.']);
  });

  it('refuses XML nested past the depth limit before parsing it', async () => {
    const report = await run([{ path: 'saml/sp.xml', text: `<?xml version="1.0"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">${'<md:Extensions>'.repeat(50_000)}${'</md:Extensions>'.repeat(50_000)}</md:EntityDescriptor>\n` }]);
    expect(found(report, ['limit-exceeded', 'parse-error'])).toEqual([['limit-exceeded', 'saml/sp.xml', undefined, `The document nests deeper than 200 levels and was not checked: ${DEPTH}`]]);
  });
});

describe('large YAML', () => {
  it('finds the line of a finding on every one of 2,000 operations', async () => {
    const report = await run([manyOperations(2_000, 'yaml')]);
    const lines = report.findings.filter((f) => f.ruleId === 'oas-operations-secured').map((f) => [f.location.pointer, f.location.range?.start.line]);
    expect(lines).toHaveLength(2_000);
    // each operation takes 21 lines after a header of 12; its finding points at its method
    expect(lines.filter(([pointer, line]) => line !== 14 + 21 * Number(/~1(\d+)\//.exec(String(pointer))?.[1]))).toEqual([]);
  });

  it('rebuilds a large plain YAML tree compactly, with the same data', () => {
    const { text } = manyOperations(3_000, 'yaml');
    expect(text.length).toBeGreaterThan(1024 * 1024);
    expect(parseData(text, 'yaml')).toEqual(JSON.parse(manyOperations(3_000, 'json').text));
  });

  it.each([
    ['an infinity', 'x-grænse: .inf\n', (data: Record<string, unknown>) => expect(data['x-grænse']).toBe(Number.POSITIVE_INFINITY)],
    ['an alias', 'x-a: &a { b: 1 }\nx-c: *a\n', (data: Record<string, unknown>) => expect(data['x-c']).toBe(data['x-a'])],
  ])('keeps a large YAML document with %s as js-yaml read it', (_name, tail, expectation) => {
    const data = parseData(manyOperations(3_000, 'yaml').text + tail, 'yaml') as Record<string, unknown>;
    expectation(data);
  });

  it('still finds lines in a document that merges mappings', async () => {
    const text = 'openapi: 3.0.3\ninfo: { title: Fletning, version: "1.0.0" }\nx-svar: &svar\n  description: OK\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          <<: [*svar]\n';
    const report = await run([{ path: 'api/flet.yaml', text }]);
    expect(found(report, ['oas-operations-secured'])).toEqual([['oas-operations-secured', 'api/flet.yaml', 7, 'GET /a requires no authentication, and it does not say that it is public on purpose.']]);
  });
});

describe('many structural errors', () => {
  const broken = (count: number) => {
    const file = manyOperations(count, 'json');
    // every response lacks its required description and has a misspelt field instead; and info lacks its version
    return { ...file, text: file.text.replaceAll('"description": "Sagen",', '"beskrivelse": "Sagen",').replace('"version": "1.0.0",', '') };
  };

  it('reports each of 6,000 errors once, in time linear in their number', async () => {
    const report = await run([broken(3_000)]);
    const errors = report.findings.filter((f) => f.ruleId === 'oas-schema-valid');
    expect(errors).toHaveLength(6_001);
    expect(errors.filter((f) => f.location.pointer === '/info')).toHaveLength(1);
    expect(new Set(errors.map((f) => f.location.pointer)).size).toBe(6_001);
    expect(errors.filter((f) => f.location.pointer === '/paths/~1sager~12999/get/responses/200/beskrivelse').map((f) => f.message.en)).toEqual([
      "The field 'beskrivelse' is not allowed here in OpenAPI; fix its spelling, or write it as an extension (x-…).",
    ]);
  });
});

describe('large examples', () => {
  it.each([
    ['100,000 distinct items', false],
    ['100,000 items, the last two equal objects', true],
  ])('checks uniqueItems on %s in one pass', async (_name, duplicate) => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: i, navn: `Borger ${i}` }));
    if (duplicate) items[99_999] = { navn: 'Borger 99998', id: 99_998 };
    const text = `openapi: 3.0.3\ninfo: { title: Liste, version: "1.0.0" }\npaths: {}\ncomponents:\n  schemas:\n    Liste:\n      type: array\n      uniqueItems: true\n      items: { type: object }\n      example: ${JSON.stringify(items)}\n`;
    const report = await run([{ path: 'api/liste.yaml', text }]);
    expect(found(report, ['oas-examples-valid'])).toEqual(duplicate ? [['oas-examples-valid', 'api/liste.yaml', 10, 'The example does not match its schema: / must not have duplicate items.']] : []);
  });
});
