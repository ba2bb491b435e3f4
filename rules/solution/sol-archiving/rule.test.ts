import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Kompas Omsorg, description: Omsorgssystem til hjemmeplejen., vendor: { name: Kompas Velfærd A/S, cvr: "27364859" } }
  profile: { kinds: [case-system], users: [employees], caseBearing: true }
`;

ruleTester(rule, {
  valid: [
    {
      doc: head + yaml`
        archiving:
          obligation: bevaring
          archive: kommunalt-arkiv
          notification: anmeldelse
          archivalVersion: true
          archiveType: afsluttede-sager
          deletionRules: Sager slettes 5 år efter afslutning; frister pr. sagstype sættes af kommunen.
          archiveBeforeDeletion: true
        evidence:
          - { id: anmeldelse, title: Bistand til anmeldelse af it-systemet til Aarhus Stadsarkiv, file: bilag/anmeldelse.pdf }
      `,
      files: ['bilag/anmeldelse.pdf'],
    },
    {
      name: 'data the archive has decided to dispose of needs no archival version',
      doc: head + yaml`
        archiving: { obligation: kassation, notification: anmeldelse, deletionRules: Slettes efter 3 år. }
        evidence:
          - { id: anmeldelse, title: Anmeldelse, file: bilag/anmeldelse.pdf }
      `,
    },
  ],
  invalid: [
    { name: 'nothing said', doc: head, errors: [{ messageId: 'missing', pointer: '', line: 1, message: 'The solution description says nothing about archiving and deletion (archiving).' }] },
    {
      name: 'preserved, but no archival version and deleted first',
      doc: head + yaml`
        archiving:
          obligation: bevaring
          archivalVersion: false
          archiveBeforeDeletion: false
      `,
      errors: [
        { messageId: 'noArchivalVersion', pointer: '/archiving/archivalVersion', line: 6 },
        { messageId: 'noArchive', pointer: '/archiving', line: 4 },
        { messageId: 'notNotified', pointer: '/archiving', line: 4 },
        { messageId: 'noDeletionRules', pointer: '/archiving', line: 4 },
        { messageId: 'deletesBeforeArchiving', pointer: '/archiving/archiveBeforeDeletion', line: 7 },
      ],
    },
  ],
  notApplicable: [
    yaml`
      schemaVersion: 1
      solution: { name: Åbne data, description: Kort over tømmedage., vendor: { name: Kortet ApS, cvr: "11223344" } }
      profile: { kinds: [self-service], users: [citizens] }
      personalData: { categories: ["3"] }
    `,
  ],
});
