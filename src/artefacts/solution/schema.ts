/**
 * JSON Schema (draft 2020-12) of the løsningsbeskrivelse, schemaVersion 1. Every field carries a
 * Danish and an English title and description, so editors show help in both languages:
 * `title` is "dansk · English", `description` is the Danish paragraph, a blank line, the English one.
 * Field names follow digst's IT-System-AP where it has a term (noted in the descriptions).
 */

type Schema = Record<string, unknown>;

/** A documented field: titles and descriptions in both languages, merged into `schema`. */
function f(da: [string, string], en: [string, string], schema: Schema): Schema {
  return { title: `${da[0]} · ${en[0]}`, description: `${da[1]}\n\n${en[1]}`, ...schema };
}

const text = (minLength = 1): Schema => ({ type: 'string', minLength });
const date: Schema = { type: 'string', format: 'date' };
const evidenceRef: Schema = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' };
const cvr: Schema = { type: 'string', pattern: '^[0-9]{8}$' };

function obj(properties: Record<string, Schema>, required: string[] = []): Schema {
  return { type: 'object', additionalProperties: false, properties, ...(required.length ? { required } : {}) };
}

function list(items: Schema, extra: Schema = {}): Schema {
  return { type: 'array', items, ...extra };
}

const party = (da: [string, string], en: [string, string]): Schema =>
  f(da, en, obj({
    name: f(['Navn', 'Organisationens navn.'], ['Name', 'The organisation’s name.'], text()),
    cvr: f(['CVR-nummer', 'Otte cifre, uden mellemrum.'], ['CVR number', 'Eight digits, no spaces.'], cvr),
  }, ['name']));

const processor: Schema = f(
  ['Databehandler', 'En virksomhed, der behandler personoplysninger på kommunens vegne.'],
  ['Data processor', 'A company processing personal data on behalf of the municipality.'],
  obj({
    name: f(['Navn', 'Databehandlerens navn.'], ['Name', 'The processor’s name.'], text()),
    cvr: f(['CVR-nummer', 'Otte cifre, hvis virksomheden er dansk.'], ['CVR number', 'Eight digits, if the company is Danish.'], cvr),
    country: f(['Land', 'Landekode efter ISO 3166-1 (fx DK, SE, IE).'], ['Country', 'ISO 3166-1 alpha-2 country code (e.g. DK, SE, IE).'], { type: 'string', pattern: '^[A-Z]{2}$' }),
    role: f(['Rolle', 'Hvad databehandleren gør, fx drift eller support.'], ['Role', 'What the processor does, e.g. hosting or support.'], text()),
  }, ['name']),
);

const login = (da: string, en: string): Schema =>
  f([da, `Hvordan ${da.toLowerCase()} logger ind.`], [en, `How ${en.toLowerCase()} log in.`], obj({
    provider: f(
      ['Login-løsning', 'nemlog-in (MitID via NemLog-in), mitid-erhverv, fk-adgangsstyring (Fælleskommunal Adgangsstyring / Context Handler), local-idp (kommunens egen IdP), own-login (leverandørens eget login), nemid (udfaset), other eller none.'],
      ['Login provider', 'nemlog-in (MitID through NemLog-in), mitid-erhverv, fk-adgangsstyring (joint municipal access control / Context Handler), local-idp (the municipality’s own IdP), own-login (the vendor’s own login), nemid (retired), other or none.'],
      { enum: ['nemlog-in', 'mitid-erhverv', 'fk-adgangsstyring', 'local-idp', 'own-login', 'nemid', 'other', 'none'] },
    ),
    protocol: f(
      ['Protokol', 'oiosaml-3 (OIOSAML 3.0.x), oiosaml-4 (OIOSAML 4.0.0), oiosaml-2 (udfaset hos NemLog-in, men Context Handler tager stadig imod den), oidc eller other.'],
      ['Protocol', 'oiosaml-3 (OIOSAML 3.0.x), oiosaml-4 (OIOSAML 4.0.0), oiosaml-2 (retired at NemLog-in, but still accepted by the Context Handler), oidc or other.'],
      { enum: ['oiosaml-3', 'oiosaml-4', 'oiosaml-2', 'oidc', 'other'] },
    ),
    nsisLevel: f(['NSIS-sikringsniveau', 'low, substantial eller high.'], ['NSIS assurance level', 'low, substantial or high.'], { enum: ['low', 'substantial', 'high'] }),
    entityId: f(['EntityID', 'SAML-tjenestens EntityID, som det står i metadata.'], ['EntityID', 'The SAML service’s EntityID, as in its metadata.'], text()),
    metadata: f(['SAML-metadata', 'Sti til SAML-metadatafilen i buddet.'], ['SAML metadata', 'Path of the SAML metadata file in the bid.'], text()),
    userSystemRoles: f(['Brugersystemroller', 'De brugersystemroller, løsningen definerer til Adgangsstyring.'], ['User system roles', 'The user system roles the solution defines for access control.'], list(text())),
    administrationsmodulet: f(['Administrationsmodulet', 'Løsningen oprettes som brugervendt system i Administrationsmodulet (Fælleskommunal Adgangsstyring) med sine brugersystemroller, så kommunen kan tildele rettigheder.'], ['Administrationsmodulet', 'The solution is registered as a user-facing system in Administrationsmodulet (the joint municipal access control) with its user system roles, so the municipality can grant rights.'], { type: 'boolean' }),
    justification: f(['Begrundelse', 'Hvorfor dette login er valgt, hvis det ikke er den fælles løsning.'], ['Justification', 'Why this login was chosen, if it is not the shared one.'], text()),
  }));

