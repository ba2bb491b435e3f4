/**
 * Pathological bids, generated at a chosen size: the default test run uses small sizes (each case
 * well under a few seconds), `npm run hostile` (scripts/hostile.ts) the sizes that once hung the checker.
 */

export interface HostileFile {
  readonly path: string;
  readonly text: string;
}

export interface HostileCase {
  readonly name: string;
  readonly files: () => HostileFile[];
}

const head = (title: string) => `openapi: 3.0.3\ninfo:\n  title: ${title}\n  version: "1.0.0"\n  description: Et API.\n  contact: { name: Omsorg A/S, email: api@omsorg.dk }\nservers: [{ url: "https://api.omsorg.dk/v1" }]\n`;

/** A schema whose `pattern` backtracks without end on a JavaScript engine, with an example that does not match. */
export function regexBomb(pattern: string, as: number): HostileFile {
  return {
    path: 'api/moenster.yaml',
    text: `${head('Mønstre')}paths: {}\ncomponents:\n  schemas:\n    Kode:\n      type: string\n      pattern: ${JSON.stringify(pattern)}\n      example: ${JSON.stringify(`${'a'.repeat(as)}!`)}\n`,
  };
}

export const REGEX_BOMBS = ['^(a|aa)+$', '^(a+)+$', '^(a|a)*$', '^((a+))+$', '^(a{1,30})+$', '^(a+){10}$', '^([a-zA-Z0-9])(([-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$'];

