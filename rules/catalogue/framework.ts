/**
 * The fælleskommunale rammearkitektur as data: 5 architecture goals, 8 principles and the
 * architecture rules identified so far (24 of 26 — two FK rules are not yet identified, see
 * docs/catalogue.md). Sources: KL's "Arkitekturprincipper og -regler", arkitektur.digst.dk and
 * info.rammearkitektur.dk, as collected in the domain study.
 */
import type { Localized } from '../../src/core/text.js';

export const FRAMEWORK = {
  name: { da: 'Den fælleskommunale rammearkitektur', en: 'The joint municipal framework architecture' },
  version: 'KL arkitekturprincipper og -regler, 2017 (harmoniseret med FDA)',
  url: 'https://www.kl.dk/okonomi-og-administration/digitalisering-og-teknologi/den-faelleskommunale-rammearkitektur/vision-maal-og-principper/arkitekturprincipper-og-regler/',
} as const;

export const GOAL_IDS = [
  'sammenhaengende-it',
  'genbrug',
  'byg-til-forandring',
  'flere-leverandoerer',
  'driftsikkerhed',
] as const;
export type GoalId = (typeof GOAL_IDS)[number];

export const PRINCIPLE_IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'] as const;
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

export const ARCHITECTURE_RULE_IDS = [
  'AR 1.1', 'AR 1.2', 'AR 1.3', 'AR 1.4', 'AR 1.5',
  'AR 2.1', 'AR 2.2', 'AR 2.3', 'AR 2.4', 'AR 2.5', 'AR 2.6',
  'AR 3.1', 'AR 3.2',
  'AR 4.1', 'AR 4.2',
  'AR 5.1', 'AR 5.2',
  'AR 6.1', 'AR 6.2', 'AR 6.3', 'AR 6.4',
  'AR 7.1', 'AR 7.2',
  'AR 8.1',
] as const;
export type ArchitectureRuleId = (typeof ARCHITECTURE_RULE_IDS)[number];

export interface Goal {
  readonly id: GoalId;
  readonly title: Localized;
  readonly summary: Localized;
  readonly architectureRules: readonly ArchitectureRuleId[];
}

export interface Principle {
  readonly id: PrincipleId;
  readonly number: number;
  readonly title: Localized;
  readonly url: string;
}

/** What an evaluator is asked when no machine can decide an architecture rule. */
export interface ManualAssessment {
  readonly question: Localized;
  readonly evidence: Localized;
}

export interface ArchitectureRule {
  readonly id: ArchitectureRuleId;
  readonly principle: PrincipleId;
  readonly title: Localized;
  /** FK: one of KL's municipal additions to the state's FDA rules. */
  readonly municipal: boolean;
  readonly url: string;
  readonly manual?: ManualAssessment;
}

/**
 * KL names the five goals (kl.dk) but publishes no mapping from goals to architecture rules: the
 * mapping below is rammetjek's own, and reports say so (`goals[].sourceKind`).
 */
export const GOAL_MAPPING_SOURCE = 'ours' as const;

