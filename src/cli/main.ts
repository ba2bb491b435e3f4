#!/usr/bin/env node
/**
 * The rammetjek command. It only wires options into the library and a reporter; everything heavy
 * is imported when a command runs, so `rammetjek --version` starts fast.
 */
import { type Argument, Command, Help, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../core/text.js';
import { VERSION } from '../version.js';
import { EXIT } from './exit.js';


/** A text in the language the command line asked for. */
type Say = (da: string, en: string) => string;

const langOption = (say: Say) => new Option('--lang <lang>', say('sprog for rapporten og beskederne', 'language of the report and the messages')).choices(['da', 'en']).default('da');

function dateParser(say: Say) {
  return (value: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError(say('brug ÅÅÅÅ-MM-DD', 'use YYYY-MM-DD'));
    return value;
  };
}

/** `--limit name=value`, collected into one object; the names are checked against the known limits when the check starts. */
function limitParser(say: Say) {
  return (value: string, previous: Record<string, number>): Record<string, number> => {
    const match = /^([A-Za-z]+)=(\d+)$/.exec(value.trim());
    if (!match) throw new InvalidArgumentError(say('brug navn=tal, fx fileBytes=134217728', 'use name=number, e.g. fileBytes=134217728'));
    return { ...previous, [match[1] as string]: Number(match[2]) };
  };
}

const ENGLISH_VALUE_NAMES: Readonly<Record<string, string>> = { fil: 'file', dato: 'date', mappe: 'folder', formater: 'formats', alvor: 'severity', 'navn=værdi': 'name=value', antal: 'n', fra: 'from' };

/** Commander's help in the chosen language: its titles and the choices and defaults it adds to options. */
function helpIn(lang: Lang) {
  const titles: Record<string, string> = lang === 'da'
    ? { 'Usage:': 'Brug:', 'Arguments:': 'Argumenter:', 'Options:': 'Tilvalg:', 'Commands:': 'Kommandoer:', 'Global Options:': 'Fælles tilvalg:' }
    : {};
  const extras = (choices: readonly string[] | undefined, shown: boolean, value: unknown): string => {
    const parts = [
      ...(choices ? [`${lang === 'da' ? 'valg' : 'choices'}: ${choices.join(', ')}`] : []),
      ...(shown && value !== undefined && !(typeof value === 'object' && value !== null && Object.keys(value).length === 0) ? [`${lang === 'da' ? 'standard' : 'default'}: ${String(value)}`] : []),
    ];
    return parts.length ? ` (${parts.join('; ')})` : '';
  };
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage: (c: Command) => {
      const usage = Help.prototype.commandUsage.call(new Help(), c);
      return lang === 'da' ? usage.replace('[options]', '[tilvalg]').replace('[command]', '[kommando]') : usage;
    },
    // the options are declared once, with Danish value names; English help shows the English ones
    optionTerm: (o: Option) => (lang === 'da' ? o.flags : o.flags.replace(/<([^>]+)>/g, (whole, name: string) => `<${ENGLISH_VALUE_NAMES[name] ?? name}>`)),
    optionDescription: (o: Option) => `${o.description}${extras(o.argChoices, o.required || o.optional, o.defaultValue)}`,
    argumentDescription: (a: Argument) => `${a.description}${extras(a.argChoices, true, a.defaultValue)}`,
    subcommandTerm: (c: Command) => `${c.name()}${c.registeredArguments.map((a) => ` ${a.required ? '<' : '['}${a.name()}${a.variadic ? '...' : ''}${a.required ? '>' : ']'}`).join('')}`,
  };
}

