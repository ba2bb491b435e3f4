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
  'encoding-error': {
    title: { da: 'Filens tegnkodning er forkert', en: 'The file has the wrong character encoding' },
    fix: { da: 'Gem filen som UTF-8 (eller angiv den rigtige tegnkodning i XML-erklæringen), og kør kontrollen igen.', en: 'Save the file as UTF-8 (or declare its real encoding in the XML declaration) and run the check again.' },
  },
  'skipped-file': {
    title: { da: 'En fil blev ikke læst', en: 'A file was not read' },
    fix: { da: 'Læg filen selv i buddets mappe i stedet for et symbolsk link, eller fjern den, hvis den ikke hører til buddet.', en: 'Put the file itself in the bid folder instead of a symbolic link, or remove it if it is not part of the bid.' },
  },
  'unknown-file': {
    title: { da: 'Filen er ikke af en slags, rammetjek kontrollerer', en: 'The file is not of a kind rammetjek checks' },
    fix: { da: 'Angiv løsningsbeskrivelsen, en OpenAPI-specifikation, SAML-metadata, en WSDL eller en MeMo-besked – eller buddets mappe.', en: 'Name the solution description, an OpenAPI specification, SAML metadata, a WSDL or a MeMo message – or the bid folder.' },
  },
  'reference-not-followed': {
    title: { da: 'En henvisning til et andet dokument er ikke fulgt', en: 'A reference to another document was not followed' },
    fix: { da: 'Læg det dokument, der henvises til, i buddet, og henvis til det med en relativ sti inden for buddets mappe.', en: 'Put the document referred to in the bid, and refer to it by a relative path inside the bid folder.' },
  },
  'pattern-not-run': {
    title: { da: 'Et mønster fra buddet er ikke kørt', en: 'A pattern from the bid was not run' },
    fix: {
      da: 'Skriv mønsteret uden lookahead, lookbehind og tilbagereferencer (RE2-syntaks), så eksemplerne kan kontrolleres mod det.',
      en: 'Write the pattern without lookahead, lookbehind and backreferences (RE2 syntax) so the examples can be checked against it.',
    },
  },
  'nothing-to-check': {
    title: { da: 'Der var intet at kontrollere', en: 'There was nothing to check' },
    fix: { da: 'Kontrollér stien: angiv buddets mappe eller filerne i buddet (løsningsbeskrivelse, OpenAPI, SAML-metadata, WSDL, MeMo).', en: 'Check the path: name the bid folder or the files of the bid (solution description, OpenAPI, SAML metadata, WSDL, MeMo).' },
  },
  'rule-error': {
    title: { da: 'En regel fejlede under kontrollen', en: 'A rule failed while checking' },
    fix: { da: 'Dette er en fejl i rammetjek. Meld den gerne med filen, der udløste den; de øvrige regler er kørt.', en: 'This is a bug in rammetjek. Please report it with the file that triggered it; the other rules have run.' },
  },
} as const satisfies Record<string, { title: Localized; fix: Localized }>;

export type DiagnosticId = keyof typeof DIAGNOSTICS;

/** Diagnostics that do not make the bid's documents wrong, only the check less complete. */
const WARNINGS: ReadonlySet<DiagnosticId> = new Set(['skipped-file', 'unknown-file', 'reference-not-followed']);

/** Diagnostics that only say what the check left out, where nothing in the bid is wrong. */
const INFOS: ReadonlySet<DiagnosticId> = new Set(['pattern-not-run']);

/** A finding from the engine, not from a rule. Its catalogue id is its rule id. */
export function diagnostic(id: DiagnosticId, message: Localized, location: Location): Finding {
  return {
    ruleId: id,
    catalogueId: id,
    severity: INFOS.has(id) ? 'info' : WARNINGS.has(id) ? 'warning' : 'error',
    message,
    fix: DIAGNOSTICS[id].fix,
    location,
    architectureRules: [],
  };
}
