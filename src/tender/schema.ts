/**
 * JSON Schemas (draft 2020-12) of what the buyer writes: the tender profile (udbudsprofil) and the
 * evaluators' assessment of one bid (vurdering). Like the solution schema, every field has a Danish
 * and an English title and description ("dansk · English"; the Danish paragraph, a blank line, the
 * English one), so editors show help in both languages. Published as schemas/tender.schema.json and
 * schemas/assessment.schema.json.
 */

type Schema = Record<string, unknown>;

function f(da: [string, string], en: [string, string], schema: Schema): Schema {
  return { title: `${da[0]} · ${en[0]}`, description: `${da[1]}\n\n${en[1]}`, ...schema };
}

const text: Schema = { type: 'string', minLength: 1 };
const date: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const sha256: Schema = { type: 'string', pattern: '^[0-9a-f]{64}$' };

function obj(properties: Record<string, Schema>, required: string[] = []): Schema {
  return { type: 'object', additionalProperties: false, properties, ...(required.length ? { required } : {}) };
}

const selector = (da: string, en: string): Schema =>
  f(
    ['Regel', `${da} Skrives som regel-id (sol-nemlogin-for-citizens), katalog-id (SD-009), arkitekturregel ("AR 4.2": alle dens regler) eller princip (P4: alle dets regler).`],
    ['Rule', `${en} Written as a rule id (sol-nemlogin-for-citizens), a catalogue id (SD-009), an architecture rule ("AR 4.2": all its rules) or a principle (P4: all its rules).`],
    text,
  );

const selectors = (da: [string, string], en: [string, string]): Schema =>
  f(da, en, { type: 'array', minItems: 1, items: selector('En regel eller en gruppe af regler.', 'A rule or a group of rules.') });

export const waiverSchema: Schema = f(
  ['Dispensation', 'Ordregivers accept af et bestemt fund: fundet bliver stående i rapporten med dommen «waived» (dispenseret), men tæller ikke med. En udløbet dispensation gælder ikke længere, og rapporten siger det.'],
  ['Waiver', 'The buyer’s acceptance of a particular finding: the finding stays in the report with the verdict waived, but no longer counts. An expired waiver stops applying, and the report says so.'],
  obj(
    {
      rule: selector('Den regel, dispensationen gælder.', 'The rule the waiver concerns.'),
      scope: f(
        ['Omfang', '«bid» for hele buddet, eller en fil i buddet og eventuelt en JSON-pointer i den (fx /baseData/0); dispensationen dækker fund i og under pointeren.'],
        ['Scope', '"bid" for the whole bid, or a file in the bid and optionally a JSON pointer into it (e.g. /baseData/0); the waiver covers findings at and below the pointer.'],
        {
          oneOf: [
            { const: 'bid' },
            obj(
              {
                file: f(['Fil', 'Stien til filen i buddet, fx loesningsbeskrivelse.yaml.'], ['File', 'Path of the file in the bid, e.g. loesningsbeskrivelse.yaml.'], text),
                pointer: f(['Pointer', 'JSON-pointer (RFC 6901) i filen; udelades, dækker dispensationen hele filen.'], ['Pointer', 'JSON pointer (RFC 6901) into the file; left out, the waiver covers the whole file.'], { type: 'string', pattern: '^(/.*)?$' }),
              },
              ['file'],
            ),
          ],
        },
      ),
      reason: f(['Begrundelse', 'Hvorfor ordregiver accepterer fundet.'], ['Reason', 'Why the buyer accepts the finding.'], text),
      approvedBy: f(['Godkendt af', 'Navn og rolle på den, der har godkendt dispensationen.'], ['Approved by', 'Name and role of the person who approved the waiver.'], text),
      expires: f(['Udløber', 'Sidste dag (ÅÅÅÅ-MM-DD), dispensationen gælder; efter den datoen tæller fundet igen.'], ['Expires', 'Last day (YYYY-MM-DD) the waiver applies; after that date the finding counts again.'], date),
    },
    ['rule', 'scope', 'reason', 'approvedBy', 'expires'],
  ),
);

export const TENDER_SCHEMA_ID = 'https://schemas.rammetjek.dk/tender/1.json';

