/**
 * The `--format` names shared by file mode and patch mode, and writing a
 * report: to stdout or the `--output` file, and for `github` also the
 * findings table appended to $GITHUB_STEP_SUMMARY when GitHub sets it.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { InputError } from '../cli/read.js';
import type { ReportOptions } from './common.js';
import { formatGithub, stepSummary } from './github.js';
import { formatJson } from './json.js';
import { formatRdjsonl } from './rdjsonl.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type { ReportOptions } from './common.js';
export { findRepoRoot, rulesOf } from './common.js';

/** Formats over vfiles, in file mode and patch mode alike. */
export const VFILE_FORMATS = ['stylish', 'json', 'sarif', 'github', 'rdjsonl'] as const;
export type VFileFormat = (typeof VFILE_FORMATS)[number];

export function isVFileFormat(name: string): name is VFileFormat {
  return (VFILE_FORMATS as readonly string[]).includes(name);
}

export function formatVFiles(format: VFileFormat, files: VFile[], opts: ReportOptions = {}): string {
  switch (format) {
    case 'json': return `${formatJson(files)}\n`;
    case 'sarif': return formatSarif(files, opts);
    case 'github': return formatGithub(files, opts);
    case 'rdjsonl': return formatRdjsonl(files, opts);
    default: return formatStylish(files, opts.color === true);
  }
}

export interface Sink {
  out: (s: string) => void;
}

/**
 * Writes `text` to `output` (created or truncated, even when `text` is
 * empty) or else to `io.out`. An unwritable file is an InputError (exit 2).
 */
export function writeOutput(text: string, output: string | undefined, io: Sink): void {
  if (output === undefined) { io.out(text); return; }
  try {
    writeFileSync(output, text);
  } catch (err) {
    throw new InputError(`--output ${output}: cannot write: ${(err as Error).message}`);
  }
}

/** Appends the step summary of `files` to $GITHUB_STEP_SUMMARY, when it is set. */
export function appendStepSummary(files: VFile[], opts: ReportOptions = {}, env: NodeJS.ProcessEnv = process.env): void {
  const path = env['GITHUB_STEP_SUMMARY'];
  if (!path) return;
  try {
    appendFileSync(path, stepSummary(files, opts));
  } catch (err) {
    throw new InputError(`GITHUB_STEP_SUMMARY ${path}: cannot write: ${(err as Error).message}`);
  }
}

/** Formats `files`, writes the result (stdout or `output`) and, for `github`, the step summary. */
export function writeReport(format: VFileFormat, files: VFile[], opts: ReportOptions & { output?: string }, io: Sink): void {
  writeOutput(formatVFiles(format, files, opts), opts.output, io);
  if (format === 'github') appendStepSummary(files, opts);
}
