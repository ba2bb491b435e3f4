/**
 * OIOSAML 3 identifies users by a persistent, service-specific pseudonym (a UUID), not by CPR: the
 * metadata asks for the persistent NameID format.
 */
import { PERSISTENT } from '../../../src/artefacts/xml/saml.js';
import { childrenOf, NS } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-nameid-persistent',
  catalogueId: 'SAML-007',
  title: { da: 'Brugeren identificeres med et vedvarende pseudonym', en: 'The user is identified by a persistent pseudonym' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'saml',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.digitaliser.dk/resource/4390927', 'https://www.foxids.com/docs/up-party-howto-saml-2.0-nemlogin'],
  messages: {
    missing: { da: 'NameIDFormat er ikke {format}.', en: 'NameIDFormat is not {format}.' },
  },
  fix: {
    da: 'Angiv <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>.',
    en: 'Give <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    const formats = childrenOf(sp, NS.md, 'NameIDFormat');
    if (!formats.some((f) => f.text === PERSISTENT)) context.report({ at: formats[0] ?? sp, messageId: 'missing', data: { format: PERSISTENT } });
  },
});