/** The command tree in one language; `setExit` receives the exit code a command decides on. */
export function program(setExit: (code: number) => void = () => {}, lang: Lang = 'da'): Command {
  const say: Say = (da, en) => (lang === 'da' ? da : en);
  const command = (name: string) =>
    new Command(name)
      .configureHelp(helpIn(lang))
      .helpOption('-h, --help', say('vis denne hjælp', 'show this help'))
      // commander's own error lines are English: main() prints them in the chosen language instead
      .configureOutput({ outputError: () => {} })
      .exitOverride();
  const cli = command('rammetjek')
    .description(say('Tjekker it-løsninger til kommuner mod den fælleskommunale rammearkitektur.', 'Checks IT solutions for Danish municipalities against the joint municipal framework architecture.'))
    .version(VERSION, '-v, --version', say('vis versionen', 'show the version'))
    .helpCommand(say('help [kommando]', 'help [command]'), say('vis hjælp til en kommando', 'show help for a command'));

  cli.addCommand(
    command('check')
      .description(say('tjek et bud (filer og mapper)', 'check a bid (files and folders)'))
      .argument(say('<stier...>', '<paths...>'), say('buddets mappe, løsningsbeskrivelsen eller enkelte specifikationer', 'the bid folder, the solution description or single specifications'))
      .option('-f, --format <formater>', say('et eller flere formater, adskilt med komma: text, json, html, md, sarif, junit, github', 'one or more formats, comma-separated: text, json, html, md, sarif, junit, github'), 'text')
      .addOption(langOption(say))
      .option('-o, --output <fil>', say('skriv rapporten (ét format) til en fil', 'write the report (one format) to a file'))
      .option('--output-dir <mappe>', say('skriv én fil pr. format til mappen (rammetjek.html, rammetjek.sarif …)', 'write one file per format to the folder (rammetjek.html, rammetjek.sarif …)'))
      .option('-q, --quiet', say('kun sammenfatning og fund, til CI-logge', 'only the summary and findings, for CI logs'))
      .addOption(new Option('--sarif-paths <fra>', say('SARIF-stier fra buddets mappe (bid) eller fra mappen, rammetjek kører i (checkout: til GitHub code scanning)', 'SARIF paths from the bid folder (bid) or from the folder rammetjek runs in (checkout: for GitHub code scanning)')).choices(['bid', 'checkout']).default('bid'))
      .addOption(new Option('--fail-on <alvor>', say('afslut med 1 ved fund af mindst denne alvor', 'exit 1 on findings at least this severe')).choices(['error', 'warning', 'info', 'never']).default('error'))
      .option('--as-of <dato>', say('vurder buddet pr. denne dato (ÅÅÅÅ-MM-DD)', 'judge the bid as of this date (YYYY-MM-DD)'), dateParser(say))
      .option('--limit <navn=værdi>', say('ændr en grænse for kontrollen, fx fileBytes=134217728 (kan gentages)', 'change a limit of the check, e.g. fileBytes=134217728 (repeatable)'), limitParser(say), {})
      .option('--tender <fil>', say('vurder buddet efter en udbudsprofil (udbudsprofil.yaml)', 'judge the bid by a tender profile'))
      .option('--assessment <fil>', say('bedømmernes vurdering af buddet (kræver --tender)', "the evaluators' assessment of the bid (needs --tender)"))
      .option('--timing', say('vis tidsforbrug pr. regel på stderr', 'print time per rule to stderr'))
      .option('--no-color', say('ingen farver', 'no colours'))
      .action(async (paths: string[], opts: { format: string; lang: 'da' | 'en'; output?: string; outputDir?: string; quiet?: boolean; sarifPaths?: 'bid' | 'checkout'; failOn: 'error' | 'warning' | 'info' | 'never'; asOf?: string; limit: Record<string, number>; tender?: string; assessment?: string; timing?: boolean; color: boolean }) => {
        const { runCheck } = await import('./check-command.js');
        setExit(await runCheck(paths, opts));
      }),
  );

  cli.addCommand(
    command('compare')
      .description(say('sammenlign bud efter en udbudsprofil', 'compare bids by a tender profile'))
      .argument(say('<bud...>', '<bids...>'), say('buddenes mapper', 'the bid folders'))
      .option('--tender <fil>', say('udbudsprofilen (udbudsprofil.yaml)', 'the tender profile'))
      .option('--assessments <mappe>', say('mappe med en vurdering pr. bud (<buddets mappenavn>.yaml)', 'folder with one assessment per bid (<bid folder name>.yaml)'))
      .addOption(new Option('-f, --format <format>', say('format', 'format')).choices(['text', 'json', 'csv', 'html']).default('text'))
      .addOption(langOption(say))
      .option('-o, --output <fil>', say('skriv sammenligningen til en fil', 'write the comparison to a file'))
      .option('--as-of <dato>', say('vurder buddene pr. denne dato (ÅÅÅÅ-MM-DD)', 'judge the bids as of this date (YYYY-MM-DD)'), dateParser(say))
      .option('--workers <antal>', say('antal tråde (standard: antal kerner)', 'worker threads (default: the cores)'), (v) => {
        if (!/^\d+$/.test(v)) throw new InvalidArgumentError(say('brug et tal', 'use a number'));
        return Number(v);
      })
      .action(async (bids: string[], opts: { tender?: string; assessments?: string; format: 'text' | 'json' | 'csv' | 'html'; lang: 'da' | 'en'; output?: string; asOf?: string; workers?: number }) => {
        const { runCompare } = await import('./compare-command.js');
        setExit(await runCompare(bids, opts));
      }),
  );

  cli.addCommand(
    command('assessment')
      .description(say('skriv en vurdering at udfylde for et bud: fingeraftryk og de åbne punkter', 'write an assessment to fill in for a bid: its fingerprint and the open items'))
      .argument(say('<stier...>', '<paths...>'), say('buddets mappe', 'the bid folder'))
      .option('--tender <fil>', say('udbudsprofilen (udbudsprofil.yaml)', 'the tender profile'))
      .option('-o, --output <fil>', say('skriv vurderingen til en fil (ellers standardoutput)', 'write the assessment to a file (else standard output)'))
      .option('--force', say('overskriv en eksisterende fil', 'overwrite an existing file'))
      .option('--as-of <dato>', say('vurder buddet pr. denne dato (ÅÅÅÅ-MM-DD)', 'judge the bid as of this date (YYYY-MM-DD)'), dateParser(say))
      .addOption(langOption(say))
      .action(async (paths: string[], opts: { tender?: string; output?: string; force?: boolean; asOf?: string; lang: Lang }) => {
        const { writeAssessmentSkeleton } = await import('./info-commands.js');
        process.stdout.write(await writeAssessmentSkeleton(paths, opts));
      }),
  );

  cli.addCommand(
    command('catalogue')
      .description(say('buddets post til kommunens servicekatalog (JSON-LD med IT-System-AP-navne)', "the bid's entry for the municipal service catalogue (JSON-LD with IT-System-AP names)"))
      .argument(say('<stier...>', '<paths...>'), say('buddets mappe eller løsningsbeskrivelse', 'the bid folder or solution description'))
      .option('-o, --output <fil>', say('skriv posten til en fil', 'write the entry to a file'))
      .addOption(langOption(say))
      .action(async (paths: string[], opts: { output?: string }) => {
        const { catalogueEntry } = await import('../assess/catalogue.js');
        const text = `${JSON.stringify(await catalogueEntry(paths), null, 2)}\n`;
        if (opts.output) await (await import('node:fs/promises')).writeFile(opts.output, text);
        else process.stdout.write(text);
      }),
  );

  cli.addCommand(
    command('rules')
      .description(say('vis reglerne', 'list the rules'))
      .option('-p, --principle <id>', say('kun regler under et princip eller en arkitekturregel (fx P4 eller "AR 4.2")', 'only rules under a principle or architecture rule (e.g. P4 or "AR 4.2")'))
      .addOption(new Option('-f, --format <format>', say('format', 'format')).choices(['text', 'json', 'md']).default('text'))
      .addOption(langOption(say))
      .action(async (opts: { principle?: string; format: 'text' | 'json' | 'md'; lang: 'da' | 'en' }) => {
        const { listRules } = await import('./info-commands.js');
        process.stdout.write(listRules(opts));
      }),
  );

  cli.addCommand(
    command('explain')
      .description(say('forklar en regel, en arkitekturregel eller et princip', 'explain a rule, an architecture rule or a principle'))
      .argument(say('<regel>', '<rule>'), say('regel-id, katalog-id, arkitekturregel eller princip (fx sol-digital-post, SD-015, "AR 4.2", P4)', 'rule id, catalogue id, architecture rule or principle (e.g. sol-digital-post, SD-015, "AR 4.2", P4)'))
      .addOption(langOption(say))
      .action(async (rule: string, opts: { lang: 'da' | 'en' }) => {
        const { explainRule } = await import('./info-commands.js');
        process.stdout.write(await explainRule(rule, opts.lang));
      }),
  );

  cli.addCommand(
    command('schema')
      .description(say('udskriv JSON-skemaet for løsningsbeskrivelsen (eller udbudsprofilen, vurderingen, sammenligningen)', 'print the JSON Schema of the solution description (or the tender profile, assessment, comparison)'))
      .option('--tender', say('skemaet for udbudsprofilen', 'the tender profile schema'))
      .option('--assessment', say('skemaet for vurderingen', 'the assessment schema'))
      .option('--comparison', say('skemaet for compare --format json', 'the schema of compare --format json'))
      .addOption(langOption(say))
      .action(async (opts: { tender?: boolean; assessment?: boolean; comparison?: boolean }) => {
        const schema = opts.tender
          ? (await import('../tender/schema.js')).tenderSchema
          : opts.assessment
          ? (await import('../tender/schema.js')).assessmentSchema
          : opts.comparison
          ? (await import('../tender/comparison-schema.js')).comparisonSchema
          : (await import('../artefacts/solution/schema.js')).solutionSchema;
        process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      }),
  );

  cli.addCommand(
    command('init')
      .description(say('skriv en løsningsbeskrivelse (eller med --tender en udbudsprofil) at tage udgangspunkt i', 'write a solution description (or with --tender a tender profile) to start from'))
      .argument(say('[fil]', '[file]'), say('filnavn eller mappe (standard: loesningsbeskrivelse.yaml, med --tender udbudsprofil.yaml)', 'file name or folder (default: solution-description.yaml, with --tender udbudsprofil.yaml)'))
      .option('--tender', say('skriv en udbudsprofil med forklaringer på dansk i stedet', 'write a tender profile, annotated in Danish, instead'))
      .option('--force', say('overskriv en eksisterende fil', 'overwrite an existing file'))
      .addOption(langOption(say))
      .action(async (file: string | undefined, opts: { force?: boolean; tender?: boolean; lang: 'da' | 'en' }) => {
        const { writeTemplate, writeTenderTemplate } = await import('./info-commands.js');
        process.stdout.write(opts.tender ? await writeTenderTemplate(file ?? 'udbudsprofil.yaml', opts.force === true, opts.lang) : await writeTemplate(file, opts.force === true, opts.lang));
      }),
  );

  return cli;
}

