/**
 * AR 4.1: who looked up or changed which person's data, when — logged, kept for a known period,
 * and available to the municipality as controller (cf. NemLog-in's logging policy).
 */
import { processesPersonalData } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const FULL = ['user', 'data-subject', 'action', 'time'] as const;
const DA: Record<(typeof FULL)[number], string> = { user: 'bruger', 'data-subject': 'den registrerede', action: 'handling', time: 'tidspunkt' };

export default defineRule({
  id: 'sol-access-logging',
  catalogueId: 'SD-025',
  title: { da: 'Adgang til personoplysninger logges', en: 'Access to personal data is logged' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse', 'https://migrering.nemlog-in.dk/om-nemlog-in/dokumentation-og-vejledning'],
  messages: {
    missing: { da: 'Det er ikke beskrevet, hvordan adgang til personoplysninger logges.', en: 'The description does not say how access to personal data is logged.' },
    incomplete: { da: 'Adgangsloggen registrerer ikke {missing}.', en: 'The access log does not record {missingEn}.' },
    noRetention: { da: 'Det er ikke angivet, hvor længe loggen gemmes.', en: 'The description does not say how long the log is kept.' },
    noExport: { da: 'Kommunen kan ikke få loggen udleveret.', en: 'The municipality cannot have the log handed over.' },
  },
  fix: {
    da: 'Beskriv under logging.accessLog, at loggen registrerer bruger, den registrerede, handling og tidspunkt, hvor længe den gemmes, og at kommunen kan få den udleveret.',
    en: 'Describe under logging.accessLog that the log records user, data subject, action and time, how long it is kept, and that the municipality can have it handed over.',
  },
  applies: ({ doc }) => processesPersonalData(doc),
  check({ doc }, context) {
    const log = doc.logging?.accessLog;
    if (!log) {
      context.report({ at: doc.logging ? '/logging' : '', messageId: 'missing' });
      return;
    }
    const missing = FULL.filter((part) => !(log.covers ?? []).includes(part));
    if (missing.length > 0) {
      context.report({ at: log.covers ? '/logging/accessLog/covers' : '/logging/accessLog', messageId: 'incomplete', data: { missing: missing.map((m) => DA[m]).join(', '), missingEn: missing.join(', ') } });
    }
    if (log.retentionMonths === undefined) context.report({ at: '/logging/accessLog', messageId: 'noRetention' });
    if (log.exportToCustomer !== true) context.report({ at: '/logging/accessLog', messageId: 'noExport' });
  },
});
