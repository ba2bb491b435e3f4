/**
 * Components that are retired (NemID, Dokumentboks, OIOSAML 2 at NemLog-in, e-Boks as the Digital
 * Post provider, FOCES/VOCES). A bid built on one is built on something that no longer exists; the
 * finding names its successor (AR 2.1: use the current common infrastructure). OIOSAML 2 is still
 * accepted by KOMBIT's Context Handler, so it is not retired for Fælleskommunal Adgangsstyring.
 */
import { simplify } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';
import { RETIRED_COMPONENTS, type RetiredComponent } from '../../catalogue/components.js';

function retired(name: string): RetiredComponent | undefined {
  const wanted = simplify(name);
  return RETIRED_COMPONENTS.find((c) => c.names.some((n) => simplify(n) === wanted));
}

export default defineRule({
  id: 'sol-retired-components',
  catalogueId: 'SD-031',
  title: { da: 'Løsningen bruger ingen udfasede komponenter', en: 'The solution uses no retired components' },
  architectureRules: ['AR 2.1'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: [
    'https://migrering.nemlog-in.dk/om-nemlog-in/hvad-er-nemlog-in',
    'https://digst.dk/it-loesninger/digital-post/anvendelse/forstaa-digital-post/memo/',
    'https://digitaliser.dk/digital-post/nyhedsarkiv/2023/nov/varsling-om-nedlukningsdato-for-forsendelser-i-legacy-format-den-5-december-kl-1200',
    'https://kombit.dk/borgerblikket-faq',
    'https://www.foxids.com/docs/howto-saml-2.0-context-handler',
  ],
  messages: {
    retired: { da: '{component} er udfaset; brug {successorDa}.', en: '{component} is retired; use {successorEn}.' },
  },
  fix: {
    da: 'Erstat den udfasede komponent med dens afløser (den fremgår af bemærkningen), og ret løsningsbeskrivelsen.',
    en: 'Replace the retired component with the successor the finding names, and update the description.',
  },
  check({ doc }, context) {
    const report = (at: string, component: RetiredComponent) =>
      context.report({ at, messageId: 'retired', data: { component: component.title, successorDa: component.successor.da, successorEn: component.successor.en } });
    (doc.components ?? []).forEach((name, i) => {
      const hit = typeof name === 'string' ? retired(name) : undefined;
      if (hit) report(child('/components', i), hit);
    });
    for (const group of ['citizens', 'businesses', 'employees'] as const) {
      const login = doc.authentication?.[group];
      const provider = login?.provider ? retired(login.provider) : undefined;
      if (provider) report(`/authentication/${group}/provider`, provider);
      // the Context Handler accepts OIOSAML 2 as well as 3
      const protocol = login?.protocol && login.provider !== 'fk-adgangsstyring' ? retired(login.protocol) : undefined;
      if (protocol) report(`/authentication/${group}/protocol`, protocol);
    }
  },
});
