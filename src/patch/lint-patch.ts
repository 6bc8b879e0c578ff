/**
 * Patch mode: lint what a patch adds. For each mail: the post-image of each
 * .rst, .md or .markdown file it touches, read in its own syntax (reporting a
 * finding only when its claim's sentence overlaps an added line, at post-image
 * line numbers), the commit subject and body, and MAINTAINERS entry titles and
 * F: file names it adds.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { lintText, type ClaimMessage, type Severity } from '../engine/lint.js';
import { syntaxOf } from '../engine/syntax.js';
import { DocumentError } from '../engine/document-error.js';
import type { FileError, RuleSet } from '../rules/types.js';
import { compileRuleSet } from '../rules/compile.js';
import { readDiff } from './diff.js';
import { postImage, safePath, type Source } from './post-image.js';
import { splitMails, stripSubject } from './split.js';
import { PatchError, type Change, type CommitPlacement, type FileDiff, type InputLine, type LineRange, type Mail } from './types.js';

export interface PatchFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The post-image file; undefined for the commit message. */
  file?: string;
  /** The post-image line (file findings) or the input line (commit message). */
  line: number;
  /** Input line ("#N") and the raw input line shown under it. */
  inputLine: number;
  raw: string;
  /** Where the finding lies in `raw` (1-based columns, the end exclusive), when it lies on that line. */
  rawColumns?: { start: number; end: number };
  vmessage: VFileMessage;
}

export interface PatchReport {
  /** The input's name ("-" for stdin). */
  name: string;
  /** The name checkpatch.pl prints in its last line ("Your patch", a file name, "Commit ..."). */
  title: string;
  mails: Mail[];
  findings: PatchFinding[];
  /** Lines inside hunks, counted as checkpatch.pl counts them. */
  linesChecked: number;
  /** Things claimlint passed over, said once each (binary files, limited scope). */
  notes: string[];
  /** The linted documents, for the JSON and stylish formats. */
  files: VFile[];
}

export interface PatchOptions {
  ruleSets: RuleSet[];
  /** Where the files come from for scope: a tree, or git objects (undefined: no tree). */
  source?: Source;
  severity?: Record<string, Severity>;
  /** Document scope for a post-image path (from the configuration). */
  scopeFor?: (path: string) => string[] | undefined;
  /** The patch input as an absolute path, when it is a file (a place to show commit-message findings). */
  patchFile?: string;
  /** A rule that ran out of its time budget (user rule files): an error of the run, not a finding. */
  onRuleError?: (error: FileError) => void;
}

const TRAILER = /^(?:[A-Z][\w-]*-by|Link|Fixes|Cc|Closes|Message-ID|Change-Id|BugLink):\s/i;
const IGNORE = /^\s*claimlint-ignore:\s*(.+)$/i;
const MAINTAINERS_FIELD = /^[A-Z]:\s/;

/**
 * A documentation file patch mode lints: reStructuredText (.rst) or Markdown (what
 * syntaxOf reads as Markdown: .md, .markdown). The engine reads each in its syntax by its path.
 */
export const isDocumentPath = (path: string) => path.endsWith('.rst') || syntaxOf(path) === 'markdown';

export const ruleKey = (id: string) => id.toLowerCase().replace(/_/g, '-');

function severityOf(m: VFileMessage): Severity {
  return m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
}

export async function lintPatch(input: string, name: string, title: string, opts: PatchOptions): Promise<PatchReport> {
  const mails = await splitMails(input, name);
  const report: PatchReport = { name, title, mails, findings: [], linesChecked: 0, notes: [], files: [] };
  // Post-images so far: a series' later patches apply to its earlier patches' results.
  const series = new Map<string, string>();
  for (const mail of mails) await lintMail(mail, report, opts, series);
  report.findings.sort((a, b) => a.inputLine - b.inputLine || a.ruleId.localeCompare(b.ruleId));
  fillChanged(report.files);
  return report;
}

