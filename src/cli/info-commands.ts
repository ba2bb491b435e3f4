import { access, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARCHITECTURE_RULES, PRINCIPLES, type ArchitectureRuleId } from '../../rules/catalogue/framework.js';
import { RULES } from '../../rules/index.js';
import { UsageError } from '../core/errors.js';
import { normaliseRuleRef, rulesNamedBy } from '../core/rule-refs.js';
import type { AnyRule } from '../core/rule.js';
import type { Lang } from '../core/text.js';
import { LEVEL, MODE, SEVERITY, t, WORDS } from '../reporters/labels.js';

/** The rules a principle (P1–P8) or another reference (rule id, catalogue id, architecture rule) names. */
function rulesUnder(ref: string): readonly AnyRule[] {
  const wanted = ref.trim().toUpperCase();
  const underPrinciple = ARCHITECTURE_RULES.filter((ar) => ar.principle === wanted).map((ar) => ar.id as string);
  return underPrinciple.length > 0
    ? RULES.filter((r) => r.architectureRules.some((ar) => underPrinciple.includes(ar)))
    : rulesNamedBy(normaliseRuleRef(ref), RULES);
}

/** `rammetjek rules`: the rules, optionally only those under one principle or architecture rule, as a table, JSON or Markdown. */
export function listRules(opts: { principle?: string; format: 'text' | 'json' | 'md'; lang: Lang }): string {
  const rules = opts.principle ? rulesUnder(opts.principle) : RULES;
  if (rules.length === 0) {
    throw new UsageError({
      da: `ingen regler under ${opts.principle}; angiv et princip (P1–P8) eller en arkitekturregel (fx "AR 4.2")`,
      en: `no rules under ${opts.principle}; give a principle (P1–P8) or an architecture rule (e.g. "AR 4.2")`,
    });
  }
  if (opts.format === 'json') {
    const rows = rules.map((r) => ({ id: r.id, catalogueId: r.catalogueId, title: r.title, architectureRules: r.architectureRules, appliesTo: r.appliesTo, severity: r.severity, level: r.level, mode: r.mode, sources: r.sources }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const da = opts.lang === 'da';
  const header = da ? ['Regel', 'Katalog', 'Alvor', 'Niveau', 'Type', 'Arkitekturregler', 'Titel'] : ['Rule', 'Catalogue', 'Severity', 'Level', 'Mode', 'Architecture rules', 'Title'];
  const rows = rules.map((r) => [r.id, r.catalogueId, t(SEVERITY[r.severity], opts.lang), t(LEVEL[r.level], opts.lang), t(MODE[r.mode], opts.lang), r.architectureRules.join(', '), t(r.title, opts.lang)]);
  if (opts.format === 'md') {
    const cell = (c: string) => c.replace(/\|/g, '\\|');
    return `${[header, header.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n')}\n`;
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (row: readonly string[]) => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] as number))).join('  ');
  const count = da ? `${rules.length} regler` : `${rules.length} rules`;
  return `${[line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n')}\n\n${count}\n`;
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
  throw new UsageError({ da: 'rammetjek kan ikke finde sine egne filer (templates/, rules/); installér pakken igen', en: 'rammetjek cannot find its own files (templates/, rules/); install the package again' });
}

/** `rammetjek explain`: a rule's doc, or a principle or architecture rule with its question and rules, in the chosen language. */
export async function explainRule(ref: string, lang: Lang): Promise<string> {
  const principle = PRINCIPLES.find((p) => p.id === ref.trim().toUpperCase());
  if (principle) return explainPrinciple(principle.id, lang);
  const ar = ARCHITECTURE_RULES.find((a) => a.id === normaliseRuleRef(ref));
  if (ar) return explainArchitectureRule(ar.id, lang);
  const [rule] = rulesNamedBy(ref, RULES).filter((r) => r.id === ref || r.catalogueId.toUpperCase() === ref.toUpperCase());
  if (!rule) {
    throw new UsageError({
      da: `ukendt regel: ${ref} (se «rammetjek rules»; et princip skrives P1–P8, en arkitekturregel fx "AR 4.2")`,
      en: `unknown rule: ${ref} (see 'rammetjek rules'; a principle is written P1–P8, an architecture rule e.g. "AR 4.2")`,
    });
  }
  const doc = await readFile(path.join(await packageDir(), 'rules', rule.appliesTo, rule.id, `doc.${lang}.md`), 'utf8');
  const facts = lang === 'da'
    ? `Katalog-id: ${rule.catalogueId} · arkitekturregler: ${rule.architectureRules.join(', ')} · alvor: ${t(SEVERITY[rule.severity], lang)} · niveau: ${t(LEVEL[rule.level], lang)} · type: ${t(MODE[rule.mode], lang)}`
    : `Catalogue id: ${rule.catalogueId} · architecture rules: ${rule.architectureRules.join(', ')} · severity: ${rule.severity} · level: ${rule.level} · mode: ${rule.mode}`;
  const [heading, ...rest] = doc.split('\n');
  return `${heading}\n\n${facts}\n${rest.join('\n')}`;
}

