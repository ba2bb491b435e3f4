import { access, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARCHITECTURE_RULES } from '../../rules/catalogue/framework.js';
import { RULES } from '../../rules/index.js';
import { UsageError } from '../core/errors.js';
import { normaliseRuleRef, rulesNamedBy } from '../core/rule-refs.js';
import type { AnyRule } from '../core/rule.js';
import type { Lang } from '../core/text.js';
import { LEVEL, MODE, SEVERITY, t } from '../reporters/labels.js';

/** `rammetjek rules`: the rules, optionally only those under one principle or architecture rule. */
export function listRules(opts: { principle?: string; format: 'text' | 'json'; lang: Lang }): string {
  let rules: readonly AnyRule[] = RULES;
  if (opts.principle) {
    const wanted = opts.principle.trim().toUpperCase();
    const underPrinciple = ARCHITECTURE_RULES.filter((ar) => ar.principle === wanted).map((ar) => ar.id as string);
    rules = underPrinciple.length > 0
      ? RULES.filter((r) => r.architectureRules.some((ar) => underPrinciple.includes(ar)))
      : rulesNamedBy(normaliseRuleRef(opts.principle), RULES);
    if (rules.length === 0) throw new UsageError(`no rules under ${opts.principle}; give a principle (P1-P8) or an architecture rule (e.g. "AR 4.2")`);
  }
  if (opts.format === 'json') {
    const rows = rules.map((r) => ({ id: r.id, catalogueId: r.catalogueId, title: r.title, architectureRules: r.architectureRules, appliesTo: r.appliesTo, severity: r.severity, level: r.level, mode: r.mode, sources: r.sources }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  return `${rules
    .map((r) => `${r.id.padEnd(width)}  ${r.catalogueId}  ${t(SEVERITY[r.severity], opts.lang).padEnd(8)}  ${t(LEVEL[r.level], opts.lang).padEnd(6)}  ${t(MODE[r.mode], opts.lang).padEnd(10)}  ${r.architectureRules.join(', ').padEnd(16)}  ${t(r.title, opts.lang)}`)
    .join('\n')}\n`;
}

/** Finds the package folder that holds `rules/` and `templates/`, from the source tree or from dist. */
async function packageDir(): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      await access(path.join(dir, 'templates'));
      return dir;
    } catch {
      dir = path.dirname(dir);
    }
  }
  throw new Error('rammetjek cannot find its own files (templates/, rules/)');
}

/** `rammetjek explain`: the rule's doc in the chosen language, with its metadata on top. */
export async function explainRule(ref: string, lang: Lang): Promise<string> {
  const [rule] = rulesNamedBy(ref, RULES).filter((r) => r.id === ref || r.catalogueId.toUpperCase() === ref.toUpperCase());
  if (!rule) throw new UsageError(`unknown rule: ${ref} (see \`rammetjek rules\`)`);
  const doc = await readFile(path.join(await packageDir(), 'rules', rule.appliesTo, rule.id, `doc.${lang}.md`), 'utf8');
  const facts = lang === 'da'
    ? `Katalog-id: ${rule.catalogueId} · arkitekturregler: ${rule.architectureRules.join(', ')} · alvor: ${t(SEVERITY[rule.severity], lang)} · niveau: ${t(LEVEL[rule.level], lang)} · type: ${t(MODE[rule.mode], lang)}`
    : `Catalogue id: ${rule.catalogueId} · architecture rules: ${rule.architectureRules.join(', ')} · severity: ${rule.severity} · level: ${rule.level} · mode: ${rule.mode}`;
  const [heading, ...rest] = doc.split('\n');
  return `${heading}\n\n${facts}\n${rest.join('\n')}`;
}

/**
 * `rammetjek init`: writes the annotated example description; never overwrites without --force. A
 * folder (existing, or written with a trailing slash) gets `loesningsbeskrivelse.yaml` inside it,
 * and missing folders on the way are made.
 */
export async function writeTemplate(target: string, force: boolean): Promise<string> {
  const template = await readFile(path.join(await packageDir(), 'templates', 'loesningsbeskrivelse.yaml'), 'utf8');
  const isFolder = /[\\/]$/.test(target) || (await stat(target).then((s) => s.isDirectory(), () => false));
  const file = isFolder ? path.join(target, 'loesningsbeskrivelse.yaml') : target;
  if (!force && (await stat(file).then(() => true, () => false))) {
    throw new UsageError({ da: `${file} findes allerede; brug --force for at overskrive den`, en: `${file} exists; use --force to overwrite it` });
  }
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, template);
  } catch (cause) {
    throw new UsageError(writeProblem(file, cause), { cause });
  }
  return `Skrev ${file} · wrote ${file}\n`;
}

/** Why a file could not be written, as a person would say it. */
export function writeProblem(file: string, error: unknown): { da: string; en: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EISDIR') return { da: `${file} er en mappe; angiv et filnavn`, en: `${file} is a folder; give a file name` };
  if (code === 'ENOENT') return { da: `mappen til ${file} findes ikke`, en: `the folder for ${file} does not exist` };
  if (code === 'ENOTDIR') return { da: `en del af stien ${file} er en fil, ikke en mappe`, en: `part of the path ${file} is a file, not a folder` };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { da: `rammetjek må ikke skrive ${file}`, en: `rammetjek is not allowed to write ${file}` };
  return { da: `${file} kan ikke skrives (${code ?? String(error)})`, en: `${file} cannot be written (${code ?? String(error)})` };
}
