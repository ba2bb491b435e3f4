import type { ErrorObject } from 'ajv';
import { validate } from '../../generated/solution.validate.js';
import { fillLocalized, type Localized } from '../../core/text.js';
import { child } from '../../location/pointer.js';

/** One schema violation: where it is and what is wrong, in both languages. */
export interface SchemaViolation {
  readonly pointer: string;
  /** Point at the property name rather than its value (unknown properties). */
  readonly key: boolean;
  readonly message: Localized;
  /** The JSON type the schema expected, when the value had another type. */
  readonly expectedType?: string;
}

/** Validates a solution description against the schema (precompiled, src/generated/) and explains each violation. */
export function validateSolution(data: unknown): SchemaViolation[] {
  if (validate(data)) return [];
  const seen = new Set<string>();
  const violations: SchemaViolation[] = [];
  for (const error of validate.errors ?? []) {
    const violation = explain(error);
    const id = `${violation.pointer}|${violation.message.en}`;
    if (seen.has(id)) continue;
    seen.add(id);
    violations.push(violation);
  }
  return violations;
}

const TYPE_NAMES: Record<string, Localized> = {
  object: { da: 'en gruppe af felter', en: 'an object' },
  array: { da: 'en liste', en: 'a list' },
  string: { da: 'en tekst', en: 'a string' },
  number: { da: 'et tal', en: 'a number' },
  integer: { da: 'et heltal', en: 'an integer' },
  boolean: { da: 'true eller false', en: 'true or false' },
};

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fieldName(error: ErrorObject): Localized {
  const title = (error.parentSchema as { title?: string } | undefined)?.title;
  const [da, en] = (title ?? '').split(' · ');
  const name = error.instancePath.split('/').pop() || 'document';
  return { da: da ? `«${name}» (${da})` : `«${name}»`, en: en ? `'${name}' (${en})` : `'${name}'` };
}

function explain(error: ErrorObject): SchemaViolation {
  const at = error.instancePath;
  const field = fieldName(error);
  const p = error.params as Record<string, unknown>;
  const data = { value: shown(error.data) };
  switch (error.keyword) {
    case 'required':
      return {
        pointer: at,
        key: false,
        message: fillLocalized(
          { da: 'Det påkrævede felt «{missing}» mangler.', en: "The required field '{missing}' is missing." },
          { missing: String(p['missingProperty']) },
        ),
      };
    case 'additionalProperties':
      return {
        pointer: child(at, String(p['additionalProperty'])),
        key: true,
        message: fillLocalized(
          { da: 'Feltet «{name}» findes ikke i skemaet; ret stavningen eller fjern det.', en: "The field '{name}' is not in the schema; fix its spelling or remove it." },
          { name: String(p['additionalProperty']) },
        ),
      };
    case 'type': {
      const expected = String(p['type']);
      const name = TYPE_NAMES[expected] ?? { da: expected, en: expected };
      return {
        pointer: at,
        key: false,
        expectedType: expected,
        message: { da: `${field.da} skal være ${name.da}, men er ${data.value}.`, en: `${field.en} must be ${name.en}, but is ${data.value}.` },
      };
    }
    case 'enum': {
      const allowed = (p['allowedValues'] as unknown[]).map(String).join(', ');
      return {
        pointer: at,
        key: false,
        message: { da: `${field.da} har værdien «${data.value}», som ikke er tilladt. Tilladte værdier: ${allowed}.`, en: `${field.en} has the value '${data.value}', which is not allowed. Allowed values: ${allowed}.` },
      };
    }
    case 'const':
      return {
        pointer: at,
        key: false,
        message: { da: `${field.da} skal være ${shown(p['allowedValue'])}, men er ${data.value}.`, en: `${field.en} must be ${shown(p['allowedValue'])}, but is ${data.value}.` },
      };
    case 'pattern':
    case 'format':
      return {
        pointer: at,
        key: false,
        message: { da: `${field.da} har ikke det rigtige format: «${data.value}». ${formatHint(error).da}`, en: `${field.en} is not in the right format: '${data.value}'. ${formatHint(error).en}` },
      };
    case 'minItems':
      return { pointer: at, key: false, message: { da: `${field.da} må ikke være en tom liste.`, en: `${field.en} must not be an empty list.` } };
    case 'minLength':
      return { pointer: at, key: false, message: { da: `${field.da} må ikke være tom.`, en: `${field.en} must not be empty.` } };
    case 'uniqueItems':
      return { pointer: at, key: false, message: { da: `${field.da} nævner den samme værdi flere gange.`, en: `${field.en} lists the same value more than once.` } };
    case 'minimum':
    case 'maximum':
      return {
        pointer: at,
        key: false,
        message: { da: `${field.da} skal være ${error.keyword === 'minimum' ? 'mindst' : 'højst'} ${String(p['limit'])}, men er ${data.value}.`, en: `${field.en} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p['limit'])}, but is ${data.value}.` },
      };
    default:
      return { pointer: at, key: false, message: { da: `${field.da}: ${error.message ?? error.keyword}.`, en: `${field.en}: ${error.message ?? error.keyword}.` } };
  }
}

function formatHint(error: ErrorObject): Localized {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === 'format') {
    if (p['format'] === 'date') return { da: 'Skriv datoen som ÅÅÅÅ-MM-DD.', en: 'Write the date as YYYY-MM-DD.' };
    return { da: 'Skriv en fuld adresse, der begynder med https://.', en: 'Write a full address starting with https://.' };
  }
  const pattern = String(p['pattern']);
  if (pattern === '^[0-9]{8}$') return { da: 'Et CVR-nummer er otte cifre.', en: 'A CVR number is eight digits.' };
  if (pattern.startsWith('^SF')) return { da: 'Et SF-nummer skrives som SF og fire cifre, fx SF1520.', en: 'An SF number is SF and four digits, e.g. SF1520.' };
  if (pattern === '^[A-Z]{2}$') return { da: 'Brug en landekode på to store bogstaver, fx DK.', en: 'Use a two-letter country code, e.g. DK.' };
  return { da: `Forventet mønster: ${pattern}.`, en: `Expected pattern: ${pattern}.` };
}
