/**
 * Shared infrastructure the rules know by name: KOMBIT integrations by SF number, and components
 * that are retired with their successors. A hand-kept snapshot (Digitaliseringskataloget has no
 * public API); `as of` says when it was last checked against the sources.
 */
import type { Localized } from '../../src/core/text.js';

export const COMPONENTS_AS_OF = '2026-11';

export interface KnownIntegration {
  readonly sf: string;
  readonly name: string;
  /** Set when the integration is superseded: the SF number to use instead. */
  readonly supersededBy?: string;
  readonly source: string;
}

const KATALOG = 'https://digitaliseringskataloget.dk/integration/';

export const INTEGRATIONS: readonly KnownIntegration[] = [
  { sf: 'SF1460', name: 'Beskedfordeler (gammel version)', supersededBy: 'SF1461', source: `${KATALOG}sf1461` },
  { sf: 'SF1461', name: 'Beskedfordeler – modtag beskeder', source: `${KATALOG}sf1461` },
  { sf: 'SF1462', name: 'Beskedfordeler – afsend beskeder', source: `${KATALOG}sf1461` },
  { sf: 'SF1470', name: 'Sags- og Dokumentindeks – aflevér sager og dokumenter', source: 'https://digitaliseringskataloget.dk/sags-dokumentindeks' },
  { sf: 'SF1472', name: 'Sags- og Dokumentindeks – søg sager og dokumenter', source: 'https://digitaliseringskataloget.dk/sags-dokumentindeks' },
  { sf: 'SF1500', name: 'Organisation', source: `${KATALOG}sf1500` },
  { sf: 'SF1510', name: 'Klassifikation', source: 'https://digitaliseringskataloget.dk/klassifikationssystem' },
  { sf: 'SF1520', name: 'CPR replika opslag', source: `${KATALOG}sf1520` },
  { sf: 'SF1525', name: 'Persondata Samling Hent', source: `${KATALOG}sf1525` },
  { sf: 'SF1530', name: 'CVR opslag', source: 'https://digitaliseringskataloget.dk/' },
  { sf: 'SF1590', name: 'ØiR debitor', source: 'https://www.kombit.dk/kdi-notifikationsservice' },
  { sf: 'SF1600', name: 'Print', source: 'https://digitaliseringskataloget.dk/' },
  { sf: 'SF1601', name: 'Postkomponent – send Digital Post', source: `${KATALOG}sf1606` },
  { sf: 'SF1606', name: 'Postkomponent – modtag Digital Post', source: `${KATALOG}sf1606` },
  { sf: 'SF2250', name: 'NemSMS', source: 'https://www.kombit.dk/kdi-notifikationsservice' },
  { sf: 'SF2900', name: 'Fordelingskomponent', source: `${KATALOG}sf2900` },
  { sf: 'SF7002', name: 'Klassifikation – sortimenter', source: 'https://digitaliseringskataloget.dk/klassifikationssystem' },
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
    names: ['borgerblikket'],
    title: 'Borgerblikket',
    successor: { da: 'Mit Overblik på borger.dk, fodret af Sags- og Dokumentindekset og Ydelsesindekset', en: 'Mit Overblik on borger.dk, fed by the case and benefit indexes' },
    source: 'https://dok.kombit.dk/teknik-miljoe-og-borgerservice/borgerblikket',
  },
  {
    names: ['foces', 'voces', 'moces'],
    title: 'FOCES/VOCES/MOCES',
    successor: { da: 'OCES3-certifikater (systemcertifikat) fra Den Danske Stats Tillidstjeneste', en: 'OCES3 certificates (system certificate) from the Danish state’s trust service' },
    source: 'https://digitaliseringskataloget.dk/tilslutningsguide-brugervendt-system',
  },
];
