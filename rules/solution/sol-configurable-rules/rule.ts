/**
 * AR 2.6 (FK): separate what changes from what does not — rules, rates and classifications are
 * configured, so new legislation does not need a new release.
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-configurable-rules',
  catalogueId: 'SD-030',
  title: { da: 'Regler og klassifikationer kan ændres uden ny kode', en: 'Rules and classifications can change without new code' },
  architectureRules: ['AR 2.6'],
  appliesTo: 'solution',
  severity: 'info',
  level: 'MAY',
  mode: 'declared',
  sourceKind: 'ours',
  sources: ['https://www.kl.dk/nyheder/digitalisering-og-teknologi/2019/februar/hvordan-anvender-du-arkitekturregler-i-praksis/'],
  messages: {
    missing: { da: 'Det er ikke beskrevet, hvordan ændringer i regler og klassifikationer gennemføres.', en: 'The description does not say how changes to rules and classifications are made.' },
  },
  fix: {
    da: 'Beskriv i architecture.configurability, hvordan fx nye satser, frister eller KLE-numre indføres uden en ny version af løsningen.',
    en: 'Describe in architecture.configurability how, for example, new rates, deadlines or KLE numbers are introduced without a new release.',
  },
  check({ doc }, context) {
    if (!filled(doc.architecture?.configurability)) context.report({ at: doc.architecture ? '/architecture' : '', messageId: 'missing' });
  },
});
