/**
 * A report a buyer can defend: a run that checked nothing says so, files named on their own are
 * judged by content, references to files that are not there fail the rule that needed them, the
 * report is never read back as part of the bid, and ordinary mistakes give one line, not a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { run } from './run-cli.js';
import { UsageError } from '../src/core/errors.js';
import { renderText } from '../src/reporters/text.js';
import { REPO } from './rule-docs.js';
import { spMetadata } from './certs.js';

const asOf = '2026-11-01';
const fixture = (name: string) => path.join(REPO, 'fixtures', 'bids', name);
const tmp = () => mkdtempSync(path.join(tmpdir(), 'rammetjek-'));
/** A copy of a fixture bid in a fresh folder, to spoil as a test needs. */
function copyOf(name: string): string {
  const dir = path.join(tmp(), 'bud');
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}
const ids = (report: { findings: readonly { ruleId: string }[] }) => report.findings.map((f) => f.ruleId);


describe('a run that checked nothing is no pass', () => {
  it.each([
    ['an empty folder', (dir: string) => (mkdirSync(path.join(dir, 'tom')), 'tom'), 'Der er ingen filer at kontrollere (<sti>).'],
    ['package.json', (dir: string) => (writeFileSync(path.join(dir, 'package.json'), '{ "name": "x" }'), 'package.json'), 'Den eneste fil, package.json, er hverken en løsningsbeskrivelse, en OpenAPI-specifikation, SAML-metadata til en tjenesteudbyder, en WSDL eller en MeMo-besked.'],
    ['README.md', (dir: string) => (writeFileSync(path.join(dir, 'README.md'), '# Vores bud\n'), 'README.md'), 'Den eneste fil, README.md, er hverken en løsningsbeskrivelse, en OpenAPI-specifikation, SAML-metadata til en tjenesteudbyder, en WSDL eller en MeMo-besked.'],
    ['an empty .yaml', (dir: string) => (writeFileSync(path.join(dir, 'tom.yaml'), ''), 'tom.yaml'), 'Den eneste fil, tom.yaml, er tom.'],
  ])('%s exits 2 and says so', async (_name, make, expected) => {
    let message = expected;
    const dir = tmp();
    const target = path.join(dir, make(dir));
    const { code, err, out } = await run('check', target, '--no-color', '-f', 'json');
    message = message.replace('<sti>', target); // the path as the user typed it
    expect(code).toBe(2);
    expect(err).toBe(`rammetjek: intet at tjekke: ${message}\n`);
    const report = JSON.parse(out);
    expect(ids(report)).toEqual(['nothing-to-check']);
    expect(report.findings[0].message.da).toBe(message);
    expect(report.summary.mindstekrav.status).toBe('not-assessed');
    // in text, the one line is all: no page of "not assessed"
    const text = await run('check', target, '--no-color');
    expect([text.code, text.out, text.err]).toEqual([2, '', `rammetjek: intet at tjekke: ${message}\n`]);
  });

  it('names a file given on its own that is of no kind it checks, and checks the rest', async () => {
    const dir = copyOf('borgerservice-selvbetjening');
    writeFileSync(path.join(dir, 'noter.txt'), 'Husk at sende buddet fredag.\n');
    const report = await check({ paths: [dir, path.join(dir, 'noter.txt')], asOf });
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.location.file])).toEqual([['unknown-file', 'warning', 'noter.txt']]);
    expect(report.summary.mindstekrav.status).toBe('met');
  });

  it('reads a file named on its own by its content, whatever its name', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'metadata.xml.sample'), spMetadata());
    const report = await check({ paths: [path.join(dir, 'metadata.xml.sample')], asOf });
    expect(report.inputs.map((i) => [i.path, i.kind])).toEqual([['metadata.xml.sample', 'saml-metadata']]);
    expect(report.rules.find((r) => r.ruleId === 'saml-entity-id')?.status).toBe('pass');
  });
});

