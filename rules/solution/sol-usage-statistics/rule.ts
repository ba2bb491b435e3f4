/**
 * e2012 criterion 5 (seed 003): the use and functionality of a self-service are documented — the
 * seed asks for the shared counter script (tællerscript) reporting to borger.dk, so municipalities can
 * see how much the digital channel is used.
 */
import { filled, isPublicSelfService } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-usage-statistics',
  catalogueId: 'SD-033',
  title: { da: 'Brugen af selvbetjeningen måles og indberettes', en: 'Use of the self-service is measured and reported' },
  architectureRules: ['AR 5.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'secondary',
  sources: ['seeds/003_9ed8d5fd0b0899b7.txt (KL, fælleskommunal digitaliseringsstrategi, høringsudgave 2010: e2012-parate selvbetjeningsløsninger)'],
  messages: {
    missing: { da: 'Det er ikke beskrevet, hvordan brugen af selvbetjeningen måles.', en: 'The description does not say how use of the self-service is measured.' },
    notReported: { da: 'Det er ikke angivet, hvem brugsstatistikken indberettes til.', en: 'The description does not say who the usage statistics are reported to.' },
  },
  fix: {
    da: 'Mål brugen (fx antal påbegyndte og gennemførte ansøgninger) med statistikværktøjet fra borger.dk eller tilsvarende, og angiv selfService.usageStatistics.method og reportedTo.',
    en: 'Measure use (e.g. applications started and completed) with borger.dk’s statistics tool or similar, and give selfService.usageStatistics.method and reportedTo.',
  },
  applies: ({ doc }) => isPublicSelfService(doc),
  check({ doc }, context) {
    const stats = doc.selfService?.usageStatistics;
    if (!filled(stats?.method)) {
      context.report({ at: stats ? '/selfService/usageStatistics' : doc.selfService ? '/selfService' : '', messageId: 'missing' });
    } else if (!filled(stats.reportedTo)) {
      context.report({ at: '/selfService/usageStatistics', messageId: 'notReported' });
    }
  },
});
