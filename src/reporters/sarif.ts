import type * as Sarif from 'sarif';
import { ARCHITECTURE_RULES, PRINCIPLES } from '../../rules/catalogue/framework.js';
import { RULES } from '../../rules/index.js';
import type { Report, RuleVerdict } from '../assess/report.js';
import type { Finding, Severity } from '../core/finding.js';
import type { Lang } from '../core/text.js';
import { LEVEL, STATUS } from './labels.js';
import { ruleDocUrl } from './links.js';
import { shownPath } from './view.js';

export interface SarifOptions {
  readonly lang: Lang;
  /** The exit code of the run, recorded in `invocations`. */
  readonly exitCode: number;
  /**
   * What artifact URIs are relative to: the bid folder (`bid`, the default, base id BIDROOT), or the
   * folder rammetjek ran in (`checkout`, base id SRCROOT). GitHub code scanning ignores base ids and
   * reads every URI from the repository root, so a bid in a subfolder needs `checkout` there.
   */
  readonly paths?: 'bid' | 'checkout';
}

/** Artifact URIs are relative to the bid folder, which this base id names. */
export const BID_ROOT = 'BIDROOT';

const LEVELS: Record<Severity, Sarif.ReportingDescriptor['defaultConfiguration'] & {}> = {
  error: { level: 'error' },
  warning: { level: 'warning' },
  info: { level: 'note' },
};

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule that took part
 * with its help, results located relative to the bid folder, declared deviations and the buyer's
 * waivers as suppressions.
 */