describe('a file the description names must be there', () => {
  it('fails bid-saml-metadata (a MUST rule) when the named metadata file is missing, at the description line', async () => {
    const dir = copyOf('borgerservice-selvbetjening');
    execFileSync('rm', [path.join(dir, 'saml', 'sp-metadata.xml')]);
    const report = await check({ paths: [dir], asOf });
    const finding = report.findings.find((f) => f.ruleId === 'bid-saml-metadata');
    expect(finding?.location).toMatchObject({ file: 'loesningsbeskrivelse.yaml', pointer: '/authentication/citizens/metadata', range: { start: { line: 55 } } });
    expect(finding?.message.da).toBe('Løsningsbeskrivelsen henviser til SAML-metadata i «saml/sp-metadata.xml», men filen findes ikke i buddet.');
    expect(report.rules.find((r) => r.ruleId === 'bid-saml-metadata')?.status).toBe('fail');
    expect(report.summary.mindstekrav.status).toBe('not-met');
    expect(report.summary.mindstekrav.failed).toContain('bid-saml-metadata');
  });

  it('the description init writes does not pass before its SAML metadata is added', async () => {
    const dir = tmp();
    expect((await run('init', `${dir}/nyt-bud/`)).code).toBe(0);
    const report = await check({ paths: [path.join(dir, 'nyt-bud')], asOf });
    expect(report.findings.find((f) => f.ruleId === 'bid-saml-metadata')?.messageId).toBe('missingFile');
    expect(report.summary.mindstekrav.status).toBe('not-met');
  });
});

describe('one bid, and the whole bid', () => {
  it('checks a description named alone together with the files beside it', async () => {
    const alone = await check({ paths: [path.join(fixture('borgerservice-selvbetjening'), 'loesningsbeskrivelse.yaml')], asOf });
    const folder = await check({ paths: [fixture('borgerservice-selvbetjening')], asOf });
    expect(alone.findings).toEqual([]);
    expect(alone.inputs).toEqual(folder.inputs);
    expect(alone.rules).toEqual(folder.rules);
  });

  it('refuses two descriptions in one run and points to compare, never merging the bids', async () => {
    const run1 = check({ paths: [fixture('borgerservice-selvbetjening'), fixture('svagt-bud')], asOf });
    await expect(run1).rejects.toBeInstanceOf(UsageError);
    await expect(run1).rejects.toMatchObject({ text: { da: expect.stringMatching(/^der er 2 løsningsbeskrivelser i ét tjek \(.*borgerservice-selvbetjening\/loesningsbeskrivelse\.yaml, .*svagt-bud\/loesningsbeskrivelse\.yaml\); tjek ét bud ad gangen, eller sammenlign buddene med «rammetjek compare»$/) } });
    const { code, err } = await run('check', fixture('borgerservice-selvbetjening'), fixture('svagt-bud'), '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toMatch(/^rammetjek: there are 2 solution descriptions in one check \(.*\); check one bid at a time, or compare the bids with 'rammetjek compare'\n$/);
  });
});

describe('reports are never read back as part of the bid', () => {
  it('skips the file the shell writes the report into, and earlier reports by their content', async () => {
    const dir = copyOf('sagssystem-med-afvigelser');
    const cli = path.join(REPO, 'src', 'cli', 'main.ts');
    const tsx = path.join(REPO, 'node_modules', '.bin', 'tsx');
    // an earlier text report beside the bid's own files
    writeFileSync(path.join(dir, 'rapport.txt'), renderText(await check({ paths: [dir], asOf }), { lang: 'da', color: false }));
    const shell = spawnSync('sh', ['-c', `"${tsx}" "${cli}" check . -f json --as-of ${asOf} > rapport.json`], { cwd: dir, encoding: 'utf8' });
    expect(shell.status).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'rapport.json'), 'utf8'));
    expect(report.inputs.map((i: { path: string }) => i.path)).not.toContain('rapport.json');
    expect(report.inputs.find((i: { path: string }) => i.path === 'rapport.txt')?.kind).toBe('report');
    expect(ids(report).filter((id: string) => id.endsWith('-error'))).toEqual([]);
    // and the JSON report, now in the folder, is recognised the next time
    const again = await check({ paths: [dir], asOf });
    expect(again.inputs.find((i) => i.path === 'rapport.json')?.kind).toBe('report');
  }, 30_000);

  it('skips the file --output writes to', async () => {
    const dir = copyOf('sagssystem-med-afvigelser');
    writeFileSync(path.join(dir, 'rapport.json'), '{ "ikke færdig');
    const report = await check({ paths: [dir], exclude: [path.join(dir, 'rapport.json')], asOf });
    expect(report.inputs.map((i) => i.path)).not.toContain('rapport.json');
    expect(ids(report).filter((id) => id.endsWith('-error'))).toEqual([]);
  });
});