function ruleLines(ids: readonly string[], lang: Lang): string[] {
  const rules = RULES.filter((r) => r.architectureRules.some((a) => ids.includes(a)));
  const width = Math.max(0, ...rules.map((r) => r.id.length));
  return rules.map((r) => `  ${r.id.padEnd(width)}  ${r.catalogueId.padEnd(8)}  ${t(LEVEL[r.level], lang).padEnd(6)}  ${t(r.title, lang)}`);
}

function explainArchitectureRule(id: ArchitectureRuleId, lang: Lang): string {
  const ar = ARCHITECTURE_RULES.find((a) => a.id === id) as (typeof ARCHITECTURE_RULES)[number];
  const principle = PRINCIPLES.find((p) => p.id === ar.principle);
  const da = lang === 'da';
  const out = [`# ${ar.id}${ar.municipal ? ' (FK)' : ''} ${t(ar.title, lang)}`, '', `${da ? 'Princip' : 'Principle'}: ${ar.principle} ${principle ? t(principle.title, lang) : ''}`, `${da ? 'Kilde' : 'Source'}: ${ar.url}`, ''];
  if (ar.manual) {
    out.push(da ? '## Spørgsmål til bedømmeren' : '## Question for the evaluator', '', t(ar.manual.question, lang), '', `${t(WORDS.evidence, lang)}: ${t(ar.manual.evidence, lang)}`, '');
  }
  const rules = ruleLines([ar.id], lang);
  out.push(da ? '## Regler' : '## Rules', '', ...(rules.length ? rules : [da ? '  Ingen regel afgør arkitekturreglen; den vurderes manuelt.' : '  No rule decides this architecture rule; it is assessed by a person.']), '');
  return `${out.join('\n')}`;
}

function explainPrinciple(id: string, lang: Lang): string {
  const principle = PRINCIPLES.find((p) => p.id === id) as (typeof PRINCIPLES)[number];
  const da = lang === 'da';
  const out = [`# ${principle.id} ${t(principle.title, lang)}`, '', `${da ? 'Kilde' : 'Source'}: ${principle.url}`, '', da ? '## Arkitekturregler' : '## Architecture rules', ''];
  for (const ar of ARCHITECTURE_RULES.filter((a) => a.principle === principle.id)) {
    out.push(`${ar.id}${ar.municipal ? ' (FK)' : ''} ${t(ar.title, lang)}`);
    if (ar.manual) out.push(`  ${da ? 'Spørgsmål' : 'Question'}: ${t(ar.manual.question, lang)}`);
    out.push(...ruleLines([ar.id], lang), '');
  }
  return `${out.join('\n')}`;
}

/** Where `init` puts the solution schema, relative to the description; the description's first line points to it. */
export const SCHEMA_PATH = '.rammetjek/solution.schema.json';

/** The annotated example `init` writes, per language, and the file name it gets by default. */
export const TEMPLATES: Record<Lang, { readonly template: string; readonly file: string }> = {
  da: { template: 'loesningsbeskrivelse.yaml', file: 'loesningsbeskrivelse.yaml' },
  en: { template: 'solution-description.en.yaml', file: 'solution-description.yaml' },
};

/**
 * `rammetjek init`: writes the annotated example description; never overwrites without --force. A
 * folder (existing, or written with a trailing slash) gets the description inside it, and missing
 * folders on the way are made.
 */
