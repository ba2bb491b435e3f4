/**
 * AR 4.1 asks for an early risk assessment and, where the data is sensitive, an impact assessment
 * (DPIA). Applies when CPR numbers, criminal or sensitive data are processed, or the solution is critical.
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const HIGH_RISK = new Set(['1.1', '1.2', '2']);

export default defineRule({
  id: 'sol-risk-assessment',
  catalogueId: 'SD-006',
  title: { da: 'Risikovurdering og konsekvensanalyse foreligger', en: 'A risk assessment and an impact assessment are supplied' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse'],
  messages: {
    noRiskAssessment: { da: 'Der henvises ikke til en risikovurdering, selv om løsningen {reason}.', en: 'No risk assessment is referred to, although the solution {reasonEn}.' },
    noDpia: { da: 'Der henvises ikke til en konsekvensanalyse (DPIA), selv om løsningen behandler personnummer, strafbare forhold eller følsomme oplysninger.', en: 'No data protection impact assessment (DPIA) is referred to, although the solution processes CPR numbers, criminal offences or sensitive data.' },
  },
  fix: {
    da: 'Læg risikovurderingen og konsekvensanalysen ved buddet, beskriv dem under evidence, og henvis til dem i personalData.riskAssessment og personalData.dpia.',
    en: 'Attach the risk assessment and the impact assessment to the bid, describe them under evidence, and refer to them in personalData.riskAssessment and personalData.dpia.',
  },
  applies: ({ doc }) =>
    (doc.personalData?.categories ?? []).some((c) => HIGH_RISK.has(c)) ||
    (doc.profile?.criticality !== undefined && doc.profile.criticality !== 'ikke-kritisk'),
  check({ doc }, context) {
    const sensitive = (doc.personalData?.categories ?? []).some((c) => HIGH_RISK.has(c));
    const at = doc.personalData ? '/personalData' : '';
    if (!filled(doc.personalData?.riskAssessment)) {
      const reason = sensitive
        ? { reason: 'behandler personnummer, strafbare forhold eller følsomme oplysninger', reasonEn: 'processes CPR numbers, criminal offences or sensitive data' }
        : { reason: `er ${doc.profile?.criticality ?? ''}`, reasonEn: `is ${doc.profile?.criticality === 'samfundskritisk' ? 'critical to society' : 'business-critical'}` };
      context.report({ at, messageId: 'noRiskAssessment', data: reason });
    }
    if (sensitive && !filled(doc.personalData?.dpia)) context.report({ at, messageId: 'noDpia' });
  },
});
