/** The kinds of document a bid can hold, detected by content. */
export type ArtefactKind = 'solution' | 'openapi' | 'saml-metadata' | 'saml-idp-metadata' | 'wsdl' | 'memo' | 'xml' | 'unknown' | 'attachment';

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

/** Kind of a parsed YAML/JSON document: by its marker keys, never by file name. */
export function detectDataKind(data: unknown): ArtefactKind {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'unknown';
  const doc = data as Record<string, unknown>;
  if ('schemaVersion' in doc && 'solution' in doc) return 'solution';
  if ('openapi' in doc || 'swagger' in doc) return 'openapi';
  return 'unknown';
}
