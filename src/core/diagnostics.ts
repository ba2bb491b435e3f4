import type { Finding, Location } from './finding.js';
import type { Localized } from './text.js';

/** Findings the engine itself reports: input that could not be read, and rules that crashed. */
export const DIAGNOSTICS = {
  'parse-error': {
    title: { da: 'Filen kan ikke læses som YAML, JSON eller XML', en: 'The file cannot be parsed as YAML, JSON or XML' },
    fix: { da: 'Ret syntaksfejlen på den angivne linje, og kør kontrollen igen.', en: 'Fix the syntax error on the line given and run the check again.' },
  },
  'load-error': {
    title: { da: 'Filen kan ikke indlæses', en: 'The file cannot be loaded' },
    fix: { da: 'Kontrollér, at filen findes, kan læses og ikke er for stor.', en: 'Check that the file exists, can be read and is not too large.' },
  },
  'limit-exceeded': {
    title: { da: 'Filen overskrider en grænse for kontrollen', en: 'The file exceeds a limit of the check' },
    fix: { da: 'Del dokumentet op, eller hæv grænsen med --limit navn=værdi, hvis dokumentet er, som det skal være.', en: 'Split the document, or raise the limit with --limit name=value if the document is as it should be.' },
  },
  'rule-error': {
    title: { da: 'En regel fejlede under kontrollen', en: 'A rule failed while checking' },
    fix: { da: 'Dette er en fejl i rammetjek. Meld den gerne med filen, der udløste den; de øvrige regler er kørt.', en: 'This is a bug in rammetjek. Please report it with the file that triggered it; the other rules have run.' },
  },
} as const satisfies Record<string, { title: Localized; fix: Localized }>;

export type DiagnosticId = keyof typeof DIAGNOSTICS;

/** A finding from the engine, not from a rule. Its catalogue id is its rule id. */
export function diagnostic(id: DiagnosticId, message: Localized, location: Location): Finding {
  return {
    ruleId: id,
    catalogueId: id,
    severity: 'error',
    message,
    fix: DIAGNOSTICS[id].fix,
    location,
    architectureRules: [],
  };
}
