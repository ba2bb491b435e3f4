import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './rule-docs.js';

/** The base64 body of a test certificate made by scripts/make-fixture-certs.sh, as SAML metadata embeds it. */
export function cert(name: 'sp-system' | 'sp-expiring' | 'sp-expired-weak' | 'sp-oces3-test' | 'sp-pss-weak' | 'sp-sha1' | 'sp-lookalike'): string {
  const pem = readFileSync(path.join(REPO, 'fixtures', 'certs', `${name}.pem`), 'utf8');
  return pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
}

/** The line in spMetadata() that asks for cprUuid, and the same line asking for KombitSpecVer: a Context Handler SP. */
export const CPR_UUID_LINE = '<md:RequestedAttribute Name="https://data.gov.dk/model/core/eid/cprUuid" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="true"/>';
export const CONTEXT_HANDLER = { [CPR_UUID_LINE]: '<md:RequestedAttribute Name="https://data.gov.dk/model/core/kombitSpecVer" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="true"/>' };

/**
 * OIOSAML 3 SP metadata as a vendor would hand it in, correct in every respect; tests make it wrong
 * one string at a time (`edit`), which keeps its line numbers: line 3 is the SPSSODescriptor, 5 and 8
 * the certificates, 10 logout, 11 NameIDFormat, 12 the AssertionConsumerService, 15-17 the attributes,
 * 20 the technical ContactPerson.
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
  <md:ContactPerson contactType="technical">
    <md:Company>Nordlys Digital A/S</md:Company>
    <md:EmailAddress>mailto:saml-drift@nordlys.dk</md:EmailAddress>
  </md:ContactPerson>
</md:EntityDescriptor>
`;
  for (const [from, to] of Object.entries(edit)) {
    if (!xml.includes(from)) throw new Error(`the metadata has no ${from}`);
    xml = xml.split(from).join(to);
  }
  return xml;
}

/**
 * A SOAP contract as a vendor would publish it for a service on Serviceplatformen: line 2 is
 * definitions, 11 the binding and its policy reference (12), 13 the soap:binding, 17 soap:body,
 * 24 the soap:address. Its policy is in policies.wsdl beside it (POLICIES).
 */
export function wsdlDoc(edit: Readonly<Record<string, string>> = {}): string {
  let xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:wsp="http://www.w3.org/ns/ws-policy" xmlns:tns="http://serviceplatformen.dk/xml/wsdl/soap11/Ansoegning/1/port" targetNamespace="http://serviceplatformen.dk/xml/wsdl/soap11/Ansoegning/1/port" name="AnsoegningService">
  <import namespace="http://serviceplatformen.dk/xml/wsdl/soap11/Security/Policy" location="policies.wsdl"/>
  <message name="AnsoegningHentRequest"><part name="request" element="tns:AnsoegningHentRequest"/></message>
  <message name="AnsoegningHentResponse"><part name="response" element="tns:AnsoegningHentResponse"/></message>
  <portType name="AnsoegningPort">
    <operation name="AnsoegningHent">
      <input message="tns:AnsoegningHentRequest"/><output message="tns:AnsoegningHentResponse"/>
    </operation>
  </portType>
  <binding name="AnsoegningBinding" type="tns:AnsoegningPort">
    <wsp:PolicyReference URI="policies.wsdl#ServiceplatformBindingPolicy"/>
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>
    <operation name="AnsoegningHent">
      <soap:operation soapAction="http://serviceplatformen.dk/xml/wsdl/soap11/Ansoegning/1/port/AnsoegningHent"/>
      <input>
        <soap:body use="literal"/>
      </input>
      <output><soap:body use="literal"/></output>
    </operation>
  </binding>
  <service name="AnsoegningService">
    <port name="AnsoegningPort" binding="tns:AnsoegningBinding">
      <soap:address location="https://exttest.serviceplatformen.dk/service/Byggesag/Ansoegning/1"/>
    </port>
  </service>
</definitions>
`;
  for (const [from, to] of Object.entries(edit)) {
    if (!xml.includes(from)) throw new Error(`the contract has no ${from}`);
    xml = xml.split(from).join(to);
  }
  return xml;
}

/** The policies beside wsdlDoc(): a binding policy pointing at an OIOIDWS token policy. */
export const POLICIES = `<?xml version="1.0" encoding="UTF-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd" xmlns:sp="http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702" targetNamespace="http://serviceplatformen.dk/xml/wsdl/soap11/Security/Policy">
  <wsp:Policy wsu:Id="ServiceplatformBindingPolicy">
    <wsp:ExactlyOne><wsp:PolicyReference URI="#TokenPolicy"/></wsp:ExactlyOne>
  </wsp:Policy>
  <wsp:Policy wsu:Id="TokenPolicy">
    <sp:AsymmetricBinding><wsp:Policy>
      <sp:InitiatorToken><wsp:Policy><sp:SamlToken sp:IncludeToken="http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702/IncludeToken/Never"/></wsp:Policy></sp:InitiatorToken>
      <sp:RecipientToken><wsp:Policy><sp:X509Token/></wsp:Policy></sp:RecipientToken>
    </wsp:Policy></sp:AsymmetricBinding>
  </wsp:Policy>
</wsdl:definitions>
`;

/** A MeMo 1.2 letter with a PDF: line 2 is memo:Message, 3 the header, 5 messageUUID, 9 senderID, 13 recipientID, 17 the body, 21 encodingFormat. */
export function memoDoc(edit: Readonly<Record<string, string>> = {}): string {
  let xml = `<?xml version="1.0" encoding="UTF-8"?>
<memo:Message xmlns:memo="https://DigitalPost.dk/MeMo-1" memoVersion="1.2">
  <memo:MessageHeader>
    <memo:messageType>DIGITALPOST</memo:messageType>
    <memo:messageUUID>3f1c2a9e-7b4d-4e8a-9c21-5d6f0a1b2c3d</memo:messageUUID>
    <memo:label>Kvittering for din ansøgning om byggetilladelse</memo:label>
    <memo:messageCode>Kvittering</memo:messageCode>
    <memo:Sender>
      <memo:senderID>29189838</memo:senderID>
      <memo:idType>CVR</memo:idType>
    </memo:Sender>
    <memo:Recipient>
      <memo:recipientID>0101901234</memo:recipientID>
      <memo:idType>CPR</memo:idType>
    </memo:Recipient>
  </memo:MessageHeader>
  <memo:MessageBody>
    <memo:createdDateTime>2026-10-15T09:12:00+02:00</memo:createdDateTime>
    <memo:MainDocument>
      <memo:File>
        <memo:encodingFormat>application/pdf</memo:encodingFormat>
        <memo:filename>Kvittering.pdf</memo:filename>
        <memo:language>da</memo:language>
        <memo:content>JVBERi0xLjQK</memo:content>
      </memo:File>
    </memo:MainDocument>
  </memo:MessageBody>
</memo:Message>
`;
  for (const [from, to] of Object.entries(edit)) {
    if (!xml.includes(from)) throw new Error(`the message has no ${from}`);
    xml = xml.split(from).join(to);
  }
  return xml;
}
