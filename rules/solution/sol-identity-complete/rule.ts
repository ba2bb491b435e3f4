/**
 * The buyer must know exactly what is offered and by whom: IT-System-AP's core information
 * (product series, version) and the vendor's CVR number. Name and description are required by the schema.
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-identity-complete',
  catalogueId: 'SD-001',
  title: { da: 'Løsningen og leverandøren er entydigt identificeret', en: 'The solution and the vendor are clearly identified' },
  architectureRules: ['AR 1.3'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://github.com/digst/IT-System-AP'],
  messages: {
    missingProductSeries: { da: 'Løsningens produktserie er ikke angivet.', en: 'The solution’s product series is not given.' },
    missingVersion: { da: 'Den tilbudte version er ikke angivet.', en: 'The offered version is not given.' },
    missingCvr: { da: 'Leverandøren {vendor} står uden CVR-nummer.', en: 'The vendor {vendor} has no CVR number.' },
  },
  fix: {
    da: 'Udfyld solution.productSeries, solution.version og solution.vendor.cvr, så buddet kan knyttes til et bestemt produkt og en bestemt virksomhed.',
    en: 'Fill in solution.productSeries, solution.version and solution.vendor.cvr, so the bid can be tied to one product and one company.',
  },
  check({ doc }, context) {
    const solution = doc.solution;
    if (!solution) return; // the schema rule reports the missing block
    if (!filled(solution.productSeries)) context.report({ at: '/solution', messageId: 'missingProductSeries' });
    if (!filled(solution.version)) context.report({ at: '/solution', messageId: 'missingVersion' });
    if (solution.vendor && !filled(solution.vendor.cvr)) {
      context.report({ at: '/solution/vendor', messageId: 'missingCvr', data: { vendor: solution.vendor.name ?? '' } });
    }
  },
});
