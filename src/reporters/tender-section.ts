import type { RequirementResult, RequirementStatus, TenderResult } from '../assess/tender.js';
import type { Lang, Localized } from '../core/text.js';
import { t } from './labels.js';
import { neutralise as n } from './neutralise.js';

/**
 * A number as Danish or English writes it (8,33 / 8.33), as assess/tender's fmt does. Here, not
 * imported: the HTML renderer imports this module for requirementNotes, and must reach no Node
 * built-in (assess/tender.ts imports node:crypto) so that it also renders in a browser.
 */
function fmt(n: number, lang: Lang): string {
  const text = String(Math.round(n * 100) / 100);
  return lang === 'da' ? text.replace('.', ',') : text;
}

/** How a requirement's or a bid's mindstekrav outcome reads. */
export const REQUIREMENT_STATUS: Record<RequirementStatus, Localized> = {
  met: { da: 'opfyldt', en: 'met' },
  'not-met': { da: 'ikke opfyldt', en: 'not met' },
  'not-assessed': { da: 'ikke vurderet', en: 'not assessed' },
  pending: { da: 'afventer en afgørelse', en: 'awaits a decision' },
};

/**
 * What a requirement's verdict rests on, one note a line: its reasons, then the rules waived and the
 * rules met only on the vendor's statement, so a requirement met that way never reads as plainly met.
 * Plain text: each report escapes it for its own format.
 */
export function requirementNotes(r: RequirementResult, lang: Lang): string[] {
  const da = lang === 'da';
  return [
    ...r.reasons.map((reason) => t(reason, lang)),
    ...(r.waived.length ? [`${da ? 'dispenseret' : 'waived'}: ${r.waived.join(', ')}`] : []),
    ...(r.declared.length ? [`${da ? 'på leverandørens erklæring' : 'on the vendor’s statement'}: ${r.declared.join(', ')}`] : []),
  ];
}

const MARK: Record<RequirementStatus, string> = { met: '✔', 'not-met': '✘', 'not-assessed': '·', pending: '?' };

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
}

export function paintStatus(status: RequirementStatus, text: string, c: Paint): string {
  return status === 'met' ? c.green(text) : status === 'not-met' ? c.red(text) : c.yellow(text);
}

