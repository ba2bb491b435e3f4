/**
 * OIOSAML [OIO-ALG-01] and NemLog-in: the certificates are OCES3 certificates from the state's issuing
 * CA, valid at the bid's date (or --as-of), with strong keys (RSA, also RSASSA-PSS as OCES3 uses, of at
 * least 2048 bits) and a strong signature algorithm. The Context Handler takes only production OCES3,
 * in its test environment too. Renewal ahead of expiry is saml-certificate-renewal's business.
 */
import { keyCertificates, parseCertificate } from '../../../src/artefacts/xml/saml.js';
import { defineRule } from '../../../src/core/rule.js';
import { dnPart, isContextHandlerSp, oces3Environment, signatureAlgorithm } from '../profile.js';

export default defineRule({
  id: 'saml-certificates',
  catalogueId: 'SAML-009',
  title: { da: 'Certifikaterne er gyldige, stærke og udstedt under OCES3', en: 'The certificates are valid, strong and issued under OCES3' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: [
    'https://digst.dk/it-loesninger/nemlog-in/det-kommende-nemlog-in/vejledninger-og-standarder/oiosaml-301/',
    'https://www.foxids.com/docs/auth-method-howto-saml-2.0-nemlogin',
    'https://www.foxids.com/docs/howto-saml-2.0-context-handler',
    'https://github.com/digst/OIOSAML.Java',
  ],
  messages: {
    unreadable: { da: 'Certifikatet kan ikke læses som et X.509-certifikat.', en: 'The certificate cannot be read as an X.509 certificate.' },
    expired: { da: 'Certifikatet «{subject}» udløb {date}.', en: "The certificate '{subject}' expired on {date}." },
    notYet: { da: 'Certifikatet «{subject}» er først gyldigt fra {date}.', en: "The certificate '{subject}' is only valid from {date}." },
    weakKey: { da: 'Certifikatet «{subject}» har en {type}-nøgle på {bits} bit; mindst {min} kræves.', en: "The certificate '{subject}' has a {bits}-bit {type} key; at least {min} is required." },
    selfSigned: { da: 'Certifikatet «{subject}» er selvsigneret; NemLog-in kræver et OCES3-certifikat.', en: "The certificate '{subject}' is self-signed; NemLog-in requires an OCES3 certificate." },
    notOces: { da: 'Certifikatet «{subject}» er ikke udstedt af statens OCES3-udsteder «Den Danske Stat OCES udstedende-CA» (udsteder: {issuer}).', en: "The certificate '{subject}' is not issued by the state's OCES3 issuing CA 'Den Danske Stat OCES udstedende-CA' (issuer: {issuer})." },
    testCertificate: { da: 'Certifikatet «{subject}» er et OCES3-testcertifikat; Context Handler kræver et OCES3-produktionscertifikat, også i testmiljøet.', en: "The certificate '{subject}' is an OCES3 test certificate; the Context Handler requires a production OCES3 certificate, in its test environment too." },
    weakSignature: { da: 'Certifikatet «{subject}» er signeret med {algorithm}; brug mindst SHA-256.', en: "The certificate '{subject}' is signed with {algorithm}; use SHA-256 or stronger." },
  },
  fix: {
    da: 'Brug et gyldigt OCES3-systemcertifikat fra Den Danske Stats Tillidstjeneste (produktion, hvis tjenesten tilsluttes Context Handler) med en RSA-nøgle på mindst 2048 bit (eller EC på mindst 256), signeret med SHA-256 eller stærkere.',
    en: 'Use a valid OCES3 system certificate from the Danish state’s trust service (production, if the service connects to the Context Handler) with an RSA key of at least 2048 bits (or EC of at least 256), signed with SHA-256 or stronger.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    const asOf = Date.parse(`${context.asOf}T00:00:00Z`);
    const contextHandler = isContextHandlerSp(saml);
    const seen = new Set<string>();
    for (const { element, base64 } of keyCertificates(sp)) {
      if (base64 === '' || seen.has(base64)) continue;
      seen.add(base64);
      const cert = parseCertificate(base64);
      if (!cert) {
        context.report({ at: element, messageId: 'unreadable' });
        continue;
      }
      const subject = dnPart(cert.subject, 'CN') ?? cert.subject.replace(/\n/g, ', ');
      const to = Date.parse(cert.validTo);
      const from = Date.parse(cert.validFrom);
      const date = (t: number) => new Date(t).toISOString().slice(0, 10);
      if (to < asOf) context.report({ at: element, messageId: 'expired', data: { subject, date: date(to) } });
      if (from > asOf) context.report({ at: element, messageId: 'notYet', data: { subject, date: date(from) } });
      const key = cert.publicKey;
      const bits = key.asymmetricKeyDetails?.modulusLength;
      const rsa = key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss';
      if (rsa && bits !== undefined && bits < 2048) context.report({ at: element, messageId: 'weakKey', data: { subject, type: key.asymmetricKeyType === 'rsa-pss' ? 'RSASSA-PSS' : 'RSA', bits, min: 2048 } });
      const curve = key.asymmetricKeyDetails?.namedCurve;
      if (key.asymmetricKeyType === 'ec' && curve && /192|secp160|prime192/i.test(curve)) context.report({ at: element, messageId: 'weakKey', data: { subject, type: 'EC', bits: 192, min: 256 } });
      const algorithm = signatureAlgorithm(cert.raw);
      if (algorithm?.strong === false) context.report({ at: element, messageId: 'weakSignature', data: { subject, algorithm: algorithm.name } });
      if (cert.subject === cert.issuer) context.report({ at: element, messageId: 'selfSigned', data: { subject } });
      else {
        const environment = oces3Environment(cert);
        if (!environment) context.report({ at: element, messageId: 'notOces', data: { subject, issuer: dnPart(cert.issuer, 'CN') ?? cert.issuer.replace(/\n/g, ', ') } });
        else if (environment === 'test' && contextHandler) context.report({ at: element, messageId: 'testCertificate', data: { subject } });
      }
    }
  },
});