export function commitPlacementOf(file: VFile): CommitPlacement | undefined {
  return file.data['commitPlacement'] as CommitPlacement | undefined;
}

/**
 * A commit message whose mail changes no file (a cover letter, an empty
 * commit) is placed where the first of the others is: its series' first
 * changed file (patch mode calls this again over the whole run).
 */
export function fillChanged(files: VFile[]): void {
  const placements = files.map(commitPlacementOf).filter((p): p is CommitPlacement => p !== undefined);
  const first = placements.find((p) => p.changed)?.changed;
  if (first) for (const p of placements) p.changed ??= first;
}

/**
 * The file a commit message's findings are shown at when the patch file
 * itself cannot be: of the files the mail changes, the first documentation
 * file claimlint lints, else the first file, with an added line (the first
 * that is not blank); else the first file still there after it (line 1).
 */
function changedFile(files: FileDiff[]): CommitPlacement['changed'] {
  // The first added line with text (a blank one shows nothing), else the first added line.
  const firstAdded = (f: FileDiff) => {
    let blank: Change | undefined;
    for (const h of f.hunks) {
      for (const c of h.changes) {
        if (c.kind !== '+') continue;
        if (c.text.trim()) return c;
        blank ??= c;
      }
    }
    return blank;
  };
  const linted = (f: FileDiff) => f.newPath !== undefined && (isDocumentPath(f.newPath) || f.newPath === 'MAINTAINERS');
  const kept = files.filter((f) => f.newPath !== undefined && f.status !== 'deleted' && safePath(f.newPath));
  const withAdded = [...kept.filter(linted), ...kept].find((f) => firstAdded(f));
  if (withAdded) {
    const c = firstAdded(withAdded) as Change;
    return { path: withAdded.newPath as string, line: c.newLine as number, text: c.text };
  }
  const any = kept[0];
  return any ? { path: any.newPath as string, line: 1, text: '' } : undefined;
}

async function lintMail(mail: Mail, report: PatchReport, opts: PatchOptions, series: Map<string, string>): Promise<void> {
  const ignored = new Set<string>();
  for (const l of mail.notes) {
    const m = IGNORE.exec(l.text);
    if (m) for (const id of (m[1] as string).split(/[\s,]+/).filter(Boolean)) ignored.add(ruleKey(id));
  }
  const keep = (m: VFileMessage) => !ignored.has(ruleKey(m.ruleId ?? ''));
  const files = readDiff(mail.diff, mail.name);
  let coco = false;
  // The diff's lines by input line, for the headers of files with findings (a lookup per file would be quadratic).
  let byLine: Map<number, InputLine> | undefined;
  const diffLine = (line: number) => {
    if (!byLine) {
      byLine = new Map();
      for (const l of mail.diff) if (!byLine.has(l.line)) byLine.set(l.line, l);
    }
    return byLine.get(line);
  };

  for (const file of files) {
    for (const h of file.hunks) report.linesChecked += h.checked;
    const path = file.newPath ?? file.oldPath;
    if (!path) continue;
    if (!safePath(path) || (file.oldPath && !safePath(file.oldPath))) {
      throw new PatchError(mail.name, file.line, `refusing a path that leaves the tree: ${path}`);
    }
    if (file.status === 'binary') { report.notes.push(`${path}: binary file skipped`); continue; }
    if (file.status === 'deleted') { series.delete(path); continue; }
    if (path === 'MAINTAINERS') { lintMaintainers(file, report, opts, keep); continue; }
    if (!isDocumentPath(path)) continue;
    const pi = postImage(file, opts.source, series, mail.name);
    if (pi.limited) report.notes.push(`${path}: ${pi.limited}`);
    else series.set(path, pi.text);
    const byNewLine = new Map<number, Change>();
    for (const h of file.hunks) for (const c of h.changes) if (c.kind !== '-') byNewLine.set(c.newLine as number, c);
    const vfile = lintPostImage(pi.text, path, opts, mail.name, file.line, byNewLine);
    if (vfile.data['cocoDocument']) coco = true;
    const header = diffLine(file.line);
    const lineOf = lineFinder(pi.text);
    const added = addedLines(pi.added);
    const kept: VFileMessage[] = [];
    for (const m of vfile.messages as ClaimMessage[]) {
      if (!keep(m)) continue;
      const at = addedLineOf(m, lineOf, added, file);
      if (at === undefined) continue;
      if (pi.limited) m.note = m.note ? `${m.note}; ${pi.limited}` : pi.limited;
      // "#N", "FILE: path:L:" and the quoted line name one line: the finding's own line when
      // the patch adds it, else the added line its sentence overlaps.
      const own = byNewLine.get(gitLine(m, lineOf));
      const change = own?.kind === '+' ? own : byNewLine.get(at);
      report.findings.push({
        ruleId: m.ruleId ?? '', severity: severityOf(m), message: m.reason, file: path,
        line: change?.newLine ?? at, inputLine: change?.line ?? file.line, raw: change?.raw ?? header?.text ?? '', vmessage: m,
        // The raw line is the post-image line behind its "+".
        rawColumns: change && change === own ? shifted(columnsInLine(m, lineOf), 1) : undefined,
      });
      kept.push(m);
    }
    vfile.messages = kept;
    report.files.push(vfile);
  }
  lintMessage(mail, report, opts, keep, coco || files.length === 0, changedFile(files));
}

