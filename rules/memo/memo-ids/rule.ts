/**
 * Digital Post finds the mailbox by the id: a CPR number is ten digits and a CVR number eight, with
 * no dashes or spaces, and the idType says which it is.
 */
import { childOf, NS } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

const FORMS: Record<string, RegExp> = { CPR: /^\d{10}$/, CVR: /^\d{8}$/ };

export default defineRule({
  id: 'memo-ids',
  catalogueId: 'MEMO-003',
  title: { da: 'Afsender og modtager har gyldige CPR- eller CVR-numre', en: 'Sender and recipient have valid CPR or CVR numbers' },
  architectureRules: ['AR 6.1', 'AR 7.1'],
  appliesTo: 'memo',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digst.dk/it-loesninger/digital-post/anvendelse/forstaa-digital-post/memo/'],
  messages: {
    badId: { da: '{role} «{value}» er ikke et {type}-nummer ({digits} cifre uden mellemrum).', en: "{roleEn} '{value}' is not a {type} number ({digits} digits, no spaces)." },
    badType: { da: 'idType «{type}» er hverken CPR eller CVR.', en: "idType '{type}' is neither CPR nor CVR." },
  },
  fix: {
    da: 'Skriv CPR-numre som ti cifre og CVR-numre som otte, uden bindestreg, og sæt idType til CPR eller CVR.',
    en: 'Write CPR numbers as ten digits and CVR numbers as eight, without a dash, and set idType to CPR or CVR.',
  },
  check(memo, context) {
    if (!memo.header) return;
    for (const [party, idName, da, en] of [['Sender', 'senderID', 'Afsender-id', 'Sender id'], ['Recipient', 'recipientID', 'Modtager-id', 'Recipient id']] as const) {
      const el = childOf(memo.header, NS.memo, party);
      const id = el && childOf(el, NS.memo, idName);
      const type = el && childOf(el, NS.memo, 'idType');
      if (!id || !type) continue;
      const form = FORMS[type.text.toUpperCase()];
      if (!form) context.report({ at: type, messageId: 'badType', data: { type: type.text } });
      else if (!form.test(id.text)) context.report({ at: id, messageId: 'badId', data: { role: da, roleEn: en, value: id.text, type: type.text.toUpperCase(), digits: type.text.toUpperCase() === 'CPR' ? 10 : 8 } });
    }
  },
});
