import { cert, CONTEXT_HANDLER, spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

const FIRST = '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate';

ruleTester(rule, {
  valid: [
    { doc: spMetadata(), asOf: '2026-11-01' },
    { name: 'expiring soon is a matter for renewal, not an error', doc: spMetadata({}, cert('sp-expiring')), asOf: '2026-11-01' },
    { name: 'an OCES3 test certificate at NemLog-in (its test environment)', doc: spMetadata({}, cert('sp-oces3-test')), asOf: '2026-11-01' },
  ],
  invalid: [
    {
      name: 'weak, self-signed and expired',
      asOf: '2026-11-01',
      doc: spMetadata({}, cert('sp-expired-weak')),
      errors: [
        { messageId: 'expired', pointer: FIRST, line: 5, message: "The certificate 'WebFabrikken test' expired on 2021-01-01." },
        { messageId: 'selfSigned', pointer: FIRST, line: 5 },
        { messageId: 'weakKey', pointer: FIRST, line: 5, message: "The certificate 'WebFabrikken test' has a 1024-bit RSA key; at least 2048 is required." },
      ],
    },
    {
      name: 'a 1024-bit RSASSA-PSS key, the kind OCES3 uses',
      asOf: '2026-11-01',
      doc: spMetadata({}, cert('sp-pss-weak')),
      errors: [{ messageId: 'weakKey', pointer: FIRST, line: 5, message: "The certificate 'WebFabrikken PSS (systemcertifikat)' has a 1024-bit RSASSA-PSS key; at least 2048 is required." }],
    },
    {
      name: 'an issuer whose name merely contains OCES',
      asOf: '2026-11-01',
      doc: spMetadata({}, cert('sp-lookalike')),
      errors: [{ messageId: 'notOces', pointer: FIRST, line: 5, message: "The certificate 'WebFabrikken (systemcertifikat)' is not issued by the state's OCES3 issuing CA 'Den Danske Stat OCES udstedende-CA' (issuer: Fiktiv OCES3 udstedende testudsteder)." }],
    },
    {
      name: 'signed with SHA-1',
      asOf: '2026-11-01',
      doc: spMetadata({}, cert('sp-sha1')),
      errors: [{ messageId: 'weakSignature', pointer: FIRST, line: 5, message: "The certificate 'WebFabrikken SHA1 (systemcertifikat)' is signed with sha1WithRSAEncryption; use SHA-256 or stronger." }],
    },
    {
      name: 'an OCES3 test certificate for the Context Handler',
      asOf: '2026-11-01',
      doc: spMetadata(CONTEXT_HANDLER, cert('sp-oces3-test')),
      errors: [{ messageId: 'testCertificate', pointer: FIRST, line: 5 }],
    },
    {
      name: 'not yet valid, and not a certificate',
      asOf: '2025-06-01',
      doc: spMetadata({ '<md:KeyDescriptor use="encryption">\n      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>': '<md:KeyDescriptor use="encryption">\n      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>AAAA' }),
      errors: [
        { messageId: 'notYet', pointer: FIRST, line: 5 },
        { messageId: 'unreadable', pointer: '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[2]/KeyInfo/X509Data/X509Certificate', line: 8 },
      ],
    },
  ],
});
