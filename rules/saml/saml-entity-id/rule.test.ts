import { CONTEXT_HANDLER, spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [spMetadata(), spMetadata({ 'https://saml.byggeansoegning': 'http://saml.byggeansoegning' })],
  invalid: [
    {
      doc: spMetadata({ 'entityID="https://saml.byggeansoegning.nordlys.dk"': 'entityID="urn:nordlys:byggeansoegning"' }),
      errors: [{ messageId: 'form', pointer: '/EntityDescriptor', line: 2, message: "The EntityID 'urn:nordlys:byggeansoegning' does not start with https://saml., NemLog-in's naming convention." }],
    },
  ],
  notApplicable: [{ name: 'a Context Handler SP, named by KOMBIT', doc: spMetadata({ ...CONTEXT_HANDLER, 'entityID="https://saml.byggeansoegning.nordlys.dk"': 'entityID="https://omsorg.kompas.dk/adgangsstyring"' }) }],
});
