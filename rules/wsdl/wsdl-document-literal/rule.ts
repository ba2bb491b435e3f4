/**
 * Serviceplatformen and the OIO web-service profiles use SOAP with document/literal: the message is
 * an XML document described by a schema, which every toolkit reads the same way (AR 2.2, AR 7.1).
 * RPC style and encoded use are not interoperable.
 */
import { childOf, childrenOf, descendantsOf, NS } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'wsdl-document-literal',
  catalogueId: 'WSDL-001',
  title: { da: 'SOAP-bindingerne bruger document/literal', en: 'SOAP bindings use document/literal' },
  architectureRules: ['AR 2.2', 'AR 7.1'],
  appliesTo: 'wsdl',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://www.ws-i.org/Profiles/BasicProfile-1.1.html', 'https://digitaliser.dk/resource/516724'],
  messages: {
    noSoap: { da: 'Bindingen «{name}» er ikke en SOAP-binding.', en: "The binding '{name}' is not a SOAP binding." },
    rpc: { da: 'Bindingen «{name}» bruger style="rpc"; brug document.', en: "The binding '{name}' uses style=\"rpc\"; use document." },
    encoded: { da: 'Operationen «{operation}» bruger use="encoded"; brug literal.', en: "The operation '{operation}' uses use=\"encoded\"; use literal." },
  },
  fix: {
    da: 'Brug soap:binding style="document" og soap:body use="literal" i alle bindinger og operationer.',
    en: 'Use soap:binding style="document" and soap:body use="literal" in every binding and operation.',
  },
  check(wsdl, context) {
    for (const binding of wsdl.bindings) {
      const name = binding.attributes['name'] ?? '';
      const soap = childOf(binding, NS.soap, 'binding') ?? childOf(binding, NS.soap12, 'binding');
      if (!soap) {
        context.report({ at: binding, messageId: 'noSoap', data: { name } });
        continue;
      }
      if (soap.attributes['style'] === 'rpc') context.report({ at: soap, messageId: 'rpc', data: { name } });
      for (const op of childrenOf(binding, NS.wsdl, 'operation')) {
        const bodies = [...descendantsOf(op, NS.soap, 'body'), ...descendantsOf(op, NS.soap12, 'body')];
        const encoded = bodies.find((b) => b.attributes['use'] === 'encoded');
        if (encoded) context.report({ at: encoded, messageId: 'encoded', data: { operation: op.attributes['name'] ?? '' } });
      }
    }
  },
});
