/**
 * The seeds name components that are now retired (NemID, Dokumentboks, OIOSAML 2, Borgerblikket,
 * FOCES/VOCES). A bid built on one is built on something that no longer exists; the finding names its
 * successor (AR 2.1: use the current common infrastructure).
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
  sources: ['seeds/003 (KL, Fælleskommunal digitaliseringsstrategi, høringsudgave 2010)', 'https://migrering.nemlog-in.dk/om-nemlog-in/hvad-er-nemlog-in', 'https://digst.dk/it-loesninger/digital-post/anvendelse/forstaa-digital-post/memo/'],
  messages: {
    retired: { da: '{component} er udfaset; brug {successorDa}.', en: '{component} is retired; use {successorEn}.' },
  },
  fix: {
    da: 'Erstat den udfasede komponent med dens afløser, som fundet nævner, og ret løsningsbeskrivelsen.',
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
      const protocol = login?.protocol ? retired(login.protocol) : undefined;
      if (protocol) report(`/authentication/${group}/protocol`, protocol);
    }
  },
});
