/**
 * A NemLog-in SP and a KOMBIT Context Handler SP follow different profiles. The description says which
 * federation each login uses; the metadata it names must be made for that one: a Context Handler SP
 * requests KombitSpecVer and the OIOBPP privileges, and has a certificate of its own for each
 * connection (FoxIDs' Context Handler guide); a NemLog-in SP does not ask for KombitSpecVer.
 */
import { bidPath } from '../../../src/artefacts/solution/facts.js';
import type { SamlModel } from '../../../src/artefacts/xml/model.js';
import type { XmlElement } from '../../../src/artefacts/xml/parse.js';
import { keyCertificates, parseCertificate } from '../../../src/artefacts/xml/saml.js';
import { defineRule } from '../../../src/core/rule.js';
import { isContextHandlerSp, oces3Environment, requestedAttributes } from '../../saml/profile.js';

/** OIOBPP privileges, in OIOSAML 2 and OIOSAML 3 form. */
const PRIVILEGES = ['dk:gov:saml:attribute:Privileges_intermediate', 'https://data.gov.dk/model/core/eid/privilegesIntermediate'];
const NEMLOGIN = new Set(['nemlog-in', 'mitid-erhverv']);

export default defineRule({
  id: 'bid-context-handler-profile',
  catalogueId: 'SAML-018',
  title: { da: 'SAML-metadata følger profilen for den føderation, som login bruger', en: 'The SAML metadata follows the profile of the federation the login uses' },
  architectureRules: ['AR 4.2', 'AR 7.2'],
  appliesTo: 'bid',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.foxids.com/docs/howto-saml-2.0-context-handler', 'https://digitaliseringskataloget.dk/tilslutningsguide-brugervendt-system', 'https://www.foxids.com/docs/auth-method-howto-saml-2.0-nemlogin'],
  messages: {
    noKombitSpecVer: { da: 'Medarbejderne logger ind via Fælleskommunal Adgangsstyring, men metadata i «{file}» beder ikke om KombitSpecVer, som Context Handler kræver.', en: "Staff log in through the joint municipal access control, but the metadata in '{file}' does not request KombitSpecVer, which the Context Handler requires." },
    noPrivileges: { da: 'Metadata i «{file}» beder ikke om brugerens rettigheder (OIOBPP, Privileges_intermediate eller privilegesIntermediate), som Context Handler sender.', en: "The metadata in '{file}' does not request the user's privileges (OIOBPP, Privileges_intermediate or privilegesIntermediate), which the Context Handler sends." },
    testCertificate: { da: 'Certifikatet i «{file}» er et OCES3-testcertifikat; Context Handler kræver et OCES3-produktionscertifikat, også i testmiljøet.', en: "The certificate in '{file}' is an OCES3 test certificate; the Context Handler requires a production OCES3 certificate, in its test environment too." },
    sharedCertificate: { da: 'Certifikatet i «{file}» bruges også i «{other}»; Context Handler kræver et certifikat til hver forbindelse.', en: "The certificate in '{file}' is also used in '{other}'; the Context Handler requires a certificate for each connection." },
    contextHandlerMetadata: { da: '{group} logger ind via NemLog-in, men metadata i «{file}» er lavet til Context Handler (den beder om KombitSpecVer).', en: "{groupEn} log in through NemLog-in, but the metadata in '{file}' is made for the Context Handler (it requests KombitSpecVer)." },
  },
  fix: {
    da: 'Brug én SP-metadata pr. føderation: til Context Handler med KombitSpecVer, rettighederne (OIOBPP) og et certifikat, der ikke bruges andre steder; til NemLog-in uden KombitSpecVer.',
    en: 'Use one SP metadata per federation: for the Context Handler with KombitSpecVer, the privileges (OIOBPP) and a certificate not used elsewhere; for NemLog-in without KombitSpecVer.',
  },
  applies: (bid) => bid.samls.length > 0 && bid.solutions.some((s) => Object.values(s.doc.authentication ?? {}).some((l) => l?.metadata)),
  check(bid, context) {
    const names = { citizens: ['Borgere', 'Citizens'], businesses: ['Virksomheder', 'Businesses'], employees: ['Medarbejdere', 'Staff'] } as const;
    const at = (saml: SamlModel, el: XmlElement) => ({ file: saml.file, pointer: el.path, range: el.range });
    for (const solution of bid.solutions) {
      for (const group of ['citizens', 'businesses', 'employees'] as const) {
        const login = solution.doc.authentication?.[group];
        const saml = login?.metadata ? bid.samls.find((s) => s.file === bidPath(login.metadata!)) : undefined;
        const sp = saml?.sps[0];
        if (!login || !saml || !sp) continue;
        if (login.provider === 'fk-adgangsstyring') {
          const detected = isContextHandlerSp(saml);
          if (!detected) context.report({ at: at(saml, sp), messageId: 'noKombitSpecVer', data: { file: saml.file } });
          if (!requestedAttributes(sp).some((a) => PRIVILEGES.includes(a.attributes['Name'] ?? ''))) context.report({ at: at(saml, sp), messageId: 'noPrivileges', data: { file: saml.file } });
          const own = keyCertificates(sp).filter((c) => c.base64 !== '');
          // metadata that shows it is for the Context Handler gets this from saml-certificates
          const test = detected ? undefined : own.find((c) => { const cert = parseCertificate(c.base64); return cert !== undefined && oces3Environment(cert) === 'test'; });
          if (test) context.report({ at: at(saml, test.element), messageId: 'testCertificate', data: { file: saml.file } });
          for (const other of bid.samls) {
            if (other === saml) continue;
            const shared = own.find((c) => other.sps.some((o) => keyCertificates(o).some((k) => k.base64 === c.base64)));
            if (shared) context.report({ at: at(saml, shared.element), messageId: 'sharedCertificate', data: { file: saml.file, other: other.file } });
          }
        } else if (login.provider && NEMLOGIN.has(login.provider) && isContextHandlerSp(saml)) {
          context.report({ at: at(saml, sp), messageId: 'contextHandlerMetadata', data: { group: names[group][0], groupEn: names[group][1], file: saml.file } });
        }
      }
    }
  },
});