export const tenderSchema: Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: TENDER_SCHEMA_ID,
  ...f(
    ['Udbudsprofil', 'Ordregivers krav til buddene i ét udbud: hvilke regler der gælder, hvilke der er mindstekrav, og hvordan tildelingskriterierne vægtes og pointgives.'],
    ['Tender profile', 'The buyer’s requirements for the bids in one tender: which rules apply, which are mandatory requirements, and how the award criteria are weighted and scored.'],
    obj(
      {
        $schema: f(['Skema', 'Henvisning til dette skema, så editoren kan hjælpe.'], ['Schema', 'Reference to this schema, so the editor can help.'], { type: 'string' }),
        schemaVersion: f(['Skemaversion', 'Versionen af udbudsprofilens format; i dag 1.'], ['Schema version', 'The version of the tender profile format; 1 today.'], { const: 1 }),
        name: f(['Udbuddets navn', 'Navnet, som det står i udbudsbetingelserne.'], ['Tender name', 'The name as it appears in the tender conditions.'], text),
        reference: f(['Udbudsnummer', 'Ordregivers sagsnummer eller udbudsnummer, fx 2026/14.'], ['Tender reference', 'The buyer’s case or tender number, e.g. 2026/14.'], text),
        date: f(['Dato', 'Udbudsprofilens dato (ÅÅÅÅ-MM-DD).'], ['Date', 'The tender profile’s date (YYYY-MM-DD).'], date),
        buyer: f(['Ordregiver', 'Kommunen eller indkøbsfællesskabet, der udbyder.'], ['Buyer', 'The municipality or purchasing body running the tender.'], text),
        ruleset: f(
          ['Regelsæt', 'Den version af rammetjeks regelsæt, udbudsprofilen er skrevet til (se «rammetjek --version» og rapporternes «ruleset»). En nyere version end værktøjets er en fejl.'],
          ['Ruleset', 'The version of rammetjek’s rule set the tender profile was written for (see the reports’ "ruleset"). A version newer than the tool’s is an error.'],
          { type: 'string', pattern: '^\\d{4}\\.\\d{1,2}\\.\\d+$' },
        ),
        profiles: f(
          ['Løsningsprofiler', 'Hvilke slags løsninger udbuddet gælder: self-service (selvbetjening), case-system (fagsystem/sagssystem), integration, other.'],
          ['Solution profiles', 'Which kinds of solution the tender is for: self-service, case-system, integration, other.'],
          { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['self-service', 'case-system', 'integration', 'other'] } },
        ),
        rules: selectors(
          ['Regler i udbuddet', 'De regler, buddene vurderes efter. Udelades feltet, gælder alle rammetjeks regler. Regler under mindstekrav og tildelingskriterier er altid med.'],
          ['Rules in the tender', 'The rules the bids are judged by. Left out, every rule of rammetjek applies. Rules under mandatory requirements and award criteria are always included.'],
        ),
        excluded: f(
          ['Fravalgte regler', 'Regler, der ikke gælder i dette udbud, hver med en begrundelse. De køres ikke og står i rapporten med begrundelsen.'],
          ['Excluded rules', 'Rules that do not apply in this tender, each with a reason. They are not run and are listed in the report with the reason.'],
          {
            type: 'array',
            items: obj(
              {
                rule: selector('Den regel eller gruppe, der fravælges.', 'The rule or group excluded.'),
                reason: f(['Begrundelse', 'Hvorfor reglen ikke gælder.'], ['Reason', 'Why the rule does not apply.'], text),
              },
              ['rule', 'reason'],
            ),
          },
        ),
        severity: f(
          ['Ændret alvor', 'Regler, hvis alvor ordregiver ændrer i dette udbud (fx en anbefaling, der her er et krav).'],
          ['Severity overrides', 'Rules whose severity the buyer changes in this tender (e.g. a recommendation that is a requirement here).'],
          {
            type: 'array',
            items: obj(
              {
                rule: selector('Den regel eller gruppe, hvis alvor ændres.', 'The rule or group whose severity changes.'),
                severity: f(['Alvor', 'error (fejl), warning (advarsel) eller info.'], ['Severity', 'error, warning or info.'], { enum: ['error', 'warning', 'info'] }),
              },
              ['rule', 'severity'],
            ),
          },
        ),
        mindstekrav: f(
          ['Mindstekrav', 'Krav, som et bud skal opfylde for at være konditionsmæssigt. Ét krav, der ikke er opfyldt, gør buddet ukonditionsmæssigt; det rangeres ikke.'],
          ['Mandatory requirements', 'Requirements a bid must meet to be conforming. One requirement not met makes the bid non-conforming; it is not ranked.'],
          {
            type: 'array',
            items: obj(
              {
                id: f(['Nummer', 'Kravets nummer i kravspecifikationen, fx MK-1.'], ['Number', 'The requirement’s number in the requirements specification, e.g. MK-1.'], text),
                title: f(['Krav', 'Kravet, som det står i kravspecifikationen.'], ['Requirement', 'The requirement as the requirements specification states it.'], text),
                rules: selectors(['Regler', 'De regler, der afgør kravet; alle skal være opfyldt.'], ['Rules', 'The rules that decide the requirement; all must be met.']),
                deviations: f(
                  ['Afvigelser', '«allowed» (standard): en afvigelse gør kravet «ikke opfyldt, medmindre ordregiver accepterer afvigelsen». «forbidden»: afvigelser accepteres ikke; kravet er ikke opfyldt.'],
                  ['Deviations', '"allowed" (default): a deviation makes the requirement "not met unless the buyer accepts the deviation". "forbidden": deviations are not accepted; the requirement is not met.'],
                  { enum: ['allowed', 'forbidden'] },
                ),
              },
              ['id', 'title', 'rules'],
            ),
          },
        ),
        award: f(
          ['Tildeling', 'Tildelingskriterierne med vægte og pointskala.'],
          ['Award', 'The award criteria with weights and scoring scale.'],
          obj(
            {
              scale: f(
                ['Pointskala', 'Point pr. kriterium fra 0 til max. En opfyldt regel giver max point, en ikke opfyldt 0, en afvigelse max × deviation.'],
                ['Scoring scale', 'Points per criterion from 0 to max. A rule met gives max points, a rule not met 0, a deviation max × deviation.'],
                obj(
                  {
                    max: f(['Højeste point', 'Fx 10.'], ['Maximum points', 'E.g. 10.'], { type: 'number', exclusiveMinimum: 0 }),
                    deviation: f(['Andel ved afvigelse', 'Andelen af max, en regel med en afvigelse giver (0–1), fx 0.5.'], ['Share for a deviation', 'The share of max a rule with a deviation gives (0–1), e.g. 0.5.'], { type: 'number', minimum: 0, maximum: 1 }),
                  },
                  ['max', 'deviation'],
                ),
              ),
              criteria: f(
                ['Tildelingskriterier', 'Kriterierne; vægtene skal tilsammen give 100.'],
                ['Award criteria', 'The criteria; the weights must add up to 100.'],
                {
                  type: 'array',
                  minItems: 1,
                  items: obj(
                    {
                      id: f(['Nummer', 'Kriteriets nummer, fx K1.'], ['Number', 'The criterion’s number, e.g. K1.'], text),
                      title: f(['Kriterium', 'Kriteriet, som det står i udbudsbetingelserne.'], ['Criterion', 'The criterion as the tender conditions state it.'], text),
                      weight: f(['Vægt', 'Kriteriets vægt i procent.'], ['Weight', 'The criterion’s weight in per cent.'], { type: 'number', exclusiveMinimum: 0, maximum: 100 }),
                      rules: selectors(
                        ['Regler', 'Pointene beregnes som gennemsnittet af reglernes point (regler, der ikke er relevante eller er dispenseret, tæller ikke).'],
                        ['Rules', 'The points are the mean of the rules’ points (rules not applicable or waived do not count).'],
                      ),
                      manual: f(
                        ['Manuel bedømmelse', 'Kriteriet pointgives af bedømmerne i vurderingen; her står, hvad de skal vurdere.'],
                        ['Manual scoring', 'The criterion is scored by the evaluators in the assessment; this says what they judge.'],
                        text,
                      ),
                    },
                    ['id', 'title', 'weight'],
                  ),
                },
              ),
            },
            ['scale', 'criteria'],
          ),
        ),
        waivers: f(['Dispensationer', 'Dispensationer, der gælder for alle bud i udbuddet.'], ['Waivers', 'Waivers that apply to every bid in the tender.'], { type: 'array', items: waiverSchema }),
      },
      ['schemaVersion', 'name', 'reference', 'date', 'ruleset', 'profiles'],
    ),
  ),
};

