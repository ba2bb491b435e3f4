import { cert, spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [{ doc: spMetadata(), asOf: '2026-11-01' }],
  invalid: [
    {
      name: 'expiring soon',
      asOf: '2026-11-01',
      doc: spMetadata({}, cert('sp-expiring')),
      errors: [{ messageId: 'expiring', pointer: '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate', line: 5, message: "The certificate 'Kompas Omsorg (funktionscertifikat)' expires on 2026-12-01, in 30 days." }],
    },
    {
      name: 'weak, self-signed and expired',
      asOf: '2026-11-01',
      doc: spMetadata({}, cert('sp-expired-weak')),
      errors: [
        { messageId: 'expired', pointer: '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate', line: 5, message: "The certificate 'WebFabrikken test' expired on 2021-01-01." },
        { messageId: 'selfSigned', pointer: '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate', line: 5 },
        { messageId: 'weakKey', pointer: '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate', line: 5, message: "The certificate 'WebFabrikken test' has a 1024-bit RSA key; at least 2048 is required." },
      ],
    },
    {
      name: 'not yet valid, and not a certificate',
      asOf: '2025-06-01',
      doc: spMetadata({ '<md:KeyDescriptor use="encryption">\n      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>': '<md:KeyDescriptor use="encryption">\n      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>AAAA' }),
      errors: [
        { messageId: 'notYet', pointer: '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate', line: 5 },
        { messageId: 'unreadable', pointer: '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[2]/KeyInfo/X509Data/X509Certificate', line: 8 },
      ],
    },
  ],
});
