/**
 * Metadata with a validUntil in the past is no longer trusted by the identity provider: it must be
 * renewed before it is registered (judged at the bid's date, or --as-of).
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-valid-until',
  catalogueId: 'SAML-010',
  title: { da: 'Metadata er stadig gyldige', en: 'The metadata is still valid' },
  architectureRules: ['AR 4.2', 'AR 8.1'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf'],
  messages: {
    expired: { da: 'Metadata udløb {date} (validUntil).', en: 'The metadata expired on {date} (validUntil).' },
    invalid: { da: 'validUntil «{value}» er ikke et gyldigt tidspunkt.', en: "validUntil '{value}' is not a valid time." },
  },
  fix: {
    da: 'Udgiv metadata igen med et validUntil ude i fremtiden, eller fjern validUntil og styr gyldigheden ved registreringen.',
    en: 'Publish the metadata again with a validUntil in the future, or remove validUntil and manage validity at registration.',
  },
  applies: (saml) => saml.validUntil !== undefined,
  check(saml, context) {
    const value = saml.validUntil ?? '';
    const time = Date.parse(value);
    if (Number.isNaN(time)) context.report({ at: saml.root, messageId: 'invalid', data: { value } });
    else if (time < Date.parse(`${context.asOf}T00:00:00Z`)) context.report({ at: saml.root, messageId: 'expired', data: { date: new Date(time).toISOString().slice(0, 10) } });
  },
});