export function renderSarif(report: Report, options: SarifOptions): string {
  const { lang } = options;
  const checkout = options.paths === 'checkout';
  // an artifact's location: relative to the bid folder, or (checkout) to the folder rammetjek ran in
  const artifact = (file: string): Sarif.ArtifactLocation =>
    checkout ? (report.root.startsWith('/') ? { uri: `file://${uri(`${report.root}/${file}`)}` } : { uri: uri(shownPath(report.root, file)), uriBaseId: 'SRCROOT' }) : { uri: uri(file), uriBaseId: BID_ROOT };
  const diagnostics = [...new Set(report.findings.map((f) => f.ruleId))].filter((id) => !report.rules.some((r) => r.ruleId === id));
  const descriptors = [...report.rules.map((r) => ruleDescriptor(r, report, lang)), ...diagnostics.map((id) => diagnosticDescriptor(id, report, lang))];
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const artifacts = report.inputs.map((input) => ({
    location: artifact(input.path),
    length: input.bytes,
    hashes: { 'sha-256': input.sha256 },
  }));
  const artifactIndex = new Map(report.inputs.map((input, i) => [input.path, i]));
  const seen = new Map<string, number>();

  const results: Sarif.Result[] = report.findings.map((f) => {
    const key = `${f.ruleId}|${f.location.file}|${f.location.pointer}|${f.messageId ?? f.message.en}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const deviation = f.deviation !== undefined ? report.deviations[f.deviation] : undefined;
    const waiver = f.waived !== undefined ? report.tender?.waivers.find((w) => w.index === f.waived) : undefined;
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) as number,
      level: LEVELS[f.severity].level as Sarif.Result.level,
      message: { text: f.message[lang] },
      ...(f.location.file ? { locations: [location(f, artifact(f.location.file), artifactIndex.get(f.location.file))] } : {}),
      // stable across runs and line shifts: rule, file, pointer and message id, not the line
      partialFingerprints: { 'rammetjek/v1': `${fingerprint(key)}:${occurrence}` },
      ...(deviation
        ? {
            suppressions: [
              {
                kind: 'external' as const,
                // the buyer decides whether a deviation is acceptable: it is under review until then
                status: deviation.decision?.verdict === 'accepted' ? ('accepted' as const) : deviation.decision?.verdict === 'rejected' ? ('rejected' as const) : ('underReview' as const),
                justification: `${deviation.justification} ${deviation.mitigation}`.trim(),
              },
            ],
          }
        : waiver
        ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: `${waiver.reason} (${waiver.approvedBy}, ${waiver.expires})` }] }
        : {}),
      properties: { catalogueId: f.catalogueId, architectureRules: [...f.architectureRules], fix: f.fix[lang] },
    };
  });

  const crashes = report.findings.filter((f) => f.ruleId === 'rule-error');
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rammetjek',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: `https://unpkg.com/rammetjek@${report.tool.version}/README.md`,
            rules: descriptors,
          },
        },
        invocations: [
          {
            executionSuccessful: options.exitCode !== 2,
            exitCode: options.exitCode,
            ...(crashes.length
              ? { toolExecutionNotifications: crashes.map((f) => ({ level: 'error' as const, message: { text: f.message[lang] }, descriptor: { id: f.ruleId } })) }
              : {}),
          },
        ],
        // the bid folder, relative to the folder rammetjek ran in (which SARIF calls SRCROOT)
        ...(checkout ? {} : { originalUriBaseIds: { [BID_ROOT]: { ...bidFolder(report.root), description: { text: lang === 'da' ? 'Buddets mappe' : 'The bid folder' } } } }),
        artifacts,
        results,
        language: lang === 'da' ? 'da-DK' : 'en-US',
        columnKind: 'utf16CodeUnits',
        properties: {
          ruleset: { ...report.ruleset },
          framework: { name: report.framework.name[lang], version: report.framework.version },
          asOf: report.asOf,
          mindstekrav: report.summary.mindstekrav.status,
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(f: Finding, artifact: Sarif.ArtifactLocation, index: number | undefined): Sarif.Location {
  const r = f.location.range;
  return {
    physicalLocation: {
      artifactLocation: { ...artifact, ...(index !== undefined ? { index } : {}) },
      ...(r ? { region: { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: Math.max(r.end.column, r.end.line === r.start.line ? r.start.column : 1) } } : {}),
    },
    ...(f.location.pointer ? { logicalLocations: [{ fullyQualifiedName: f.location.pointer, kind: 'member' }] } : {}),
  };
}

/** The bid folder as a URI ending in a slash: relative to SRCROOT, or a file URI when it was given as an absolute path. */
function bidFolder(root: string): Sarif.ArtifactLocation {
  if (root === '.' || root === '') return { uri: './', uriBaseId: 'SRCROOT' };
  return root.startsWith('/') ? { uri: `file://${uri(root)}/` } : { uri: `${uri(root)}/`, uriBaseId: 'SRCROOT' };
}

/** A relative URI reference for a bid path: each segment percent-encoded, slashes kept. */
function uri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(rule: RuleVerdict, report: Report, lang: Lang): Sarif.ReportingDescriptor {
  const definition = RULES.find((r) => r.id === rule.ruleId);
  const fix = definition?.fix[lang] ?? report.findings.find((f) => f.ruleId === rule.ruleId)?.fix[lang];
  const ars = rule.architectureRules.map((id) => ARCHITECTURE_RULES.find((a) => a.id === id)).filter((a) => a !== undefined);
  const principles = [...new Set(ars.map((a) => a.principle))];
  const why = ars.map((a) => `- ${a.id} ${a.title[lang]} (${a.principle} ${PRINCIPLES.find((p) => p.id === a.principle)?.title[lang] ?? ''})`).join('\n');
  const helpUri = ruleDocUrl(rule.ruleId, rule.appliesTo, report.tool.version, lang);
  const heading = lang === 'da' ? { why: 'Hvorfor', fix: 'Sådan retter du', level: 'Niveau' } : { why: 'Why', fix: 'How to fix', level: 'Level' };
  return {
    id: rule.ruleId,
    name: rule.catalogueId,
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: `${rule.title[lang]} (${LEVEL[rule.level][lang]}; ${rule.architectureRules.join(', ')})` },
    helpUri,
    help: {
      text: `${rule.title[lang]}. ${fix ?? ''}`.trim(),
      markdown: `**${rule.title[lang]}** (${heading.level}: ${LEVEL[rule.level][lang]})\n\n### ${heading.why}\n\n${why}\n\n${fix ? `### ${heading.fix}\n\n${fix}\n\n` : ''}[${lang === 'da' ? 'Regelens dokumentation' : 'Rule documentation'}](${helpUri})`,
    },
    defaultConfiguration: LEVELS[rule.severity],
    properties: {
      tags: ['rammearkitektur', ...principles, ...rule.architectureRules, rule.level, rule.mode],
      precision: rule.mode === 'automatic' ? 'high' : 'medium',
      'problem.severity': rule.severity === 'info' ? 'recommendation' : rule.severity,
      level: rule.level,
      mode: rule.mode,
      verdict: rule.status,
      verdictText: STATUS[rule.status][lang],
    },
  };
}

/** Engine diagnostics (parse errors, unreadable files, limits) are rules too, so every result names one. */
function diagnosticDescriptor(id: string, report: Report, lang: Lang): Sarif.ReportingDescriptor {
  const first = report.findings.find((f) => f.ruleId === id) as Finding;
  return {
    id,
    name: first.catalogueId,
    shortDescription: { text: lang === 'da' ? `Buddet kunne ikke kontrolleres helt (${id})` : `The bid could not be checked in full (${id})` },
    help: { text: first.fix[lang], markdown: first.fix[lang] },
    defaultConfiguration: LEVELS[first.severity],
    properties: { tags: ['rammetjek', 'diagnostic'] },
  };
}

/** FNV-1a over UTF-16 code units, twice with different offsets: 16 hex digits, pure and stable. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