/**
 * A post-image linted. One claimlint refuses to read (a DocumentError: Markdown nested too
 * deeply or too costly to read) is bad input of the patch, as a malformed hunk is: a
 * PatchError at the patch's line that holds the refused post-image line (its column there,
 * after the diff marker), or at the file's header when the patch does not show that line,
 * naming the post-image's path, line and column.
 */
function lintPostImage(text: string, path: string, opts: PatchOptions, patch: string, header: number, byNewLine: Map<number, Change>) {
  try {
    return lintText(text, { path, ruleSets: opts.ruleSets, severity: opts.severity, onRuleError: opts.onRuleError, scope: opts.scopeFor?.(path) });
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    // Lines as git counts them ("\n" ends one), as the patch's line numbers do.
    const lineOf = lineFinder(text);
    const line = lineOf(err.offset);
    const column = err.offset - lineOf.start(line) + 1;
    const change = byNewLine.get(line);
    throw new PatchError(patch, change?.line ?? header, `${path}:${line}:${column}: ${err.reason}`, change ? column + 1 : undefined);
  }
}

interface AddedLines {
  /** The first added line, in the patch's order. */
  first: number | undefined;
  /** The first added line at or after a line (by binary search: a file can have many findings, a sentence many lines). */
  from(line: number): number | undefined;
}

function addedLines(added: Set<number>): AddedLines {
  const sorted = [...added].sort((a, b) => a - b);
  return {
    first: added.values().next().value,
    from(line) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid] as number) < line) lo = mid + 1; else hi = mid;
      }
      return sorted[lo];
    },
  };
}

/** The post-image line of an added line the finding's sentence overlaps, or undefined. */
function addedLineOf(m: ClaimMessage, lineOf: LineFinder, added: AddedLines, file: FileDiff): number | undefined {
  if (m.data?.['fileName']) {
    // The file name is new when the file is added or renamed.
    if (file.status !== 'added' && file.status !== 'renamed') return undefined;
    return added.first ?? 1;
  }
  const range = m.data?.sentence;
  const from = range ? lineOf(range.start) : gitLine(m, lineOf);
  const end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
  const to = range ? lineOf(Math.max(range.start, range.end - 1)) : end !== undefined ? lineOf(end) : from;
  const at = added.from(from);
  return at !== undefined && at <= to ? at : undefined;
}

interface LineFinder {
  /** The 1-based line of an offset. */
  (offset: number): number;
  /** The offset where a 1-based line starts. */
  start(line: number): number;
}