/** Runs the command line (without `node` and the script) and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.clean;
  try {
    await program((c) => (code = c), langOf(argv)).parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (error) {
    return handle(error, argv);
  }
}

/** The language asked for, read from the arguments themselves: an error can come before commander has parsed them. */
function langOf(argv: readonly string[]): 'da' | 'en' {
  const i = argv.lastIndexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.findLast((a) => a.startsWith('--lang='))?.slice(7);
  return value === 'en' ? 'en' : 'da';
}

async function handle(error: unknown, argv: readonly string[]): Promise<number> {
  const lang = langOf(argv);
  const { CommanderError } = await import('commander');
  if (error instanceof CommanderError) {
    // help and --version end here too, with code 0
    if (error.exitCode === 0) return EXIT.clean;
    // no command given: commander has printed the help already
    if (error.code === 'commander.help') return EXIT.error;
    const { usageLine } = await import('./usage-errors.js');
    console.error(usageLine(error, argv, lang));
    return EXIT.error;
  }
  const { UsageError } = await import('../core/errors.js');
  if (error instanceof UsageError) {
    const { neutralise } = await import('../reporters/neutralise.js');
    console.error(`rammetjek: ${neutralise(error.text[lang])}`);
    return EXIT.error;
  }
  console.error('rammetjek: intern fejl · internal error');
  console.error(error);
  return EXIT.error;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === (await import('node:url')).pathToFileURL((await import('node:fs')).realpathSync(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2));
}
