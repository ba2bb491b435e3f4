import type { VerdictStatus } from '../assess/report.js';
import { type ShownStatus, shownStatus } from '../assess/shown-status.js';

export { type ShownStatus, shownStatus };
import type { Severity } from '../core/finding.js';
import type { Level, Mode } from '../core/rule.js';
import type { Lang, Localized } from '../core/text.js';

/** Words every human-readable report uses, in both languages. */
export const STATUS: Record<VerdictStatus, Localized> = {
  pass: { da: 'opfyldt', en: 'pass' },
  fail: { da: 'ikke opfyldt', en: 'fail' },
  deviation: { da: 'afvigelse', en: 'deviation' },
  waived: { da: 'dispenseret', en: 'waived' },
  manual: { da: 'manuel vurdering', en: 'manual assessment' },
  'not-applicable': { da: 'ikke relevant', en: 'not applicable' },
  'not-assessed': { da: 'ikke vurderet', en: 'not assessed' },
};

export const SHOWN: Record<ShownStatus, Localized> = {
  ...STATUS,
  remarks: { da: 'opfyldt med bemærkninger', en: 'met with remarks' },
};

/** Severity words for counts: "1 advarsel", "7 advarsler". */
export const SEVERITY_PLURAL: Record<Severity, Localized> = {
  error: { da: 'fejl', en: 'errors' },
  warning: { da: 'advarsler', en: 'warnings' },
  info: { da: 'info', en: 'info' },
};

/** "7 advarsler", "1 warning". */
export function countOf(n: number, severity: Severity, lang: Lang): string {
  return `${n} ${(n === 1 ? SEVERITY : SEVERITY_PLURAL)[severity][lang]}`;
}

export const SEVERITY: Record<Severity, Localized> = {
  error: { da: 'fejl', en: 'error' },
  warning: { da: 'advarsel', en: 'warning' },
  info: { da: 'info', en: 'info' },
};

export const LEVEL: Record<Level, Localized> = {
  MUST: { da: 'SKAL', en: 'MUST' },
  SHOULD: { da: 'BØR', en: 'SHOULD' },
  MAY: { da: 'KAN', en: 'MAY' },
};

export const MODE: Record<Mode, Localized> = {
  automatic: { da: 'automatisk', en: 'automatic' },
  declared: { da: 'erklæret', en: 'declared' },
  manual: { da: 'manuel', en: 'manual' },
};

