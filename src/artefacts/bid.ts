import { diagnostic } from '../core/diagnostics.js';
import type { Finding } from '../core/finding.js';
import type { SourceText } from './files.js';
import { detectDataKind, detectXmlKind, type ArtefactKind } from './kinds.js';
import { ParseFailure, parseData } from './parse.js';
import { buildSolutionModel, type SolutionModel } from './solution/model.js';
import { validateSolution } from './solution/validate.js';

/** One file of the bid as the report lists it. */
export interface BidFile {
  readonly path: string;
  readonly kind: ArtefactKind;
  readonly sha256: string;
  readonly bytes: number;
}

/** Everything rules can see of one bid. */
export interface Bid {
  readonly files: readonly BidFile[];
  readonly solutions: readonly SolutionModel[];
}

/** What loading produced: the models, plus findings for files that could not be read or parsed. */
export interface LoadedBid {
  readonly bid: Bid;
  readonly findings: readonly Finding[];
  /** Original text by path, for computing positions of findings later. */
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * Parses every source once, detects its kind by content and builds the models. A file that cannot
 * be parsed becomes a parse-error finding and the rest of the bid is still loaded.
 */
export async function loadBid(
  sources: readonly SourceText[],
  attachments: readonly BidFile[] = [],
  failures: readonly Finding[] = [],
): Promise<LoadedBid> {
  const findings: Finding[] = [...failures];
  const files: BidFile[] = [];
  const texts = new Map<string, string>();
  const parsedSolutions: { path: string; data: unknown }[] = [];
  const bidFiles = new Set([...sources.map((s) => s.path), ...attachments.map((a) => a.path)]);

  for (const source of sources) {
    texts.set(source.path, source.text);
    let kind: ArtefactKind = 'unknown';
    if (source.format === 'xml') {
      kind = detectXmlKind(source.text);
    } else {
      try {
        const data = parseData(source.text, source.format);
        kind = detectDataKind(data);
        if (kind === 'solution') parsedSolutions.push({ path: source.path, data });
      } catch (error) {
        findings.push(parseErrorFinding(source.path, error));
      }
    }
    files.push({ path: source.path, kind, sha256: source.sha256, bytes: source.bytes });
  }

  const solutions = parsedSolutions.map(({ path, data }) => buildSolutionModel(path, data, validateSolution(data), bidFiles));
  files.push(...attachments);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { bid: { files, solutions }, findings, texts };
}

function parseErrorFinding(file: string, error: unknown): Finding {
  const line = error instanceof ParseFailure ? error.line : 1;
  const column = error instanceof ParseFailure ? error.column : 1;
  const reason = error instanceof Error ? error.message : String(error);
  return diagnostic(
    'parse-error',
    { da: `Filen kan ikke læses: ${reason}`, en: `The file cannot be parsed: ${reason}` },
    { file, pointer: '', range: { start: { line, column }, end: { line, column } } },
  );
}
