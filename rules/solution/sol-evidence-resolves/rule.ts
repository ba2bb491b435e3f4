/**
 * Declared rules rest on evidence; a reference that leads nowhere is a claim without proof. Every
 * evidence id used must be listed under evidence, and every listed file must be in the bid (AR 1.3).
 */
import { bidPath, evidenceReferences, filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

export default defineRule({
  id: 'sol-evidence-resolves',
  catalogueId: 'SD-037',
  title: { da: 'Henvisninger til dokumentation kan følges', en: 'References to evidence can be followed' },
  architectureRules: ['AR 1.3'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://github.com/Faellesoffentlig-Digital-Arkitektur/Referencearkitektur-for-observation-og-maaling'],
  messages: {
    unknownRef: { da: 'Der henvises til dokumentationen «{ref}», som ikke står under evidence.', en: "The evidence '{ref}' is referred to but not listed under evidence." },
    fileMissing: { da: 'Dokumentet «{id}» peger på filen «{file}», som ikke findes i buddet.', en: "The document '{id}' points to the file '{file}', which is not in the bid." },
    nowhere: { da: 'Dokumentet «{id}» har hverken en fil i buddet eller en adresse.', en: "The document '{id}' has neither a file in the bid nor an address." },
    duplicate: { da: 'Id’et «{id}» bruges af flere dokumenter.', en: "The id '{id}' is used by more than one document." },
  },
  fix: {
    da: 'Beskriv hvert dokument under evidence med id, titel og enten en fil i buddet (sti i forhold til buddets mappe) eller en adresse, og henvis til det med dets id.',
    en: 'Describe every document under evidence with an id, a title and either a file in the bid (path relative to the bid folder) or an address, and refer to it by its id.',
  },
  check({ doc, evidenceIds, bidFiles }, context) {
    for (const { pointer, ref } of evidenceReferences(doc)) {
      if (!evidenceIds.has(ref)) context.report({ at: pointer, messageId: 'unknownRef', data: { ref } });
    }
    const seen = new Set<string>();
    (doc.evidence ?? []).forEach((item, i) => {
      if (!item || !filled(item.id)) return;
      if (seen.has(item.id)) context.report({ at: child('/evidence', i, 'id'), messageId: 'duplicate', data: { id: item.id } });
      seen.add(item.id);
      if (filled(item.file)) {
        const file = bidPath(item.file);
        if (!bidFiles.has(file)) context.report({ at: child('/evidence', i, 'file'), messageId: 'fileMissing', data: { id: item.id, file: item.file } });
      } else if (!filled(item.url)) {
        context.report({ at: child('/evidence', i), messageId: 'nowhere', data: { id: item.id } });
      }
    });
  },
});
