/**
 * checkpatch.pl's output conventions, so claimlint can stand beside it (and
 * in b4's per-patch check): blocks of "WARNING: message" / "#N: FILE: path:line:"
 * / "+line", the "total: ..." summary, and its flags (-q, --terse, --emacs,
 * --showfile, --no-summary, --mailback, --show-types, --types, --ignore, -v).
 */
import type { PatchFinding, PatchReport } from '../patch/lint-patch.js';
import type { Rule } from '../rules/types.js';

export interface CheckpatchFlags {
  /** -q given once (1) or with --terse (2), as in checkpatch.pl. */
  quiet: number;
  terse: boolean;
  emacs: boolean;
  showfile: boolean;
  summary: boolean;
  mailback: boolean;
  showTypes: boolean;
  verbose: boolean;
  /** Rule ids and long explanations, for -v. */
  rules: Map<string, Rule>;
}

/** checkpatch.pl's TYPE for a rule id: OVERGENERAL_UMBRELLA. */
export const typeOf = (ruleId: string) => ruleId.toUpperCase().replace(/-/g, '_');

const LEVEL = { error: 'ERROR', warning: 'WARNING', info: 'CHECK', off: 'CHECK' } as const;

/**
 * The last word of a "diff --git" line, as checkpatch.pl's /^diff --git.*?(\S+)$/ takes it
 * (a scan from the end: that regex backtracks quadratically over a long run of spaces).
 */
function diffGitPath(line: string): string | undefined {
  if (!line.startsWith('diff --git ')) return undefined;
  let i = line.length;
  while (i > 0 && !/\s/.test(line[i - 1] as string)) i--;
  return i < line.length ? line.slice(i) : undefined;
}

/** checkpatch.pl's $realfile and $realline at each input line (used by --showfile for commit-message lines). */
function realPositions(report: PatchReport): Map<number, { file: string; line: number }> {
  const at = new Map<number, { file: string; line: number }>();
  let file = '';
  let line = 0;
  const all = report.mails.flatMap((m) => [...(m.subject ? [m.subject] : []), ...m.message, ...m.notes, ...m.diff]).sort((a, b) => a.line - b.line);
  for (const l of all) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(l.text);
    const diff = diffGitPath(l.text) ?? /^\+\+\+\s+(\S+)/.exec(l.text)?.[1];
    if (diff) file = diff.replace(/^b\//, '');
    if (hunk) line = Number(hunk[1]) - 1;
    else if (/^(?: |\+|$)/.test(l.text)) line++;
    at.set(l.line, { file, line });
  }
  return at;
}

/** Longer quoted lines are cut around the finding (checkpatch.pl quotes whole lines, which are short in a patch). */
export const MAX_QUOTED_LINE = 1000;
/** Characters kept on either side of the finding in a cut line. */
const CONTEXT = 200;

/**
 * The input line quoted under a finding: as it is, or for a line longer than MAX_QUOTED_LINE
 * (a commit message written as one paragraph, a generated file), the part around the finding
 * with "..." where it was cut. Quoting a 200 kB line under each of its thousands of findings
 * made reports of gigabytes.
 */
function quoted(f: PatchFinding): string {
  const raw = f.raw;
  if (raw.length <= MAX_QUOTED_LINE) return raw;
  const c = f.rawColumns;
  const start = c ? Math.min(Math.max(c.start - 1, 0), raw.length) : 0;
  const end = c ? Math.min(Math.max(c.end - 1, start), raw.length, start + MAX_QUOTED_LINE - 2 * CONTEXT) : 0;
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(raw.length, end + CONTEXT);
  // Never between the halves of a surrogate pair.
  if (/[\uDC00-\uDFFF]/.test(raw[from] ?? '')) from--;
  if (/[\uD800-\uDBFF]/.test(raw[to - 1] ?? '')) to++;
  return `${from > 0 ? '...' : ''}${raw.slice(from, to)}${to < raw.length ? '...' : ''}`;
}

function block(f: PatchFinding, report: PatchReport, flags: CheckpatchFlags, real: Map<number, { file: string; line: number }>): string {
  let prefix = '';
  if (flags.showfile) {
    const r = f.file ? { file: f.file, line: f.line } : real.get(f.inputLine) ?? { file: '', line: 0 };
    prefix = `${r.file}:${r.line}: `;
  } else if (flags.emacs || flags.terse) {
    prefix = `${report.name}:${f.inputLine}: `;
  }
  const here = `#${f.inputLine}: ${f.file ? `FILE: ${f.file}:${f.line}:` : ''}`;
  let out = `${prefix}${LEVEL[f.severity]}:${flags.showTypes ? `${typeOf(f.ruleId)}:` : ''} ${f.message}\n${here}\n${quoted(f)}\n\n`;
  if (flags.showfile) {
    const lines = out.split('\n');
    lines.splice(1, 1);
    out = lines.join('\n');
  }
  if (flags.terse) out = `${out.split('\n')[0]}\n`;
  return out;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + w.length > width) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

/** One input's report, as checkpatch.pl prints it for one FILE. */
export function formatCheckpatch(report: PatchReport, flags: CheckpatchFlags, several: boolean): string {
  const findings = report.findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const clean = errors + warnings === 0;
  if (flags.mailback && clean) return '';
  const real = realPositions(report);
  let out = '';
  if (several && flags.quiet === 0) out += `${'-'.repeat(report.title.length)}\n${report.title}\n${'-'.repeat(report.title.length)}\n`;
  const explained = new Set<string>();
  for (const f of findings) {
    out += block(f, report, flags, real);
    const rule = flags.rules.get(f.ruleId);
    if (flags.verbose && !flags.terse && rule && !explained.has(f.ruleId)) {
      explained.add(f.ruleId);
      out += `${wrap(rule.rationale, 74).map((l) => `    ${l}`).join('\n')}\n\n`;
    }
  }
  if (flags.summary && !(clean && flags.quiet === 1)) {
    out += `total: ${errors} errors, ${warnings} warnings, ${report.linesChecked} lines checked\n`;
  }
  if (flags.quiet === 0) {
    for (const note of [...new Set(report.notes)]) out += `\nNOTE: ${note}\n`;
    out += `\n${report.title} ${clean ? 'has no obvious style problems and is ready for submission.' : 'has style problems, please review.'}\n`;
    if (!clean) out += "\nNOTE: 'claimlint explain RULE' says why a claim was flagged; to silence a rule for one\n      patch, add 'claimlint-ignore: RULE' below its --- line.\n";
  }
  return out;
}

/** b4 review's check format: a JSON array of {tool, status, summary, details}. */
export function formatB4Review(reports: PatchReport[]): string {
  return JSON.stringify(reports.map((r) => {
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    const status = errors ? 'fail' : warnings ? 'warn' : 'pass';
    const summary = status === 'pass' ? 'no overgeneralized claims' : `${errors} errors, ${warnings} warnings`;
    const details = r.findings.map((f) => `${f.file ?? 'commit message'}:${f.line}: ${LEVEL[f.severity]}:${typeOf(f.ruleId)}: ${f.message}`).join('\n');
    return { tool: 'claimlint', status, summary, ...(details ? { details } : {}) };
  }));
}
