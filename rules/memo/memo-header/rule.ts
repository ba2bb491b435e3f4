/**
 * A MeMo message can only be delivered and shown when its header says what it is and whom it is
 * from and to: messageType, messageUUID, label, Sender and Recipient with their ids, and a body with
 * a creation time and a main document.
 */
import { childOf, NS, type XmlElement } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default defineRule({
  id: 'memo-header',
  catalogueId: 'MEMO-002',
  title: { da: 'Beskeden har de påkrævede oplysninger om afsender, modtager og indhold', en: 'The message has the required sender, recipient and content details' },
  architectureRules: ['AR 7.1'],
  appliesTo: 'memo',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://admin.digitaliser.dk/digital-post/vejledninger/memo'],
  messages: {
    missing: { da: '{parent} mangler {field}.', en: '{parent} lacks {field}.' },
    uuid: { da: 'messageUUID «{value}» er ikke et UUID.', en: "messageUUID '{value}' is not a UUID." },
  },
  fix: {
    da: 'Udfyld MessageHeader (messageType, messageUUID, label, Sender med senderID og idType, Recipient med recipientID og idType) og MessageBody (createdDateTime og MainDocument).',
    en: 'Fill in MessageHeader (messageType, messageUUID, label, Sender with senderID and idType, Recipient with recipientID and idType) and MessageBody (createdDateTime and MainDocument).',
  },
  check(memo, context) {
    const require = (parent: XmlElement, fields: readonly string[]) => {
      for (const field of fields) if (!childOf(parent, NS.memo, field)) context.report({ at: parent, messageId: 'missing', data: { parent: parent.local, field } });
    };
    if (!memo.header) context.report({ at: memo.root, messageId: 'missing', data: { parent: 'Message', field: 'MessageHeader' } });
    else {
      require(memo.header, ['messageType', 'messageUUID', 'label', 'Sender', 'Recipient']);
      const sender = childOf(memo.header, NS.memo, 'Sender');
      if (sender) require(sender, ['senderID', 'idType']);
      const recipient = childOf(memo.header, NS.memo, 'Recipient');
      if (recipient) require(recipient, ['recipientID', 'idType']);
      const uuid = childOf(memo.header, NS.memo, 'messageUUID');
      if (uuid && !UUID.test(uuid.text)) context.report({ at: uuid, messageId: 'uuid', data: { value: uuid.text } });
    }
    if (!memo.body) context.report({ at: memo.root, messageId: 'missing', data: { parent: 'Message', field: 'MessageBody' } });
    else require(memo.body, ['createdDateTime', 'MainDocument']);
  },
});
