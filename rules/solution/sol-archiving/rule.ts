/**
 * Municipalities must take archival care of their IT systems: a system is notified to the public
 * archive (Rigsarkivet or the municipal archive), which decides whether its data is preserved; data to
 * be preserved is transferred as an archival version (executive order 128/2020) before it is deleted.
 * The bid says what the solution offers for that, in IT-System-AP's archives-profile terms.
 */
import { processesPersonalData } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-archiving',
  catalogueId: 'SD-039',
  title: { da: 'Løsningen tager arkivmæssige hensyn: arkiveringsversion, anmeldelse og sletning', en: 'The solution takes care of archiving: archival version, notification and deletion' },
  architectureRules: ['AR 3.1', 'AR 6.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'primary',
  sources: [
    'https://www.sa.dk/da/offentlig-forvaltning/kommuner-og-regioner/myndigheders-arkiv-dagligdagen/',
    'https://rigsarkivet.dk/aflever-data/statslige-myndigheder/aflever-it-systemer-fra-statslige-myndigheder',
    'https://github.com/digst/IT-System-AP/tree/master/archvSYS-AP',
  ],
  messages: {
    missing: { da: 'Løsningsbeskrivelsen siger intet om arkivering og sletning (archiving).', en: 'The solution description says nothing about archiving and deletion (archiving).' },
    noArchivalVersion: { da: 'Det er ikke angivet, at løsningen kan danne en arkiveringsversion efter bekendtgørelse nr. 128 af 12. februar 2020.', en: 'The description does not say that the solution can produce an archival version under executive order no. 128 of 12 February 2020.' },
    noArchive: { da: 'Det er ikke angivet, hvilket arkiv data afleveres til (Rigsarkivet eller et kommunalt arkiv).', en: 'The description does not say which archive the data is transferred to (Rigsarkivet or a municipal archive).' },
    notNotified: { da: 'Der er ingen dokumentation for anmeldelsen af it-systemet til arkivet eller for leverandørens bistand til den.', en: 'There is no evidence of the notification of the IT system to the archive, or of the vendor’s help with it.' },
    noDeletionRules: { da: 'Det er ikke beskrevet, hvornår og hvordan data slettes (deletionRules).', en: 'The description does not say when and how data is deleted (deletionRules).' },
    deletesBeforeArchiving: { da: 'Data skal bevares, men det er ikke angivet, at de afleveres til arkivet, før de slettes.', en: 'The data is to be preserved, but the description does not say it is transferred to the archive before it is deleted.' },
  },
  fix: {
    da: 'Udfyld archiving: bevaring (obligation), arkiv (archive), dokumentation for anmeldelsen (notification), om løsningen kan danne en arkiveringsversion (archivalVersion), sletteregler (deletionRules) og at bevaringsværdige data afleveres før sletning (archiveBeforeDeletion).',
    en: 'Fill in archiving: the preservation decision (obligation), the archive, evidence of the notification, whether the solution can produce an archival version (archivalVersion), the deletion rules (deletionRules) and that data to be preserved is transferred before deletion (archiveBeforeDeletion).',
  },
  applies: ({ doc }) => doc.profile?.caseBearing === true || (doc.profile?.kinds ?? []).includes('case-system') || processesPersonalData(doc),
  check({ doc }, context) {
    const a = doc.archiving;
    if (!a) {
      context.report({ at: '', messageId: 'missing' });
      return;
    }
    const kept = a.obligation !== 'kassation';
    if (kept && a.archivalVersion !== true) context.report({ at: a.archivalVersion === undefined ? '/archiving' : '/archiving/archivalVersion', messageId: 'noArchivalVersion' });
    if (kept && !a.archive) context.report({ at: '/archiving', messageId: 'noArchive' });
    if (!a.notification) context.report({ at: '/archiving', messageId: 'notNotified' });
    if (!a.deletionRules || a.deletionRules.trim() === '') context.report({ at: '/archiving', messageId: 'noDeletionRules' });
    if (a.obligation === 'bevaring' && a.archiveBeforeDeletion !== true) context.report({ at: a.archiveBeforeDeletion === undefined ? '/archiving' : '/archiving/archiveBeforeDeletion', messageId: 'deletesBeforeArchiving' });
  },
});
