/**
 * The joint municipal security model: SOAP calls carry an identity token (OIOIDWS, Liberty Basic SOAP
 * Binding) or at least X.509 message security, declared as a WS-Policy that each binding refers to —
 * in the WSDL itself or in a policy file it imports.
 */
import { descendantsOf, NS, type XmlElement } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

const POLICY_NS = NS.wsp as readonly string[];
const SP_NS = NS.sp as readonly string[];

function tokens(policy: XmlElement): string[] {
  return SP_NS.flatMap((ns) => [
    ...['SamlToken', 'IssuedToken', 'X509Token'].filter((t) => descendantsOf(policy, ns, t).length > 0),
    // TLS with a client certificate is X.509 too (Serviceplatformen's older context-based contracts)
    ...(descendantsOf(policy, ns, 'HttpsToken').some((h) => descendantsOf(h, ns, 'RequireClientCertificate').length > 0) ? ['HttpsToken'] : []),
  ]);
}

export default defineRule({
  id: 'wsdl-security-policy',
  catalogueId: 'WSDL-003',
  title: { da: 'Bindingerne kræver identitetsbaseret sikkerhed (WS-Policy)', en: 'Bindings require identity-based security (WS-Policy)' },
  architectureRules: ['AR 4.2'],
  appliesTo: 'wsdl',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digitaliser.dk/resource/516724', 'http://docplayer.dk/71229800-Integration-sf-organisation-services-integrationsbeskrivelse-version-2-4-0.html'],
  messages: {
    noPolicy: { da: 'Bindingen «{name}» henviser ikke til en WS-Policy.', en: "The binding '{name}' refers to no WS-Policy." },
    unresolved: { da: 'Bindingen «{name}» henviser til policyen «{uri}», som ikke findes i buddet.', en: "The binding '{name}' refers to the policy '{uri}', which is not in the bid." },
    noToken: { da: 'Policyen for bindingen «{name}» kræver hverken SAML-token eller X.509-certifikat (heller ikke som klientcertifikat i TLS).', en: "The policy of the binding '{name}' requires neither a SAML token nor an X.509 certificate (not even as a TLS client certificate)." },
  },
  fix: {
    da: 'Knyt en WS-Policy til hver binding (wsp:PolicyReference), der kræver et SAML-token fra KOMBITs STS (OIOIDWS) eller mindst X.509-signering, som Serviceplatformens kontrakter gør.',
    en: 'Attach a WS-Policy to every binding (wsp:PolicyReference) that requires a SAML token from KOMBIT’s STS (OIOIDWS), or at least X.509 signing, as Serviceplatformen’s contracts do.',
  },
  applies: (wsdl) => wsdl.bindings.length > 0,
  check(wsdl, context) {
    const byId = new Map(wsdl.policies.map((p) => [p.id.replace(/^.*#/, ''), p]));
    for (const binding of wsdl.bindings) {
      const name = binding.attributes['name'] ?? '';
      const refs = POLICY_NS.flatMap((ns) => descendantsOf(binding, ns, 'PolicyReference'));
      const inline = POLICY_NS.flatMap((ns) => descendantsOf(binding, ns, 'Policy'));
      if (refs.length === 0 && inline.length === 0) {
        context.report({ at: binding, messageId: 'noPolicy', data: { name } });
        continue;
      }
      const policies: XmlElement[] = [...inline];
      for (const ref of refs) {
        const uri = ref.attributes['URI'] ?? '';
        const policy = byId.get(uri.replace(/^.*#/, ''));
        if (!policy) {
          context.report({ at: ref, messageId: 'unresolved', data: { name, uri } });
          continue;
        }
        policies.push(policy.element);
      }
      // follow one level of nested references (a binding policy that points at the token policy)
      const nested = policies.flatMap((p) => POLICY_NS.flatMap((ns) => descendantsOf(p, ns, 'PolicyReference'))).map((r) => byId.get((r.attributes['URI'] ?? '').replace(/^.*#/, ''))?.element);
      const all = [...policies, ...nested.filter((p): p is XmlElement => p !== undefined)];
      if (all.length > 0 && !all.some((p) => tokens(p).length > 0)) context.report({ at: binding, messageId: 'noToken', data: { name } });
    }
  },
});
