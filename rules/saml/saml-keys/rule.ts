/**
 * NemLog-in requires signed requests and encrypts assertions to the service: the metadata carries a
 * signing and an encryption certificate (a KeyDescriptor without `use` serves both).
 */
import { keyCertificates } from '../../../src/artefacts/xml/saml.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-keys',
  catalogueId: 'SAML-003',
  title: { da: 'Metadata har certifikater til signering og kryptering', en: 'The metadata has signing and encryption certificates' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.foxids.com/docs/up-party-howto-saml-2.0-nemlogin', 'https://digst.dk/it-loesninger/standarder/oiosaml-profiler/'],
  messages: {
    missing: { da: 'Der er intet certifikat til {use}.', en: 'There is no certificate for {useEn}.' },
  },
  fix: {
    da: 'Tilføj KeyDescriptor use="signing" og use="encryption" med hver sit X509Certificate (OCES3-funktions- eller systemcertifikat).',
    en: 'Add KeyDescriptor use="signing" and use="encryption", each with an X509Certificate (an OCES3 function or system certificate).',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    const certificates = keyCertificates(sp).filter((c) => c.base64 !== '');
    if (!certificates.some((c) => c.uses.includes('signing'))) context.report({ at: sp, messageId: 'missing', data: { use: 'signering', useEn: 'signing' } });
    if (!certificates.some((c) => c.uses.includes('encryption'))) context.report({ at: sp, messageId: 'missing', data: { use: 'kryptering', useEn: 'encryption' } });
  },
});
