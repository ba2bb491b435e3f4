import type { CommanderError } from 'commander';
import type { Lang, Localized } from '../core/text.js';

/**
 * commander's usage errors as one line in the user's language, with the one command that helps.
 * commander only gives English sentences; their variable parts (the option, the value, the
 * suggestion) are taken from its message, the sentence around them is ours.
 */
export function usageLine(error: CommanderError, argv: readonly string[], lang: Lang): string {
  const command = argv.find((a) => !a.startsWith('-'));
  const known = command !== undefined && !error.code.endsWith('unknownCommand');
  const help = known ? `rammetjek ${command} --help` : 'rammetjek --help';
  const what = describe(error)[lang];
  return lang === 'da' ? `rammetjek: ${what}; se «${help}»` : `rammetjek: ${what}; see '${help}'`;
}

function describe(error: CommanderError): Localized {
  const message = error.message.replace(/^error: /, '');
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] as string);
  const [first = '', second = ''] = quoted;
  const similar = /Did you mean (?:one of )?(.+)\?/.exec(message)?.[1];
  const suggestion: Localized = similar ? { da: ` (mente du ${similar}?)`, en: ` (did you mean ${similar}?)` } : { da: '', en: '' };
  switch (error.code) {
    case 'commander.unknownOption':
      return { da: `ukendt tilvalg ${first}${suggestion.da}`, en: `unknown option ${first}${suggestion.en}` };
    case 'commander.unknownCommand':
      return { da: `ukendt kommando ${first}${suggestion.da}`, en: `unknown command ${first}${suggestion.en}` };
    case 'commander.missingArgument':
      return { da: `mangler argumentet ${first}`, en: `missing the argument ${first}` };
    case 'commander.optionMissingArgument':
      return { da: `${optionName(first)} mangler en værdi`, en: `${optionName(first)} needs a value` };
    case 'commander.excessArguments':
      return { da: 'for mange argumenter', en: 'too many arguments' };
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(message)?.[1];
      const reason: Localized = choices ? { da: `gyldige værdier er ${choices}`, en: `the valid values are ${choices}` } : { da: message.replace(/^.*is invalid\.\s*/, ''), en: message.replace(/^.*is invalid\.\s*/, '') };
      return message.startsWith('command-argument')
        ? { da: `${first} er ikke gyldig: ${reason.da}`, en: `${first} is not valid: ${reason.en}` }
        : { da: `${second} er ikke en gyldig værdi for ${optionName(first)}: ${reason.da}`, en: `${second} is not a valid value for ${optionName(first)}: ${reason.en}` };
    }
    default:
      // commander's sentence is English: the Danish line says what happened in Danish, and the help names the rest
      return { da: 'forkert brug af kommandoen', en: message };
  }
}

/** `-f, --format <format>` → `--format`: the name the user typed. */
function optionName(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags;
}
