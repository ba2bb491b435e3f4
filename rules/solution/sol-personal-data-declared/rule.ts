/**
 * Security and privacy requirements depend on which personal data a solution processes (AR 4.1),
 * so the categories must be declared in IT-System-AP's vocabulary; "3" (none) excludes the others.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-personal-data-declared',
  catalogueId: 'SD-003',
  title: { da: 'Kategorierne af personoplysninger er angivet', en: 'The categories of personal data are declared' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://github.com/digst/IT-System-AP', 'http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse'],
  messages: {
    missing: { da: 'Det er ikke angivet, hvilke personoplysninger løsningen behandler.', en: 'The description does not say which personal data the solution processes.' },
    noneWithOthers: { da: 'Kategori 3 (ingen personoplysninger) står sammen med {others}; det kan ikke være begge dele.', en: 'Category 3 (no personal data) is listed together with {others}; it cannot be both.' },
  },
  fix: {
    da: 'Angiv personalData.categories med IT-System-APs kategorier: 1 almindelige, 1.1 personnummer, 1.2 strafbare forhold, 2 følsomme, eller 3 hvis løsningen ingen personoplysninger behandler.',
    en: 'Give personalData.categories in IT-System-AP’s categories: 1 ordinary, 1.1 CPR numbers, 1.2 criminal offences, 2 sensitive, or 3 if the solution processes no personal data.',
  },
  check({ doc }, context) {
    const categories = doc.personalData?.categories ?? [];
    if (categories.length === 0) {
      context.report({ at: doc.personalData ? '/personalData' : '', messageId: 'missing' });
      return;
    }
    const others = categories.filter((c) => c !== '3');
    if (categories.includes('3') && others.length > 0) {
      context.report({ at: '/personalData/categories', messageId: 'noneWithOthers', data: { others: others.join(', ') } });
    }
  },
});