/** The tender part of the text report: identity, mindstekrav per requirement, award with its formula, open items, decisions, waivers. */
export function tenderLines(tr: TenderResult, lang: Lang, c: Paint): string[] {
  const da = lang === 'da';
  const out: string[] = [];
  out.push(c.bold(n(`${da ? 'Udbud' : 'Tender'}: ${tr.name} (${tr.reference})${tr.buyer ? ` · ${tr.buyer}` : ''}`)));
  out.push(c.dim(`  ${da ? 'Udbudsprofil' : 'Tender profile'} ${n(tr.file)} · sha256 ${tr.sha256.slice(0, 16)}… · ${da ? 'regelsæt' : 'ruleset'} ${tr.ruleset} · ${da ? 'buddets fingeraftryk' : 'bid fingerprint'} ${tr.bid.sha256}`));
  if (!tr.profileMatches) {
    out.push(c.yellow(`  ${da ? `Buddet angiver ikke udbuddets løsningsprofil (${n(tr.profiles.join(', '))}).` : `The bid does not declare the tender's solution profile (${n(tr.profiles.join(', '))}).`}`));
  }
  if (tr.assessment) {
    const note = tr.assessment.stale ? c.red(da ? ' — lavet til en anden udgave af buddet' : ' — made for another version of the bid') : '';
    out.push(`  ${da ? 'Vurdering' : 'Assessment'}: ${n(tr.assessment.file)}${note}`);
  }
  out.push('');
  const m = tr.mindstekrav;
  out.push(c.bold(`${da ? 'Mindstekrav (udbuddets)' : 'Mandatory requirements (the tender’s)'}: ${paintStatus(m.status, t(REQUIREMENT_STATUS[m.status], lang), c)}`));
  for (const r of m.requirements) {
    out.push(`  ${paintStatus(r.status, `${MARK[r.status]} ${n(r.id)}`, c)} ${n(r.title)}${r.deviationsAllowed ? '' : c.dim(da ? ' (afvigelser ikke tilladt)' : ' (no deviations allowed)')}`);
    // the reasons plainly, what the verdict leans on (waivers, the vendor's statement) dimmed
    requirementNotes(r, lang).forEach((note, i) => out.push(i < r.reasons.length ? `      ${n(note)}` : c.dim(`      ${n(note)}`)));
  }
  out.push('');
  if (tr.award) {
    const a = tr.award;
    out.push(c.bold(`${da ? 'Tildeling' : 'Award'} (0–${fmt(a.scale.max, lang)} ${da ? 'point pr. kriterium' : 'points per criterion'})`));
    const width = Math.max(...a.criteria.map((k) => n(`${k.id} ${k.title}`).length));
    for (const k of a.criteria) {
      const score = k.score === undefined ? (da ? 'ikke pointgivet' : 'not scored') : `${fmt(k.score, lang)} ${da ? 'point' : 'points'}`;
      out.push(`  ${n(`${k.id} ${k.title}`).padEnd(width)}  ${da ? 'vægt' : 'weight'} ${fmt(k.weight, lang).padStart(3)}  ${score.padStart(15)}  ${fmt(k.weighted, lang).padStart(6)}${k.scoredBy ? c.dim(`  (${n(k.scoredBy)})`) : ''}`);
    }
    out.push(`  ${c.bold(`${da ? 'I alt' : 'Total'}: ${fmt(a.total, lang)}`)}${a.provisional ? c.yellow(da ? ' (foreløbig: ikke alt er pointgivet)' : ' (provisional: not everything is scored)') : ''}`);
    out.push(c.dim(`  ${n(t(a.formula, lang))}`));
    out.push('');
  }
  if (tr.open.length) {
    out.push(c.bold(da ? 'Åbne punkter' : 'Open items'));
    for (const o of tr.open.filter((x) => x.kind !== 'declared' || x.blocking)) out.push(`  ${o.blocking ? c.yellow('!') : c.dim('·')} ${n(t(o.text, lang))}${o.blocking ? c.dim(da ? ' (afventes før endelig rangering)' : ' (needed before a final ranking)') : ''}`);
    // the vendor's statements to confirm under award criteria only, on one line: they do not hold up the ranking
    const declared = tr.open.filter((x) => x.kind === 'declared' && !x.blocking).map((x) => x.ref);
    if (declared.length) out.push(`  ${c.dim('·')} ${n(da ? `Bekræft leverandørens erklæringer mod dokumentationen (${declared.length}): ${declared.join(', ')}` : `Confirm the vendor's statements against the evidence (${declared.length}): ${declared.join(', ')}`)}`);
    out.push('');
  }
  if (tr.decisions.length) {
    out.push(c.bold(da ? 'Afgørelser' : 'Decisions'));
    for (const d of tr.decisions) {
      const what = [d.verdict && n(d.verdict), d.score !== undefined ? `${fmt(d.score, lang)} ${da ? 'point' : 'points'}` : undefined].filter(Boolean).join(', ');
      const evidence = d.evidence ? ` · ${n(d.evidence.file)}: ${d.evidence.status === 'matches' ? (da ? 'uændret' : 'unchanged') : d.evidence.status === 'changed' ? c.red(da ? 'ændret siden' : 'changed since') : c.red(da ? 'findes ikke i buddet' : 'not in the bid')}` : '';
      out.push(`  ${n(d.ref)}: ${what} — ${n(d.assessor)}, ${n(d.date)}${evidence}`);
      if (d.note) out.push(c.dim(`      ${n(d.note)}`));
    }
    out.push('');
  }
  if (tr.refused.length) {
    out.push(c.bold(da ? 'Afviste afgørelser' : 'Refused decisions'));
    for (const r of tr.refused) out.push(c.red(n(`  ${tr.assessment?.file ?? ''}:${r.line} ${r.ref}: ${t(r.reason, lang)}`)));
    out.push('');
  }
  if (tr.waivers.length) {
    out.push(c.bold(da ? 'Dispensationer' : 'Waivers'));
    for (const w of tr.waivers) {
      const scope = w.scope === 'bid' ? (da ? 'hele buddet' : 'the whole bid') : `${w.scope.file}${w.scope.pointer ?? ''}`;
      const state =
        w.status === 'expired' ? c.red(da ? `udløbet ${n(w.expires)}: ${w.findings} fund tæller igen` : `expired ${n(w.expires)}: ${w.findings} findings count again`)
        : w.status === 'applied' ? (da ? `dækker ${w.findings} fund, til og med ${n(w.expires)}` : `covers ${w.findings} findings, until ${n(w.expires)}`)
        : c.dim(da ? 'intet at dække' : 'nothing to cover');
      out.push(`  ${n(w.rule)} (${n(scope)}) — ${state}`);
      out.push(c.dim(n(`      ${w.reason} — ${da ? 'godkendt af' : 'approved by'} ${w.approvedBy}`)));
    }
    out.push('');
  }
  if (tr.excluded.length) {
    out.push(c.bold(da ? 'Fravalgt i udbuddet' : 'Excluded by the tender'));
    for (const e of tr.excluded) out.push(n(`  ${e.ruleId}: ${e.reason}`));
    out.push('');
  }
  return out;
}
