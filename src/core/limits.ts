import { UsageError } from './errors.js';

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
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  fileBytes: 64 * 1024 * 1024,
  files: 20_000,
  depth: 200,
  ruleSeconds: 300,
});

export type LimitName = keyof Limits;

/** How each limit reads in a finding, in both languages. */
export const LIMIT_LABELS: Readonly<Record<LimitName, { readonly da: string; readonly en: string }>> = {
  fileBytes: { da: 'bytes pr. fil', en: 'bytes per file' },
  files: { da: 'filer pr. bud', en: 'files per bid' },
  depth: { da: 'niveauer i et dokument', en: 'levels of nesting in a document' },
  ruleSeconds: { da: 'sekunder til reglerne for ét bud', en: 'seconds for the rules of one bid' },
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
