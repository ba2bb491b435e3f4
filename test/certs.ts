import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './rule-docs.js';

/** The base64 body of a test certificate made by scripts/make-fixture-certs.sh, as SAML metadata embeds it. */
export function cert(name: 'sp-system' | 'sp-expiring' | 'sp-expired-weak'): string {
  const pem = readFileSync(path.join(REPO, 'fixtures', 'certs', `${name}.pem`), 'utf8');
  return pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
}

/**
 * OIOSAML 3 SP metadata as a vendor would hand it in, correct in every respect; tests make it wrong
 * one string at a time (`edit`), which keeps its line numbers: line 3 is the SPSSODescriptor, 5 and 8
 * the certificates, 10 logout, 11 NameIDFormat, 12 the AssertionConsumerService, 15-17 the attributes.
 */
export function spMetadata(edit: Readonly<Record<string, string>> = {}, certificate = cert('sp-system')): string {
  const URI = 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri';
  let xml = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://saml.byggeansoegning.nordlys.dk">
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" AuthnRequestsSigned="true" WantAssertionsSigned="true">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:KeyDescriptor use="encryption">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://byggeansoegning.nordlys.dk/saml/logout"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://byggeansoegning.nordlys.dk/saml/acs" index="0" isDefault="true"/>
    <md:AttributeConsumingService index="0">
      <md:ServiceName xml:lang="da">Byggeansøgning</md:ServiceName>
      <md:RequestedAttribute Name="https://data.gov.dk/model/core/specVersion" NameFormat="${URI}" isRequired="true"/>
      <md:RequestedAttribute Name="https://data.gov.dk/concept/core/nsis/loa" NameFormat="${URI}" isRequired="true"/>
      <md:RequestedAttribute Name="https://data.gov.dk/model/core/eid/cprUuid" NameFormat="${URI}" isRequired="true"/>
    </md:AttributeConsumingService>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
`;
  for (const [from, to] of Object.entries(edit)) {
    if (!xml.includes(from)) throw new Error(`the metadata has no ${from}`);
    xml = xml.split(from).join(to);
  }
  return xml;
}
