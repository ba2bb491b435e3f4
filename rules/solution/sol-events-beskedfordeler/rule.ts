/**
 * Events between municipal systems go through Beskedfordeleren (SF1461 receive, SF1462 send), the
 * shared publish-subscribe building block, rather than point-to-point feeds (AR 7.1, AR 7.2 (FK)).
 */
import { declaredSfNumbers } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-events-beskedfordeler',
  catalogueId: 'SD-014',
  title: { da: 'Hændelser udveksles via Beskedfordeleren', en: 'Events are exchanged through the message distributor' },
  architectureRules: ['AR 7.1', 'AR 7.2'],
  appliesTo: 'solution',
  severity: 'info',
  level: 'MAY',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digitaliseringskataloget.dk/integration/sf1461', 'https://digitaliseringskataloget.dk/l%C3%B8sninger/beskedfordeler'],
  messages: {
    missing: { da: 'Løsningen udveksler hændelser, men bruger ikke Beskedfordeleren (SF1461/SF1462).', en: 'The solution exchanges events but does not use the message distributor (SF1461/SF1462).' },
  },
  fix: {
    da: 'Udveksl hændelser via Beskedfordeleren: modtag med SF1461 og send med SF1462. Angiv integrationerne under integrations.',
    en: 'Exchange events through the message distributor: receive with SF1461 and send with SF1462. List the integrations under integrations.',
  },
  applies: ({ doc }) =>
    (doc.interfaces ?? []).some((i) => i?.type === 'events') || (doc.integrations ?? []).some((i) => i?.protocol === 'amqp'),
  check({ doc }, context) {
    const sf = declaredSfNumbers(doc);
    if (!sf.has('SF1461') && !sf.has('SF1462')) context.report({ at: doc.integrations ? '/integrations' : '/interfaces', messageId: 'missing' });
  },
});
