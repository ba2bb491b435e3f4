/** The kinds of document a bid can hold, detected by content. */
export type ArtefactKind = 'solution' | 'openapi' | 'saml-metadata' | 'saml-idp-metadata' | 'wsdl' | 'memo' | 'xml' | 'unknown' | 'attachment' | 'report';

/** Kinds the rules check; a bid with none of them (and nothing that failed to parse) gave nothing to check. */
export const CHECKED_KINDS: ReadonlySet<ArtefactKind> = new Set(['solution', 'openapi', 'saml-metadata', 'wsdl', 'memo']);

/** Text formats the loaders read. */
export type TextFormat = 'yaml' | 'json' | 'xml';

/** File endings that are parsed; other files of a bid (PDFs, drawings) are attachments, hashed but not read. */
export const BID_FILE_EXTENSIONS: Readonly<Record<string, TextFormat>> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.xml': 'xml',
  '.wsdl': 'xml',
};

/** Whether a file that could not be parsed was meant as the solution description: by its name, or by the keys it starts with. */
export function looksLikeSolution(path: string, text: string): boolean {
  return /(?:l(?:ø|oe|o)sningsbeskrivelse|solution[-_ ]?description)[^/]*$/i.test(path) || (/^schemaVersion\s*:/m.test(text) && /^solution\s*:/m.test(text)) || /^\s*\{\s*"schemaVersion"/.test(text);
}

/** The document kinds rules check, other than the solution description. */
export type DocumentKind = 'openapi' | 'saml' | 'wsdl' | 'memo';

/**
 * What a file that could not be read or parsed may have been, from its raw text: its rules are then
 * not assessed rather than "not applicable". Without text (too large, not readable) its name tells:
 * any kind of its format, or none for a file that would only have been an attachment (a PDF).
 */
export function mayHaveBeen(path: string, text: string | undefined): readonly DocumentKind[] {
  if (text === undefined) {
    const extension = /\.[^./]+$/.exec(path.toLowerCase())?.[0] ?? '';
    const format = BID_FILE_EXTENSIONS[extension];
    return extension === '.wsdl' ? ['wsdl'] : format === 'xml' ? ['saml', 'wsdl', 'memo'] : format ? ['openapi'] : [];
  }
  const head = text.slice(0, 65536);
  return [
    ...(/(?:^|[{,])\s*["']?(?:openapi|swagger)["']?\s*:/m.test(head) ? (['openapi'] as const) : []),
    ...(/urn:oasis:names:tc:SAML:2\.0:metadata/.test(head) ? (['saml'] as const) : []),
    ...(/http:\/\/schemas\.xmlsoap\.org\/wsdl\//.test(head) ? (['wsdl'] as const) : []),
    ...(/https:\/\/DigitalPost\.dk\/MeMo-1/i.test(head) ? (['memo'] as const) : []),
  ];
}

/** Kind of a parsed YAML/JSON document: by its marker keys, never by file name. */
export function detectDataKind(data: unknown): ArtefactKind {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'unknown';
  const doc = data as Record<string, unknown>;
  if ('schemaVersion' in doc && 'solution' in doc) return 'solution';
  if ('openapi' in doc || 'swagger' in doc) return 'openapi';
  return 'unknown';
}

/**
 * A report rammetjek wrote earlier (in any of its formats), recognised by its first characters: it
 * is listed among the inputs but never checked as part of the bid.
 */
export function isRammetjekReport(head: string): boolean {
  const start = head.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  return (
    /^rammetjek \d+\.\d+\.\d+\S* · /.test(start) || // text
    /^\{\s*"reportVersion"\s*:\s*\d+\s*,\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"rammetjek"/.test(start) || // JSON
    (/^\{/.test(start) && /sarif|"version"\s*:\s*"2\.1\.0"/i.test(start.slice(0, 400)) && /"driver"\s*:\s*\{\s*"name"\s*:\s*"rammetjek"/.test(start)) || // SARIF
    /<meta name="generator" content="rammetjek[ "]/.test(start) || // HTML
    /^<!-- rammetjek /.test(start) || // Markdown
    /^(?:<\?xml[^>]*>\s*)?<testsuites name="rammetjek"/.test(start) // JUnit
  );
}
