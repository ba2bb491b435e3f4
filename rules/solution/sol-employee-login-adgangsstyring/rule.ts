/**
 * Municipal staff log in to user-facing systems through Fælleskommunal Adgangsstyring (the Context
 * Handler, OIOSAML 3); their rights come as jobfunktionsroller built from the system's brugersystemroller (AR 4.2).
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
  sources: ['https://digitaliseringskataloget.dk/l%C3%B8sninger/adgangsstyring-brugere', 'https://digitaliseringskataloget.dk/tilslutningsguide-brugervendt-system'],
  messages: {
    missing: { da: 'Det er ikke beskrevet, hvordan medarbejderne logger ind.', en: 'The description does not say how staff log in.' },
    notAdgangsstyring: { da: 'Medarbejderne logger ind med «{provider}» og ikke via Fælleskommunal Adgangsstyring.', en: "Staff log in with '{provider}', not through the joint municipal access control." },
    wrongProtocol: { da: 'Adgangsstyring bruger «{protocol}»; Context Handler kræver OIOSAML 3.', en: "Access control uses '{protocol}'; the Context Handler requires OIOSAML 3." },
    noRoles: { da: 'Løsningen angiver ingen brugersystemroller til Adgangsstyring.', en: 'The solution defines no user system roles for access control.' },
  },
  fix: {
    da: 'Tilslut løsningen Fælleskommunal Adgangsstyring som brugervendt system med OIOSAML 3, og angiv løsningens brugersystemroller under authentication.employees.userSystemRoles.',
    en: 'Connect the solution to the joint municipal access control as a user-facing system with OIOSAML 3, and list its user system roles under authentication.employees.userSystemRoles.',
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
    if (login.protocol && login.protocol !== 'oiosaml-3') {
      context.report({ at: '/authentication/employees/protocol', messageId: 'wrongProtocol', data: { protocol: login.protocol } });
    }
    if ((login.userSystemRoles ?? []).length === 0) context.report({ at: '/authentication/employees', messageId: 'noRoles' });
  },
});