export const WORDS = {
  report: { da: 'Konformitetsrapport', en: 'Conformance report' },
  solution: { da: 'Løsning', en: 'Solution' },
  vendor: { da: 'Leverandør', en: 'Vendor' },
  asOf: { da: 'Vurderet den', en: 'Assessed as of' },
  ruleset: { da: 'Regelsæt', en: 'Ruleset' },
  framework: { da: 'Ramme', en: 'Framework' },
  files: { da: 'Filer', en: 'Files' },
  summary: { da: 'Sammenfatning', en: 'Summary' },
  mindstekrav: { da: 'Mindstekrav (SKAL-regler)', en: 'Mandatory requirements (MUST rules)' },
  met: { da: 'opfyldt', en: 'met' },
  notMet: { da: 'ikke opfyldt', en: 'not met' },
  metByDeviation: { da: 'opfyldt ved afvigelse — ordregiver skal tage stilling til afvigelserne', en: 'met by deviation — the buyer must decide on the deviations' },
  goals: { da: 'Arkitekturmål', en: 'Architecture goals' },
  principles: { da: 'Principper', en: 'Principles' },
  findings: { da: 'Fund', en: 'Findings' },
  noFindings: { da: 'Ingen fund.', en: 'No findings.' },
  fix: { da: 'Ret', en: 'Fix' },
  deviations: { da: 'Afvigelser (følg eller forklar)', en: 'Deviations (comply or explain)' },
  justification: { da: 'Begrundelse', en: 'Justification' },
  mitigation: { da: 'Afhjælpning', en: 'Mitigation' },
  unexplained: { da: 'ikke forklaret', en: 'not explained' },
  covers: { da: 'dækker', en: 'covers' },
  wouldCover: { da: 'ville dække', en: 'would cover' },
  nothing: { da: 'ingen kendt regel', en: 'no known rule' },
  manualItems: { da: 'Til manuel vurdering', en: 'For manual assessment' },
  question: { da: 'Spørgsmål', en: 'Question' },
  evidence: { da: 'Dokumentation', en: 'Evidence' },
  coverage: { da: 'Dækning', en: 'Coverage' },
  rules: { da: 'regler', en: 'rules' },
  covered: { da: 'dækket af afvigelse', en: 'covered by deviation' },
  waivedFinding: { da: 'dispenseret', en: 'waived' },
  waivedFindings: { da: 'dispenseret', en: 'waived' },
  noFindingsCovered: { da: 'ingen fund', en: 'no findings' },
  accepted: { da: 'accepteret af ordregiver', en: 'accepted by the buyer' },
  rejected: { da: 'afvist af ordregiver', en: 'rejected by the buyer' },
  secondary: { da: 'sekundær kilde', en: 'secondary source' },
  ours: { da: 'rammetjeks egen vurdering', en: 'rammetjek’s own judgement' },
  noSolution: { da: 'Der er ikke læst nogen løsningsbeskrivelse; reglerne for den er ikke vurderet.', en: 'No solution description was read; its rules were not assessed.' },
  declaredNote: { da: 'Erklærede regler bygger på leverandørens oplysninger og skal bekræftes af ordregiver.', en: 'Declared rules rest on the vendor’s statements and must be confirmed by the buyer.' },
} as const satisfies Record<string, Localized>;