describe('a broken description', () => {
  it('is named as such, with its line, in both languages, and the rest of the bid is still checked', async () => {
    const dir = copyOf('borgerservice-selvbetjening');
    const file = path.join(dir, 'loesningsbeskrivelse.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(5, 0, '  bad: [ikke lukket');
    writeFileSync(file, lines.join('\n'));
    const report = await check({ paths: [dir], asOf });
    const broken = report.findings.filter((f) => f.ruleId === 'parse-error');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.location.file).toBe('loesningsbeskrivelse.yaml');
    expect(broken[0]?.location.range?.start).toEqual({ line: 6, column: 3 });
    expect(broken[0]?.message).toEqual({
      da: 'Løsningsbeskrivelsen kan ikke læses (linje 6, kolonne 3): forkert indrykning af en nøgle (parserens besked: bad indentation of a mapping entry). Reglerne for løsningsbeskrivelsen er ikke vurderet; resten af buddet er kontrolleret.',
      en: 'The solution description cannot be parsed (line 6, column 3): a key is indented wrongly (the parser says: bad indentation of a mapping entry). The rules on the description were not assessed; the rest of the bid was checked.',
    });
    expect(report.solution).toEqual({ file: 'loesningsbeskrivelse.yaml', unreadable: true });
    const nemlogin = report.rules.find((r) => r.ruleId === 'sol-nemlogin-for-citizens');
    expect(nemlogin?.status).toBe('not-assessed');
    expect(nemlogin?.reason?.da).toBe('Løsningsbeskrivelsen (loesningsbeskrivelse.yaml) kunne ikke læses.');
    // the specs and metadata beside it were checked
    expect(report.rules.find((r) => r.ruleId === 'oas-contact')?.status).toBe('pass');
    expect(report.rules.find((r) => r.ruleId === 'saml-entity-id')?.status).toBe('pass');
    expect(report.summary.mindstekrav.status).toBe('not-assessed');
  });

  it('the text report says the description could not be read, not that there is none', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'loesningsbeskrivelse.yaml'), 'schemaVersion: 1\nsolution:\n  name: "Byggesag\n');
    const { code, out } = await run('check', dir, '--no-color');
    expect(code).toBe(1);
    expect(out).toContain('Løsningsbeskrivelsen (loesningsbeskrivelse.yaml) kan ikke læses; reglerne for den er ikke vurderet.');
    expect(out).toContain('Mindstekrav (SKAL-regler): ikke vurderet');
  });
});

