/**
 * Patch mode: lint what a patch adds. For each mail: the post-image of each
 * .rst file it touches (reporting a finding only when its claim's sentence
 * overlaps an added line, at post-image line numbers), the commit subject and
 * body, and MAINTAINERS entry titles and F: file names it adds.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { lintText, type ClaimMessage, type Severity } from '../engine/lint.js';
import type { RuleSet } from '../rules/types.js';
import { compileRuleSet } from '../rules/compile.js';
import { readDiff } from './diff.js';
import { postImage, safePath, type Source } from './post-image.js';
import { splitMails, stripSubject } from './split.js';
import { PatchError, type Change, type FileDiff, type InputLine, type Mail } from './types.js';

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
}

const TRAILER = /^(?:[A-Z][\w-]*-by|Link|Fixes|Cc|Closes|Message-ID|Change-Id|BugLink):\s/i;
const IGNORE = /^\s*claimlint-ignore:\s*(.+)$/i;
const MAINTAINERS_FIELD = /^[A-Z]:\s/;

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
  return report;
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
    if (!path.endsWith('.rst')) continue;
    const pi = postImage(file, opts.source, series);
    if (pi.limited) report.notes.push(`${path}: ${pi.limited}`);
    else series.set(path, pi.text);
    const vfile = lintText(pi.text, { path, ruleSets: opts.ruleSets, severity: opts.severity, scope: opts.scopeFor?.(path) });
    if (vfile.data['cocoDocument']) coco = true;
    const byNewLine = new Map<number, Change>();
    for (const h of file.hunks) for (const c of h.changes) if (c.kind !== '-') byNewLine.set(c.newLine as number, c);
    const kept: VFileMessage[] = [];
    for (const m of vfile.messages as ClaimMessage[]) {
      if (!keep(m)) continue;
      const at = addedLineOf(m, pi.text, pi.added, file);
      if (at === undefined) continue;
      if (pi.limited) m.note = m.note ? `${m.note}; ${pi.limited}` : pi.limited;
      // "#N", "FILE: path:L:" and the quoted line name one line: the finding's own line when
      // the patch adds it, else the added line its sentence overlaps.
      const own = byNewLine.get(gitLine(m, pi.text));
      const change = own?.kind === '+' ? own : byNewLine.get(at);
      const header = mail.diff.find((l) => l.line === file.line);
      report.findings.push({
        ruleId: m.ruleId ?? '', severity: severityOf(m), message: m.reason, file: path,
        line: change?.newLine ?? at, inputLine: change?.line ?? file.line, raw: change?.raw ?? header?.text ?? '', vmessage: m,
      });
      kept.push(m);
    }
    vfile.messages = kept;
    report.files.push(vfile);
  }
  lintMessage(mail, report, opts, keep, coco || files.length === 0);
}

/** The post-image line of an added line the finding's sentence overlaps, or undefined. */
function addedLineOf(m: ClaimMessage, text: string, added: Set<number>, file: FileDiff): number | undefined {
  if (m.data?.['fileName']) {
    // The file name is new when the file is added or renamed.
    if (file.status !== 'added' && file.status !== 'renamed') return undefined;
    return [...added][0] ?? 1;
  }
  const range = m.data?.sentence;
  const from = range ? lineOfOffset(text, range.start) : gitLine(m, text);
  const end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
  const to = range ? lineOfOffset(text, Math.max(range.start, range.end - 1)) : end !== undefined ? lineOfOffset(text, end) : from;
  for (let l = from; l <= to; l++) if (added.has(l)) return l;
  return undefined;
}

/**
 * A finding's line as git and checkpatch.pl count lines ("\n" ends one). The engine's
 * `m.line` also ends a line at a lone "\r", as editors, LSP and SARIF do (rst/source.ts).
 */
function gitLine(m: ClaimMessage, text: string): number {
  const offset = m.place && 'start' in m.place ? m.place.start.offset : undefined;
  return offset === undefined ? m.line ?? 1 : lineOfOffset(text, offset);
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The commit subject (without "[PATCH ...]" and subsystem prefixes) as the
 * title, then the body without trailers, linted as one document whose lines
 * map back to input lines.
 */
function lintMessage(mail: Mail, report: PatchReport, opts: PatchOptions, keep: (m: VFileMessage) => boolean, coco: boolean): void {
  const lines: string[] = [];
  const map: InputLine[] = [];
  if (mail.subject) {
    const { text } = stripSubject(mail.subject.text);
    const raw = { text: `Subject: ${mail.subject.text}`, line: mail.subject.line };
    lines.push(text, '='.repeat(Math.max(text.length, 4)), '');
    map.push(raw, raw, raw);
  }
  let body = mail.message;
  while (body.length && (TRAILER.test((body[body.length - 1] as InputLine).text) || (body[body.length - 1] as InputLine).text.trim() === '')) body = body.slice(0, -1);
  for (const l of body) { lines.push(l.text); map.push(l); }
  if (lines.every((l) => l.trim() === '')) return;
  const text = `${lines.join('\n')}\n`;
  const vfile = lintText(text, { path: `${mail.name}: commit message`, ruleSets: opts.ruleSets, severity: opts.severity, cocoDocument: coco || undefined });
  // Not a file of the tree: the SARIF, GitHub and reviewdog formats give it no file location.
  vfile.data['commitMessage'] = { patch: mail.name, subject: mail.subject?.text.replace(/^(\s*\[[^\]]*\])+\s*/, '') };
  const kept: VFileMessage[] = [];
  for (const m of vfile.messages) {
    if (!keep(m)) continue;
    const at = map[gitLine(m as ClaimMessage, text) - 1];
    if (!at) continue;
    report.findings.push({ ruleId: m.ruleId ?? '', severity: severityOf(m), message: m.reason, line: at.line, inputLine: at.line, raw: at.text, vmessage: m });
    kept.push(m);
  }
  vfile.messages = kept;
  if (kept.length) report.files.push(vfile);
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
        const title = lintText(`${text}\n${'='.repeat(Math.max(text.length, 4))}\n`, { path: 'MAINTAINERS', ruleSets: opts.ruleSets, severity: opts.severity, cocoDocument: true });
        for (const m of title.messages) add(m, c);
        continue;
      }
      const f = /^F:\s+(\S+)/.exec(text);
      if (f && c.kind === '+' && titleIsCoco) {
        const named = lintText('', { path: f[1] as string, ruleSets: opts.ruleSets, severity: opts.severity, cocoDocument: true });
        for (const m of named.messages as ClaimMessage[]) if (m.data?.['fileName']) add(m, c);
      }
    }
  }
  if (out.messages.length) report.files.push(out);
}
