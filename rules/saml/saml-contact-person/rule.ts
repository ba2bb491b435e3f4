/**
 * Whoever registers the service needs someone to call: NemLog-in asks for a technical contact, the
 * Context Handler for an administrative one (FoxIDs' guides to both). The metadata carries them as
 * ContactPerson with a contactType and an e-mail address.
 */
import { childrenOf, NS, type XmlElement } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';
import { isContextHandlerSp } from '../profile.js';

export default defineRule({
  id: 'saml-contact-person',
  catalogueId: 'SAML-017',
  title: { da: 'Metadata har den kontaktperson, føderationen beder om', en: 'The metadata has the contact person the federation asks for' },
  architectureRules: ['AR 4.2'],
  appliesTo: 'saml',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.foxids.com/docs/auth-method-howto-saml-2.0-nemlogin', 'https://www.foxids.com/docs/howto-saml-2.0-context-handler', 'https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf'],
  messages: {
    missing: { da: 'Metadata har ingen ContactPerson med contactType="{type}" og e-mailadresse; {federation} beder om en.', en: 'The metadata has no ContactPerson with contactType="{type}" and an e-mail address; {federationEn} asks for one.' },
  },
  fix: {
    da: 'Tilføj <md:ContactPerson contactType="technical"> (NemLog-in) eller contactType="administrative" (Context Handler) med <md:EmailAddress> til en fællespostkasse, der bliver læst.',
    en: 'Add <md:ContactPerson contactType="technical"> (NemLog-in) or contactType="administrative" (Context Handler) with an <md:EmailAddress> for a shared mailbox that is read.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    const contextHandler = isContextHandlerSp(saml);
    const type = contextHandler ? 'administrative' : 'technical';
    const contacts: XmlElement[] = [...childrenOf(saml.root, NS.md, 'ContactPerson'), ...childrenOf(sp, NS.md, 'ContactPerson')];
    const found = contacts.some((c) => c.attributes['contactType'] === type && childrenOf(c, NS.md, 'EmailAddress').some((e) => e.text.trim() !== ''));
    if (!found) {
      context.report({ at: saml.root, messageId: 'missing', data: { type, federation: contextHandler ? 'Context Handler' : 'NemLog-in', federationEn: contextHandler ? 'the Context Handler' : 'NemLog-in' } });
    }
  },
});