describe('a document that could not be read leaves its rules unjudged', () => {
  it('a broken OpenAPI file: its rules are not assessed (not "not applicable"), and so are the mindstekrav', async () => {
    const dir = copyOf('borgerservice-selvbetjening');
    writeFileSync(path.join(dir, 'api', 'ekstra.yaml'), 'openapi: 3.0.3\ninfo: { title: Ekstra, version: "1"\npaths: {}\n');
    const report = await check({ paths: [dir], asOf });
    expect(report.findings.map((f) => [f.ruleId, f.location.file])).toEqual([['parse-error', 'api/ekstra.yaml']]);
    const openapi = report.rules.filter((r) => r.appliesTo === 'openapi');
    expect(new Set(openapi.map((r) => r.status))).toEqual(new Set(['not-assessed']));
    expect(openapi[0]?.reason?.da).toBe('api/ekstra.yaml kunne ikke læses, og reglen gælder måske for den.');
    expect(report.summary.mindstekrav.status).toBe('not-assessed');
    // other kinds are untouched: the SAML metadata was read and passes
    expect(report.rules.find((r) => r.ruleId === 'saml-keys')?.status).toBe('pass');
  });

  it('a file over the size limit: a PDF changes no verdict, a YAML file leaves the OpenAPI rules unjudged', async () => {
    const dir = copyOf('borgerservice-selvbetjening');
    writeFileSync(path.join(dir, 'bilag', 'stor.pdf'), Buffer.alloc(200_000, 1));
    const limits = { fileBytes: 100_000 };
    const withPdf = await check({ paths: [dir], asOf, limits });
    expect(withPdf.findings.map((f) => [f.ruleId, f.location.file])).toEqual([['limit-exceeded', 'bilag/stor.pdf']]);
    expect(withPdf.rules.filter((r) => r.status === 'not-assessed')).toEqual([]);
    writeFileSync(path.join(dir, 'api', 'stor.yaml'), `# ${'x'.repeat(200_000)}\n`);
    const withYaml = await check({ paths: [dir], asOf, limits });
    expect(withYaml.rules.find((r) => r.ruleId === 'oas-servers-https')).toMatchObject({ status: 'not-assessed', reason: { en: 'api/stor.yaml could not be read, and the rule may apply to it.' } });
    expect(withYaml.rules.find((r) => r.ruleId === 'saml-keys')?.status).toBe('pass');
  });

  it('a file found but not read (binary, a link) leaves the rules of its kind unjudged', async () => {
    const dir = copyOf('borgerservice-selvbetjening');
    writeFileSync(path.join(dir, 'api', 'binaer.yaml'), 'openapi: 3.0.3\u0000\n');
    symlinkSync('/etc/hostname', path.join(dir, 'tjeneste.wsdl'));
    const report = await check({ paths: [dir], asOf });
    expect(report.findings.map((f) => [f.ruleId, f.location.file])).toEqual([['encoding-error', 'api/binaer.yaml'], ['skipped-file', 'tjeneste.wsdl']]);
    expect(report.rules.find((r) => r.ruleId === 'oas-servers-https')).toMatchObject({ status: 'not-assessed', reason: { en: 'api/binaer.yaml could not be read, and the rule may apply to it.' } });
    expect(report.rules.find((r) => r.ruleId === 'wsdl-https-endpoints')).toMatchObject({ status: 'not-assessed', reason: { en: 'tjeneste.wsdl could not be read, and the rule may apply to it.' } });
    expect(report.rules.find((r) => r.ruleId === 'saml-keys')?.status).toBe('pass');
  });

  it('a broken YAML file of no recognisable kind changes no verdict', async () => {
    const dir = copyOf('borgerservice-selvbetjening');
    writeFileSync(path.join(dir, 'noter.yaml'), 'punkter: [a, b\n');
    const report = await check({ paths: [dir], asOf });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['parse-error']);
    expect(report.rules.filter((r) => r.status === 'not-assessed')).toEqual([]);
  });
});

describe('ordinary mistakes get one line and exit 2', () => {
  it('init DIR/ writes DIR/loesningsbeskrivelse.yaml, making the folder', async () => {
    const dir = tmp();
    const { code, out } = await run('init', `${dir}/nyt-bud/`);
    expect(code).toBe(0);
    const file = `${dir}/nyt-bud/loesningsbeskrivelse.yaml`;
    const schema = `${dir}/nyt-bud/.rammetjek/solution.schema.json`;
    expect(out).toBe(`Skrev ${file} og skemaet til editoren i ${schema}\n`);
    expect(existsSync(file)).toBe(true);
  });

  it('the $schema line init writes resolves without node_modules or network, as yaml-language-server reads it', async () => {
    const dir = tmp();
    await run('init', `${dir}/bud/`);
    const text = readFileSync(path.join(dir, 'bud', 'loesningsbeskrivelse.yaml'), 'utf8');
    // yaml-language-server: a "# yaml-language-server: $schema=<url or path>" comment line; a relative path resolves against the document's folder
    const modeline = /^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$/m.exec(text)?.[1];
    expect(modeline).toBe('.rammetjek/solution.schema.json');
    const schema = JSON.parse(readFileSync(path.resolve(dir, 'bud', modeline as string), 'utf8'));
    const { solutionSchema } = await import('../src/artefacts/solution/schema.js');
    expect(schema).toEqual(JSON.parse(JSON.stringify(solutionSchema)));
    // the hidden folder is not part of the bid
    const report = await check({ paths: [path.join(dir, 'bud')], asOf });
    expect(report.inputs.map((i) => i.path)).toEqual(['loesningsbeskrivelse.yaml']);
  });

  it('--output into a missing folder or onto a folder still prints the finished report', async () => {
    for (const [target, da] of [
      ['/findes-ikke/r.txt', 'mappen til /findes-ikke/r.txt findes ikke'],
      [tmpdir(), `${tmpdir()} er en mappe; angiv et filnavn`],
    ] as const) {
      const { code, out, err } = await run('check', fixture('borgerservice-selvbetjening'), '-o', target, '--no-color');
      expect(code).toBe(2);
      expect(out).toContain('Mindstekrav (SKAL-regler): opfyldt');
      expect(err).toBe(`rammetjek: ${da}; rapporten er skrevet til standardoutput i stedet\n`);
    }
  });
});

