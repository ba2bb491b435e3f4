/**
 * Public authorities must use NemLog-in as MitID broker for self-service that needs secure
 * identification (Lov om MitID og NemLog-in), connected with OIOSAML 3 or its successor OIOSAML 4.0.0
 * (OIOSAML 2 is retired at NemLog-in). Businesses may log in
 * with MitID Erhverv through NemLog-in. Applies when citizens or businesses use the solution, unless the
 * description states that no secure identification is needed.
 */
import { servesPublic } from '../../../src/artefacts/solution/facts.js';
import type { Login } from '../../../src/artefacts/solution/types.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-nemlogin-for-citizens',
  catalogueId: 'SD-009',
  title: { da: 'Borgere og virksomheder logger ind via NemLog-in', en: 'Citizens and businesses log in through NemLog-in' },
  architectureRules: ['AR 2.1', 'AR 4.2'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://tu.nemlog-in.dk/tilslutning/', 'https://tu.nemlog-in.dk/oprettelse-og-administration-af-tjenester/login/dokumentation-og-guides/', 'https://digst.dk/media/o2qcga0n/oiosaml-websso-profile-400.pdf'],
  messages: {
    missing: { da: 'Det er ikke beskrevet, hvordan {group} logger ind.', en: 'The description does not say how {groupEn} log in.' },
    notNemLogIn: { da: '{Group} logger ind med «{provider}» og ikke via NemLog-in.', en: '{GroupEn} log in with \'{provider}\', not through NemLog-in.' },
    wrongProtocol: { da: 'Login via NemLog-in bruger «{protocol}»; NemLog-in kræver OIOSAML 3 eller 4.', en: 'The NemLog-in login uses \'{protocol}\'; NemLog-in requires OIOSAML 3 or 4.' },
  },
  fix: {
    da: 'Brug NemLog-in (MitID) til borgere og NemLog-in med MitID Erhverv til virksomheder, tilsluttet med OIOSAML 3 eller 4. Angiv det under authentication.citizens og authentication.businesses.',
    en: 'Use NemLog-in (MitID) for citizens and NemLog-in with MitID Erhverv for businesses, connected with OIOSAML 3 or 4. State it under authentication.citizens and authentication.businesses.',
  },
  applies: ({ doc }) => servesPublic(doc) && doc.profile?.secureIdentification !== false,
  check({ doc }, context) {
    const groups = [
      { key: 'citizens', login: doc.authentication?.citizens, allowed: ['nemlog-in'], da: 'borgere', en: 'citizens' },
      { key: 'businesses', login: doc.authentication?.businesses, allowed: ['nemlog-in', 'mitid-erhverv'], da: 'virksomheder', en: 'businesses' },
    ] as const;
    for (const group of groups) {
      if (!(doc.profile?.users ?? []).includes(group.key)) continue;
      const names = { group: group.da, groupEn: group.en, Group: capital(group.da), GroupEn: capital(group.en) };
      const login: Login | undefined = group.login;
      const at = `/authentication/${group.key}`;
      if (!login?.provider) {
        context.report({ at: login ? at : doc.authentication ? '/authentication' : '', messageId: 'missing', data: names });
      } else if (!(group.allowed as readonly string[]).includes(login.provider)) {
        context.report({ at: `${at}/provider`, messageId: 'notNemLogIn', data: { ...names, provider: login.provider } });
      } else if (login.protocol && login.protocol !== 'oiosaml-3' && login.protocol !== 'oiosaml-4') {
        context.report({ at: `${at}/protocol`, messageId: 'wrongProtocol', data: { protocol: login.protocol } });
      }
    }
  },
});

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
