/**
 * Leaving a vendor takes more than a data file: exit assistance (ophørsbistand) with a known
 * duration and price, and a confirmed deletion afterwards (AR 2.3; the K-contracts' "bistand ved ophør").
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-exit-assistance',
  catalogueId: 'SD-021',
  title: { da: 'Ophørsbistand er beskrevet', en: 'Exit assistance is described' },
  architectureRules: ['AR 2.3'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'secondary',
  sources: ['https://rammearkitektur.kl.dk/maal-og-principper/faelleskommunale-arkitekturprincipper-og-regler/arkitekturprincip-2-arkitektur-fremmer-sammenhaeng-innovation-og-effektivitet', 'https://docplayer.dk/111683504-bilag-7-4-vedligeholdelsesaftalen.html'],
  messages: {
    missing: { da: 'Tilbuddet indeholder ikke ophørsbistand.', en: 'The offer does not include exit assistance.' },
    noTerms: { da: 'Ophørsbistandens {missing} er ikke angivet.', en: 'The exit assistance’s {missingEn} is not given.' },
    noDeletion: { da: 'Leverandøren erklærer ikke at slette kommunens data efter overdragelsen.', en: 'The vendor does not commit to deleting the municipality’s data after handover.' },
  },
  fix: {
    da: 'Beskriv under exit.assistance, at ophørsbistand er med i tilbuddet, hvor længe den varer, hvordan den prissættes, og at leverandøren dokumenterer sletning af data bagefter.',
    en: 'Describe under exit.assistance that exit assistance is included, how long it lasts, how it is priced, and that the vendor documents the deletion of data afterwards.',
  },
  check({ doc }, context) {
    const help = doc.exit?.assistance;
    if (help?.included !== true) {
      context.report({ at: help ? '/exit/assistance' : doc.exit ? '/exit' : '', messageId: 'missing' });
      return;
    }
    const missing = [
      help.durationMonths === undefined ? { da: 'varighed', en: 'duration' } : undefined,
      !filled(help.priceModel) ? { da: 'prismodel', en: 'price model' } : undefined,
    ].filter((m) => m !== undefined);
    if (missing.length > 0) {
      context.report({ at: '/exit/assistance', messageId: 'noTerms', data: { missing: missing.map((m) => m.da).join(' og '), missingEn: missing.map((m) => m.en).join(' and ') } });
    }
    if (help.deletionCertificate !== true) context.report({ at: '/exit/assistance', messageId: 'noDeletion' });
  },
});
