/**
 * Self-service reuses what the public sector already knows (Fælles krav #11: prefill from the login and
 * registers) and is part of borger.dk/virk.dk: a handlingsside and Det Fælles Designsystem (AR 5.1, AR 6.1).
 */
import { filled, isPublicSelfService } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-selfservice-portals',
  catalogueId: 'SD-029',
  title: { da: 'Selvbetjeningen genbruger data og hænger sammen med borger.dk og virk.dk', en: 'Self-service reuses data and is integrated with borger.dk and virk.dk' },
  architectureRules: ['AR 5.1', 'AR 6.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['https://arkitektur.digst.dk/11-genbrug-af-datakilder-faelles-aftalt', 'https://admin.digitaliser.dk/borgerdk/vejledninger-borgerdk/tilslutning-af-selvbetjening-til-borgerdk'],
  messages: {
    noPrefill: { da: 'Selvbetjeningen forudfylder ingen oplysninger fra login eller registre.', en: 'The self-service prefills nothing from the login or registers.' },
    noHandlingsside: { da: 'Selvbetjeningen har ingen handlingsside på borger.dk eller virk.dk.', en: 'The self-service has no action page on borger.dk or virk.dk.' },
    noDesignSystem: { da: 'Det er ikke angivet, hvilket designsystem brugerfladen bygger på.', en: 'The description does not say which design system the user interface builds on.' },
  },
  fix: {
    da: 'Forudfyld oplysninger fra NemLog-in og grunddata (selfService.prefill), opret en handlingsside på borger.dk eller virk.dk, og byg brugerfladen på Det Fælles Designsystem (selfService.borgerDk.designSystem: dkfds).',
    en: 'Prefill data from NemLog-in and base registers (selfService.prefill), create an action page on borger.dk or virk.dk, and build the user interface on the common design system (selfService.borgerDk.designSystem: dkfds).',
  },
  applies: ({ doc }) => isPublicSelfService(doc),
  check({ doc }, context) {
    const s = doc.selfService;
    const at = s ? '/selfService' : '';
    if ((s?.prefill ?? []).length === 0) context.report({ at, messageId: 'noPrefill' });
    if (s?.borgerDk?.handlingsside !== true) context.report({ at: s?.borgerDk ? '/selfService/borgerDk' : at, messageId: 'noHandlingsside' });
    if (!filled(s?.borgerDk?.designSystem)) context.report({ at: s?.borgerDk ? '/selfService/borgerDk' : at, messageId: 'noDesignSystem' });
  },
});
