/**
 * Base data (CPR, CVR, DAR, BBR, MAT) is read from the authoritative source — Serviceplatformen or
 * Datafordeleren — not kept as a private copy without a reason (AR 6.1: data is registered once and reused).
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

export default defineRule({
  id: 'sol-base-data-sources',
  catalogueId: 'SD-016',
  title: { da: 'Grunddata hentes fra de autoritative kilder', en: 'Base data comes from the authoritative sources' },
  architectureRules: ['AR 6.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://arkitektur.digst.dk/principper/princip-6-gode-data-deles-og-genbruges/arkitekturregel-61-del-og-genbrug-data', 'https://datafordeler.dk/faq/anvendelse/', 'https://digitaliseringskataloget.dk/integration/sf1520'],
  messages: {
    localCopy: { da: 'Løsningen fører en lokal kopi af {register} uden begrundelse.', en: 'The solution keeps a local copy of {register} without a justification.' },
    otherSource: { da: '{register} hentes fra en anden kilde end Serviceplatformen eller Datafordeleren, uden begrundelse.', en: '{register} comes from a source other than Serviceplatformen or Datafordeleren, without a justification.' },
  },
  fix: {
    da: 'Hent CPR via Serviceplatformen (SF1520/SF1525) eller Datafordeleren, og CVR, DAR, BBR og MAT via Datafordeleren. Er en lokal kopi nødvendig, så skriv hvorfor i justification.',
    en: 'Get CPR through Serviceplatformen (SF1520/SF1525) or Datafordeleren, and CVR, DAR, BBR and MAT through Datafordeleren. If a local copy is needed, say why in justification.',
  },
  check({ doc }, context) {
    (doc.baseData ?? []).forEach((use, i) => {
      if (!use?.register || filled(use.justification)) return;
      const register = use.register.toUpperCase();
      if (use.source === 'local-copy') context.report({ at: child('/baseData', i, 'source'), messageId: 'localCopy', data: { register } });
      if (use.source === 'other') context.report({ at: child('/baseData', i, 'source'), messageId: 'otherSource', data: { register } });
    });
  },
});