export const GOALS: readonly Goal[] = [
  {
    id: 'sammenhaengende-it',
    title: { da: 'Sammenhængende it', en: 'Coherent IT' },
    summary: {
      da: 'Borgere og medarbejdere møder et sammenhængende it-landskab og skal ikke indtaste data, som andre systemer allerede kender.',
      en: 'Citizens and staff meet a coherent IT landscape and never re-key data other systems already know.',
    },
    architectureRules: ['AR 2.1', 'AR 6.1', 'AR 7.1', 'AR 7.2'],
  },
  {
    id: 'genbrug',
    title: { da: 'Genbrug', en: 'Reuse' },
    summary: {
      da: 'Kommunerne betaler ikke to gange for den samme funktion; løsninger bygges af fælles komponenter.',
      en: 'Municipalities never pay twice for the same function; solutions are built from shared components.',
    },
    architectureRules: ['AR 2.1', 'AR 6.1', 'AR 7.2'],
  },
  {
    id: 'byg-til-forandring',
    title: { da: 'Byg til forandring', en: 'Build for change' },
    summary: {
      da: 'Løsninger er lette og billige at tilpasse, fx til ny lovgivning eller nye arbejdsgange.',
      en: 'Solutions are easy and cheap to adapt, for example to new legislation or new ways of working.',
    },
    architectureRules: ['AR 2.4', 'AR 2.6'],
  },
  {
    id: 'flere-leverandoerer',
    title: { da: 'Flere leverandører', en: 'Several vendors' },
    summary: {
      da: 'Kommunen kan skifte leverandør uden tekniske barrierer takket være åbne standarder og udskiftelige komponenter.',
      en: 'The municipality can switch vendor without technical barriers, thanks to open standards and replaceable components.',
    },
    architectureRules: ['AR 2.2', 'AR 2.3'],
  },
  {
    id: 'driftsikkerhed',
    title: { da: 'Driftsikkerhed', en: 'Reliable operation' },
    summary: {
      da: 'Løsningerne er stabile, pålidelige og sikre, så borgere og medarbejdere kan have tillid til dem.',
      en: 'Solutions are stable, reliable and secure, so citizens and staff can trust them.',
    },
    architectureRules: ['AR 4.1', 'AR 4.2', 'AR 8.1'],
  },
];

const FDA = 'https://arkitektur.digst.dk/principper-og-regler';

export const PRINCIPLES: readonly Principle[] = [
  { id: 'P1', number: 1, title: { da: 'Arkitektur styres på rette niveau efter fælles rammer', en: 'Architecture is governed at the right level within a common framework' }, url: 'https://arkitektur.digst.dk/principper/princip-1-arkitektur-styres-paa-rette-niveau-efter-faelles-rammer' },
  { id: 'P2', number: 2, title: { da: 'Arkitektur fremmer sammenhæng, innovation og effektivitet', en: 'Architecture promotes coherence, innovation and efficiency' }, url: 'https://arkitektur.digst.dk/principper-og-regler/princip-2-arkitektur-fremmer-sammenhaeng-innovation-og-effektivitet' },
  { id: 'P3', number: 3, title: { da: 'Arkitektur og regulering understøtter hinanden', en: 'Architecture and regulation support each other' }, url: FDA },
  { id: 'P4', number: 4, title: { da: 'Sikkerhed, privatliv og tillid sikres', en: 'Security, privacy and trust are ensured' }, url: FDA },
  { id: 'P5', number: 5, title: { da: 'Processer optimeres på tværs', en: 'Processes are optimised across organisations' }, url: FDA },
  { id: 'P6', number: 6, title: { da: 'Gode data deles og genbruges', en: 'Good data is shared and reused' }, url: 'https://arkitektur.digst.dk/principper/princip-6-gode-data-deles-og-genbruges' },
  { id: 'P7', number: 7, title: { da: 'It-løsninger samarbejder effektivt', en: 'IT solutions work together efficiently' }, url: FDA },
  { id: 'P8', number: 8, title: { da: 'Data og services leveres driftssikkert', en: 'Data and services are delivered reliably' }, url: 'https://arkitektur.digst.dk/principper/princip-8-data-og-services-leveres-driftssikkert' },
];

const WIKI = 'http://info.rammearkitektur.dk/index.php/';
const TABEL4 = 'https://github.com/Faellesoffentlig-Digital-Arkitektur/Referencearkitektur-for-observation-og-maaling';

