/**
 * The joint municipal support systems come with terms a sender must meet. Digitaliseringskataloget's
 * SF1470 page: on connecting, the sender delivers all relevant data it holds (an initial load), and
 * keeps the index up to date "umiddelbart efter data er ændret …, dvs. inden for få minutter"; the terms
 * hold for the indexes (the benefit index too). A system using Beskedfordeleren names the message types
 * it sends or subscribes to, which are set up there. The bid states each; 15 minutes is rammetjek's
 * reading of "få minutter".
 */
import type { Integration } from '../../../src/artefacts/solution/types.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

const FEW_MINUTES = 15;

export default defineRule({
  id: 'sol-support-system-duties',
  catalogueId: 'SD-042',
  title: { da: 'Leverancer til indeksene og Beskedfordeleren følger støttesystemernes vilkår', en: 'Deliveries to the indexes and the message distributor follow the support systems’ terms' },
  architectureRules: ['AR 6.1', 'AR 7.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['https://digitaliseringskataloget.dk/integration/sf1470', 'https://digitaliseringskataloget.dk/integration/sf1461', 'https://dok.kombit.dk/teknik-miljoe-og-borgerservice/borgerblikket'],
  messages: {
    noInitialLoad: { da: 'Leverancen til {index} siger ikke, at de eksisterende data leveres ved tilslutningen (initialLoad: true).', en: 'The delivery to {indexEn} does not say that the existing data is delivered on connecting (initialLoad: true).' },
    noLatency: { da: 'Leverancen til {index} siger ikke, hvor hurtigt ændringer når frem (updateLatencyMinutes).', en: 'The delivery to {indexEn} does not say how quickly changes arrive (updateLatencyMinutes).' },
    slow: { da: 'Ændringer når først frem til {index} efter {minutes} minutter; vilkårene siger «inden for få minutter».', en: "Changes reach {indexEn} only after {minutes} minutes; the terms say 'within a few minutes'." },
    noMessageTypes: { da: 'Integrationen {sf} med Beskedfordeleren nævner ikke, hvilke beskedtyper løsningen sender eller abonnerer på.', en: 'The integration {sf} with the message distributor does not name the message types the solution sends or subscribes to.' },
  },
  fix: {
    da: 'Angiv for leverancer til indeksene initialLoad: true og updateLatencyMinutes (højst få minutter), og for Beskedfordeleren (SF1461/SF1462) de beskedtyper, løsningen bruger, i messageTypes.',
    en: 'For deliveries to the indexes, give initialLoad: true and updateLatencyMinutes (a few minutes at most), and for the message distributor (SF1461/SF1462) the message types the solution uses in messageTypes.',
  },
  applies: ({ doc }) => (doc.integrations ?? []).some((i) => isIndexDelivery(i) || isBeskedfordeler(i?.sf)),
  check({ doc }, context) {
    (doc.integrations ?? []).forEach((integration, i) => {
      const at = child('/integrations', i);
      if (integration && isIndexDelivery(integration)) {
        const benefits = !integration.sf?.toUpperCase().startsWith('SF1470');
        const names = { index: benefits ? 'Ydelsesindekset' : 'Sags- og Dokumentindekset', indexEn: benefits ? 'the benefit index' : 'the case and document index' };
        if (integration.initialLoad !== true) context.report({ at: integration.initialLoad === undefined ? at : child('/integrations', i, 'initialLoad'), messageId: 'noInitialLoad', data: names });
        if (integration.updateLatencyMinutes === undefined) context.report({ at, messageId: 'noLatency', data: names });
        else if (integration.updateLatencyMinutes > FEW_MINUTES) context.report({ at: child('/integrations', i, 'updateLatencyMinutes'), messageId: 'slow', data: { ...names, minutes: integration.updateLatencyMinutes } });
      }
      if (integration && isBeskedfordeler(integration.sf) && (integration.messageTypes ?? []).length === 0) context.report({ at, messageId: 'noMessageTypes', data: { sf: integration.sf ?? '' } });
    });
  },
});

/** An integration that delivers to an index: SF1470 provided, or one named as the benefit index. */
function isIndexDelivery(i: Integration | undefined): boolean {
  if (!i || i.direction === 'consume') return false;
  return i.sf?.toUpperCase().replace(/_.*$/, '') === 'SF1470' || /ydelsesindeks/i.test(i.name ?? '');
}

function isBeskedfordeler(sf: string | undefined): boolean {
  const n = sf?.toUpperCase().replace(/_.*$/, '');
  return n === 'SF1461' || n === 'SF1462';
}
