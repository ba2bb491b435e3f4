import type { Report } from '../assess/report.js';

/** The report model as JSON: both languages, stable key order, no timestamps — the same bid gives the same bytes. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