export const ARCHITECTURE_RULES: readonly ArchitectureRule[] = [
  {
    id: 'AR 1.1', principle: 'P1', municipal: false,
    title: { da: 'Styr arkitekturen på rette niveauer og sammenhængende', en: 'Govern the architecture at the right levels and coherently' },
    url: `${WIKI}AR_1.1:_Styr_arkitekturen_p%C3%A5_rette_niveauer_og_sammenh%C3%A6ngende`,
    manual: {
      question: { da: 'Er det klart, hvem der ejer løsningens arkitektur, og hvilke dele der skal aftales med andre parter (fælles processer, datadeling, fælles komponenter)?', en: 'Is it clear who owns the solution architecture, and which parts must be agreed with other parties (shared processes, data sharing, shared components)?' },
      evidence: { da: 'Arkitekturbeskrivelse med ejerskab og en oversigt over tværgående integrationer og dataudveksling.', en: 'An architecture description naming the owner, and an overview of cross-organisational integrations and data exchange.' },
    },
  },
  {
    id: 'AR 1.2', principle: 'P1', municipal: false,
    title: { da: 'Optimér arkitektur efter projektets og de fælles mål', en: 'Optimise the architecture for the project’s and the common goals' },
    url: 'https://arkitektur.digst.dk/principper/princip-1-arkitektur-styres-paa-rette-niveau-efter-faelles-rammer',
  },
  {
    id: 'AR 1.3', principle: 'P1', municipal: false,
    title: { da: 'Anvend fælles ramme for beskrivelse af arkitekturen', en: 'Use the common framework for describing the architecture' },
    url: TABEL4,
  },
  {
    id: 'AR 1.4', principle: 'P1', municipal: false,
    title: { da: 'Sørg for review af projektets arkitektur', en: 'Ensure a review of the project’s architecture' },
    url: 'https://arkitektur.digst.dk/principper/princip-1-arkitektur-styres-paa-rette-niveau-efter-faelles-rammer/arkitekturregel-14',
    manual: {
      question: { da: 'Er der gennemført eller planlagt et arkitekturreview, og hvornår i forløbet?', en: 'Has an architecture review been carried out or planned, and at which stage?' },
      evidence: { da: 'Reviewrapport eller en plan for review med tidspunkt og deltagere.', en: 'A review report, or a review plan with timing and participants.' },
    },
  },
  {
    id: 'AR 1.5', principle: 'P1', municipal: false,
    title: { da: 'Hav tilstrækkelige kompetencer til arkitekturarbejdet', en: 'Have sufficient competences for the architecture work' },
    url: TABEL4,
    manual: {
      question: { da: 'Har leverandøren de arkitekturkompetencer, som opgaven kræver?', en: 'Does the vendor have the architecture competences the task requires?' },
      evidence: { da: 'CV’er eller rollebeskrivelser for de arkitekter, der tilknyttes opgaven.', en: 'CVs or role descriptions of the architects assigned to the task.' },
    },
  },
  {
    id: 'AR 2.1', principle: 'P2', municipal: false,
    title: { da: 'Anvend og udbyg den fællesoffentlige rammearkitektur', en: 'Use and extend the common public-sector framework architecture' },
    url: 'https://arkitektur.digst.dk/node/445',
  },
  {
    id: 'AR 2.2', principle: 'P2', municipal: false,
    title: { da: 'Anvend åbne og internationale standarder', en: 'Use open and international standards' },
    url: 'https://rammearkitektur.kl.dk/maal-og-principper/faelleskommunale-arkitekturprincipper-og-regler/arkitekturprincip-2-arkitektur-fremmer-sammenhaeng-innovation-og-effektivitet',
  },
  {
    id: 'AR 2.3', principle: 'P2', municipal: false,
    title: { da: 'Undgå afhængighed af leverandører og proprietære teknologier', en: 'Avoid dependence on vendors and proprietary technologies' },
    url: 'https://rammearkitektur.kl.dk/maal-og-principper/faelleskommunale-arkitekturprincipper-og-regler/arkitekturprincip-2-arkitektur-fremmer-sammenhaeng-innovation-og-effektivitet',
  },
  {
    id: 'AR 2.4', principle: 'P2', municipal: false,
    title: { da: 'Byg forandringsparat med udgangspunkt i brugeren', en: 'Build ready for change, starting from the user' },
    url: 'https://rammearkitektur.kl.dk/maal-og-principper/faelleskommunale-arkitekturprincipper-og-regler/arkitekturprincip-2-arkitektur-fremmer-sammenhaeng-innovation-og-effektivitet',
    manual: {
      question: { da: 'Kan løsningen tilpasses eller udskiftes i dele, når behov, lovgivning eller teknologi ændrer sig, og er brugerne inddraget i udviklingen?', en: 'Can the solution be adapted, or parts of it replaced, when needs, legislation or technology change, and are users involved in its development?' },
      evidence: { da: 'Beskrivelse af løsningens moduler, konfigurationsmuligheder og brugerinddragelse.', en: 'A description of the solution’s modules, configuration options and user involvement.' },
    },
  },
  {
    id: 'AR 2.5', principle: 'P2', municipal: false,
    title: { da: 'Stil data og løsninger til rådighed for private', en: 'Make data and solutions available to private parties' },
    url: `${WIKI}AR_2.5:_Stil_data_og_l%C3%B8sninger_til_r%C3%A5dighed_for_private`,
    manual: {
      question: { da: 'Kan løsningens data, services eller komponenter stilles til rådighed for private, og hvilke barrierer er der?', en: 'Can the solution’s data, services or components be made available to private parties, and what stands in the way?' },
      evidence: { da: 'Oversigt over data og snitflader, der kan åbnes, med licens- og adgangsvilkår.', en: 'An overview of the data and interfaces that can be opened, with licence and access terms.' },
    },
  },
  {
    id: 'AR 2.6', principle: 'P2', municipal: true,
    title: { da: 'Adskil det foranderlige fra det uforanderlige', en: 'Separate what changes from what does not' },
    url: 'https://www.kl.dk/nyheder/digitalisering-og-teknologi/2019/februar/hvordan-anvender-du-arkitekturregler-i-praksis/',
  },
  {
    id: 'AR 3.1', principle: 'P3', municipal: false,
    title: { da: 'Tag højde for juridiske bindinger i forhold til deling og genbrug af data og it-løsninger', en: 'Account for legal constraints on sharing and reusing data and IT solutions' },
    url: TABEL4,
    manual: {
      question: { da: 'Er hjemmelsgrundlaget for hver dataudveksling afklaret (persondata, sektorlovgivning)?', en: 'Is the legal basis for each data exchange established (personal data, sector legislation)?' },
      evidence: { da: 'Oversigt over dataudvekslinger med hjemmel for hver.', en: 'An overview of data exchanges with the legal basis for each.' },
    },
  },
  {
    id: 'AR 3.2', principle: 'P3', municipal: false,
    title: { da: 'Bidrag til digitaliseringsklar lovgivning', en: 'Contribute to digital-ready legislation' },
    url: TABEL4,
    manual: {
      question: { da: 'Har leverandøren peget på regler, der står i vejen for en god digital løsning?', en: 'Has the vendor pointed out rules that stand in the way of a good digital solution?' },
      evidence: { da: 'Notat om lovgivning, der hindrer digitalisering, hvis der er en sådan.', en: 'A note on legislation that hinders digitisation, if there is any.' },
    },
  },
  {
    id: 'AR 4.1', principle: 'P4', municipal: false,
    title: { da: 'Opfyld krav til informationssikkerhed og privatlivsbeskyttelse', en: 'Meet the requirements for information security and privacy' },
    url: `${WIKI}AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse`,
  },
  {
    id: 'AR 4.2', principle: 'P4', municipal: false,
    title: { da: 'Anvend fælles arkitektur for informationssikkerhed', en: 'Use the common architecture for information security' },
    url: 'https://fda-preprod.digst.govcloud.dk/principper/princip-4-sikkerhed-privatliv-og-tillid-sikres/arkitekturregel-42-anvend-faelles',
  },
  {
    id: 'AR 5.1', principle: 'P5', municipal: false,
    title: { da: 'Design sammenhængende brugerrejser', en: 'Design coherent user journeys' },
    url: TABEL4,
  },
  {
    id: 'AR 5.2', principle: 'P5', municipal: false,
    title: { da: 'Optimer tværgående processer efter fælles mål', en: 'Optimise cross-organisational processes for common goals' },
    url: TABEL4,
    manual: {
      question: { da: 'Understøtter løsningen de tværgående processer, den indgår i, med fælles begreber og klassifikationer?', en: 'Does the solution support the cross-organisational processes it is part of, with shared terms and classifications?' },
      evidence: { da: 'Procesbeskrivelse for de tværgående forløb, løsningen indgår i.', en: 'A process description of the cross-organisational flows the solution is part of.' },
    },
  },
  {
    id: 'AR 6.1', principle: 'P6', municipal: false,
    title: { da: 'Del og genbrug data', en: 'Share and reuse data' },
    url: 'https://arkitektur.digst.dk/principper/princip-6-gode-data-deles-og-genbruges/arkitekturregel-61-del-og-genbrug-data',
  },
  {
    id: 'AR 6.2', principle: 'P6', municipal: false,
    title: { da: 'Anvend fælles regler for dokumentation af data', en: 'Use common rules for documenting data' },
    url: TABEL4,
  },
  {
    id: 'AR 6.3', principle: 'P6', municipal: false,
    title: { da: 'Giv data den kvalitet som efterspørges', en: 'Give data the quality that is asked for' },
    url: 'https://arkitektur.digst.dk/node/458',
    manual: {
      question: { da: 'Er kvaliteten af de data, løsningen skaber og udstiller, beskrevet (fuldstændighed, aktualitet, nøjagtighed)?', en: 'Is the quality of the data the solution creates and exposes described (completeness, timeliness, accuracy)?' },
      evidence: { da: 'Datakvalitetsbeskrivelse efter FDAs fælles sprog for datakvalitet.', en: 'A data-quality description using FDA’s common language for data quality.' },
    },
  },
  {
    id: 'AR 6.4', principle: 'P6', municipal: false,
    title: { da: 'Udstil oplysninger om datakilder, begreber og datamodeller', en: 'Publish information on data sources, concepts and data models' },
    url: 'https://arkitektur.digst.dk/principper/princip-6-gode-data-deles-og-genbruges/arkitekturregel-64-udstil-oplysninger-om',
    manual: {
      question: { da: 'Er løsningens datakilder, begreber og datamodeller offentliggjort, fx i Datasætkataloget eller på en hjemmeside?', en: 'Are the solution’s data sources, concepts and data models published, for example in the Datasætkatalog or on a website?' },
      evidence: { da: 'Link til den offentliggjorte beskrivelse.', en: 'A link to the published description.' },
    },
  },
  {
    id: 'AR 7.1', principle: 'P7', municipal: false,
    title: { da: 'Design og udstil snitflader efter fælles integrationsmønstre og tekniske standarder', en: 'Design and expose interfaces following common integration patterns and technical standards' },
    url: 'https://rammearkitektur.kl.dk/principper-og-regler/faelleskommunale-arkitekturprincipper-og-regler/arkitekturprincip-7-it-loesninger-samarbejder-effektivt/ar-71-design-og-udstil-snitflader-efter-faelles-integrationsmoenstre-og-tekniske-standarder/',
  },
  {
    id: 'AR 7.2', principle: 'P7', municipal: true,
    title: { da: 'Byggeblokke genbruges på tværs af it-løsninger', en: 'Building blocks are reused across IT solutions' },
    url: `${WIKI}AR_7.2:_Byggeblokke_genbruges_p%C3%A5_tv%C3%A6rs_af_it-l%C3%B8sninger_(FK)`,
  },
  {
    id: 'AR 8.1', principle: 'P8', municipal: false,
    title: { da: 'Levér data og services i henhold til aftalte servicemål', en: 'Deliver data and services according to agreed service levels' },
    url: 'https://arkitektur.digst.dk/node/461',
  },
];

export function architectureRule(id: ArchitectureRuleId): ArchitectureRule {
  const found = ARCHITECTURE_RULES.find((ar) => ar.id === id);
  if (!found) throw new Error(`unknown architecture rule ${id}`);
  return found;
}