/** Lines of `text` ("\n" ends one), by binary search over the line starts (a file can have many findings). */
function lineFinder(text: string): LineFinder {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const find = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
  return Object.assign(find, { start: (line: number) => starts[line - 1] ?? text.length });
}

/** A finding's columns in its git line (1-based, the end exclusive; the end of that line when the finding goes on). */
function columnsInLine(m: ClaimMessage, lineOf: LineFinder): { start: number; end: number } | undefined {
  const place = m.place && 'start' in m.place ? m.place : undefined;
  const from = place?.start.offset;
  if (from === undefined) return undefined;
  const line = lineOf(from);
  const base = lineOf.start(line);
  const to = place?.end.offset ?? from;
  const end = lineOf(to) === line ? to : lineOf.start(line + 1) - 1;
  return { start: from - base + 1, end: Math.max(from, end) - base + 1 };
}

const shifted = (c: { start: number; end: number } | undefined, by: number) => (c ? { start: c.start + by, end: c.end + by } : undefined);

/**
 * A finding's line as git and checkpatch.pl count lines ("\n" ends one). The engine's
 * `m.line` also ends a line at a lone "\r", as editors, LSP and SARIF do (rst/source.ts).
 */
function gitLine(m: ClaimMessage, lineOf: LineFinder): number {
  const offset = m.place && 'start' in m.place ? m.place.start.offset : undefined;
  return offset === undefined ? m.line ?? 1 : lineOf(offset);
}

/**
 * The commit subject (without "[PATCH ...]" and subsystem prefixes) as the
 * title, then the body without trailers, linted as one document whose lines
 * map back to input lines.
 */
function lintMessage(
  mail: Mail, report: PatchReport, opts: PatchOptions, keep: (m: VFileMessage) => boolean, coco: boolean, changed: CommitPlacement['changed'],
): void {
  const lines: string[] = [];
  const map: InputLine[] = [];
  let subjectOffset = 0;
  if (mail.subject) {
    const { text, offset } = stripSubject(mail.subject.text);
    subjectOffset = offset;
    const raw = { text: `Subject: ${mail.subject.text}`, line: mail.subject.line };
    lines.push(text, '='.repeat(Math.max(text.length, 4)), '');
    map.push(raw, raw, raw);
  }
  const titleLines = lines.length;
  let end = mail.message.length;
  while (end > 0 && (TRAILER.test((mail.message[end - 1] as InputLine).text) || (mail.message[end - 1] as InputLine).text.trim() === '')) end--;
  for (let k = 0; k < end; k++) { const l = mail.message[k] as InputLine; lines.push(l.text); map.push(l); }
  if (lines.every((l) => l.trim() === '')) return;
  const text = `${lines.join('\n')}\n`;
  const lineOf = lineFinder(text);
  const vfile = lintText(text, { path: `${mail.name}: commit message`, ruleSets: opts.ruleSets, severity: opts.severity, onRuleError: opts.onRuleError, cocoDocument: coco || undefined });
  // Not a file of the tree: the formats say which commit message it is, and SARIF places it (see CommitPlacement).
  vfile.data['commitMessage'] = { patch: mail.name, subject: mail.subject?.text.replace(/^(\s*\[[^\]]*\])+\s*/, '') };
  const placement: CommitPlacement = { commit: mail.commit, patchFile: opts.patchFile, changed };
  vfile.data['commitPlacement'] = placement;
  // A column of the message document in its input line: the same in the body, shifted in the subject's line;
  // unknown where the input holds the text encoded (quoted-printable, base64, RFC 2047) or folded.
  const inputColumn = (line: number, column: number | undefined): number | undefined => {
    if (column === undefined) return undefined;
    if (line > titleLines) return mail.bodyDecoded ? undefined : column;
    return line === 1 && mail.subjectColumn !== undefined ? mail.subjectColumn + subjectOffset + column - 1 : undefined;
  };
  const kept: VFileMessage[] = [];
  for (const m of vfile.messages as ClaimMessage[]) {
    if (!keep(m)) continue;
    const at = map[gitLine(m as ClaimMessage, lineOf) - 1];
    if (!at) continue;
    const r = rangeOf(m);
    const last = map[r.endLine - 1] ?? at;
    const startColumn = inputColumn(r.startLine, r.startColumn);
    const endColumn = inputColumn(r.endLine, r.endColumn);
    const inputPlace: LineRange = startColumn !== undefined && endColumn !== undefined
      ? { startLine: at.line, startColumn, endLine: last.line, endColumn } : { startLine: at.line, endLine: last.line };
    m.data = { ...m.data, inputPlace };
    const rawColumns = startColumn !== undefined && endColumn !== undefined && r.startLine > titleLines
      ? { start: startColumn, end: last === at ? endColumn : at.text.length + 1 } : undefined;
    report.findings.push({ ruleId: m.ruleId ?? '', severity: severityOf(m), message: m.reason, line: at.line, inputLine: at.line, raw: at.text, rawColumns, vmessage: m });
    kept.push(m);
  }
  vfile.messages = kept;
  if (kept.length) report.files.push(vfile);
}