const dated = (da: string, en: string): Schema =>
  f([da, `Dato og dokumentation for ${da.toLowerCase()}.`], [en, `Date and evidence of the ${en.toLowerCase()}.`], obj({
    date: f(['Dato', 'Hvornår testen blev udført.'], ['Date', 'When the test was carried out.'], date),
    evidence: f(['Dokumentation', 'Id på et dokument i evidence.'], ['Evidence', 'Id of a document in evidence.'], evidenceRef),
  }));

export const SOLUTION_SCHEMA_ID = 'https://schemas.rammetjek.dk/solution/1.json';

export const solutionSchema: Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SOLUTION_SCHEMA_ID,
  ...f(
    ['Løsningsbeskrivelse', 'Leverandørens strukturerede beskrivelse af den tilbudte it-løsning, til vurdering efter den fælleskommunale rammearkitektur.'],
    ['Solution description', 'The vendor’s structured description of the offered IT solution, for assessment against the joint municipal framework architecture.'],
    {},
  ),
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'solution'],
  properties: {
    $schema: f(['Skema', 'Henvisning til dette skema, så editoren kan hjælpe.'], ['Schema', 'Reference to this schema, so editors can help.'], { type: 'string' }),
    schemaVersion: f(['Skemaversion', 'Altid 1 i denne version af rammetjek.'], ['Schema version', 'Always 1 in this version of rammetjek.'], { const: 1 }),
    date: f(['Dato', 'Løsningsbeskrivelsens dato. Aldre på certifikater og rapporter regnes fra den.'], ['Date', 'The date of the description. Ages of certificates and reports are counted from it.'], date),
    solution: f(['Løsning', 'Kerneoplysninger om it-systemet (IT-System-AP: kerneinformation).'], ['Solution', 'Core facts about the IT system (IT-System-AP: core information).'], obj({
      name: f(['Navn', 'It-systemets foretrukne navn (IT-System-AP: it-systemnavn).'], ['Name', 'The IT system’s preferred name (IT-System-AP: it-systemnavn).'], text()),
      description: f(['Beskrivelse', 'Formål og hovedfunktioner (IT-System-AP: it-systembeskrivelse).'], ['Description', 'Purpose and key functions (IT-System-AP: it-systembeskrivelse).'], text()),
      productSeries: f(['Produktserie', 'Produktets navn i leverandørens sortiment eller på SKIs katalog (IT-System-AP: produktserie).'], ['Product series', 'The product’s name in the vendor’s range or SKI’s catalogue (IT-System-AP: produktserie).'], text()),
      version: f(['Version', 'Den tilbudte version (IT-System-AP: versionsnummer).'], ['Version', 'The offered version (IT-System-AP: versionsnummer).'], text()),
      vendor: party(['Leverandør', 'Den leverandør, der afgiver buddet.'], ['Vendor', 'The vendor submitting the bid.']),
      acquisitionType: f(['Anskaffelsestype', 'IT-System-AP: egenudviklet, bestillingsudviklet, kommercielt eller open-source.'], ['Acquisition type', 'IT-System-AP: egenudviklet (in-house), bestillingsudviklet (custom), kommercielt (COTS) or open-source.'], { enum: ['egenudviklet', 'bestillingsudviklet', 'kommercielt', 'open-source'] }),
      operationalStatus: f(['Operationel status', 'IT-System-AP: delvist-ibrugtaget, fuldt-ibrugtaget, under-udfasning, udfaset; ikke-ibrugtaget for en ny løsning.'], ['Operational status', 'IT-System-AP: partly or fully in use, being phased out, phased out; ikke-ibrugtaget for a new solution.'], { enum: ['delvist-ibrugtaget', 'fuldt-ibrugtaget', 'under-udfasning', 'udfaset', 'ikke-ibrugtaget'] }),
    }, ['name', 'description', 'vendor'])),
    tasks: f(['Opgaver', 'De kommunale opgaver, løsningen understøtter (IT-System-AP: forvaltningsopgave).'], ['Tasks', 'The municipal tasks the solution supports (IT-System-AP: forvaltningsopgave).'], obj({
      kle: f(['KLE-numre', 'Emnenumre i KLE, fx 27.24 eller 27.24.00.'], ['KLE numbers', 'Subject numbers in KLE, e.g. 27.24 or 27.24.00.'], list({ type: 'string' })),
      form: f(['FORM-numre', 'Opgaver i FORM (bruges af stat og regioner).'], ['FORM numbers', 'Tasks in FORM (used by the state and regions).'], list({ type: 'string' })),
    })),
    profile: f(['Løsningsprofil', 'Hvilken slags løsning det er, og hvem der bruger den.'], ['Solution profile', 'What kind of solution it is, and who uses it.'], obj({
      kinds: f(['Løsningstyper', 'self-service (selvbetjening), case-system (fagsystem), integration (integrations- eller platformsløsning), other.'], ['Kinds', 'self-service, case-system, integration (integration or platform), other.'], list({ enum: ['self-service', 'case-system', 'integration', 'other'] }, { minItems: 1, uniqueItems: true })),
      users: f(['Brugere', 'citizens (borgere), businesses (virksomheder), employees (medarbejdere). IT-System-APs målgruppe: borgere og virksomheder er ekstern, medarbejdere intern.'], ['Users', 'citizens, businesses, employees. IT-System-AP’s target group: citizens and businesses are external, employees internal.'], list({ enum: ['citizens', 'businesses', 'employees'] }, { minItems: 1, uniqueItems: true })),
      criticality: f(['Kritikalitet', 'IT-System-AP: forretningskritisk, samfundskritisk eller ikke-kritisk.'], ['Criticality', 'IT-System-AP: business-critical, critical to society, or not critical.'], { enum: ['forretningskritisk', 'samfundskritisk', 'ikke-kritisk'] }),
      caseBearing: f(['Sagsbærende', 'Løsningen opretter og behandler sager.'], ['Case-bearing', 'The solution creates and handles cases.'], { type: 'boolean' }),
      grantsBenefits: f(['Ydelser', 'Løsningen bevilger eller udbetaler ydelser.'], ['Benefits', 'The solution grants or pays benefits.'], { type: 'boolean' }),
      secureIdentification: f(['Sikker identifikation', 'Brugerne skal identificeres sikkert, fx fordi løsningen viser eller modtager personoplysninger.'], ['Secure identification', 'Users must be identified securely, e.g. because the solution shows or receives personal data.'], { type: 'boolean' }),
      usesOrganisationData: f(['Bruger organisationsdata', 'Løsningen har brug for kommunens organisation, medarbejdere eller enheder.'], ['Uses organisation data', 'The solution needs the municipality’s organisation, employees or units.'], { type: 'boolean' }),
    }, ['kinds', 'users'])),
    personalData: f(['Personoplysninger', 'Hvilke personoplysninger løsningen behandler, og hvem der har ansvaret.'], ['Personal data', 'Which personal data the solution processes, and who is responsible.'], obj({
      categories: f(['Kategorier', 'IT-System-AP: 1 almindelige, 1.1 personnummer, 1.2 strafbare forhold, 2 følsomme, 3 ingen personoplysninger.'], ['Categories', 'IT-System-AP: 1 ordinary, 1.1 CPR numbers, 1.2 criminal offences, 2 sensitive, 3 no personal data.'], list({ enum: ['1', '1.1', '1.2', '2', '3'] }, { minItems: 1, uniqueItems: true })),
      controller: party(['Dataansvarlig', 'Den dataansvarlige, normalt kommunen.'], ['Data controller', 'The data controller, normally the municipality.']),
      processors: f(['Databehandlere', 'Leverandøren og andre databehandlere.'], ['Data processors', 'The vendor and other processors.'], list(processor)),
      subProcessors: f(['Underdatabehandlere', 'Underdatabehandlere, fx hostingleverandør.'], ['Sub-processors', 'Sub-processors, e.g. the hosting provider.'], list(processor)),
      dpa: f(['Databehandleraftale', 'Id på databehandleraftalen i evidence.'], ['Data processing agreement', 'Id of the data processing agreement in evidence.'], evidenceRef),
      riskAssessment: f(['Risikovurdering', 'Id på risikovurderingen i evidence.'], ['Risk assessment', 'Id of the risk assessment in evidence.'], evidenceRef),
      dpia: f(['Konsekvensanalyse', 'Id på konsekvensanalysen (DPIA) i evidence.'], ['DPIA', 'Id of the data protection impact assessment in evidence.'], evidenceRef),
    })),
    hosting: f(['Drift og placering', 'Hvor løsningen driftes, og hvor data ligger.'], ['Hosting', 'Where the solution runs, and where its data is stored.'], obj({
      model: f(['Driftsform', 'on-premises, private-cloud, public-cloud eller saas.'], ['Hosting model', 'on-premises, private-cloud, public-cloud or saas.'], { enum: ['on-premises', 'private-cloud', 'public-cloud', 'saas'] }),
      providers: f(['Driftsleverandører', 'Navne på datacentre eller cloudleverandører.'], ['Providers', 'Names of data centres or cloud providers.'], list(text())),
      dataLocations: f(['Dataplacering', 'Lande, hvor data ligger eller tilgås fra, som ISO 3166-1-koder.'], ['Data locations', 'Countries where data is stored or accessed from, as ISO 3166-1 codes.'], list({ type: 'string', pattern: '^[A-Z]{2}$' }, { minItems: 1 })),
      transferMechanism: f(['Overførselsgrundlag', 'Grundlaget for overførsel til lande uden for EU/EØS, fx EU-Kommissionens standardkontraktbestemmelser.'], ['Transfer mechanism', 'The basis for transfers to countries outside the EU/EEA, e.g. the EU standard contractual clauses.'], text()),
    })),
    assurance: f(['Sikkerhedserklæringer', 'Certificeringer og revisorerklæringer for løsningen.'], ['Security assurance', 'Certifications and auditor’s reports for the solution.'], list(obj({
      type: f(['Type', 'iso27001, isae3402, isae3000 eller other.'], ['Type', 'iso27001, isae3402, isae3000 or other.'], { enum: ['iso27001', 'isae3402', 'isae3000', 'other'] }),
      issued: f(['Udstedt', 'Dato for certifikatet eller erklæringen.'], ['Issued', 'Date of the certificate or report.'], date),
      scope: f(['Omfang', 'Hvad erklæringen dækker.'], ['Scope', 'What the report covers.'], text()),
      evidence: f(['Dokumentation', 'Id i evidence.'], ['Evidence', 'Id in evidence.'], evidenceRef),
    }, ['type', 'issued']))),
    authentication: f(['Login', 'Hvordan borgere, virksomheder og medarbejdere logger ind.'], ['Authentication', 'How citizens, businesses and employees log in.'], obj({
      citizens: login('Borgere', 'Citizens'),
      businesses: login('Virksomheder', 'Businesses'),
      employees: login('Medarbejdere', 'Employees'),
    })),
    components: f(['Fælles komponenter', 'Fælles infrastruktur, løsningen bruger, fx nemlog-in, digital-post, borger-dk, virk-dk, mit-overblik, nemkonto, serviceplatformen, beskedfordeler.'], ['Shared components', 'Shared infrastructure the solution uses, e.g. nemlog-in, digital-post, borger-dk, virk-dk, mit-overblik, nemkonto, serviceplatformen, beskedfordeler.'], list(text(), { uniqueItems: true })),
    digitalPost: f(['Digital Post', 'Breve og kvitteringer til borgere og virksomheder.'], ['Digital Post', 'Letters and receipts to citizens and businesses.'], obj({
      sendsLetters: f(['Sender breve', 'Løsningen sender breve til borgere eller virksomheder.'], ['Sends letters', 'The solution sends letters to citizens or businesses.'], { type: 'boolean' }),
      channel: f(['Kanal', 'sf1601 (KOMBITs Postkomponent), direct (direkte til Digital Post) eller none.'], ['Channel', 'sf1601 (KOMBIT’s post component), direct (straight to Digital Post) or none.'], { enum: ['sf1601', 'direct', 'none'] }),
      format: f(['Format', 'memo eller other.'], ['Format', 'memo or other.'], { enum: ['memo', 'other'] }),
      memoVersion: f(['MeMo-version', 'Fx 1.1 eller 1.2.'], ['MeMo version', 'E.g. 1.1 or 1.2.'], { type: 'string', pattern: '^[0-9]+\\.[0-9]+$' }),
      samples: f(['Eksempler', 'Stier til eksempler på MeMo-beskeder i buddet.'], ['Samples', 'Paths of sample MeMo messages in the bid.'], list(text())),
    })),
    selfService: f(['Selvbetjening', 'Krav til digital selvbetjening for borgere og virksomheder.'], ['Self-service', 'Requirements on digital self-service for citizens and businesses.'], obj({
      fullyDigital: f(['Fuldt digital', 'Hele forløbet kan gennemføres digitalt, uden print og underskrift på papir.'], ['Fully digital', 'The whole flow can be completed digitally, without printing or signing on paper.'], { type: 'boolean' }),
      borgerDk: f(['borger.dk og virk.dk', 'Integration med portalerne.'], ['borger.dk and virk.dk', 'Integration with the portals.'], obj({
        handlingsside: f(['Handlingsside', 'Løsningen har en handlingsside på borger.dk eller virk.dk.'], ['Action page', 'The solution has an action page on borger.dk or virk.dk.'], { type: 'boolean' }),
        designSystem: f(['Designsystem', 'Det designsystem, brugerfladen bygger på, fx dkfds (Det Fælles Designsystem).'], ['Design system', 'The design system the user interface builds on, e.g. dkfds (the common Danish design system).'], text()),
      })),
      prefill: f(['Forudfyldte data', 'Oplysninger, der hentes fra login eller registre i stedet for at spørge brugeren.'], ['Prefilled data', 'Data fetched from the login or registers instead of asking the user.'], list(text())),
      receipt: f(['Kvittering', 'Hvordan brugeren får kvittering: digital-post, email, screen eller none.'], ['Receipt', 'How the user gets a receipt: digital-post, email, screen or none.'], { enum: ['digital-post', 'email', 'screen', 'none'] }),
      usageStatistics: f(['Brugsstatistik', 'Hvordan brugen måles og indberettes.'], ['Usage statistics', 'How usage is measured and reported.'], obj({
        method: f(['Metode', 'Fx tællerscriptet fra borger.dk.'], ['Method', 'E.g. borger.dk’s counter script.'], text()),
        reportedTo: f(['Indberettes til', 'Hvem statistikken leveres til.'], ['Reported to', 'Who receives the statistics.'], text()),
      })),
      userTesting: f(['Brugertest', 'Id i evidence for brugertest af løsningen.'], ['User testing', 'Id in evidence of user tests of the solution.'], evidenceRef),
    })),
    flis: f(['FLIS', 'Levering af data til Fælleskommunalt Ledelsesinformationssystem.'], ['FLIS', 'Delivery of data to the joint municipal management information system.'], obj({
      delivers: f(['Leverer', 'Løsningen leverer data til FLIS.'], ['Delivers', 'The solution delivers data to FLIS.'], { type: 'boolean' }),
      reason: f(['Begrundelse', 'Hvorfor der ikke leveres, hvis det ikke sker.'], ['Reason', 'Why nothing is delivered, if that is the case.'], text()),
    })),
    integrations: f(['Integrationer', 'Integrationer til den fælleskommunale infrastruktur, med SF-numre.'], ['Integrations', 'Integrations with the joint municipal infrastructure, by SF number.'], list(obj({
      sf: f(['SF-nummer', 'Integrationens nummer i Digitaliseringskataloget, fx SF1520.'], ['SF number', 'The integration’s number in Digitaliseringskataloget, e.g. SF1520.'], { type: 'string', pattern: '^SF[0-9]{4}(_[A-Z0-9]+)?$' }),
      name: f(['Navn', 'Integrationens navn.'], ['Name', 'The integration’s name.'], text()),
      direction: f(['Retning', 'consume (anvender), provide (udstiller) eller both.'], ['Direction', 'consume, provide or both.'], { enum: ['consume', 'provide', 'both'] }),
      protocol: f(['Protokol', 'soap, rest, amqp eller sftp.'], ['Protocol', 'soap, rest, amqp or sftp.'], { enum: ['soap', 'rest', 'amqp', 'sftp'] }),
      purpose: f(['Formål', 'Hvad integrationen bruges til.'], ['Purpose', 'What the integration is used for.'], text()),
      spec: f(['Specifikation', 'Sti til WSDL eller OpenAPI i buddet.'], ['Specification', 'Path of the WSDL or OpenAPI file in the bid.'], text()),
      security: f(['Sikring', 'Hvordan systemet autentificerer sig: oioidws (token fra KOMBITs STS, Adgangsstyring for systemer), certificate (kun OCES3-systemcertifikat) eller other.'], ['Security', 'How the system authenticates: oioidws (a token from KOMBIT’s STS, access control for systems), certificate (an OCES3 system certificate only) or other.'], { enum: ['oioidws', 'certificate', 'other'] }),
      initialLoad: f(['Initial indlæsning', 'Ved idriftsættelse leveres også de eksisterende sager, dokumenter eller ydelser til indekset, ikke kun nye.'], ['Initial load', 'At go-live the existing cases, documents or benefits are delivered to the index too, not only new ones.'], { type: 'boolean' }),
      updateLatencyMinutes: f(['Opdateringstid', 'Højst antal minutter fra en ændring i løsningen til den er leveret til indekset.'], ['Update latency', 'The most minutes from a change in the solution until it is delivered to the index.'], { type: 'integer', minimum: 0 }),
      messageTypes: f(['Beskedtyper', 'De beskedtyper, løsningen sender eller abonnerer på via Beskedfordeleren.'], ['Message types', 'The message types the solution sends or subscribes to through the message distributor.'], list(text(), { uniqueItems: true })),
    }, ['sf', 'direction']))),
    interfaces: f(['Udstillede snitflader', 'Snitflader, løsningen stiller til rådighed for andre systemer.'], ['Offered interfaces', 'Interfaces the solution offers to other systems.'], list(obj({
      name: f(['Navn', 'Snitfladens navn.'], ['Name', 'The interface’s name.'], text()),
      type: f(['Type', 'rest, soap, events, file eller proprietary.'], ['Type', 'rest, soap, events, file or proprietary.'], { enum: ['rest', 'soap', 'events', 'file', 'proprietary'] }),
      standard: f(['Standard', 'Den åbne standard, snitfladen er beskrevet i, fx OpenAPI 3.1 eller WSDL 1.1.'], ['Standard', 'The open standard describing the interface, e.g. OpenAPI 3.1 or WSDL 1.1.'], text()),
      spec: f(['Specifikation', 'Sti til OpenAPI- eller WSDL-filen i buddet.'], ['Specification', 'Path of the OpenAPI or WSDL file in the bid.'], text()),
      authentication: f(['Sikring', 'Hvordan kald autentificeres, fx oauth2, mtls eller oioidws.'], ['Authentication', 'How calls are authenticated, e.g. oauth2, mtls or oioidws.'], text()),
      description: f(['Beskrivelse', 'Hvad snitfladen giver adgang til.'], ['Description', 'What the interface gives access to.'], text()),
    }, ['name', 'type']))),
    baseData: f(['Grunddata', 'Hvorfra løsningen henter grunddata (CPR, CVR, DAR, BBR, MAT).'], ['Base data', 'Where the solution gets base data (CPR, CVR, DAR, BBR, MAT).'], list(obj({
      register: f(['Register', 'Grunddataregistret: cpr, cvr, dar, bbr eller mat.'], ['Register', 'The base register: cpr, cvr, dar, bbr or mat.'], { enum: ['cpr', 'cvr', 'dar', 'bbr', 'mat'] }),
      source: f(['Kilde', 'serviceplatformen, datafordeleren, local-copy (egen kopi) eller other.'], ['Source', 'serviceplatformen, datafordeleren, local-copy or other.'], { enum: ['serviceplatformen', 'datafordeleren', 'local-copy', 'other'] }),
      integration: f(['Integration', 'SF-nummer eller tjeneste, fx SF1520.'], ['Integration', 'SF number or service, e.g. SF1520.'], text()),
      justification: f(['Begrundelse', 'Hvorfor en lokal kopi er nødvendig.'], ['Justification', 'Why a local copy is needed.'], text()),
    }, ['register', 'source']))),
    exit: f(['Exit', 'Hvordan kommunen kommer ud af kontrakten med sine data.'], ['Exit', 'How the municipality leaves the contract with its data.'], obj({
      export: f(['Dataudtræk', 'Udtræk af alle kommunens data.'], ['Data export', 'Export of all the municipality’s data.'], obj({
        formats: f(['Formater', 'Fx json, csv, xml, pdf-a.'], ['Formats', 'E.g. json, csv, xml, pdf-a.'], list(text(), { minItems: 1 })),
        scope: f(['Omfang', 'Hvad udtrækket omfatter: data, documents (dokumenter), metadata og logs.'], ['Scope', 'What the export covers: data, documents, metadata and logs.'], list({ enum: ['data', 'documents', 'metadata', 'logs'] }, { uniqueItems: true })),
        method: f(['Metode', 'self-service (kommunen tager selv udtræk) eller on-request.'], ['Method', 'self-service or on-request.'], { enum: ['self-service', 'on-request'] }),
        deliveryDays: f(['Leveringstid', 'Dage fra anmodning til udtræk.'], ['Delivery time', 'Days from request to export.'], { type: 'integer', minimum: 0 }),
        schemaDocumented: f(['Dokumenteret format', 'Udtrækkets struktur er dokumenteret, fx med JSON Schema eller XSD.'], ['Documented format', 'The export’s structure is documented, e.g. by JSON Schema or XSD.'], { type: 'boolean' }),
      })),
      assistance: f(['Ophørsbistand', 'Leverandørens bistand ved ophør.'], ['Exit assistance', 'The vendor’s help when the contract ends.'], obj({
        included: f(['Indeholdt', 'Ophørsbistand er en del af tilbuddet.'], ['Included', 'Exit assistance is part of the offer.'], { type: 'boolean' }),
        durationMonths: f(['Varighed', 'Måneder.'], ['Duration', 'Months.'], { type: 'integer', minimum: 0 }),
        priceModel: f(['Prismodel', 'Fx fast pris eller timepris.'], ['Price model', 'E.g. fixed price or hourly rate.'], text()),
        deletionCertificate: f(['Sletteerklæring', 'Leverandøren dokumenterer sletning efter overdragelse.'], ['Deletion certificate', 'The vendor documents deletion after handover.'], { type: 'boolean' }),
      })),
      dataOwnership: f(['Ejerskab til data', 'customer (kommunen), vendor eller shared.'], ['Data ownership', 'customer (the municipality), vendor or shared.'], { enum: ['customer', 'vendor', 'shared'] }),
      exportFee: f(['Betaling for udtræk', 'none, fixed, hourly eller other.'], ['Export fee', 'none, fixed, hourly or other.'], { enum: ['none', 'fixed', 'hourly', 'other'] }),
    })),
    serviceLevels: f(['Servicemål', 'Aftalte servicemål for drift og support.'], ['Service levels', 'Agreed service levels for operation and support.'], obj({
      availability: f(['Oppetid', 'Garanteret oppetid i procent, fx 99.5.'], ['Availability', 'Guaranteed availability in percent, e.g. 99.5.'], { type: 'number', minimum: 0, maximum: 100 }),
      measurementPeriod: f(['Måleperiode', 'month, quarter eller year.'], ['Measurement period', 'month, quarter or year.'], { enum: ['month', 'quarter', 'year'] }),
      responseTimeMs: f(['Svartid', 'Maksimal svartid i millisekunder for almindelige kald.'], ['Response time', 'Maximum response time in milliseconds for ordinary calls.'], { type: 'integer', minimum: 1 }),
      supportHours: f(['Supporttider', 'Fx hverdage 8-16.'], ['Support hours', 'E.g. weekdays 8-16.'], text()),
      maintenanceWindows: f(['Servicevinduer', 'Hvornår planlagt vedligehold finder sted.'], ['Maintenance windows', 'When planned maintenance takes place.'], text()),
      incidentPriorities: f(['Prioriteter', 'Fejlprioriteter med reaktionstider.'], ['Incident priorities', 'Incident priorities with response times.'], list(text())),
    })),
    testing: f(['Test', 'Dokumentation for sikkerheds- og belastningstest.'], ['Testing', 'Evidence of security and load tests.'], obj({
      penetrationTest: dated('Penetrationstest', 'Penetration test'),
      loadTest: dated('Belastningstest', 'Load test'),
    })),
    logging: f(['Logning', 'Logning af adgang til personoplysninger.'], ['Logging', 'Logging of access to personal data.'], obj({
      accessLog: f(['Adgangslog', 'Log over opslag i og ændringer af personoplysninger.'], ['Access log', 'Log of look-ups in and changes to personal data.'], obj({
        covers: f(['Indhold', 'Hvad loggen registrerer: user (bruger), data-subject (den registrerede), action (handling), time (tidspunkt).'], ['Covers', 'What the log records: user, data-subject, action, time.'], list({ enum: ['user', 'data-subject', 'action', 'time'] }, { uniqueItems: true })),
        retentionMonths: f(['Opbevaring', 'Måneder loggen gemmes.'], ['Retention', 'Months the log is kept.'], { type: 'integer', minimum: 0 }),
        exportToCustomer: f(['Udlevering', 'Kommunen kan få loggen udleveret.'], ['Export', 'The municipality can get the log.'], { type: 'boolean' }),
      })),
    })),
    accessibility: f(['Tilgængelighed', 'Webtilgængelighed for borgere og virksomheder.'], ['Accessibility', 'Web accessibility for citizens and businesses.'], obj({
      standard: f(['Standard', 'en-301-549, wcag-2.1-aa, wcag-2.2-aa eller none.'], ['Standard', 'en-301-549, wcag-2.1-aa, wcag-2.2-aa or none.'], { enum: ['en-301-549', 'wcag-2.1-aa', 'wcag-2.2-aa', 'none'] }),
      statementUrl: f(['Tilgængelighedserklæring', 'Adressen på erklæringen, normalt på was.digst.dk.'], ['Accessibility statement', 'The statement’s address, normally on was.digst.dk.'], { type: 'string', format: 'uri' }),
    })),
    architecture: f(['Arkitektur', 'Arkitekturdokumentation og konfigurerbarhed.'], ['Architecture', 'Architecture documentation and configurability.'], obj({
      documents: f(['Dokumenter', 'Id’er i evidence på kontekstdiagram, integrationsoversigt og datamodel.'], ['Documents', 'Ids in evidence of the context diagram, integration overview and data model.'], list(evidenceRef)),
      configurability: f(['Konfigurerbarhed', 'Hvordan ændringer i regler og klassifikationer gennemføres uden ny kode.'], ['Configurability', 'How changes to rules and classifications are made without new code.'], text()),
    })),
    archiving: f(['Arkivering og sletning', 'Bevaring, aflevering til offentligt arkiv og sletning af løsningens data (IT-System-APs arkivprofil).'], ['Archiving and deletion', 'Preservation, transfer to a public archive and deletion of the solution’s data (IT-System-AP’s archives profile).'], obj({
      obligation: f(['Bevaring', 'Arkivets afgørelse om løsningens data: bevaring, kassation eller ukendt (endnu ikke anmeldt eller afgjort). IT-System-AP: archivalObligationType.'], ['Preservation', 'The archive’s decision on the solution’s data: bevaring (preserve), kassation (dispose) or ukendt (not yet notified or decided). IT-System-AP: archivalObligationType.'], { enum: ['bevaring', 'kassation', 'ukendt'] }),
      archive: f(['Arkiv', 'Det offentlige arkiv, kommunen afleverer til: rigsarkivet eller kommunalt-arkiv (fx et stadsarkiv).'], ['Archive', 'The public archive the municipality transfers to: rigsarkivet (the Danish National Archives) or kommunalt-arkiv (a municipal archive).'], { enum: ['rigsarkivet', 'kommunalt-arkiv'] }),
      notification: f(['Anmeldelse', 'Id i evidence på anmeldelsen af it-systemet til arkivet, eller leverandørens bistand til den.'], ['Notification', 'Id in evidence of the notification of the IT system to the archive, or of the vendor’s help with it.'], evidenceRef),
      archivalVersion: f(['Arkiveringsversion', 'Løsningen kan danne en arkiveringsversion efter bekendtgørelse nr. 128 af 12. februar 2020 om arkiveringsversioner.'], ['Archival version', 'The solution can produce an archival version under executive order no. 128 of 12 February 2020 on archival versions.'], { type: 'boolean' }),
      archiveType: f(['Afleveringsform', 'afsluttede-sager (afsluttede sager og dokumenter) eller oejebliksbillede (et øjebliksbillede af alle data). IT-System-AP: plannedArchiveType.'], ['Archive type', 'afsluttede-sager (closed cases and documents) or oejebliksbillede (a snapshot of all data). IT-System-AP: plannedArchiveType.'], { enum: ['afsluttede-sager', 'oejebliksbillede'] }),
      deletionRules: f(['Sletteregler', 'Hvornår og hvordan data slettes, fx frister pr. datatype, og hvem der sætter dem.'], ['Deletion rules', 'When and how data is deleted, e.g. deadlines per kind of data, and who sets them.'], text()),
      nextErasureDeadline: f(['Næste sletning', 'Datoen for den næste planlagte sletning. IT-System-AP: nextDataErasureDeadline.'], ['Next erasure', 'The date of the next planned deletion. IT-System-AP: nextDataErasureDeadline.'], date),
      archiveBeforeDeletion: f(['Arkivering før sletning', 'Data, der skal bevares, afleveres til arkivet, før de slettes.'], ['Archive before deletion', 'Data to be preserved is transferred to the archive before it is deleted.'], { type: 'boolean' }),
    })),
    deviations: f(['Afvigelser', 'Erklærede afvigelser fra rammearkitekturen (følg-eller-forklar).'], ['Deviations', 'Declared deviations from the framework architecture (comply or explain).'], list(obj({
      rule: f(['Regel', 'Regel-id, katalog-id (fx SD-010) eller arkitekturregel (fx AR 4.2).'], ['Rule', 'Rule id, catalogue id (e.g. SD-010) or architecture rule (e.g. AR 4.2).'], text()),
      justification: f(['Begrundelse', 'Hvorfor løsningen afviger.'], ['Justification', 'Why the solution deviates.'], { type: 'string' }),
      mitigation: f(['Afhjælpning', 'Hvad der gøres for at begrænse følgerne, og om afvigelsen ophører.'], ['Mitigation', 'What limits the consequences, and whether the deviation will end.'], { type: 'string' }),
      evidence: f(['Dokumentation', 'Id i evidence.'], ['Evidence', 'Id in evidence.'], evidenceRef),
    }, ['rule']))),
    evidence: f(['Dokumentation', 'Dokumenter, buddet henviser til.'], ['Evidence', 'Documents the bid refers to.'], list(obj({
      id: f(['Id', 'Kort id, som andre felter henviser til.'], ['Id', 'Short id that other fields refer to.'], evidenceRef),
      title: f(['Titel', 'Dokumentets titel.'], ['Title', 'The document’s title.'], text()),
      file: f(['Fil', 'Sti til filen i buddet.'], ['File', 'Path of the file in the bid.'], text()),
      url: f(['Adresse', 'Offentlig adresse, hvis dokumentet ikke ligger i buddet.'], ['URL', 'Public address, if the document is not in the bid.'], { type: 'string', format: 'uri' }),
      date: f(['Dato', 'Dokumentets dato.'], ['Date', 'The document’s date.'], date),
    }, ['id', 'title']))),
  },
};
