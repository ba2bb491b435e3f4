/**
 * AR 8.1 asks for security, load and scalability tests. A penetration test older than twelve months
 * says little about the version offered.
 */
import { filled, monthsBetween } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const MAX_AGE_MONTHS = 12;

export default defineRule({
  id: 'sol-test-evidence',
  catalogueId: 'SD-024',
  title: { da: 'Sikkerheds- og belastningstest er dokumenteret', en: 'Security and load tests are documented' },
  architectureRules: ['AR 8.1', 'AR 4.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['https://arkitektur.digst.dk/node/461'],
  messages: {
    noPentest: { da: 'Der er ikke dokumentation for en penetrationstest.', en: 'There is no evidence of a penetration test.' },
    oldPentest: { da: 'Penetrationstesten er fra {date} og dermed {months} måneder gammel; den må højst være {max} måneder.', en: 'The penetration test is from {date}, {months} months old; it may be at most {max} months old.' },
    noLoadTest: { da: 'Der er ikke dokumentation for en belastningstest.', en: 'There is no evidence of a load test.' },
  },
  fix: {
    da: 'Vedlæg rapporter fra en penetrationstest (højst 12 måneder gammel) og en belastningstest, og angiv dem under testing med dato og henvisning til evidence.',
    en: 'Attach reports of a penetration test (at most 12 months old) and a load test, and list them under testing with dates and references to evidence.',
  },
  check({ doc }, context) {
    const pentest = doc.testing?.penetrationTest;
    const at = doc.testing ? '/testing' : '';
    if (!pentest || !filled(pentest.evidence)) context.report({ at: pentest ? '/testing/penetrationTest' : at, messageId: 'noPentest' });
    else if (pentest.date && /^\d{4}-\d{2}-\d{2}$/.test(pentest.date)) {
      const months = monthsBetween(pentest.date, context.asOf);
      if (months > MAX_AGE_MONTHS) context.report({ at: '/testing/penetrationTest/date', messageId: 'oldPentest', data: { date: pentest.date, months, max: MAX_AGE_MONTHS } });
    }
    const load = doc.testing?.loadTest;
    if (!load || !filled(load.evidence)) context.report({ at: load ? '/testing/loadTest' : at, messageId: 'noLoadTest' });
  },
});
