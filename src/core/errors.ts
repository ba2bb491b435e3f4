import type { Localized } from './text.js';

/** Base class of every error rammetjek throws on purpose. */
export class RammetjekError extends Error {
  override name = 'RammetjekError';
}

/** Wrong use: bad options, a path that does not exist, an unknown rule. The CLI exits 2. */
export class UsageError extends RammetjekError {
  override name = 'UsageError';
  /** The message in both languages; `message` is the English one. */
  readonly text: Localized;
  constructor(message: string | Localized, options?: { cause?: unknown }) {
    const text = typeof message === 'string' ? { da: message, en: message } : message;
    super(text.en, options);
    this.text = text;
  }
}

/** A rule threw while checking; the engine reports it and goes on with the other rules. */
export class RuleError extends RammetjekError {
  override name = 'RuleError';
  constructor(
    readonly ruleId: string,
    readonly file: string,
    options: { cause: unknown },
  ) {
    super(`rule ${ruleId} crashed on ${file}: ${describe(options.cause)}`, options);
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
