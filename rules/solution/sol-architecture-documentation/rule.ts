/**
 * AR 1.3 and AR 6.2: the architecture is documented in the common framework — at least a context
 * diagram, an integration overview and a logical data model or concept list.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-architecture-documentation',
  catalogueId: 'SD-027',
  title: { da: 'Arkitekturdokumentation er vedlagt', en: 'Architecture documentation is supplied' },
  architectureRules: ['AR 1.3', 'AR 6.2'],
  appliesTo: 'solution',
  severity: 'info',
  level: 'MAY',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['https://github.com/Faellesoffentlig-Digital-Arkitektur/Referencearkitektur-for-observation-og-maaling', 'https://vdocuments.mx/retningslinjer-for-formidling-og-dokumentation-af-lsningsarkitekturen-som.html'],
  messages: {
    missing: { da: 'Der henvises ikke til arkitekturdokumentation.', en: 'No architecture documentation is referred to.' },
  },
  fix: {
    da: 'Vedlæg kontekstdiagram, integrationsoversigt og logisk datamodel eller begrebsliste, beskriv dem under evidence, og henvis til dem i architecture.documents.',
    en: 'Attach a context diagram, an integration overview and a logical data model or concept list, describe them under evidence, and refer to them in architecture.documents.',
  },
  check({ doc }, context) {
    if ((doc.architecture?.documents ?? []).length === 0) context.report({ at: doc.architecture ? '/architecture' : '', messageId: 'missing' });
  },
});
