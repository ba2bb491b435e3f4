/**
 * A certificate that expires soon must be renewed before the service goes live or the registration
 * breaks. Rotation is the normal way: the old and the new certificate sit in the metadata together
 * (OIOSAML.Java's secondary keystore), so an expiring certificate with a successor for the same use is
 * fine. An expired certificate with no successor is overdue, never a pass. The 60 days are
 * rammetjek's own margin, which is why this is a warning.
 */
import type { X509Certificate } from 'node:crypto';
import type { XmlElement } from '../../../src/artefacts/xml/parse.js';
import { keyCertificates, parseCertificate } from '../../../src/artefacts/xml/saml.js';
import { defineRule } from '../../../src/core/rule.js';
import { dnPart } from '../profile.js';

const DAY = 24 * 60 * 60 * 1000;
const MARGIN_DAYS = 60;

export default defineRule({
  id: 'saml-certificate-renewal',
  catalogueId: 'SAML-014',
  title: { da: 'Certifikater, der snart udløber, har en afløser', en: 'Certificates that expire soon have a successor' },
  architectureRules: ['AR 4.2', 'AR 8.1'],
  appliesTo: 'saml',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://github.com/digst/OIOSAML.Java', 'https://www.foxids.com/docs/auth-method-howto-saml-2.0-nemlogin'],
  messages: {
    expiredNoSuccessor: { da: 'Certifikatet «{subject}» udløb {date}, og metadata har intet gyldigt certifikat til {use} i stedet.', en: "The certificate '{subject}' expired on {date}, and the metadata has no valid certificate for {useEn} instead." },
    expiring: { da: 'Certifikatet «{subject}» udløber {date}, om {days} dage, og metadata har ikke et nyere certifikat til {use}.', en: "The certificate '{subject}' expires on {date}, in {days} days, and the metadata has no newer certificate for {useEn}." },
  },
  fix: {
    da: 'Bestil et nyt OCES3-certifikat i god tid, og læg det i metadata ved siden af det gamle (samme use), så skiftet kan ske uden afbrydelse. Fjern det gamle, når det er udløbet.',
    en: 'Order a new OCES3 certificate in good time and put it in the metadata beside the old one (same use), so the switch causes no outage. Remove the old one once it has expired.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    const asOf = Date.parse(`${context.asOf}T00:00:00Z`);
    // one entry per certificate, with every use it serves (the same certificate may sign and encrypt)
    const byText = new Map<string, { base64: string; element: XmlElement; uses: Set<string>; cert: X509Certificate; from: number; to: number }>();
    for (const c of keyCertificates(sp)) {
      const known = byText.get(c.base64);
      if (known) c.uses.forEach((u) => known.uses.add(u));
      const cert = known || c.base64 === '' ? undefined : parseCertificate(c.base64);
      if (cert) byText.set(c.base64, { base64: c.base64, element: c.element, uses: new Set(c.uses), cert, from: Date.parse(cert.validFrom), to: Date.parse(cert.validTo) });
    }
    const certificates = [...byText.values()];
    for (const c of certificates) {
      if (c.to - asOf >= MARGIN_DAYS * DAY) continue;
      // a successor: valid now, for every use of this one, lasting past the margin
      const covered = [...c.uses].every((use) => certificates.some((o) => o.base64 !== c.base64 && o.uses.has(use) && o.from <= asOf && o.to - asOf >= MARGIN_DAYS * DAY));
      if (covered) continue;
      const subject = dnPart(c.cert.subject, 'CN') ?? c.cert.subject.replace(/\n/g, ', ');
      const both = c.uses.size > 1;
      context.report({
        at: c.element,
        messageId: c.to < asOf ? 'expiredNoSuccessor' : 'expiring',
        data: { subject, date: new Date(c.to).toISOString().slice(0, 10), days: Math.floor((c.to - asOf) / DAY), use: both ? 'signering og kryptering' : c.uses.has('signing') ? 'signering' : 'kryptering', useEn: both ? 'signing and encryption' : c.uses.has('signing') ? 'signing' : 'encryption' },
      });
    }
  },
});
