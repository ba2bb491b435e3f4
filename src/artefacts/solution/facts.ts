import { child } from '../../location/pointer.js';
import type { SolutionDescription } from './types.js';

/** Facts several solution rules ask of a description; one place, so the rules agree. */

/** Citizens or businesses use the solution. */
export function servesPublic(doc: SolutionDescription): boolean {
  const users = doc.profile?.users ?? [];
  return users.includes('citizens') || users.includes('businesses');
}

/** Digital self-service for citizens or businesses. */
export function isPublicSelfService(doc: SolutionDescription): boolean {
  return (doc.profile?.kinds ?? []).includes('self-service') && servesPublic(doc);
}

/** The solution processes personal data (any category but 3, "no personal data"). */
export function processesPersonalData(doc: SolutionDescription): boolean {
  return (doc.personalData?.categories ?? []).some((c) => c !== '3');
}

/** The SF numbers the description declares integrations for, without variant suffixes (SF1601_A → SF1601). */
export function declaredSfNumbers(doc: SolutionDescription): Set<string> {
  return new Set(
    (doc.integrations ?? []).map((i) => i?.sf?.toUpperCase().replace(/_.*$/, '')).filter((sf): sf is string => !!sf),
  );
}

/** True when the description lists a shared component (case and spacing ignored). */
export function declaresComponent(doc: SolutionDescription, name: string): boolean {
  const wanted = simplify(name);
  return (doc.components ?? []).some((c) => typeof c === 'string' && simplify(c) === wanted);
}

/** Lowercase letters and digits only: "Mit Overblik" and "mit-overblik" are the same component. */
export function simplify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9æøå]/g, '');
}

/** Whole months from `date` to `asOf` (both YYYY-MM-DD); negative when `date` is later. */
export function monthsBetween(date: string, asOf: string): number {
  const [y1, m1, d1] = date.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = asOf.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** A path as the description writes it (./a\\b.yaml), as the bid lists it (a/b.yaml). */
export function bidPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** A non-empty string after trimming. */
export function filled(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Every place the description refers to an evidence id, with its pointer. */
export function evidenceReferences(doc: SolutionDescription): { pointer: string; ref: string }[] {
  const refs: { pointer: string; ref: string }[] = [];
  const add = (pointer: string, ref: unknown) => {
    if (typeof ref === 'string') refs.push({ pointer, ref });
  };
  add('/personalData/dpa', doc.personalData?.dpa);
  add('/personalData/riskAssessment', doc.personalData?.riskAssessment);
  add('/personalData/dpia', doc.personalData?.dpia);
  (doc.assurance ?? []).forEach((a, i) => add(child('/assurance', i, 'evidence'), a?.evidence));
  add('/testing/penetrationTest/evidence', doc.testing?.penetrationTest?.evidence);
  add('/testing/loadTest/evidence', doc.testing?.loadTest?.evidence);
  add('/selfService/userTesting', doc.selfService?.userTesting);
  (doc.architecture?.documents ?? []).forEach((ref, i) => add(child('/architecture/documents', i), ref));
  (doc.deviations ?? []).forEach((d, i) => add(child('/deviations', i, 'evidence'), d?.evidence));
  add('/archiving/notification', doc.archiving?.notification);
  return refs;
}