/** Picks the language of a localized text. */
export function t(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Words of the HTML and Markdown reports. */
export const REPORT_WORDS = {
  contents: { da: 'Indhold', en: 'Contents' },
  bid: { da: 'Bud', en: 'Bid' },
  verdicts: { da: 'Vurdering pr. mål, princip og arkitekturregel', en: 'Verdicts by goal, principle and architecture rule' },
  goal: { da: 'Mål', en: 'Goal' },
  principle: { da: 'Princip', en: 'Principle' },
  architectureRule: { da: 'Arkitekturregel', en: 'Architecture rule' },
  architectureRules: { da: 'Arkitekturregler', en: 'Architecture rules' },
  verdict: { da: 'Vurdering', en: 'Verdict' },
  rule: { da: 'Regel', en: 'Rule' },
  rules: { da: 'Regler', en: 'Rules' },
  title: { da: 'Titel', en: 'Title' },
  level: { da: 'Niveau', en: 'Level' },
  mode: { da: 'Afgøres', en: 'Decided' },
  count: { da: 'Antal', en: 'Count' },
  status: { da: 'Status', en: 'Status' },
  where: { da: 'Sted', en: 'Location' },
  severity: { da: 'Alvor', en: 'Severity' },
  message: { da: 'Besked', en: 'Message' },
  ruleDoc: { da: 'Regelens dokumentation', en: 'Rule documentation' },
  findingsByRule: { da: 'Fund pr. regel', en: 'Findings by rule' },
  noRulesHere: { da: 'Ingen regel afgør denne arkitekturregel; den vurderes manuelt.', en: 'No rule decides this architecture rule; it is assessed by hand.' },
  infrastructure: { da: 'Fælles infrastruktur', en: 'Shared infrastructure' },
  infrastructureIntro: {
    da: 'For hver fælles komponent: de krav, reglerne stiller, og hvordan buddet opfylder dem.',
    en: 'For each shared component: what the rules require, and how the bid meets it.',
  },
  component: { da: 'Komponent', en: 'Component' },
  expected: { da: 'Forventet', en: 'Expected' },
  remark: { da: 'Bemærkning', en: 'Remark' },
  interfaces: { da: 'Snitfladernes kvalitet', en: 'Interface quality' },
  noInterfaces: { da: 'Buddet indeholder ingen OpenAPI- eller WSDL-filer.', en: 'The bid holds no OpenAPI or WSDL files.' },
  file: { da: 'Fil', en: 'File' },
  kind: { da: 'Type', en: 'Kind' },
  noFindingsInFile: { da: 'Ingen fund i filen.', en: 'No findings in the file.' },
  register: { da: 'Afvigelsesregister', en: 'Deviation register' },
  noDeviations: { da: 'Buddet erklærer ingen afvigelser.', en: 'The bid declares no deviations.' },
  declaredAs: { da: 'Erklæret som', en: 'Declared as' },
  evidenceRegister: { da: 'Dokumentationsregister', en: 'Evidence register' },
  attachments: { da: 'Vedlagte dokumenter', en: 'Attached documents' },
  noAttachments: { da: 'Buddet har ingen vedlagte dokumenter ud over de kontrollerede filer.', en: 'The bid attaches no documents beyond the checked files.' },
  unresolved: { da: 'Henvisninger til dokumentation, der ikke kan følges', en: 'References to evidence that cannot be followed' },
  noUnresolved: { da: 'Alle henvisninger til dokumentation kan følges.', en: 'Every reference to evidence can be followed.' },
  toConfirm: { da: 'Erklærede regler, som ordregiver skal bekræfte', en: 'Declared rules the buyer must confirm' },
  provenance: { da: 'Sporbarhed', en: 'Provenance' },
  provenanceIntro: {
    da: 'Samme bud, regelsæt og dato giver den samme rapport. Filerne kan genkendes på deres SHA-256.',
    en: 'The same bid, ruleset and date give the same report. The files can be recognised by their SHA-256.',
  },
  tool: { da: 'Værktøj', en: 'Tool' },
  bytes: { da: 'Bytes', en: 'Bytes' },
  root: { da: 'Buddets mappe', en: 'Bid folder' },
  assessed: { da: 'vurderet', en: 'assessed' },
  failedMust: { da: 'SKAL-regler, der ikke er opfyldt', en: 'MUST rules not met' },
  notAssessedMust: { da: 'SKAL-regler, der ikke kunne vurderes', en: 'MUST rules that could not be assessed' },
  deviationMust: { da: 'SKAL-regler med en forklaret afvigelse (ordregiver afgør, om den kan accepteres)', en: 'MUST rules with an explained deviation (the buyer decides whether it is acceptable)' },
  ruleVerdicts: { da: 'Regler efter vurdering', en: 'Rules by verdict' },
  architectureVerdicts: { da: 'Arkitekturregler efter vurdering', en: 'Architecture rules by verdict' },
  openFindings: { da: 'Åbne fund', en: 'Open findings' },
  bidAsWhole: { da: '(buddet som helhed)', en: '(the bid as a whole)' },
  reason: { da: 'Årsag', en: 'Reason' },
  page: { da: 'Side', en: 'Page' },
  of: { da: 'af', en: 'of' },
  findingsByFile: { da: 'Fund pr. fil', en: 'Findings by file' },
  sha: { da: 'SHA-256', en: 'SHA-256' },
  decision: { da: 'Ordregivers afgørelse', en: 'The buyer’s decision' },
  tender: { da: 'Udbud', en: 'Tender' },
  municipalRule: { da: 'fælleskommunal tilføjelse til de fællesoffentlige regler', en: 'a joint municipal addition to the cross-government rules' },
  tenderNote: { da: 'Udbuddets egne mindstekrav og tildelingen står under Udbud.', en: 'The tender’s own mandatory requirements and the award are under Tender.' },
  noMitigation: { da: 'ingen afhjælpning angivet', en: 'no mitigation given' },
} as const satisfies Record<string, Localized>;
