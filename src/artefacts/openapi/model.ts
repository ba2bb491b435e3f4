import { DEFAULT_LIMITS, type Limits } from '../../core/limits.js';
import type { Localized } from '../../core/text.js';
import { child } from '../../location/pointer.js';
import { deref, isObject, type Documents, type RefProblem } from './refs.js';
import type { OasVersion, StructureViolation } from './structure.js';

type Json = Record<string, unknown>;

/** A node of the spec with where its text is: the file and pointer of the definition, after $refs. */
export interface Located<T = Json> {
  readonly file: string;
  readonly pointer: string;
  readonly value: T;
}

export interface Server extends Located {
  readonly url: string;
}

export interface Parameter extends Located {
  readonly name: string;
  readonly in: string;
  readonly schema?: Located;
}

export interface MediaType extends Located {
  readonly mediaType: string;
  readonly schema?: Located;
}

export interface Response extends Located {
  readonly code: string;
  readonly content: readonly MediaType[];
}

export interface Operation extends Located {
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly Parameter[];
  readonly requestBody?: Located & { readonly content: readonly MediaType[] };
  readonly responses: readonly Response[];
  /** The security requirements in force, and where they are written (the operation, or the root). */
  readonly security: { readonly requirements: readonly Json[]; readonly at: Located<unknown> | undefined };
}

export interface SecurityScheme extends Located {
  readonly name: string;
}

export interface Property {
  readonly name: string;
  readonly schema: Located;
  readonly owner: Located;
}

/** An example value with the schema it should follow. */
export interface Example {
  readonly value: unknown;
  readonly at: Located<unknown>;
  readonly schema: Located;
}

/** Everything OpenAPI rules read about one specification (a root document and the files it refers to). */
export interface OpenApiModel {
  readonly file: string;
  readonly version: OasVersion | undefined;
  /** Why the version is not one rammetjek reads; the document is then not modelled further. */
  readonly versionProblem?: Localized;
  readonly files: readonly string[];
  readonly documents: Documents;
  readonly root: Json;
  readonly info?: Located;
  readonly servers: readonly Server[];
  readonly operations: readonly Operation[];
  readonly securitySchemes: readonly SecurityScheme[];
  readonly schemas: readonly Located[];
  readonly properties: readonly Property[];
  readonly examples: readonly Example[];
  readonly refProblems: readonly RefProblem[];
  readonly structure: readonly StructureViolation[];
}

/*
 * The nodes made for every operation are written as object literals, not spreads ({ ...located, code }):
 * V8 gives each object made by such a spread a hidden class of its own, which took 40 % of the
 * model's memory in a spec of 200,000 operations.
 */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Walks the specification once, following $refs across its files, into typed lists of located nodes. */
