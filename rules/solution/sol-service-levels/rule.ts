/**
 * AR 8.1: data and services are delivered according to agreed service levels — availability with its
 * measurement period, response times, support hours, maintenance windows and incident priorities.
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const PARTS = [
  { key: 'availability', da: 'oppetid', en: 'availability' },
  { key: 'measurementPeriod', da: 'måleperiode', en: 'measurement period' },
  { key: 'responseTimeMs', da: 'svartid', en: 'response time' },
  { key: 'supportHours', da: 'supporttider', en: 'support hours' },
  { key: 'maintenanceWindows', da: 'servicevinduer', en: 'maintenance windows' },
  { key: 'incidentPriorities', da: 'fejlprioriteter', en: 'incident priorities' },
] as const;

export default defineRule({
  id: 'sol-service-levels',
  catalogueId: 'SD-023',
  title: { da: 'Servicemål for drift og support er angivet', en: 'Service levels for operation and support are declared' },
  architectureRules: ['AR 8.1'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://arkitektur.digst.dk/node/461'],
  messages: {
    missing: { da: 'Løsningsbeskrivelsen angiver ingen servicemål.', en: 'The description gives no service levels.' },
    incomplete: { da: 'Servicemålene mangler {missing}.', en: 'The service levels lack {missingEn}.' },
  },
  fix: {
    da: 'Angiv under serviceLevels: oppetid i procent og måleperiode, svartid, supporttider, servicevinduer og fejlprioriteter med reaktionstider.',
    en: 'Give under serviceLevels: availability in percent and its measurement period, response time, support hours, maintenance windows and incident priorities with response times.',
  },
  check({ doc }, context) {
    const levels = doc.serviceLevels as Record<string, unknown> | undefined;
    if (!levels) {
      context.report({ at: '', messageId: 'missing' });
      return;
    }
    const missing = PARTS.filter(({ key }) => {
      const value = levels[key];
      return Array.isArray(value) ? value.length === 0 : typeof value === 'number' ? false : !filled(value);
    });
    if (missing.length > 0) {
      context.report({ at: '/serviceLevels', messageId: 'incomplete', data: { missing: missing.map((m) => m.da).join(', '), missingEn: missing.map((m) => m.en).join(', ') } });
    }
  },
});