/** Each schema refers twice to the next: 2^levels paths through `levels` schemas. */
export function refFanOut(levels: number, acrossFiles: boolean): HostileFile[] {
  const schema = (next: string) => `type: object\nproperties:\n  a: { $ref: "${next}" }\n  b: { $ref: "${next}" }\nexample: { a: {}, b: {} }\n`;
  if (!acrossFiles) {
    const schemas = Array.from({ length: levels }, (_, i) => `    S${i}:\n${indent(schema(`#/components/schemas/S${i + 1}`), 6)}`).join('');
    return [{ path: 'api/vifte.yaml', text: `${head('Vifte')}paths: {}\ncomponents:\n  schemas:\n${schemas}    S${levels}: { type: string }\n` }];
  }
  return [
    { path: 'api/vifte.yaml', text: `${head('Vifte')}paths: {}\ncomponents:\n  schemas:\n    S0: { $ref: "s1.yaml" }\n` },
    ...Array.from({ length: levels }, (_, i) => ({ path: `api/s${i + 1}.yaml`, text: i + 1 === levels ? 'type: string\n' : schema(`s${i + 2}.yaml`) })),
  ];
}

/** A schema nested `levels` deep through `properties` or `allOf`, written as JSON (YAML flow style would be as deep). */
export function deepSchema(levels: number, via: 'properties' | 'allOf'): HostileFile {
  let schema = '{"type":"string"}';
  for (let i = 0; i < levels; i++) schema = via === 'properties' ? `{"type":"object","properties":{"a":${schema}}}` : `{"allOf":[${schema}]}`;
  return { path: 'api/dyb.json', text: `{"openapi":"3.0.3","info":{"title":"Dyb","version":"1.0.0"},"paths":{},"components":{"schemas":{"Dyb":${schema}}}}` };
}

/** A solution description with one field nested `levels` deep. */
export function deepDescription(levels: number): HostileFile {
  return { path: 'loesningsbeskrivelse.json', text: `{"schemaVersion":1,"solution":{"name":"Dyb","description":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}}` };
}

/** A chain of `length` files, each only a `$ref` to the next. */
export function refChain(length: number): HostileFile[] {
  return [
    { path: 'api/kaede.yaml', text: `${head('Kæde')}paths: {}\ncomponents:\n  schemas:\n    Led: { $ref: "k/1.yaml" }\n` },
    ...Array.from({ length }, (_, i) => ({ path: `api/k/${i + 1}.yaml`, text: i + 1 === length ? 'type: string\n' : `$ref: "${i + 2}.yaml"\n` })),
  ];
}

/** `files` files, each a schema nested `levels` deep whose innermost property refers to the next file: each file is shallow, together they are deep. */
export function deepAcrossFiles(files: number, levels: number): HostileFile[] {
  const nested = (inner: string) => {
    let schema = inner;
    for (let i = 0; i < levels; i++) schema = `{"type":"object","properties":{"a":${schema}}}`;
    return schema;
  };
  return [
    { path: 'api/lag.json', text: `{"openapi":"3.0.3","info":{"title":"Lag","version":"1.0.0"},"paths":{},"components":{"schemas":{"Lag":{"$ref":"lag/1.json"}}}}` },
    ...Array.from({ length: files }, (_, i) => ({ path: `api/lag/${i + 1}.json`, text: nested(i + 1 === files ? '{"type":"string"}' : `{"$ref":"${i + 2}.json"}`) })),
  ];
}

/** An OpenAPI document with `count` operations, each with a parameter, a response schema and an example. */
export function manyOperations(count: number, format: 'yaml' | 'json'): HostileFile {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    paths[`/sager/${i}`] = {
      get: {
        operationId: `hentSag${i}`,
        summary: `Hent sag ${i}`,
        parameters: [{ name: 'udvid', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'Sagen', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string', example: `s-${i}` } } } } } } },
      },
    };
  }
  const doc = { openapi: '3.0.3', info: { title: 'Sager', version: '1.0.0', description: 'Sager.', contact: { name: 'Omsorg A/S', email: 'api@omsorg.dk' } }, servers: [{ url: 'https://api.omsorg.dk/v1' }], paths };
  return format === 'json' ? { path: 'api/sager.json', text: JSON.stringify(doc, null, 2) } : { path: 'api/sager.yaml', text: toYaml(doc) };
}

const SP = (attributes: string, children: string) =>
  `<?xml version="1.0"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.omsorg.dk">\n  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"${attributes}>\n${children}  </md:SPSSODescriptor>\n</md:EntityDescriptor>\n`;

/** An OpenAPI document carrying `items` records of data in an extension, as a generated spec may: large, with one finding (a plain-http server) whose line must be found. */
export function bigData(items: number, file = 'api/data.yaml'): HostileFile {
  const records = Array.from({ length: items }, (_, i) => `  - { id: ${i}, navn: "Borger nummer ${i}", adresse: "Vejen ${i % 300}, 8000 Aarhus C" }\n`);
  return { path: file, text: `${head('Data').replace('https://', 'http://')}paths: {}\nx-data:\n${records.join('')}` };
}

/** SAML metadata of a service provider whose SPSSODescriptor has `count` more attributes. */
export function manyAttributes(count: number): HostileFile {
  return { path: 'saml/sp.xml', text: SP(Array.from({ length: count }, (_, i) => ` a${i}="x"`).join(''), '') };
}

/** SAML metadata of a service provider with `count` assertion consumer services. */
export function manyChildren(count: number): HostileFile {
  const acs = (i: number) => `    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.omsorg.dk/acs/${i}" index="${i}"/>\n`;
  return { path: 'saml/sp.xml', text: SP('', Array.from({ length: count }, (_, i) => acs(i)).join('')) };
}

/** SAML metadata whose root declares `count` namespaces, with `count` child elements under them. */
export function manyNamespaces(count: number): HostileFile {
  const declarations = Array.from({ length: count }, (_, i) => ` xmlns:p${i}="urn:rammetjek:test:${i}"`).join('');
  return { path: 'saml/sp.xml', text: SP('', '    <md:Extensions/>\n'.repeat(count)).replace('entityID=', `${declarations.slice(1)} entityID=`) };
}

function indent(text: string, spaces: number): string {
  return text.replace(/^(?=.)/gm, ' '.repeat(spaces));
}

/** Block-style YAML of plain data, as a vendor's tool writes it. */
function toYaml(value: unknown, level = 0): string {
  const pad = '  '.repeat(level);
  if (Array.isArray(value)) return value.map((v) => (isPlain(v) ? `${pad}- ${scalar(v)}\n` : `${pad}-\n${toYaml(v, level + 1)}`)).join('');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => (isPlain(v) ? `${pad}${JSON.stringify(k)}: ${scalar(v)}\n` : `${pad}${JSON.stringify(k)}:\n${toYaml(v, level + 1)}`))
    .join('');
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function scalar(value: unknown): string {
  return JSON.stringify(value);
}
