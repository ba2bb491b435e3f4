/**
 * OIOSAML 3 [OIO-ALG-01] and NemLog-in: certificates are valid OCES3 certificates with strong keys.
 * Expiry is judged at the bid's date (or --as-of), so reports stay reproducible; a certificate that
 * expires within 60 days will need renewing before the service can go live.
 */
import { keyCertificates, parseCertificate } from '../../../src/artefacts/xml/saml.js';
import { defineRule } from '../../../src/core/rule.js';

const DAY = 24 * 60 * 60 * 1000;

export default defineRule({
  id: 'saml-certificates',
  catalogueId: 'SAML-009',
  title: { da: 'Certifikaterne er gyldige, stærke og udstedt under OCES3', en: 'The certificates are valid, strong and issued under OCES3' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sources: ['https://digst.dk/it-loesninger/nemlog-in/det-kommende-nemlog-in/vejledninger-og-standarder/oiosaml-301/', 'https://www.foxids.com/docs/up-party-howto-saml-2.0-nemlogin'],
  messages: {
    unreadable: { da: 'Certifikatet kan ikke læses som et X.509-certifikat.', en: 'The certificate cannot be read as an X.509 certificate.' },
    expired: { da: 'Certifikatet «{subject}» udløb {date}.', en: "The certificate '{subject}' expired on {date}." },
    expiring: { da: 'Certifikatet «{subject}» udløber {date}, om {days} dage.', en: "The certificate '{subject}' expires on {date}, in {days} days." },
    notYet: { da: 'Certifikatet «{subject}» er først gyldigt fra {date}.', en: "The certificate '{subject}' is only valid from {date}." },
    weakKey: { da: 'Certifikatet «{subject}» har en {type}-nøgle på {bits} bit; mindst {min} kræves.', en: "The certificate '{subject}' has a {bits}-bit {type} key; at least {min} is required." },
    selfSigned: { da: 'Certifikatet «{subject}» er selvsigneret; NemLog-in kræver et OCES3-certifikat.', en: "The certificate '{subject}' is self-signed; NemLog-in requires an OCES3 certificate." },
    notOces: { da: 'Certifikatet «{subject}» er ikke udstedt under OCES3 (udsteder: {issuer}).', en: "The certificate '{subject}' is not issued under OCES3 (issuer: {issuer})." },
  },
  fix: {
    da: 'Brug et gyldigt OCES3-funktions- eller systemcertifikat fra Den Danske Stats Tillidstjeneste med en RSA-nøgle på mindst 2048 bit (eller EC på mindst 256), og forny det i god tid.',
    en: 'Use a valid OCES3 function or system certificate from the Danish state’s trust service, with an RSA key of at least 2048 bits (or EC of at least 256), and renew it in good time.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    const asOf = Date.parse(`${context.asOf}T00:00:00Z`);
    const seen = new Set<string>();
    for (const { element, base64 } of keyCertificates(sp)) {
      if (base64 === '' || seen.has(base64)) continue;
      seen.add(base64);
      const cert = parseCertificate(base64);
      if (!cert) {
        context.report({ at: element, messageId: 'unreadable' });
        continue;
      }
      const subject = /CN=([^\n,]+)/.exec(cert.subject)?.[1] ?? cert.subject.replace(/\n/g, ', ');
      const to = Date.parse(cert.validTo);
      const from = Date.parse(cert.validFrom);
      const date = (t: number) => new Date(t).toISOString().slice(0, 10);
      if (to < asOf) context.report({ at: element, messageId: 'expired', data: { subject, date: date(to) } });
      else if (to - asOf < 60 * DAY) context.report({ at: element, messageId: 'expiring', data: { subject, date: date(to), days: Math.floor((to - asOf) / DAY) } });
      if (from > asOf) context.report({ at: element, messageId: 'notYet', data: { subject, date: date(from) } });
      const key = cert.publicKey;
      const bits = key.asymmetricKeyDetails?.modulusLength;
      if (key.asymmetricKeyType === 'rsa' && bits !== undefined && bits < 2048) context.report({ at: element, messageId: 'weakKey', data: { subject, type: 'RSA', bits, min: 2048 } });
      const curve = key.asymmetricKeyDetails?.namedCurve;
      if (key.asymmetricKeyType === 'ec' && curve && /192|secp160|prime192/i.test(curve)) context.report({ at: element, messageId: 'weakKey', data: { subject, type: 'EC', bits: 192, min: 256 } });
      if (cert.subject === cert.issuer) context.report({ at: element, messageId: 'selfSigned', data: { subject } });
      else if (!/OCES/i.test(cert.issuer)) context.report({ at: element, messageId: 'notOces', data: { subject, issuer: /CN=([^\n,]+)/.exec(cert.issuer)?.[1] ?? cert.issuer } });
    }
  },
});
