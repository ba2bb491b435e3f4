/**
 * A solution that sends Digital Post shows it with samples of its MeMo messages, so the buyer can see
 * them checked; a self-service that promises a receipt in Digital Post shows one that is recognisably
 * a receipt (its label or message code says so) — the seed's digital receipt (e2012 criterion 4).
 */
import { bidPath } from '../../../src/artefacts/solution/facts.js';
import { memoText } from '../../../src/artefacts/xml/model.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

export default defineRule({
  id: 'bid-memo-samples',
  catalogueId: 'MEMO-005',
  title: { da: 'Buddet viser eksempler på beskeder i Digital Post', en: 'The bid shows samples of its Digital Post messages' },
  architectureRules: ['AR 5.1', 'AR 7.2'],
  appliesTo: 'bid',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digst.dk/it-loesninger/digital-post/anvendelse/forstaa-digital-post/memo/', 'seeds/003_9ed8d5fd0b0899b7.txt (e2012-parate selvbetjeningsløsninger: digital kvittering)'],
  messages: {
    none: { da: 'Løsningen sender Digital Post, men buddet har ingen eksempler på MeMo-beskeder.', en: 'The solution sends Digital Post, but the bid has no sample MeMo messages.' },
    missingFile: { da: 'Eksemplet «{file}» findes ikke i buddet.', en: "The sample '{file}' is not in the bid." },
    notMemo: { da: 'Eksemplet «{file}» er ikke en MeMo-besked.', en: "The sample '{file}' is not a MeMo message." },
    noReceipt: { da: 'Selvbetjeningen lover en kvittering i Digital Post, men ingen af eksemplerne er en kvittering.', en: 'The self-service promises a receipt in Digital Post, but none of the samples is a receipt.' },
  },
  fix: {
    da: 'Læg eksempler på løsningens MeMo-beskeder i buddet og nævn dem i digitalPost.samples – og for selvbetjening en kvittering, der i label eller messageCode kaldes en kvittering.',
    en: 'Put samples of the solution’s MeMo messages in the bid and name them in digitalPost.samples — and for self-service a receipt whose label or messageCode calls it a receipt.',
  },
  applies: (bid) => bid.solutions.some((s) => s.doc.digitalPost?.sendsLetters === true),
  check(bid, context) {
    for (const solution of bid.solutions) {
      if (solution.doc.digitalPost?.sendsLetters !== true) continue;
      const samples = (solution.doc.digitalPost.samples ?? []).map(bidPath);
      if (samples.length === 0) {
        context.report({ at: { file: solution.file, pointer: '/digitalPost' }, messageId: 'none' });
        continue;
      }
      const memos = samples.map((file, i) => {
        const memo = bid.memos.find((m) => m.file === file);
        const at = { file: solution.file, pointer: child('/digitalPost/samples', i) };
        if (!solution.bidFiles.has(file)) context.report({ at, messageId: 'missingFile', data: { file } });
        else if (!memo) context.report({ at, messageId: 'notMemo', data: { file } });
        return memo;
      });
      const receipt = memos.some((m) => m && /kvittering|receipt/i.test(`${memoText(m.header, 'label') ?? ''} ${memoText(m.header, 'messageCode') ?? ''}`));
      if (solution.doc.selfService?.receipt === 'digital-post' && !receipt) context.report({ at: { file: solution.file, pointer: '/selfService/receipt' }, messageId: 'noReceipt' });
    }
  },
});
