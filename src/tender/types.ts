/** The tender profile and the assessment as the buyer writes them (see schema.ts for every field's meaning). */

export type SolutionProfile = 'self-service' | 'case-system' | 'integration' | 'other';

export interface WaiverInput {
  readonly rule: string;
  readonly scope: 'bid' | { readonly file: string; readonly pointer?: string };
  readonly reason: string;
  readonly approvedBy: string;
  readonly expires: string;
}

export interface MindstekravInput {
  readonly id: string;
  readonly title: string;
  readonly rules: readonly string[];
  readonly deviations?: 'allowed' | 'forbidden';
}

export interface CriterionInput {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly rules?: readonly string[];
  readonly manual?: string;
}

export interface TenderInput {
  readonly schemaVersion: 1;
  readonly name: string;
  readonly reference: string;
  readonly date: string;
  readonly buyer?: string;
  readonly ruleset: string;
  readonly profiles: readonly SolutionProfile[];
  readonly rules?: readonly string[];
  readonly excluded?: readonly { readonly rule: string; readonly reason: string }[];
  readonly severity?: readonly { readonly rule: string; readonly severity: 'error' | 'warning' | 'info' }[];
  readonly mindstekrav?: readonly MindstekravInput[];
  readonly award?: {
    readonly scale: { readonly max: number; readonly deviation: number };
    readonly criteria: readonly CriterionInput[];
  };
  readonly waivers?: readonly WaiverInput[];
}

export type AssessmentVerdict = 'pass' | 'fail' | 'deviation-accepted' | 'deviation-rejected';

export interface AssessmentItemInput {
  readonly rule?: string;
  readonly criterion?: string;
  readonly verdict?: AssessmentVerdict;
  readonly score?: number;
  readonly assessor: string;
  readonly date: string;
  readonly note?: string;
  readonly evidence?: { readonly file: string; readonly sha256: string };
}

export interface AssessmentInput {
  readonly schemaVersion: 1;
  readonly tender?: string;
  readonly bid: { readonly name?: string; readonly sha256: string };
  readonly verdicts?: readonly AssessmentItemInput[];
  readonly waivers?: readonly WaiverInput[];
}
