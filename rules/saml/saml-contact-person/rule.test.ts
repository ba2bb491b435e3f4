import { CONTEXT_HANDLER, spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

const TECHNICAL = '<md:ContactPerson contactType="technical">';

ruleTester(rule, {
  valid: [
    spMetadata(),
    { name: 'a Context Handler SP with an administrative contact', doc: spMetadata({ ...CONTEXT_HANDLER, [TECHNICAL]: '<md:ContactPerson contactType="administrative">' }) },
  ],
  invalid: [
    {
      name: 'NemLog-in: no technical contact',
      doc: spMetadata({ [TECHNICAL]: '<md:ContactPerson contactType="support">' }),
      errors: [{ messageId: 'missing', pointer: '/EntityDescriptor', line: 2, message: 'The metadata has no ContactPerson with contactType="technical" and an e-mail address; NemLog-in asks for one.' }],
    },
    {
      name: 'Context Handler: a technical contact is not the administrative one it asks for',
      doc: spMetadata(CONTEXT_HANDLER),
      errors: [{ messageId: 'missing', pointer: '/EntityDescriptor', line: 2, message: 'The metadata has no ContactPerson with contactType="administrative" and an e-mail address; the Context Handler asks for one.' }],
    },
  ],
});
