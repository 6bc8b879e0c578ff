/**
 * reviewdog's rdjsonl (`reviewdog -f=rdjsonl`): one Diagnostic of the
 * Reviewdog Diagnostic Format per line. Columns there are 1-based UTF-8 byte
 * counts and range ends are exclusive; a finding's first suggested
 * replacement becomes a Suggestion over its primary range.
 */
import type { VFile } from 'vfile';
import type { ClaimMessage } from '../engine/lint.js';
import { makeSource } from '../rst/source.js';
import {
  commitMessageLabel, commitMessageOf, displayPath, locate, rangeOf, rootOf, ruleUrl,
  severityName, type ReportOptions,
} from './common.js';

export interface RdPosition { line: number; column: number }
export interface RdRange { start: RdPosition; end: RdPosition }

export interface RdDiagnostic {
  message: string;
  location?: { path: string; range: RdRange };
  severity: 'ERROR' | 'WARNING' | 'INFO';
  source: { name: string; url?: string };
  code: { value: string; url?: string };
  suggestions?: { range: RdRange; text: string }[];
}

const SEVERITY = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const;

/** A UTF-16 column of a line as a UTF-8 byte column. */
function utf8Column(text: string, starts: number[], line: number, column: number): number {
  const start = starts[line - 1];
  if (start === undefined) return column;
  return Buffer.byteLength(text.slice(start, start + column - 1), 'utf8') + 1;
}

export function toRdjson(files: VFile[], opts: ReportOptions = {}): RdDiagnostic[] {
  const root = rootOf(opts);
  const rules = new Map((opts.rules ?? []).map((r) => [r.id, r] as const));
  const out: RdDiagnostic[] = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    const commit = commitMessageOf(file);
    const path = commit ? undefined : displayPath(locate(file, opts, root));
    const text = String(file.value ?? '');
    // Lines as the findings count them ("\n", "\r\n" or a lone "\r" ends one).
    const starts = makeSource(text).lineStarts;
    for (const m of file.messages as ClaimMessage[]) {
      const r = rangeOf(m);
      const range: RdRange = {
        start: { line: r.startLine, column: utf8Column(text, starts, r.startLine, r.startColumn) },
        end: { line: r.endLine, column: utf8Column(text, starts, r.endLine, r.endColumn) },
      };
      const d: RdDiagnostic = {
        message: `${commit ? `In ${commitMessageLabel(commit)}: ` : ''}${m.reason}${m.note ? `\n${m.note}` : ''}`,
        ...(path !== undefined ? { location: { path, range } } : {}),
        severity: SEVERITY[severityName(m)],
        source: { name: 'claimlint' },
        code: { value: m.ruleId ?? 'claimlint' },
      };
      const url = ruleUrl(m, rules);
      if (url) d.code.url = url;
      const replacement = m.expected?.[0];
      if (path !== undefined && replacement !== undefined) d.suggestions = [{ range, text: replacement }];
      out.push(d);
    }
  }
  return out;
}

export function formatRdjsonl(files: VFile[], opts: ReportOptions = {}): string {
  return toRdjson(files, opts).map((d) => `${JSON.stringify(d)}\n`).join('');
}
