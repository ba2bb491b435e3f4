import { cert, spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

/** A second signing KeyDescriptor after the first: the new certificate of a rotation. */
function rotation(oldCert: string, newCert: string): string {
  const signing = (c: string) => `<md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${c}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>`;
  return spMetadata({ [signing(cert('sp-system'))]: `${signing(oldCert)}\n    ${signing(newCert)}` });
}

ruleTester(rule, {
  valid: [
    { doc: spMetadata(), asOf: '2026-11-01' },
    { name: 'rotation: the expiring signing certificate has its successor beside it', doc: rotation(cert('sp-expiring'), cert('sp-system')), asOf: '2026-11-01' },
    { name: 'an expired certificate beside its valid successor', doc: rotation(cert('sp-expired-weak'), cert('sp-system')), asOf: '2026-11-01' },
  ],
  invalid: [
    {
      name: 'expiring soon, with no successor',
      asOf: '2026-11-01',
      doc: spMetadata({}, cert('sp-expiring')),
      errors: [{ messageId: 'expiring', pointer: '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate', line: 5, message: "The certificate 'Kompas Omsorg (funktionscertifikat)' expires on 2026-12-01, in 30 days, and the metadata has no newer certificate for signing and encryption." }],
    },
    {
      name: 'expired, with no successor: overdue, never a pass',
      asOf: '2026-11-01',
      doc: spMetadata({}, cert('sp-expired-weak')),
      errors: [{ messageId: 'expiredNoSuccessor', pointer: '/EntityDescriptor/SPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate', line: 5, message: "The certificate 'WebFabrikken test' expired on 2021-01-01, and the metadata has no valid certificate for signing and encryption instead." }],
    },
  ],
});
