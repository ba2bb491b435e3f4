/**
 * Criticality (IT-System-AP) decides how much security and availability the buyer must demand
 * (AR 4.1); without it the risk of the solution cannot be judged.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-criticality-declared',
  catalogueId: 'SD-004',
  title: { da: 'Løsningens kritikalitet er angivet', en: 'The solution’s criticality is declared' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://github.com/digst/IT-System-AP'],
  messages: {
    missing: { da: 'Løsningens kritikalitet er ikke angivet.', en: 'The solution’s criticality is not given.' },
  },
  fix: {
    da: 'Angiv profile.criticality som forretningskritisk, samfundskritisk eller ikke-kritisk (IT-System-APs kritikalitetstyper).',
    en: 'Give profile.criticality as forretningskritisk (business-critical), samfundskritisk (critical to society) or ikke-kritisk (not critical), IT-System-AP’s criticality types.',
  },
  check({ doc }, context) {
    if (!doc.profile?.criticality) context.report({ at: doc.profile ? '/profile' : '', messageId: 'missing' });
  },
});
