/**
 * Digital Post accepts MeMo only, and a message states its version in memoVersion on memo:Message
 * (1.1 and 1.2 are in use; 1.2 since 2024).
 */
import { defineRule } from '../../../src/core/rule.js';

const VERSIONS = ['1.1', '1.2'];

export default defineRule({
  id: 'memo-version',
  catalogueId: 'MEMO-001',
  title: { da: 'Beskeden angiver en gældende MeMo-version', en: 'The message states a current MeMo version' },
  architectureRules: ['AR 2.2', 'AR 7.2'],
  appliesTo: 'memo',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digst.dk/it-loesninger/digital-post/anvendelse/forstaa-digital-post/memo/', 'https://digitaliser.dk/digital-post/nyhedsarkiv/2024/feb/varsling-og-hoering-af-memo-v12'],
  messages: {
    missing: { da: 'memo:Message har intet memoVersion.', en: 'memo:Message has no memoVersion.' },
    unknown: { da: 'memoVersion «{version}» er ikke en MeMo-version i brug ({versions}).', en: "memoVersion '{version}' is not a MeMo version in use ({versions})." },
  },
  fix: {
    da: 'Angiv memoVersion="1.2" (eller 1.1) på memo:Message, og følg den versions skema.',
    en: 'Give memoVersion="1.2" (or 1.1) on memo:Message, and follow that version’s schema.',
  },
  check(memo, context) {
    if (!memo.version) context.report({ at: memo.root, messageId: 'missing' });
    else if (!VERSIONS.includes(memo.version)) context.report({ at: memo.root, messageId: 'unknown', data: { version: memo.version, versions: VERSIONS.join(', ') } });
  },
});
