import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueEntry } from '../src/assess/catalogue.js';
import { REPO } from './rule-docs.js';
import { run } from './run-cli.js';

const bid = (name: string) => path.join(REPO, 'fixtures', 'bids', name);

describe('rammetjek catalogue', () => {
  it('gives the case system’s entry for the service catalogue with IT-System-AP field names', async () => {
    const entry = await catalogueEntry([bid('sagssystem-med-afvigelser')]);
    expect(entry).toMatchObject({
      '@type': 'ITSystem',
      itSystemnavn: 'Kompas Omsorg',
      produktserie: 'Kompas Omsorg',
      versionsnummer: '6.3',
      anskaffelsestype: 'kommercielt',
      operationelStatus: 'fuldt-ibrugtaget',
      leverandoer: { navn: 'Kompas Velfærd A/S', cvr: '27364859' },
      forvaltningsopgave: [{ kle: '27.24' }, { kle: '27.24.06' }, { kle: '29.09' }],
      maalgruppe: ['intern'],
      loesningstype: ['case-system'],
      kritikalitetstype: 'samfundskritisk',
      personoplysningskategori: ['1', '1.1', '2'],
      dataansvarlig: 'Kommunen (ordregiver)',
      databehandler: ['Kompas Velfærd A/S', 'Microsoft Ireland Operations Ltd.'],
      faellesKomponenter: ['serviceplatformen', 'sags-og-dokumentindeks', 'beskedfordeler', 'organisation', 'klassifikation', 'flis', 'digital-post'],
      hosting: { model: 'public-cloud', lande: ['IE', 'NL'] },
    });
    expect(entry.skaberDatasaet).toEqual(['Besøgsplan', 'Omsorgshændelser', 'sager og dokumenter', 'bevillinger og ydelser']);
    expect(entry.anvenderDataservice.map((d) => d.sf)).toEqual(['SF1500', 'SF1510', 'SF1520', 'SF1470', 'SF1461', 'SF1601']);
    expect(entry.udstillerDataservice).toEqual([
      { navn: 'Besøgsplan', type: 'rest', standard: 'OpenAPI 3.0', specifikation: 'api/besoegsplan.yaml', beskrivelse: 'Planlagte og udførte besøg pr. borger.' },
      { navn: 'Omsorgshændelser', type: 'events', standard: 'Beskedkuvert 2.0 via Beskedfordeleren', beskrivelse: 'Hændelser ved ændret visitation.' },
    ]);
    expect(entry.anvenderGrunddata).toEqual([{ register: 'cpr', kilde: 'serviceplatformen' }, { register: 'dar', kilde: 'local-copy' }]);
    expect(entry.kilde).toMatchObject({ fil: 'loesningsbeskrivelse.yaml', dato: '2026-09-30', mindstekrav: 'met' });
    expect(entry.kilde.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints JSON-LD, the same twice; a bid without a description is a usage error', async () => {
    const first = await run('catalogue', bid('borgerservice-selvbetjening'));
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ '@context': { '@vocab': 'https://schemas.rammetjek.dk/catalogue/1#' }, itSystemnavn: 'Byggeansøgning Selvbetjening', maalgruppe: ['ekstern'] });
    expect((await run('catalogue', bid('borgerservice-selvbetjening'))).out).toBe(first.out);
    const none = await run('catalogue', path.join(bid('borgerservice-selvbetjening'), 'api', 'byggeansoegning-v1.yaml'));
    expect(none.code).toBe(2);
    expect(none.err).toContain('buddet har ingen læsbar løsningsbeskrivelse');
  });
});
