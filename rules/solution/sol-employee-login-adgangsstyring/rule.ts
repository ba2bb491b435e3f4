/**
 * Municipal staff log in to user-facing systems through Fælleskommunal Adgangsstyring (the Context
 * Handler, connected with OIOSAML 2 or 3); their rights come as jobfunktionsroller built from the
 * system's brugersystemroller (AR 4.2). KOMBIT's guides do not name OIOSAML 4.0.0 yet: it is asked
 * about, not failed.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-employee-login-adgangsstyring',
  catalogueId: 'SD-010',
  title: { da: 'Medarbejdere logger ind via Fælleskommunal Adgangsstyring', en: 'Staff log in through the joint municipal access control' },
  architectureRules: ['AR 4.2', 'AR 7.2'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digitaliseringskataloget.dk/l%C3%B8sninger/adgangsstyring-brugere', 'https://digitaliseringskataloget.dk/tilslutningsguide-brugervendt-system', 'https://www.foxids.com/docs/howto-saml-2.0-context-handler'],
  messages: {
    missing: { da: 'Det er ikke beskrevet, hvordan medarbejderne logger ind.', en: 'The description does not say how staff log in.' },
    notAdgangsstyring: { da: 'Medarbejderne logger ind med «{provider}» og ikke via Fælleskommunal Adgangsstyring.', en: "Staff log in with '{provider}', not through the joint municipal access control." },
    wrongProtocol: { da: 'Adgangsstyring bruger «{protocol}»; Context Handler tilsluttes med OIOSAML 2 eller 3.', en: "Access control uses '{protocol}'; the Context Handler is connected with OIOSAML 2 or 3." },
    protocolUnconfirmed: { da: 'Adgangsstyring bruger OIOSAML 4; KOMBITs vejledninger nævner kun OIOSAML 2 og 3 for Context Handler. Få bekræftet hos KOMBIT, at tilslutningen kan lade sig gøre.', en: 'Access control uses OIOSAML 4; KOMBIT’s guides name only OIOSAML 2 and 3 for the Context Handler. Have KOMBIT confirm that the connection is possible.' },
    notRegistered: { da: 'Det er ikke angivet, at løsningen oprettes som brugervendt system i Administrationsmodulet, hvor kommunen tildeler rettighederne.', en: 'The description does not say that the solution is registered as a user-facing system in Administrationsmodulet, where the municipality grants the rights.' },
    noRoles: { da: 'Løsningen angiver ingen brugersystemroller til Adgangsstyring.', en: 'The solution defines no user system roles for access control.' },
  },
  fix: {
    da: 'Tilslut løsningen Fælleskommunal Adgangsstyring som brugervendt system med OIOSAML 3 (eller 2), angiv løsningens brugersystemroller under authentication.employees.userSystemRoles, og sæt administrationsmodulet: true, når løsningen oprettes i Administrationsmodulet.',
    en: 'Connect the solution to the joint municipal access control as a user-facing system with OIOSAML 3 (or 2), list its user system roles under authentication.employees.userSystemRoles, and set administrationsmodulet: true when the solution is registered in Administrationsmodulet.',
  },
  applies: ({ doc }) => (doc.profile?.users ?? []).includes('employees'),
  check({ doc }, context) {
    const login = doc.authentication?.employees;
    if (!login?.provider) {
      context.report({ at: login ? '/authentication/employees' : doc.authentication ? '/authentication' : '', messageId: 'missing' });
      return;
    }
    if (login.provider !== 'fk-adgangsstyring') {
      context.report({ at: '/authentication/employees/provider', messageId: 'notAdgangsstyring', data: { provider: login.provider } });
      return;
    }
    if (login.protocol === 'oiosaml-4') context.report({ at: '/authentication/employees/protocol', messageId: 'protocolUnconfirmed' });
    else if (login.protocol && login.protocol !== 'oiosaml-3' && login.protocol !== 'oiosaml-2') {
      context.report({ at: '/authentication/employees/protocol', messageId: 'wrongProtocol', data: { protocol: login.protocol } });
    }
    if ((login.userSystemRoles ?? []).length === 0) context.report({ at: '/authentication/employees', messageId: 'noRoles' });
    if (login.administrationsmodulet !== true) context.report({ at: login.administrationsmodulet === undefined ? '/authentication/employees' : '/authentication/employees/administrationsmodulet', messageId: 'notRegistered' });
  },
});
