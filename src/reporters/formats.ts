import type { Report } from '../assess/report.js';
import type { Lang } from '../core/text.js';
import { renderHtml } from './html.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

/** Every report format, in the order `--format` lists them. */
export const FORMATS = ['text', 'json', 'html', 'md', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** The fixed file name of each format under `--output-dir`. */
export const FILE_NAMES: Readonly<Record<Format, string>> = {
  text: 'rammetjek.txt',
  json: 'rammetjek.json',
  html: 'rammetjek.html',
  md: 'rammetjek.md',
  sarif: 'rammetjek.sarif',
  junit: 'rammetjek.junit.xml',
  github: 'rammetjek.github.txt',
};

export interface RenderOptions {
  readonly lang: Lang;
  /** ANSI colours in the text report. */
  readonly color: boolean;
  /** The text report without the goal and principle tables (for CI logs). */
  readonly quiet: boolean;
  /** The exit code the run ends with (SARIF records it). */
  readonly exitCode: number;
  /** What SARIF artifact URIs are relative to (see `SarifOptions.paths`). */
  readonly sarifPaths?: 'bid' | 'checkout';
  /** The bid's files by path, for the lines the HTML report shows beside each finding (see `HtmlOptions.sources`). */
  readonly sources?: ReadonlyMap<string, string>;
}

/** Renders one format. */
export function render(format: Format, report: Report, options: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderText(report, { lang: options.lang, color: options.color, quiet: options.quiet });
    case 'json':
      return renderJson(report);
    case 'html':
      return renderHtml(report, { lang: options.lang, ...(options.sources ? { sources: options.sources } : {}) });
    case 'md':
      return renderMarkdown(report, { lang: options.lang });
    case 'sarif':
      return renderSarif(report, { lang: options.lang, exitCode: options.exitCode, ...(options.sarifPaths ? { paths: options.sarifPaths } : {}) });
    case 'junit':
      return renderJunit(report, { lang: options.lang });
    case 'github':
      return renderGithub(report, { lang: options.lang });
  }
}
