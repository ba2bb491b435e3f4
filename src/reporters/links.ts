import type { Lang } from '../core/text.js';

/** Where the rule docs of a published version are read: the package ships them (rules/<kind>/<id>/doc.<lang>.md). */
const DOCS_BASE = 'https://unpkg.com/rammetjek@';

/** The doc of a rule, for the tool version that made the report; rule ids and kinds are ours, never the bid's. */
export function ruleDocUrl(ruleId: string, appliesTo: string, version: string, lang: Lang): string {
  return `${DOCS_BASE}${encodeURIComponent(version)}/rules/${appliesTo}/${ruleId}/doc.${lang}.md`;
}
