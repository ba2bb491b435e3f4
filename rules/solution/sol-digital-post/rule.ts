/**
 * Letters to citizens and businesses go through Digital Post, directly or through KOMBIT's
 * Postkomponent (SF1601), in MeMo — the only format accepted since 5 December 2023, when the legacy formats EBCDIC, DP1 and
 * DP2 were closed (Fælles krav #10; Digitaliseringsstyrelsen's notice of 10 November 2023).
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-digital-post',
  catalogueId: 'SD-015',
  title: { da: 'Breve sendes med Digital Post i MeMo-format', en: 'Letters are sent by Digital Post in MeMo' },
  architectureRules: ['AR 2.1', 'AR 7.2'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://arkitektur.digst.dk/10-anvendelse-af-infrastrukturkomponenter-og-andre-komponenter-faelles-aftalt', 'https://digst.dk/it-loesninger/digital-post/anvendelse/forstaa-digital-post/memo/', 'https://digitaliseringskataloget.dk/integration/sf1606', 'https://digitaliser.dk/digital-post/nyhedsarkiv/2023/nov/varsling-om-nedlukningsdato-for-forsendelser-i-legacy-format-den-5-december-kl-1200'],
  messages: {
    noChannel: { da: 'Løsningen sender breve, men ikke via Digital Post (direkte eller via SF1601).', en: 'The solution sends letters, but not through Digital Post (directly or through SF1601).' },
    notMemo: { da: 'Breve sendes i formatet «{format}»; Digital Post modtager kun MeMo.', en: "Letters are sent as '{format}'; Digital Post only accepts MeMo." },
    noVersion: { da: 'MeMo-versionen er ikke angivet.', en: 'The MeMo version is not given.' },
  },
  fix: {
    da: 'Send breve via Digital Post, direkte eller via KOMBITs Postkomponent (SF1601), som MeMo-beskeder. Angiv digitalPost.channel, format: memo og memoVersion, og læg gerne et eksempel på en besked ved buddet.',
    en: 'Send letters through Digital Post, directly or through KOMBIT’s post component (SF1601), as MeMo messages. Give digitalPost.channel, format: memo and memoVersion, and attach a sample message if you can.',
  },
  applies: ({ doc }) => doc.digitalPost?.sendsLetters === true,
  check({ doc }, context) {
    const post = doc.digitalPost ?? {};
    if (!post.channel || post.channel === 'none') {
      context.report({ at: post.channel ? '/digitalPost/channel' : '/digitalPost', messageId: 'noChannel' });
    }
    if (post.format !== 'memo') {
      if (post.format) context.report({ at: '/digitalPost/format', messageId: 'notMemo', data: { format: post.format } });
      else context.report({ at: '/digitalPost', messageId: 'notMemo', data: { format: '–' } });
    } else if (!post.memoVersion) {
      context.report({ at: '/digitalPost', messageId: 'noVersion' });
    }
  },
});
