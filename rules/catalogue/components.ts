/**
 * Shared infrastructure the rules know by name: KOMBIT integrations by SF number, each with the status
 * and date Digitaliseringskataloget gives it, and components that are retired with their successors.
 * A hand-kept snapshot (Digitaliseringskataloget has no public API); `as of` says when it was last
 * checked against the sources. Borgerblikket is not retired: KOMBIT calls it the service that shows
 * municipal data on Mit Overblik (https://kombit.dk/borgerblikket-faq).
 */
import type { Localized } from '../../src/core/text.js';

export const COMPONENTS_AS_OF = '2026-11';

/** The status Digitaliseringskataloget gives an integration: in operation, or phased out ("Udfaset"). */
export type IntegrationStatus = 'i-drift' | 'udfaset';

export interface KnownIntegration {
  readonly sf: string;
  /** The integration's name as the catalogue gives it. */
  readonly name: string;
  readonly status: IntegrationStatus;
  /**
   * The catalogue's date for that status (YYYY-MM-DD) where it shows one; otherwise the month the
   * entry was last checked against the catalogue (YYYY-MM).
   */
  readonly date: string;
  /** Set when the integration is superseded: the SF number to use instead. */
  readonly supersededBy?: string;
  readonly source: string;
}

const KATALOG = 'https://digitaliseringskataloget.dk/integration/';
const INDEKS = 'https://digitaliseringskataloget.dk/sags-dokumentindeks';
const KLASSIFIKATION = 'https://digitaliseringskataloget.dk/klassifikationssystem';

export const INTEGRATIONS: readonly KnownIntegration[] = [
  { sf: 'SF1460', name: 'Beskedfordeler (gammel version)', status: 'udfaset', date: '2026-11', supersededBy: 'SF1461', source: `${KATALOG}sf1461` },
  { sf: 'SF1461', name: 'Beskedfordeler – modtag beskeder', status: 'i-drift', date: '2026-11', source: `${KATALOG}sf1461` },
  { sf: 'SF1462', name: 'Beskedfordeler – afsend beskeder', status: 'i-drift', date: '2026-11', source: `${KATALOG}sf1461` },
  { sf: 'SF1470', name: 'Sags- og Dokumentindeks', status: 'i-drift', date: '2023-05-03', source: `${KATALOG}sf1470` },
  { sf: 'SF1472', name: 'Hent borgers kontrolsager fra anden sektor', status: 'i-drift', date: '2026-11', source: INDEKS },
  { sf: 'SF1500', name: 'Organisation', status: 'i-drift', date: '2026-11', source: `${KATALOG}sf1500` },
  { sf: 'SF1510', name: 'Klassifikation', status: 'i-drift', date: '2026-11', source: KLASSIFIKATION },
  { sf: 'SF1520', name: 'CPR replika opslag', status: 'i-drift', date: '2026-11', source: `${KATALOG}sf1520` },
  { sf: 'SF1525', name: 'Persondata Samling Hent', status: 'i-drift', date: '2026-11', source: `${KATALOG}sf1525` },
  { sf: 'SF1530', name: 'CVR opslag', status: 'i-drift', date: '2026-11', source: 'https://digitaliseringskataloget.dk/' },
  { sf: 'SF1590', name: 'ØiR debitor', status: 'i-drift', date: '2026-11', source: 'https://www.kombit.dk/kdi-notifikationsservice' },
  { sf: 'SF1600', name: 'Print', status: 'udfaset', date: '2023-11-30', supersededBy: 'SF1601', source: `${KATALOG}sf1600` },
  { sf: 'SF1601', name: 'Postkomponent – send Digital Post', status: 'i-drift', date: '2026-11', source: `${KATALOG}sf1606` },
  { sf: 'SF1606', name: 'Postkomponent – modtag Digital Post', status: 'i-drift', date: '2026-11', source: `${KATALOG}sf1606` },
  { sf: 'SF2250', name: 'NemSMS', status: 'i-drift', date: '2026-11', source: 'https://www.kombit.dk/kdi-notifikationsservice' },
  { sf: 'SF2900', name: 'Fordelingskomponent', status: 'i-drift', date: '2026-11', source: `${KATALOG}sf2900` },
  { sf: 'SF7002', name: 'Klassifikation – sortimenter', status: 'i-drift', date: '2026-11', source: KLASSIFIKATION },
];

export interface RetiredComponent {
  /** Names a vendor may write (compared without case, spaces and hyphens). */
  readonly names: readonly string[];
  readonly title: string;
  readonly successor: Localized;
  readonly source: string;
}

export const RETIRED_COMPONENTS: readonly RetiredComponent[] = [
  {
    names: ['nemid', 'nem-id', 'nemid-medarbejdersignatur'],
    title: 'NemID',
    successor: { da: 'MitID via NemLog-in (borgere) og MitID Erhverv (virksomheder og medarbejdere)', en: 'MitID through NemLog-in (citizens) and MitID Erhverv (businesses and staff)' },
    source: 'https://migrering.nemlog-in.dk/om-nemlog-in/hvad-er-nemlog-in',
  },
  {
    names: ['dokumentboks', 'digital-dokumentboks'],
    title: 'Dokumentboks',
    successor: { da: 'Digital Post med beskeder i MeMo-format', en: 'Digital Post with messages in MeMo' },
    source: 'https://digst.dk/it-loesninger/digital-post/anvendelse/forstaa-digital-post/memo/',
  },
  {
    names: ['oiosaml-2', 'oiosaml2', 'nemlog-in-2', 'nemlogin2'],
    title: 'OIOSAML 2 / NemLog-in 2',
    successor: { da: 'NemLog-in 3 med OIOSAML 3', en: 'NemLog-in 3 with OIOSAML 3' },
    source: 'https://tu.nemlog-in.dk/oprettelse-og-administration-af-tjenester/login/dokumentation-og-guides/',
  },
  {
    names: ['e-boks', 'eboks', 'e-boks-digital-post'],
    title: 'e-Boks',
    successor: { da: 'Digital Post (Næste generation Digital Post, der afløste e-Boks som leverandør) direkte eller via KOMBITs Postkomponent (SF1601)', en: 'Digital Post (the next-generation Digital Post, which replaced e-Boks as the provider) directly or through KOMBIT’s post component (SF1601)' },
    source: 'https://digst.dk/it-loesninger/digital-post/anvendelse/forstaa-digital-post/memo/',
  },
  {
    names: ['foces', 'voces', 'moces'],
    title: 'FOCES/VOCES/MOCES',
    successor: { da: 'OCES3-certifikater (systemcertifikat) fra Den Danske Stats Tillidstjeneste', en: 'OCES3 certificates (system certificate) from the Danish state’s trust service' },
    source: 'https://digitaliseringskataloget.dk/tilslutningsguide-brugervendt-system',
  },
];