describe('files outside the bid are never read', () => {
  it('skips symbolic links named as arguments (as a shell glob gives them) and FIFOs, each with a finding', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'api.yaml'), 'openapi: 3.0.3\ninfo: { title: Besøg, version: "1" }\npaths: {}\n');
    symlinkSync('/etc/passwd', path.join(dir, 'p.json'));
    symlinkSync('/etc', path.join(dir, 'etc'));
    execFileSync('mkfifo', [path.join(dir, 'kø.yaml')]);
    const report = await check({ paths: ['api.yaml', 'etc', 'kø.yaml', 'p.json'].map((f) => path.join(dir, f)), asOf });
    expect(report.inputs.map((i) => i.path)).toEqual(['api.yaml']);
    expect(report.findings.filter((f) => f.ruleId === 'skipped-file').map((f) => [f.location.file, f.severity, f.message.en.split(' and ')[0]])).toEqual([
      ['etc', 'warning', 'The file is a symbolic link'],
      ['kø.yaml', 'warning', 'The file is not a regular file (but, say, a FIFO, a socket or a device)'],
      ['p.json', 'warning', 'The file is a symbolic link'],
    ]);
    expect(JSON.stringify(report)).not.toContain('root:');
  });
});

describe('encodings', () => {
  const spec = 'openapi: 3.0.3\ninfo: { title: Besøgsplan, version: "1" }\npaths: {}\n';
  const write = (bytes: Buffer) => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'api.yaml'), bytes);
    return dir;
  };
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

  it.each([
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(spec, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(spec)])],
    ['UTF-16 LE without BOM', Buffer.from(spec, 'utf16le')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spec)])],
  ])('decodes %s', async (_name, bytes) => {
    const report = await check({ paths: [write(bytes)], asOf });
    expect(report.inputs.map((i) => i.kind)).toEqual(['openapi']);
    expect(ids(report).filter((id) => id.endsWith('-error'))).toEqual([]);
  });

  it('reports Latin-1 that declares nothing as a wrong encoding, and still checks the file', async () => {
    const report = await check({ paths: [write(Buffer.from(spec, 'latin1'))], asOf });
    expect(report.inputs.map((i) => i.kind)).toEqual(['openapi']);
    expect(report.findings.filter((f) => f.ruleId === 'encoding-error').map((f) => f.message.da)).toEqual(['Filen er ikke gyldig UTF-8 (måske Latin-1 eller Windows-1252); tegn, der ikke kunne læses, er vist som �.']);
  });

  it('reads XML in the Latin-1 its declaration names', async () => {
    const dir = tmp();
    const xml = spMetadata().replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>');
    expect(xml).toContain('Byggeansøgning');
    writeFileSync(path.join(dir, 'sp.xml'), Buffer.from(xml, 'latin1'));
    const report = await check({ paths: [dir], asOf });
    expect(report.inputs.map((i) => i.kind)).toEqual(['saml-metadata']);
    expect(ids(report).filter((id) => id.endsWith('-error'))).toEqual([]);
  });

  it('calls a .yaml file with NUL bytes binary, not a YAML error', async () => {
    const report = await check({ paths: [write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))], asOf });
    expect(report.findings.map((f) => [f.ruleId, f.message.en])).toEqual([
      ['encoding-error', 'The file holds binary data (NUL characters), not text, and was not checked.'],
      ['nothing-to-check', expect.stringContaining('The only file, api.yaml')],
    ]);
  });
});

