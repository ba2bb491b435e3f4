/**
 * When personal data is processed, the buyer must see who is controller and who processes the data,
 * and that a data processing agreement exists (AR 4.1; GDPR art. 28).
 */
import { filled, processesPersonalData } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-data-responsibility',
  catalogueId: 'SD-005',
  title: { da: 'Dataansvar, databehandlere og databehandleraftale er beskrevet', en: 'Data controller, processors and processing agreement are described' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['https://github.com/digst/IT-System-AP', 'http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse'],
  messages: {
    noController: { da: 'Den dataansvarlige er ikke angivet.', en: 'The data controller is not given.' },
    noProcessors: { da: 'Der er ikke angivet nogen databehandlere.', en: 'No data processors are given.' },
    noDpa: { da: 'Der henvises ikke til en databehandleraftale.', en: 'No data processing agreement is referred to.' },
  },
  fix: {
    da: 'Angiv personalData.controller (normalt kommunen), personalData.processors (leverandøren og evt. andre) og personalData.dpa med id på databehandleraftalen under evidence.',
    en: 'Give personalData.controller (normally the municipality), personalData.processors (the vendor and any others) and personalData.dpa with the id of the data processing agreement under evidence.',
  },
  applies: ({ doc }) => processesPersonalData(doc),
  check({ doc }, context) {
    const data = doc.personalData ?? {};
    if (!filled(data.controller?.name)) context.report({ at: '/personalData', messageId: 'noController' });
    if ((data.processors ?? []).length === 0) context.report({ at: '/personalData', messageId: 'noProcessors' });
    if (!filled(data.dpa)) context.report({ at: '/personalData', messageId: 'noDpa' });
  },
});
