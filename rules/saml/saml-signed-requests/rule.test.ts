import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [spMetadata(), { name: 'WantAssertionsSigned is another rule’s business', doc: spMetadata({ ' WantAssertionsSigned="true"': '' }) }],
  invalid: [
    {
      doc: spMetadata({ ' AuthnRequestsSigned="true" WantAssertionsSigned="true"': ' AuthnRequestsSigned="false"' }),
      errors: [
        { messageId: 'requests', pointer: '/EntityDescriptor/SPSSODescriptor', line: 3, message: 'SPSSODescriptor does not have AuthnRequestsSigned="true"; NemLog-in rejects unsigned requests.' },
      ],
    },
  ],
});