export const ASSESSMENT_SCHEMA_ID = 'https://schemas.rammetjek.dk/assessment/1.json';

export const assessmentSchema: Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: ASSESSMENT_SCHEMA_ID,
  ...f(
    ['Vurdering', 'Bedømmernes vurdering af ét bud: deres afgørelser om de erklærede og manuelle punkter, om leverandørens afvigelser og om manuelt pointgivne kriterier.'],
    ['Assessment', 'The evaluators’ assessment of one bid: their decisions on declared and manual items, on the vendor’s deviations, and on manually scored criteria.'],
    obj(
      {
        $schema: f(['Skema', 'Henvisning til dette skema, så editoren kan hjælpe.'], ['Schema', 'Reference to this schema, so the editor can help.'], { type: 'string' }),
        schemaVersion: f(['Skemaversion', 'Versionen af vurderingens format; i dag 1.'], ['Schema version', 'The version of the assessment format; 1 today.'], { const: 1 }),
        tender: f(['Udbud', 'Udbudsnummeret (reference) i den udbudsprofil, vurderingen hører til.'], ['Tender', 'The reference of the tender profile the assessment belongs to.'], text),
        bid: f(
          ['Bud', 'Det bud, der er vurderet. sha256 er buddets fingeraftryk (rapportens tender.bid.sha256); er buddet ændret siden, markeres vurderingen.'],
          ['Bid', 'The bid assessed. sha256 is the bid’s fingerprint (the report’s tender.bid.sha256); if the bid has changed since, the assessment is flagged.'],
          obj(
            {
              name: f(['Navn', 'Løsningens navn eller tilbudsgivers navn, til læseren.'], ['Name', 'The solution’s or the bidder’s name, for the reader.'], text),
              sha256: f(['Fingeraftryk', 'SHA-256 over buddets filer, som rapporten viser det.'], ['Fingerprint', 'SHA-256 over the bid’s files, as the report shows it.'], sha256),
            },
            ['sha256'],
          ),
        ),
        verdicts: f(
          ['Afgørelser', 'Én afgørelse pr. punkt.'],
          ['Decisions', 'One decision per item.'],
          {
            type: 'array',
            items: obj(
              {
                rule: f(
                  ['Punkt', 'En erklæret regel (regel-id eller katalog-id), en arkitekturregel med et spørgsmål til bedømmeren (fx "AR 1.4"), eller – ved afvigelser – den regel, afvigelsen henviser til.'],
                  ['Item', 'A declared rule (rule id or catalogue id), an architecture rule with a question for the evaluator (e.g. "AR 1.4"), or – for deviations – the rule the deviation refers to.'],
                  text,
                ),
                criterion: f(['Kriterium', 'Et manuelt pointgivet tildelingskriterium (fx K3).'], ['Criterion', 'A manually scored award criterion (e.g. K3).'], text),
                verdict: f(
                  ['Afgørelse', 'pass (opfyldt), fail (ikke opfyldt), deviation-accepted (afvigelsen accepteres), deviation-rejected (afvigelsen afvises).'],
                  ['Verdict', 'pass, fail, deviation-accepted, deviation-rejected.'],
                  { enum: ['pass', 'fail', 'deviation-accepted', 'deviation-rejected'] },
                ),
                score: f(['Point', 'Point efter udbuddets skala (0 til max), hvor punktet pointgives.'], ['Score', 'Points on the tender’s scale (0 to max), where the item is scored.'], { type: 'number', minimum: 0 }),
                assessor: f(['Bedømmer', 'Navn og rolle på den, der har truffet afgørelsen.'], ['Assessor', 'Name and role of the person who decided.'], text),
                date: f(['Dato', 'Dato for afgørelsen (ÅÅÅÅ-MM-DD).'], ['Date', 'Date of the decision (YYYY-MM-DD).'], date),
                note: f(['Bemærkning', 'Begrundelsen for afgørelsen.'], ['Note', 'The reasoning behind the decision.'], text),
                evidence: f(
                  ['Dokumentation', 'En fil i buddet, afgørelsen bygger på, med dens SHA-256; er filen ændret siden, markeres afgørelsen.'],
                  ['Evidence', 'A file in the bid the decision rests on, with its SHA-256; if the file has changed since, the decision is flagged.'],
                  obj(
                    {
                      file: f(['Fil', 'Stien til filen i buddet.'], ['File', 'Path of the file in the bid.'], text),
                      sha256: f(['SHA-256', 'Filens SHA-256, som rapportens inputs viser den.'], ['SHA-256', 'The file’s SHA-256, as the report’s inputs show it.'], sha256),
                    },
                    ['file', 'sha256'],
                  ),
                ),
              },
              ['assessor', 'date'],
            ),
          },
        ),
        waivers: f(['Dispensationer', 'Dispensationer, der kun gælder dette bud.'], ['Waivers', 'Waivers that apply to this bid only.'], { type: 'array', items: waiverSchema }),
      },
      ['schemaVersion', 'bid'],
    ),
  ),
};
