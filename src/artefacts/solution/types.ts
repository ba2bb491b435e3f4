/**
 * The løsningsbeskrivelse (solution description) as TypeScript sees it. Every field is optional
 * here: what is required is the schema's business (rule sol-schema-valid); rules read what is there
 * and report what is missing. Keep in step with schema.ts (test/solution-schema.test.ts checks it).
 */

export type PersonalDataCategory = '1' | '1.1' | '1.2' | '2' | '3';
export type Criticality = 'forretningskritisk' | 'samfundskritisk' | 'ikke-kritisk';
export type SolutionKind = 'self-service' | 'case-system' | 'integration' | 'other';
export type UserGroup = 'citizens' | 'businesses' | 'employees';
export type LoginProvider =
  | 'nemlog-in'
  | 'mitid-erhverv'
  | 'fk-adgangsstyring'
  | 'local-idp'
  | 'own-login'
  | 'nemid'
  | 'other'
  | 'none';
export type LoginProtocol = 'oiosaml-3' | 'oiosaml-4' | 'oiosaml-2' | 'oidc' | 'other';
export type Register = 'cpr' | 'cvr' | 'dar' | 'bbr' | 'mat';
export type RegisterSource = 'serviceplatformen' | 'datafordeleren' | 'local-copy' | 'other';
export type InterfaceType = 'rest' | 'soap' | 'events' | 'file' | 'proprietary';

export interface Party {
  name?: string;
  cvr?: string;
}

export interface Processor extends Party {
  country?: string;
  role?: string;
}

export interface Login {
  provider?: LoginProvider;
  protocol?: LoginProtocol;
  nsisLevel?: 'low' | 'substantial' | 'high';
  entityId?: string;
  metadata?: string;
  userSystemRoles?: string[];
  administrationsmodulet?: boolean;
  justification?: string;
}

export interface Integration {
  sf?: string;
  name?: string;
  direction?: 'consume' | 'provide' | 'both';
  protocol?: 'soap' | 'rest' | 'amqp' | 'sftp';
  purpose?: string;
  spec?: string;
  security?: 'oioidws' | 'certificate' | 'other';
  initialLoad?: boolean;
  updateLatencyMinutes?: number;
  messageTypes?: string[];
}

export interface OfferedInterface {
  name?: string;
  type?: InterfaceType;
  standard?: string;
  spec?: string;
  authentication?: string;
  description?: string;
}

export interface BaseDataUse {
  register?: Register;
  source?: RegisterSource;
  integration?: string;
  justification?: string;
}

export interface Assurance {
  type?: 'iso27001' | 'isae3402' | 'isae3000' | 'other';
  issued?: string;
  scope?: string;
  evidence?: string;
}

export interface Deviation {
  rule?: string;
  justification?: string;
  mitigation?: string;
  evidence?: string;
}

export interface Evidence {
  id?: string;
  title?: string;
  file?: string;
  url?: string;
  date?: string;
}

export interface SolutionDescription {
  $schema?: string;
  schemaVersion?: number;
  date?: string;
  solution?: {
    name?: string;
    description?: string;
    productSeries?: string;
    version?: string;
    vendor?: Party;
    acquisitionType?: 'egenudviklet' | 'bestillingsudviklet' | 'kommercielt' | 'open-source';
    operationalStatus?: 'delvist-ibrugtaget' | 'fuldt-ibrugtaget' | 'under-udfasning' | 'udfaset' | 'ikke-ibrugtaget';
  };
  tasks?: { kle?: string[]; form?: string[] };
  profile?: {
    kinds?: SolutionKind[];
    users?: UserGroup[];
    criticality?: Criticality;
    caseBearing?: boolean;
    grantsBenefits?: boolean;
    secureIdentification?: boolean;
    usesOrganisationData?: boolean;
  };
  personalData?: {
    categories?: PersonalDataCategory[];
    controller?: Party;
    processors?: Processor[];
    subProcessors?: Processor[];
    dpa?: string;
    riskAssessment?: string;
    dpia?: string;
  };
  hosting?: {
    model?: 'on-premises' | 'private-cloud' | 'public-cloud' | 'saas';
    providers?: string[];
    dataLocations?: string[];
    transferMechanism?: string;
  };
  assurance?: Assurance[];
  authentication?: {
    citizens?: Login;
    businesses?: Login;
    employees?: Login;
  };
  components?: string[];
  digitalPost?: {
    sendsLetters?: boolean;
    channel?: 'sf1601' | 'direct' | 'none';
    format?: 'memo' | 'other';
    memoVersion?: string;
    samples?: string[];
  };
  selfService?: {
    fullyDigital?: boolean;
    borgerDk?: { handlingsside?: boolean; designSystem?: string };
    prefill?: string[];
    receipt?: 'digital-post' | 'email' | 'screen' | 'none';
    usageStatistics?: { method?: string; reportedTo?: string };
    userTesting?: string;
  };
  flis?: { delivers?: boolean; reason?: string };
  integrations?: Integration[];
  interfaces?: OfferedInterface[];
  baseData?: BaseDataUse[];
  exit?: {
    export?: {
      formats?: string[];
      scope?: string[];
      method?: 'self-service' | 'on-request';
      deliveryDays?: number;
      schemaDocumented?: boolean;
    };
    assistance?: {
      included?: boolean;
      durationMonths?: number;
      priceModel?: string;
      deletionCertificate?: boolean;
    };
    dataOwnership?: 'customer' | 'vendor' | 'shared';
    exportFee?: 'none' | 'fixed' | 'hourly' | 'other';
  };
  serviceLevels?: {
    availability?: number;
    measurementPeriod?: 'month' | 'quarter' | 'year';
    responseTimeMs?: number;
    supportHours?: string;
    maintenanceWindows?: string;
    incidentPriorities?: string[];
  };
  testing?: {
    penetrationTest?: { date?: string; evidence?: string };
    loadTest?: { date?: string; evidence?: string };
  };
  logging?: {
    accessLog?: {
      covers?: string[];
      retentionMonths?: number;
      exportToCustomer?: boolean;
    };
  };
  accessibility?: {
    standard?: 'en-301-549' | 'wcag-2.1-aa' | 'wcag-2.2-aa' | 'none';
    statementUrl?: string;
  };
  architecture?: {
    documents?: string[];
    configurability?: string;
  };
  archiving?: {
    obligation?: 'bevaring' | 'kassation' | 'ukendt';
    archive?: 'rigsarkivet' | 'kommunalt-arkiv';
    notification?: string;
    archivalVersion?: boolean;
    archiveType?: 'afsluttede-sager' | 'oejebliksbillede';
    deletionRules?: string;
    nextErasureDeadline?: string;
    archiveBeforeDeletion?: boolean;
  };
  deviations?: Deviation[];
  evidence?: Evidence[];
}
