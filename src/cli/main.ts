#!/usr/bin/env node
/**
 * The rammetjek command. It only wires options into the library and a reporter; everything heavy
 * is imported when a command runs, so `rammetjek --version` starts fast.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { VERSION } from '../version.js';
import { EXIT } from './exit.js';


const langOption = () => new Option('--lang <lang>', 'sprog for rapporten · report language').choices(['da', 'en']).default('da');

function date(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('brug ÅÅÅÅ-MM-DD · use YYYY-MM-DD');
  return value;
}

/** `--limit name=value`, collected into one object; the names are checked against the known limits when the check starts. */
function limit(value: string, previous: Record<string, number>): Record<string, number> {
  const match = /^([A-Za-z]+)=(\d+)$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError('brug navn=tal, fx fileBytes=134217728 · use name=number');
  return { ...previous, [match[1] as string]: Number(match[2]) };
}

/** The command tree; `setExit` receives the exit code a command decides on. */
export function program(setExit: (code: number) => void = () => {}): Command {
  const cli = new Command('rammetjek')
    .description('Tjekker it-løsninger til kommuner mod den fælleskommunale rammearkitektur.\nChecks IT solutions for Danish municipalities against the joint municipal framework architecture.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError()
    .exitOverride();

  cli
    .command('check')
    .description('tjek et bud (filer og mapper) · check a bid (files and folders)')
    .argument('<paths...>', 'løsningsbeskrivelse, specifikationer eller buddets mappe · solution description, specs or the bid folder')
    .option('-f, --format <formats>', 'et eller flere formater, adskilt med komma · one or more formats, comma-separated: text, json, html, md, sarif, junit, github', 'text')
    .addOption(langOption())
    .option('-o, --output <file>', 'skriv rapporten (ét format) til en fil · write the report (one format) to a file')
    .option('--output-dir <dir>', 'skriv én fil pr. format til mappen (rammetjek.html, rammetjek.sarif …) · write one file per format to the folder')
    .option('-q, --quiet', 'kun sammenfatning og fund, til CI-logge · only the summary and findings, for CI logs')
    .addOption(new Option('--fail-on <severity>', 'afslut med 1 ved fund af mindst denne alvor · exit 1 on findings at least this severe').choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--as-of <date>', 'vurder buddet pr. denne dato (ÅÅÅÅ-MM-DD) · judge the bid as of this date', date)
    .option('--limit <name=value>', 'ændr en grænse for kontrollen, fx fileBytes=134217728 (kan gentages) · change a limit of the check (repeatable)', limit, {})
    .option('--timing', 'vis tidsforbrug pr. regel på stderr · print time per rule to stderr')
    .option('--no-color', 'ingen farver · no colours')
    .action(async (paths: string[], opts: { format: string; lang: 'da' | 'en'; output?: string; outputDir?: string; quiet?: boolean; failOn: 'error' | 'warning' | 'info' | 'never'; asOf?: string; limit: Record<string, number>; timing?: boolean; color: boolean }) => {
      const { runCheck } = await import('./check-command.js');
      setExit(await runCheck(paths, opts));
    });

  cli
    .command('rules')
    .description('vis reglerne · list the rules')
    .option('-p, --principle <id>', 'kun regler under et princip eller en arkitekturregel (fx P4 eller "AR 4.2") · only rules under a principle or architecture rule')
    .addOption(new Option('-f, --format <format>', 'output').choices(['text', 'json', 'md']).default('text'))
    .addOption(langOption())
    .action(async (opts: { principle?: string; format: 'text' | 'json' | 'md'; lang: 'da' | 'en' }) => {
      const { listRules } = await import('./info-commands.js');
      process.stdout.write(listRules(opts));
    });

  cli
    .command('explain')
    .description('forklar en regel, en arkitekturregel eller et princip · explain a rule, an architecture rule or a principle')
    .argument('<rule>', 'regel-id, katalog-id, arkitekturregel eller princip (fx sol-digital-post, SD-015, "AR 4.2", P4) · rule id, catalogue id, architecture rule or principle')
    .addOption(langOption())
    .action(async (rule: string, opts: { lang: 'da' | 'en' }) => {
      const { explainRule } = await import('./info-commands.js');
      process.stdout.write(await explainRule(rule, opts.lang));
    });

  cli
    .command('schema')
    .description('udskriv JSON-skemaet for løsningsbeskrivelsen · print the solution description JSON Schema')
    .action(async () => {
      const { solutionSchema } = await import('../artefacts/solution/schema.js');
      process.stdout.write(`${JSON.stringify(solutionSchema, null, 2)}\n`);
    });

  cli
    .command('init')
    .description('skriv en løsningsbeskrivelse at tage udgangspunkt i · write a solution description to start from')
    .argument('[file]', 'filnavn · file name', 'loesningsbeskrivelse.yaml')
    .option('--force', 'overskriv en eksisterende fil · overwrite an existing file')
    .action(async (file: string, opts: { force?: boolean }) => {
      const { writeTemplate } = await import('./info-commands.js');
      process.stdout.write(await writeTemplate(file, opts.force === true));
    });

  return cli;
}

/** Runs the command line (without `node` and the script) and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.clean;
  try {
    await program((c) => (code = c)).parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (error) {
    return handle(error, langOf(argv));
  }
}

/** The language asked for, read from the arguments themselves: an error can come before commander has parsed them. */
function langOf(argv: readonly string[]): 'da' | 'en' {
  const i = argv.lastIndexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.findLast((a) => a.startsWith('--lang='))?.slice(7);
  return value === 'en' ? 'en' : 'da';
}

async function handle(error: unknown, lang: 'da' | 'en'): Promise<number> {
  const { CommanderError } = await import('commander');
  if (error instanceof CommanderError) {
    // help and --version end here too, with code 0
    return error.exitCode === 0 ? EXIT.clean : EXIT.error;
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
