/**
 * The bid's entry for the municipal service catalogue: what the solution does (KLE tasks), for whom,
 * which data it uses and offers, its interfaces and integrations, and the shared components it uses,
 * as JSON-LD. Keys are IT-System-AP's Danish terms where it has one (itSystemnavn, produktserie,
 * forvaltningsopgave, målgruppe, kritikalitetstype, personoplysningskategori, dataansvarlig,
 * databehandler, udstiller/anvender dataservice); the rest are rammetjek's. Built from the solution
 * description only: what the vendor states, with the description's hash and the check's outcome.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseData } from '../artefacts/parse.js';
import type { SolutionDescription } from '../artefacts/solution/types.js';
import { check } from '../check.js';
import { UsageError } from '../core/errors.js';
import { VERSION } from '../version.js';

/** The terms are rammetjek's (named as IT-System-AP names them) until IT-System-AP publishes a JSON-LD context of its own. */
export const CATALOGUE_CONTEXT = { '@vocab': 'https://schemas.rammetjek.dk/catalogue/1#' } as const;

/** A service-catalogue entry (JSON-LD). */
export interface CatalogueEntry {
  readonly '@context': typeof CATALOGUE_CONTEXT;
  readonly '@type': 'ITSystem';
  readonly itSystemnavn?: string;
  readonly itSystembeskrivelse?: string;
  readonly produktserie?: string;
  readonly versionsnummer?: string;
  readonly anskaffelsestype?: string;
  readonly operationelStatus?: string;
  readonly leverandoer?: { readonly navn?: string; readonly cvr?: string };
  readonly forvaltningsopgave: readonly { readonly kle: string }[];
  /** IT-System-AP's target group: citizens and businesses are `ekstern`, employees `intern`. */
  readonly maalgruppe: readonly ('ekstern' | 'intern')[];
  readonly brugere: readonly string[];
  readonly loesningstype: readonly string[];
  readonly kritikalitetstype?: string;
  readonly personoplysningskategori: readonly string[];
  readonly dataansvarlig?: string;
  readonly databehandler: readonly string[];
  /**
   * The data the solution masters (IT-System-AP: datasæt the system skaber), from what the description
   * declares: the data behind the interfaces it offers, cases and documents when it is case-bearing,
   * grants when it grants benefits.
   */
  readonly skaberDatasaet: readonly string[];
  /** Interfaces the solution offers (IT-System-AP: dataservice the system udstiller). */
  readonly udstillerDataservice: readonly { readonly navn?: string; readonly type?: string; readonly standard?: string; readonly specifikation?: string; readonly beskrivelse?: string }[];
  /** Integrations it uses (IT-System-AP: dataservice the system anvender), with Serviceplatformen's SF numbers. */
  readonly anvenderDataservice: readonly { readonly sf?: string; readonly navn?: string; readonly retning?: string; readonly protokol?: string; readonly formaal?: string }[];
  /** Base data registers it reads, and from where. */
  readonly anvenderGrunddata: readonly { readonly register?: string; readonly kilde?: string }[];
  readonly faellesKomponenter: readonly string[];
  readonly hosting?: { readonly model?: string; readonly lande: readonly string[] };
  /** Where the entry comes from: the description (with its SHA-256) and what rammetjek found. */
  readonly kilde: { readonly fil: string; readonly sha256: string; readonly dato?: string; readonly rammetjek: string; readonly regelsaet: string; readonly mindstekrav: string };
}

const strings = (list: readonly unknown[] | undefined): string[] => (list ?? []).filter((v): v is string => typeof v === 'string');