export async function writeTemplate(target: string | undefined, force: boolean, lang: Lang = 'da'): Promise<string> {
  const { template: name, file: defaultFile } = TEMPLATES[lang];
  const template = await readFile(path.join(await packageDir(), 'templates', name), 'utf8');
  const given = target ?? defaultFile;
  const isFolder = /[\\/]$/.test(given) || (await stat(given).then((s) => s.isDirectory(), () => false));
  const file = isFolder ? path.join(given, defaultFile) : given;
  if (!force && (await stat(file).then(() => true, () => false))) {
    throw new UsageError({ da: `${file} findes allerede; brug --force for at overskrive den`, en: `${file} exists; use --force to overwrite it` });
  }
  // the editor finds the schema beside the description: no node_modules, no network (yaml-language-server
  // resolves a relative $schema against the document's folder)
  const schemaFile = path.join(path.dirname(file), SCHEMA_PATH);
  try {
    await mkdir(path.dirname(schemaFile), { recursive: true });
    await writeFile(file, template);
    const { solutionSchema } = await import('../artefacts/solution/schema.js');
    await writeFile(schemaFile, `${JSON.stringify(solutionSchema, null, 2)}\n`);
  } catch (cause) {
    throw new UsageError(writeProblem(file, cause), { cause });
  }
  return lang === 'da'
    ? `Skrev ${file} og skemaet til editoren i ${schemaFile}\n`
    : `Wrote ${file} and the editor's schema in ${schemaFile}\n`;
}

/** `rammetjek init --tender`: the annotated Danish tender profile, with its schema beside it for the editor. */
export async function writeTenderTemplate(target: string, force: boolean, lang: Lang = 'da'): Promise<string> {
  const template = await readFile(path.join(await packageDir(), 'templates', 'udbudsprofil.yaml'), 'utf8');
  const isFolder = /[\\/]$/.test(target) || (await stat(target).then((s) => s.isDirectory(), () => false));
  const file = isFolder ? path.join(target, 'udbudsprofil.yaml') : target;
  if (!force && (await stat(file).then(() => true, () => false))) {
    throw new UsageError({ da: `${file} findes allerede; brug --force for at overskrive den`, en: `${file} exists; use --force to overwrite it` });
  }
  const schemaFile = path.join(path.dirname(file), '.rammetjek', 'tender.schema.json');
  try {
    await mkdir(path.dirname(schemaFile), { recursive: true });
    await writeFile(file, template);
    const { tenderSchema } = await import('../tender/schema.js');
    await writeFile(schemaFile, `${JSON.stringify(tenderSchema, null, 2)}\n`);
  } catch (cause) {
    throw new UsageError(writeProblem(file, cause), { cause });
  }
  return lang === 'da' ? `Skrev udbudsprofilen ${file} og skemaet til editoren i ${schemaFile}\n` : `Wrote the tender profile ${file} and the editor's schema in ${schemaFile}\n`;
}

/** `rammetjek assessment`: an assessment for the evaluators to fill in, from the bid checked against the tender. */
export async function writeAssessmentSkeleton(paths: readonly string[], opts: { tender?: string; output?: string; force?: boolean; asOf?: string; lang?: Lang }): Promise<string> {
  if (!opts.tender) throw new UsageError({ da: 'angiv udbudsprofilen med --tender', en: 'give the tender profile with --tender' });
  const { check } = await import('../check.js');
  const { assessmentSkeleton } = await import('../tender/skeleton.js');
  const text = assessmentSkeleton(await check({ paths, tender: opts.tender, ...(opts.asOf ? { asOf: opts.asOf } : {}) }));
  if (!opts.output) return text;
  if (!opts.force && (await stat(opts.output).then(() => true, () => false))) {
    throw new UsageError({ da: `${opts.output} findes allerede; brug --force for at overskrive den`, en: `${opts.output} exists; use --force to overwrite it` });
  }
  try {
    await writeFile(opts.output, text);
  } catch (cause) {
    throw new UsageError(writeProblem(opts.output, cause), { cause });
  }
  return opts.lang !== 'en' ? `Skrev vurderingen ${opts.output}\n` : `Wrote the assessment ${opts.output}\n`;
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
