import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [{ doc: spMetadata({ 'entityID=': 'validUntil="2027-06-30T00:00:00Z" entityID=' }), asOf: '2026-11-01' }],
  invalid: [
    {
      asOf: '2026-11-01',
      doc: spMetadata({ 'entityID=': 'validUntil="2021-03-25T10:35:17.9978705Z" entityID=' }),
      errors: [{ messageId: 'expired', pointer: '/EntityDescriptor', line: 2, message: 'The metadata expired on 2021-03-25 (validUntil).' }],
    },
  ],
  notApplicable: [spMetadata()],
});