/** Builds the bid's catalogue entry. Throws {@link UsageError} when the bid has no readable solution description. */
export async function catalogueEntry(paths: readonly string[]): Promise<CatalogueEntry> {
  const report = await check({ paths });
  const file = report.solution?.file;
  if (!file || report.solution?.unreadable) {
    throw new UsageError({ da: 'buddet har ingen læsbar løsningsbeskrivelse, så der er intet at skrive i kataloget', en: 'the bid has no readable solution description, so there is nothing to put in the catalogue' });
  }
  const absolute = path.resolve(report.root, file);
  const doc = (parseData(await readFile(absolute, 'utf8'), /\.json$/i.test(file) ? 'json' : 'yaml') ?? {}) as SolutionDescription;
  const s = doc.solution ?? {};
  const p = doc.profile ?? {};
  const users = strings(p.users);
  const input = report.inputs.find((i) => i.path === file);
  return {
    '@context': CATALOGUE_CONTEXT,
    '@type': 'ITSystem',
    ...(s.name ? { itSystemnavn: s.name } : {}),
    ...(s.description ? { itSystembeskrivelse: s.description } : {}),
    ...(s.productSeries ? { produktserie: s.productSeries } : {}),
    ...(s.version ? { versionsnummer: s.version } : {}),
    ...(s.acquisitionType ? { anskaffelsestype: s.acquisitionType } : {}),
    ...(s.operationalStatus ? { operationelStatus: s.operationalStatus } : {}),
    ...(s.vendor ? { leverandoer: { ...(s.vendor.name ? { navn: s.vendor.name } : {}), ...(s.vendor.cvr ? { cvr: s.vendor.cvr } : {}) } } : {}),
    forvaltningsopgave: strings(doc.tasks?.kle).map((kle) => ({ kle })),
    maalgruppe: [...(users.some((u) => u === 'citizens' || u === 'businesses') ? (['ekstern'] as const) : []), ...(users.includes('employees') ? (['intern'] as const) : [])],
    brugere: users,
    loesningstype: strings(p.kinds),
    ...(p.criticality ? { kritikalitetstype: p.criticality } : {}),
    personoplysningskategori: strings(doc.personalData?.categories),
    ...(doc.personalData?.controller?.name ? { dataansvarlig: doc.personalData.controller.name } : {}),
    databehandler: [...(doc.personalData?.processors ?? []), ...(doc.personalData?.subProcessors ?? [])].map((x) => x?.name).filter((n): n is string => typeof n === 'string'),
    skaberDatasaet: [
      ...(doc.interfaces ?? []).map((i) => i?.name).filter((n): n is string => typeof n === 'string'),
      ...(p.caseBearing === true ? ['sager og dokumenter'] : []),
      ...(p.grantsBenefits === true ? ['bevillinger og ydelser'] : []),
    ],
    udstillerDataservice: (doc.interfaces ?? []).map((i) => ({ ...(i.name ? { navn: i.name } : {}), ...(i.type ? { type: i.type } : {}), ...(i.standard ? { standard: i.standard } : {}), ...(i.spec ? { specifikation: i.spec } : {}), ...(i.description ? { beskrivelse: i.description } : {}) })),
    anvenderDataservice: (doc.integrations ?? []).map((i) => ({ ...(i.sf ? { sf: i.sf } : {}), ...(i.name ? { navn: i.name } : {}), ...(i.direction ? { retning: i.direction } : {}), ...(i.protocol ? { protokol: i.protocol } : {}), ...(i.purpose ? { formaal: i.purpose } : {}) })),
    anvenderGrunddata: (doc.baseData ?? []).map((b) => ({ ...(b.register ? { register: b.register } : {}), ...(b.source ? { kilde: b.source } : {}) })),
    faellesKomponenter: strings(doc.components),
    ...(doc.hosting ? { hosting: { ...(doc.hosting.model ? { model: doc.hosting.model } : {}), lande: strings(doc.hosting.dataLocations) } } : {}),
    kilde: {
      fil: file,
      sha256: input?.sha256 ?? '',
      ...(typeof doc.date === 'string' ? { dato: doc.date } : {}),
      rammetjek: VERSION,
      regelsaet: report.ruleset.version,
      mindstekrav: report.summary.mindstekrav.status,
    },
  };
}