export function buildOpenApiModel(input: {
  file: string;
  version: OasVersion | undefined;
  versionProblem?: Localized;
  files: readonly string[];
  documents: Documents;
  refProblems: readonly RefProblem[];
  structure: readonly StructureViolation[];
  limits?: Pick<Limits, 'depth' | 'refChain'>;
}): OpenApiModel {
  const { documents, limits = DEFAULT_LIMITS } = input;
  const root = (documents.get(input.file) ?? {}) as Json;
  const { limits: _limits, ...rest } = input;
  const base = { ...rest, root, servers: [], operations: [], securitySchemes: [], schemas: [], properties: [], examples: [] };
  if (!input.version) return base;

  const resolve = (file: string, pointer: string, value: unknown): Located | undefined => {
    const r = deref(documents, file, pointer, value, limits.refChain);
    return r && isObject(r.value) ? { file: r.file, pointer: r.pointer, value: r.value } : undefined;
  };
  const at = (file: string, pointer: string, value: unknown): Located<unknown> => ({ file, pointer, value });

  const schemas: Located[] = [];
  const properties: Property[] = [];
  const examples: Example[] = [];
  // by object identity: a schema object is one place in one file (cheaper than building string keys)
  const seenSchemas = new WeakSet<object>();
  const v2 = input.version === '2.0';

  /**
   * Registers a schema and returns where it is; what it contains is walked by `walkSchemas`, with a
   * list of schemas still to walk instead of recursion: schemas nest through their references, across
   * files, thousands deep in a large or hostile spec, and recursion would overflow the stack.
   */
  const pending: Located[] = [];
  let walking = false;
  const visitSchema = (file: string, pointer: string, value: unknown): Located | undefined => {
    // in 3.1 a $ref may have siblings, examples among them: they belong to the referring schema
    if (isObject(value) && typeof value['$ref'] === 'string' && ('examples' in value || 'example' in value)) {
      const referring = { file, pointer, value };
      if ('example' in value) examples.push({ value: value['example'], at: at(file, child(pointer, 'example'), value['example']), schema: referring });
      if (Array.isArray(value['examples'])) value['examples'].forEach((v, i) => examples.push({ value: v, at: at(file, child(pointer, 'examples', i), v), schema: referring }));
    }
    const schema = resolve(file, pointer, value);
    if (!schema) return undefined;
    if (seenSchemas.has(schema.value)) return schema;
    seenSchemas.add(schema.value);
    schemas.push(schema);
    pending.push(schema);
    if (!walking) walkSchemas();
    return schema;
  };

  const walkSchemas = () => {
    walking = true;
    for (let schema = pending.pop(); schema; schema = pending.pop()) {
      const { file, pointer, value: s } = schema;
      const owner = schema;
      if (isObject(s['properties'])) {
        for (const [name, prop] of Object.entries(s['properties'])) {
          const located = visitSchema(file, child(pointer, 'properties', name), prop);
          if (located) properties.push({ name, schema: located, owner });
        }
      }
      for (const k of ['items', 'additionalProperties', 'not', 'contains', 'propertyNames'] as const) if (isObject(s[k])) visitSchema(file, child(pointer, k), s[k]);
      for (const k of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) {
        const list = s[k];
        if (Array.isArray(list)) list.forEach((v, i) => visitSchema(file, child(pointer, k, i), v));
      }
      if (isObject(s['patternProperties'])) for (const [k, v] of Object.entries(s['patternProperties'])) visitSchema(file, child(pointer, 'patternProperties', k), v);
      if ('example' in s) examples.push({ value: s['example'], at: at(file, child(pointer, 'example'), s['example']), schema });
      if (Array.isArray(s['examples'])) s['examples'].forEach((v, i) => examples.push({ value: v, at: at(file, child(pointer, 'examples', i), v), schema }));
    }
    walking = false;
  };

  /** example / examples (Example objects, possibly $ref'd) next to a schema, in parameters and media types. */
  const collectExamples = (node: Located, schema: Located | undefined) => {
    if (!schema) return;
    const v = node.value;
    if ('example' in v) examples.push({ value: v['example'], at: at(node.file, child(node.pointer, 'example'), v['example']), schema });
    if (isObject(v['examples'])) {
      for (const [name, ex] of Object.entries(v['examples'])) {
        const example = resolve(node.file, child(node.pointer, 'examples', name), ex);
        if (example && 'value' in example.value) examples.push({ value: example.value['value'], at: at(example.file, child(example.pointer, 'value'), example.value['value']), schema });
      }
    }
  };

  const mediaTypes = (node: Located): MediaType[] => {
    const content = node.value['content'];
    if (!isObject(content)) return [];
    return Object.entries(content).flatMap(([mediaType, mt]) => {
      const m = resolve(node.file, child(node.pointer, 'content', mediaType), mt);
      if (!m) return [];
      const schema = isObject(m.value['schema']) ? visitSchema(m.file, child(m.pointer, 'schema'), m.value['schema']) : undefined;
      collectExamples(m, schema);
      return [schema ? { file: m.file, pointer: m.pointer, value: m.value, mediaType, schema } : { file: m.file, pointer: m.pointer, value: m.value, mediaType }];
    });
  };

  const parameter = (file: string, pointer: string, value: unknown): Parameter | undefined => {
    const p = resolve(file, pointer, value);
    if (!p || typeof p.value['name'] !== 'string' || typeof p.value['in'] !== 'string') return undefined;
    // Swagger 2.0 keeps the type on the parameter itself; a body parameter has a schema.
    const schemaValue = isObject(p.value['schema']) ? p.value['schema'] : v2 && p.value['in'] !== 'body' ? p.value : undefined;
    const schema = p.value['schema'] ? visitSchema(p.file, child(p.pointer, 'schema'), schemaValue) : schemaValue ? { file: p.file, pointer: p.pointer, value: schemaValue as Json } : undefined;
    collectExamples(p, schema);
    const name = p.value['name'];
    const place = p.value['in'];
    return schema ? { file: p.file, pointer: p.pointer, value: p.value, name, in: place, schema } : { file: p.file, pointer: p.pointer, value: p.value, name, in: place };
  };

  const servers: Server[] = [];
  if (v2) {
    if (typeof root['host'] === 'string') {
      const schemes = Array.isArray(root['schemes']) && root['schemes'].length > 0 ? (root['schemes'] as string[]) : ['https'];
      schemes.forEach((scheme, i) => servers.push({ file: input.file, pointer: Array.isArray(root['schemes']) ? child('/schemes', i) : '/host', value: root, url: `${scheme}://${String(root['host'])}${typeof root['basePath'] === 'string' ? root['basePath'] : ''}` }));
    }
  } else {
    const list = (node: unknown, pointer: string) => {
      if (Array.isArray(node)) node.forEach((s, i) => isObject(s) && typeof s['url'] === 'string' && servers.push({ file: input.file, pointer: child(pointer, i), value: s, url: s['url'] }));
    };
    list(root['servers'], '/servers');
  }

  const globalSecurity = Array.isArray(root['security']) ? at(input.file, '/security', root['security']) : undefined;
  const operations: Operation[] = [];
  const paths = isObject(root['paths']) ? root['paths'] : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    if (!path.startsWith('/')) continue;
    const item = resolve(input.file, child('/paths', path), rawItem);
    if (!item) continue;
    const shared = Array.isArray(item.value['parameters']) ? (item.value['parameters'] as unknown[]).map((p, i) => parameter(item.file, child(item.pointer, 'parameters', i), p)) : [];
    for (const method of METHODS) {
      const raw = item.value[method];
      if (!isObject(raw)) continue;
      const op: Located = { file: item.file, pointer: child(item.pointer, method), value: raw };
      const own = Array.isArray(raw['parameters']) ? (raw['parameters'] as unknown[]).map((p, i) => parameter(op.file, child(op.pointer, 'parameters', i), p)) : [];
      const merged = new Map<string, Parameter>();
      for (const p of [...shared, ...own]) if (p) merged.set(`${p.in}:${p.name}`, p);
      const body = isObject(raw['requestBody']) ? resolve(op.file, child(op.pointer, 'requestBody'), raw['requestBody']) : undefined;
      const responses: Response[] = [];
      if (isObject(raw['responses'])) {
        for (const [code, r] of Object.entries(raw['responses'])) {
          const response = resolve(op.file, child(op.pointer, 'responses', code), r);
          if (!response) continue;
          let content = mediaTypes(response);
          if (v2 && isObject(response.value['schema'])) {
            const schema = visitSchema(response.file, child(response.pointer, 'schema'), response.value['schema']);
            const produces = (Array.isArray(raw['produces']) ? raw['produces'] : Array.isArray(root['produces']) ? root['produces'] : ['application/json']) as string[];
            content = produces.map((mediaType) => (schema ? { file: response.file, pointer: response.pointer, value: response.value, mediaType, schema } : { file: response.file, pointer: response.pointer, value: response.value, mediaType }));
            if (schema && isObject(response.value['examples'])) {
              for (const [mime, value] of Object.entries(response.value['examples'])) examples.push({ value, at: at(response.file, child(response.pointer, 'examples', mime), value), schema });
            }
          }
          responses.push({ file: response.file, pointer: response.pointer, value: response.value, code, content });
        }
      }
      const security = Array.isArray(raw['security'])
        ? { requirements: (raw['security'] as unknown[]).filter(isObject), at: at(op.file, child(op.pointer, 'security'), raw['security']) }
        : { requirements: globalSecurity ? (globalSecurity.value as unknown[]).filter(isObject) : [], at: globalSecurity };
      const parameters = [...merged.values()];
      const requestBody = body ? { file: body.file, pointer: body.pointer, value: body.value, content: mediaTypes(body) } : undefined;
      const { file, pointer, value } = op;
      operations.push(requestBody ? { file, pointer, value, method, path, parameters, requestBody, responses, security } : { file, pointer, value, method, path, parameters, responses, security });
    }
  }

  const schemeContainer = v2 ? root['securityDefinitions'] : isObject(root['components']) ? root['components']['securitySchemes'] : undefined;
  const schemePointer = v2 ? '/securityDefinitions' : '/components/securitySchemes';
  const securitySchemes: SecurityScheme[] = isObject(schemeContainer)
    ? Object.entries(schemeContainer).flatMap(([name, s]) => {
        const scheme = resolve(input.file, child(schemePointer, name), s);
        return scheme ? [{ ...scheme, name }] : [];
      })
    : [];

  // Named schemas are part of the contract even when no operation uses them.
  const named = v2 ? root['definitions'] : isObject(root['components']) ? root['components']['schemas'] : undefined;
  if (isObject(named)) for (const [name, s] of Object.entries(named)) visitSchema(input.file, child(v2 ? '/definitions' : '/components/schemas', name), s);

  return {
    ...base,
    ...(isObject(root['info']) ? { info: { file: input.file, pointer: '/info', value: root['info'] } } : {}),
    servers,
    operations,
    securitySchemes,
    schemas,
    properties,
    examples,
  };
}