/** A message's start and end (1-based lines and columns; the end exclusive). */
function rangeOf(m: VFileMessage): { startLine: number; startColumn?: number; endLine: number; endColumn?: number } {
  const place = m.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  const startLine = start?.line ?? m.line ?? 1;
  return { startLine, startColumn: start?.column ?? undefined, endLine: end?.line ?? startLine, endColumn: end?.column ?? undefined };
}

/**
 * MAINTAINERS: added entry titles are prose (all caps: any case matches), and
 * added F: lines are file names, within entries whose title names CoCo.
 */
function lintMaintainers(file: FileDiff, report: PatchReport, opts: PatchOptions, keep: (m: VFileMessage) => boolean): void {
  const matchers = opts.ruleSets.map((r) => compileRuleSet(r).matcher);
  const namesCoco = (title: string) => matchers.some((m) => m.find(title, true).some((x) => x.kind === 'technology' || x.umbrella?.coco));
  const out = new VFile({ path: 'MAINTAINERS', value: '' });
  const add = (m: VFileMessage, c: Change) => {
    if (!keep(m)) return;
    const line = c.newLine as number;
    const copy = out.message(m.reason, { place: { start: { line, column: 1 }, end: { line, column: c.text.length + 1 } }, ruleId: m.ruleId, source: 'claimlint' });
    copy.fatal = m.fatal;
    copy.url = m.url;
    copy.note = m.note;
    copy.actual = c.text;
    report.findings.push({ ruleId: m.ruleId ?? '', severity: severityOf(m), message: m.reason, file: 'MAINTAINERS', line, inputLine: c.line, raw: c.raw, vmessage: copy });
  };
  let titleIsCoco = false;
  for (const h of file.hunks) {
    for (const c of h.changes) {
      if (c.kind === '-') continue;
      const text = c.text.trim();
      if (!text) continue;
      if (!MAINTAINERS_FIELD.test(text)) {
        titleIsCoco = namesCoco(text);
        if (c.kind !== '+' || !titleIsCoco) continue;
        const title = lintText(`${text}\n${'='.repeat(Math.max(text.length, 4))}\n`, { path: 'MAINTAINERS', ruleSets: opts.ruleSets, severity: opts.severity, onRuleError: opts.onRuleError, cocoDocument: true });
        for (const m of title.messages) add(m, c);
        continue;
      }
      const f = /^F:\s+(\S+)/.exec(text);
      if (f && c.kind === '+' && titleIsCoco) {
        const named = lintText('', { path: f[1] as string, ruleSets: opts.ruleSets, severity: opts.severity, onRuleError: opts.onRuleError, cocoDocument: true });
        for (const m of named.messages as ClaimMessage[]) if (m.data?.['fileName']) add(m, c);
      }
    }
  }
  if (out.messages.length) report.files.push(out);
}
