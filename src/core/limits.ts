import { UsageError } from './errors.js';
import type { Localized } from './text.js';

/**
 * The limits that keep a check of untrusted input bounded in time and memory. Passing one is never
 * a crash: it gives a `limit-exceeded` finding that names the limit, and the rest of the bid is
 * still checked. Every limit can be raised or lowered from the API (`check({ limits })`) and the
 * CLI (`--limit name=value`).
 */
export interface Limits {
  /** Bytes per file; a larger file is not read. */
  readonly fileBytes: number;
  /** Files per bid; files past this many (in path order) are not read. */
  readonly files: number;
  /** Nesting depth of a YAML, JSON or XML document. */
  readonly depth: number;
  /** Seconds the rules of one bid may take; rules not started by then are not assessed. */
  readonly ruleSeconds: number;
  /** References followed in a row (a `$ref` to a `$ref` to …) before the target is reached. */
  readonly refChain: number;
  /** Elements in one XML document. */
  readonly xmlElements: number;
  /** Attributes in one XML document (namespace declarations included). */
  readonly xmlAttributes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  fileBytes: 64 * 1024 * 1024,
  files: 20_000,
  depth: 200,
  ruleSeconds: 300,
  refChain: 32,
  xmlElements: 100_000,
  xmlAttributes: 100_000,
});

export type LimitName = keyof Limits;

/** How each limit reads in a finding, in both languages. */
export const LIMIT_LABELS: Readonly<Record<LimitName, { readonly da: string; readonly en: string }>> = {
  fileBytes: { da: 'bytes pr. fil', en: 'bytes per file' },
  files: { da: 'filer pr. bud', en: 'files per bid' },
  depth: { da: 'niveauer i et dokument', en: 'levels of nesting in a document' },
  ruleSeconds: { da: 'sekunder til reglerne for ét bud', en: 'seconds for the rules of one bid' },
  refChain: { da: 'henvisninger ($ref) fulgt i træk', en: 'references ($ref) followed in a row' },
  xmlElements: { da: 'elementer i et XML-dokument', en: 'elements in an XML document' },
  xmlAttributes: { da: 'attributter i et XML-dokument', en: 'attributes in an XML document' },
};

/** The defaults with the caller's changes; a value that is not a positive whole number is a usage error. */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new UsageError({ da: `grænsen ${name} skal være et positivt helt tal, ikke ${String(value)}`, en: `limit ${name} must be a positive whole number, not ${String(value)}` });
  }
  return limits;
}

/** The limit and its value, as a finding's message says it. */
export function limitText(name: LimitName, value: number): { da: string; en: string } {
  return { da: `grænsen for ${LIMIT_LABELS[name].da} er ${value} (${name})`, en: `the limit of ${LIMIT_LABELS[name].en} is ${value} (${name})` };
}

/**
 * A document that passes a limit. The loader turns it into a `limit-exceeded` finding, and the
 * document is not checked (as an unparsable one): a half-read document must not pass any rule.
 */
export class LimitExceeded extends Error {
  override name = 'LimitExceeded';
  constructor(
    readonly limit: LimitName,
    readonly value: number,
    /** What was found and left out, as the finding says it before naming the limit: "The document nests deeper than 200 levels and was not checked". */
    readonly what: Localized,
    /** Where, when known: the file (when not the document being read) and the pointer of the place. */
    readonly at?: { readonly file?: string; readonly pointer: string },
  ) {
    super(`${what.en}: ${limitText(limit, value).en}`);
  }
}