describe('XML that points elsewhere', () => {
  it('reports XInclude and imports to the network or out of the bid, and fetches nothing', async () => {
    const wsdl = readFileSync(path.join(fixture('borgerservice-selvbetjening'), 'wsdl', 'FordelingAfsend.wsdl'), 'utf8')
      .replace(
        '<message name="FordelingsobjektAfsendRequest">',
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd"/>\n  <types><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:import namespace="urn:x" schemaLocation="http://127.0.0.1:1/x.xsd"/><xs:include schemaLocation="../../ude.xsd"/></xs:schema></types>\n  <message name="FordelingsobjektAfsendRequest">',
      );
    const report = await check({ documents: [{ path: 'wsdl/service.wsdl', text: wsdl }], asOf });
    expect(report.findings.filter((f) => f.ruleId === 'reference-not-followed').map((f) => f.message.en)).toEqual([
      "XInclude to 'file:///etc/passwd' was not followed: rammetjek never fetches anything from the network.",
      "xsd:import to 'http://127.0.0.1:1/x.xsd' was not followed: rammetjek never fetches anything from the network.",
      "xsd:include to '../../ude.xsd' was not followed: it points outside the bid folder.",
    ]);
  });
});

describe('limits', () => {
  it('are set from the CLI, and passing one is a finding that names it', async () => {
    const { code, out } = await run('check', fixture('borgerservice-selvbetjening'), '--limit', 'fileBytes=8000', '--limit', 'files=13', '-f', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(out);
    const limited = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'limit-exceeded');
    expect(limited.map((f: { location: { file: string } }) => f.location.file)).toEqual(['api/byggeansoegning-v1.yaml', 'wsdl/FordelingAfsend.wsdl', 'wsdl/policies.wsdl']);
    expect(limited[0].message.en).toBe('The file is 8787 bytes and was not read: the limit of bytes per file is 8000 (fileBytes).');
    // a file that was there but not read is unreadable, never "missing", and its rules do not pass
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'bid-rest-interfaces-have-openapi')?.messageId).toBe('unparsable');
    expect(limited.at(-1).message.da).toBe('Filen er ikke læst: grænsen for filer pr. bud er 13 (files).');
  });

  it('refuse an unknown limit or a value that is no positive number, in one line', async () => {
    expect(await run('check', fixture('svagt-bud'), '--limit', 'speed=3')).toMatchObject({ code: 2, err: 'rammetjek: ukendt grænse: speed; grænserne er fileBytes, files, depth, ruleSeconds, refChain, xmlElements, xmlAttributes\n' });
    expect(await run('check', fixture('svagt-bud'), '--limit', 'files=0', '--lang', 'en')).toMatchObject({ code: 2, err: 'rammetjek: limit files must be a positive whole number, not 0\n' });
  });
});

describe('the time for the rules', () => {
  it('leaves rules that were not started by the deadline not assessed, with the reason', async () => {
    const { loadBid } = await import('../src/artefacts/bid.js');
    const { sourceText } = await import('../src/artefacts/files.js');
    const { runRules } = await import('../src/core/engine.js');
    const { buildReport } = await import('../src/assess/report.js');
    const { RULES } = await import('../rules/index.js');
    const text = readFileSync(path.join(fixture('borgerservice-selvbetjening'), 'loesningsbeskrivelse.yaml'), 'utf8');
    const loaded = await loadBid([sourceText({ path: 'loesningsbeskrivelse.yaml', text })]);
    const runs = runRules(loaded.bid, RULES, asOf, RULES, -1);
    expect(runs.every((r) => r.timedOut)).toBe(true);
    const report = buildReport({ root: '.', asOf, version: '0', ruleset: { version: '0', sha256: '', rules: RULES.length }, files: loaded.bid.files, solutions: loaded.bid.solutions, runs, findings: [], deviations: [] });
    expect(new Set(report.rules.map((r) => r.status))).toEqual(new Set(['not-assessed']));
    expect(report.rules[0]?.reason?.en).toBe('The rule was not run: the time for the rules was used up (the ruleSeconds limit).');
    expect(report.summary.mindstekrav.status).toBe('not-assessed');
  });
});
