import type { Range } from '../core/finding.js';

/** At most this many lines of a finding's place are shown, each cut to this many characters. */
const MAX_LINES = 3;
const MAX_WIDTH = 160;

export interface SnippetLine {
  readonly number: number;
  readonly text: string;
}

/** The lines of `text` a finding's range covers (the first three), for showing beside the message; pure. */
export function snippet(text: string, range: Range): SnippetLine[] {
  const lines = text.split(/\r\n|\r|\n/);
  const first = Math.max(1, range.start.line);
  const last = Math.min(lines.length, Math.max(first, range.end.line), first + MAX_LINES - 1);
  const out: SnippetLine[] = [];
  for (let n = first; n <= last; n++) {
    const line = (lines[n - 1] ?? '').replace(/\t/g, '  ').trimEnd();
    out.push({ number: n, text: line.length > MAX_WIDTH ? `${line.slice(0, MAX_WIDTH - 1)}…` : line });
  }
  return out;
}
