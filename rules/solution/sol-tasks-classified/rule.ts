/**
 * Tasks classified by KLE (municipalities) or FORM (state and regions) tie the solution to the
 * municipal task it serves, so data and access rights can be scoped by task (IT-System-AP: forvaltningsopgave).
 */
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

const KLE = /^\d{2}(\.\d{2}(\.\d{2})?)?$/;

export default defineRule({
  id: 'sol-tasks-classified',
  catalogueId: 'SD-002',
  title: { da: 'Løsningens opgaver er klassificeret efter KLE eller FORM', en: 'The solution’s tasks are classified by KLE or FORM' },
  architectureRules: ['AR 6.2'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://github.com/digst/IT-System-AP', 'https://arkitektur.digst.dk/principper-og-regler'],
  messages: {
    missing: { da: 'Løsningsbeskrivelsen angiver ingen opgaver efter KLE eller FORM.', en: 'The description gives no tasks classified by KLE or FORM.' },
    badKle: { da: '«{code}» er ikke et KLE-nummer; det skrives som 00, 00.00 eller 00.00.00.', en: "'{code}' is not a KLE number; it is written as 00, 00.00 or 00.00.00." },
  },
  fix: {
    da: 'Angiv de KLE-emner, løsningen understøtter, under tasks.kle, fx 02.00 for byggeri eller 27.24 for hjemmehjælp.',
    en: 'List the KLE subjects the solution supports under tasks.kle, e.g. 02.00 for building or 27.24 for home help.',
  },
  check({ doc }, context) {
    const kle = doc.tasks?.kle ?? [];
    const form = doc.tasks?.form ?? [];
    if (kle.length === 0 && form.length === 0) {
      context.report({ at: doc.tasks ? '/tasks' : '', messageId: 'missing' });
      return;
    }
    kle.forEach((code, i) => {
      if (!KLE.test(String(code))) context.report({ at: child('/tasks/kle', i), messageId: 'badKle', data: { code: String(code) } });
    });
  },
});
