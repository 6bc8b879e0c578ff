/**
 * `--fix` and `--fix-dry-run` (file mode): each finding that has a suggestion
 * (`expected`) has the text at its primary range replaced with the preferred
 * one (`expected[0]`), and nothing else changes. Where two fixes overlap in
 * one file the first (by position, then report order) is applied and the
 * others are skipped and said so. Files keep their byte-order mark and line
 * ends, inode, owner and mode, and a read-only file is not written
 * (fix-write.ts); `--fix-dry-run` prints a unified diff instead.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { InputError, decodeText } from './read.js';
import { writeFixed } from './fix-write.js';

// baseline.ts imports it from here.
export { writeFileAtomic } from './fix-write.js';

/** One replacement: `text` in place of source[start, end) (UTF-16 offsets in the vfile's text). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface AppliedFix extends Edit {
  ruleId: string;
  line: number;
  column: number;
  /** The text replaced. */
  old: string;
}

export interface SkippedFix extends AppliedFix {
  /** Why it was not applied. */
  reason: string;
}

export interface FilePlan {
  path: string;
  /** The vfile's text (a byte-order mark removed). */
  before: string;
  after: string;
  applied: AppliedFix[];
  skipped: SkippedFix[];
}

function offsets(m: VFileMessage): { start: number; end: number; line: number; column: number } | undefined {
  const place = m.place;
  if (!place || !('start' in place)) return undefined;
  const { start, end } = place;
  if (start.offset === undefined || end.offset === undefined) return undefined;
  return { start: start.offset, end: end.offset, line: start.line, column: start.column };
}

function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end || b.start === b.end) {
    // An insertion conflicts with anything at or around its point.
    return a.start <= b.end && b.start <= a.end;
  }
  return a.start < b.end && b.start < a.end;
}

const where = (f: { line: number; column: number }) => `${f.line}:${f.column}`;

/** The fixes for one linted file: which apply, which are skipped, and the text after them. */
export function planFixes(file: VFile): FilePlan {
  const before = String(file.value);
  const candidates: AppliedFix[] = [];
  for (const m of file.messages) {
    const text = m.expected?.[0];
    const at = offsets(m);
    if (text === undefined || !at) continue;
    const old = before.slice(at.start, at.end);
    candidates.push({ ...at, text, old, ruleId: m.ruleId ?? 'unknown' });
  }
  // Stable: by position, then in report order.
  const ordered = candidates.map((c, i) => [c, i] as const).sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end || a[1] - b[1]).map(([c]) => c);
  const applied: AppliedFix[] = [];
  const skipped: SkippedFix[] = [];
  for (const c of ordered) {
    if (c.text === c.old) continue; // nothing to change
    const clash = applied.find((a) => overlaps(a, c));
    if (!clash) { applied.push(c); continue; }
    if (clash.start === c.start && clash.end === c.end && clash.text === c.text) {
      applied.push(c); // the same edit for another rule: already made
      continue;
    }
    skipped.push({ ...c, reason: `overlaps the fix for ${clash.ruleId} at ${where(clash)}` });
  }
  return { path: file.path, before, after: applyEdits(before, applied), applied, skipped };
}

/** The text with non-overlapping edits applied (identical repeats made once). */
export function applyEdits(text: string, edits: Edit[]): string {
  const unique = dedupe(edits);
  let out = '';
  let at = 0;
  for (const e of unique) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

function dedupe(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((e, i) => {
    const p = sorted[i - 1];
    return !(p && p.start === e.start && p.end === e.end && p.text === e.text);
  });
}

// ---------------------------------------------------------------- unified diff

interface Lines {
  /** Offset where each line starts. */
  starts: number[];
  text: string;
}

function splitLines(text: string): Lines {
  const starts = text.length ? [0] : [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10 && i + 1 < text.length) starts.push(i + 1);
  return { starts, text };
}

const lineEnd = (l: Lines, i: number) => l.starts[i + 1] ?? l.text.length;
/** Index of the line holding offset `o` (the last line for the end of the text). */
function lineOf(l: Lines, o: number): number {
  let lo = 0;
  let hi = l.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((l.starts[mid] as number) <= o) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Content lines of a chunk of text, with whether the last one ends in a newline. */
function chunkLines(chunk: string): { lines: string[]; finalNewline: boolean } {
  if (chunk === '') return { lines: [], finalNewline: true };
  const finalNewline = chunk.endsWith('\n');
  return { lines: (finalNewline ? chunk.slice(0, -1) : chunk).split('\n'), finalNewline };
}

interface Block {
  /** First and last old line (0-based, inclusive). */
  a: number;
  b: number;
  edits: Edit[];
}

/**
 * A unified diff (3 lines of context) of what `edits` do to `text`, with
 * `--- a/PATH` / `+++ b/PATH` headers; '' when they change nothing.
 */
export function unifiedDiff(text: string, edits: Edit[], path: string, context = 3): string {
  const unique = dedupe(edits);
  if (unique.length === 0 || applyEdits(text, unique) === text) return '';
  const l = splitLines(text);
  const n = l.starts.length;
  // Lines each edit touches; a block whose new text would lose the newline
  // before the next line takes that line in too.
  const blocks: Block[] = [];
  for (const e of unique) {
    const a = lineOf(l, e.start);
    let b = e.end > e.start ? lineOf(l, e.end - 1) : a;
    if (e.end === text.length && n > 0) b = n - 1;
    const last = blocks[blocks.length - 1];
    if (last && a <= last.b + 1) { last.b = Math.max(last.b, b); last.edits.push(e); } else blocks.push({ a, b, edits: [e] });
  }
  const newText = (blk: Block) => {
    const from = l.starts[blk.a] ?? 0;
    const to = lineEnd(l, blk.b);
    return applyEdits(text.slice(from, to), blk.edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from })));
  };
  for (const blk of blocks) {
    while (blk.b < n - 1 && !newText(blk).endsWith('\n')) blk.b++;
  }
  // Blocks may have grown into each other.
  const merged: Block[] = [];
  for (const blk of blocks) {
    const last = merged[merged.length - 1];
    if (last && blk.a <= last.b + 1) { last.b = Math.max(last.b, blk.b); for (const e of blk.edits) last.edits.push(e); } else merged.push(blk);
  }
  const oldChunk = (a: number, b: number) => text.slice(l.starts[a] ?? 0, lineEnd(l, b));
  const finalNewline = text.endsWith('\n');
  const lastLine = n - 1;

  let out = `--- ${diffPath('a', path)}\n+++ ${diffPath('b', path)}\n`;
  let delta = 0;
  let i = 0;
  while (i < merged.length) {
    let j = i;
    while (j + 1 < merged.length && (merged[j + 1] as Block).a - (merged[j] as Block).b - 1 <= 2 * context) j++;
    const first = merged[i] as Block;
    const lastBlk = merged[j] as Block;
    const from = Math.max(0, first.a - context);
    const to = Math.min(lastLine, lastBlk.b + context);
    let body = '';
    let oldCount = 0;
    let newCount = 0;
    const hunkDelta = delta;
    const contextLines = (a: number, b: number) => {
      for (let k = a; k <= b; k++) {
        body += ` ${chunkLines(oldChunk(k, k)).lines[0] ?? ''}\n`;
        if (k === lastLine && !finalNewline) body += '\\ No newline at end of file\n';
        oldCount++;
        newCount++;
      }
    };
    let at = from;
    for (let k = i; k <= j; k++) {
      const blk = merged[k] as Block;
      contextLines(at, blk.a - 1);
      const old = chunkLines(oldChunk(blk.a, blk.b));
      const neu = chunkLines(newText(blk));
      for (const line of old.lines) body += `-${line}\n`;
      if (!old.finalNewline) body += '\\ No newline at end of file\n';
      for (const line of neu.lines) body += `+${line}\n`;
      if (!neu.finalNewline) body += '\\ No newline at end of file\n';
      oldCount += old.lines.length;
      newCount += neu.lines.length;
      delta += neu.lines.length - old.lines.length;
      at = blk.b + 1;
    }
    contextLines(at, to);
    const range = (start: number, count: number) => (count === 0 ? `${start},0` : count === 1 ? `${start + 1}` : `${start + 1},${count}`);
    out += `@@ -${range(from, oldCount)} +${range(from + hunkDelta, newCount)} @@\n${body}`;
    i = j + 1;
  }
  return out;
}

/** `a/PATH` for a path below the current directory (as git prints it), else the path itself. */
function diffPath(prefix: string, path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return path;
  return `${prefix}/${rel.split(sep).join('/')}`;
}

// ---------------------------------------------------------------- writing

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The bytes to write for a file whose vfile text was `before` and is now
 * `after`, and the bytes it holds now (`original`): the file is re-read to
 * recover its byte-order mark, and refused when it no longer holds what was linted.
 */
export function fixedBytes(path: string, before: string, after: string): { original: Buffer; bytes: Buffer } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new InputError(`${path}: cannot read: ${(err as Error).message}`);
  }
  const bom = buf.subarray(0, 3).equals(BOM);
  const prefix = bom ? BOM : Buffer.alloc(0);
  if (decodeText(buf, path) !== before || !Buffer.concat([prefix, Buffer.from(before, 'utf8')]).equals(buf)) {
    throw new InputError(`${path}: changed since it was linted; not fixed`);
  }
  return { original: buf, bytes: Buffer.concat([prefix, Buffer.from(after, 'utf8')]) };
}

// ---------------------------------------------------------------- the run

export interface FixOptions {
  /** Print a diff instead of writing. */
  dryRun: boolean;
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface FixRun {
  /** New text by path, for the files that changed (to be linted again). */
  changed: Map<string, string>;
  /** Files that could not be fixed (exit status 2). */
  errors: string[];
  applied: number;
  skipped: number;
}

/** Show a fragment of text on one line. */
export function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
}

/**
 * Fix every file: one stderr line per applied fix
 * (`path:line:col: rule: 'old' -> 'new'`) and per skipped one, then a count;
 * with `dryRun` the unified diff goes to stdout and nothing is written.
 */
export function fixFiles(files: VFile[], opts: FixOptions): FixRun {
  const run: FixRun = { changed: new Map(), errors: [], applied: 0, skipped: 0 };
  let fileCount = 0;
  for (const file of files) {
    const plan = planFixes(file);
    const skippedLines = plan.skipped.map((s) => [s.start, `${plan.path}:${where(s)}: ${s.ruleId}: not fixed: ${s.reason}\n`] as const);
    run.skipped += plan.skipped.length;
    const report = (applied: AppliedFix[]) => {
      const lines = [...skippedLines, ...applied.map((a) => [a.start, `${plan.path}:${where(a)}: ${a.ruleId}: ${quote(a.old)} -> ${quote(a.text)}\n`] as const)];
      for (const [, line] of lines.sort((x, y) => x[0] - y[0])) opts.err(line);
    };
    if (plan.after === plan.before) { report([]); continue; }
    try {
      const { original, bytes } = fixedBytes(plan.path, plan.before, plan.after);
      if (opts.dryRun) {
        const bom = bytes.subarray(0, 3).equals(BOM) ? '\ufeff' : '';
        opts.out(unifiedDiff(bom + plan.before, plan.applied.map((a) => ({ ...a, start: a.start + bom.length, end: a.end + bom.length })), plan.path));
      } else {
        writeFixed(plan.path, original, bytes);
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      run.errors.push(err.message);
      continue;
    }
    report(plan.applied);
    run.applied += plan.applied.length;
    run.changed.set(plan.path, plan.after);
    fileCount++;
  }
  const s = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const verb = opts.dryRun ? 'would fix' : 'fixed';
  const notFixed = run.skipped ? ` (${s(run.skipped, 'overlapping fix')} not applied)` : '';
  opts.err(`claimlint: ${verb} ${s(run.applied, 'finding')} in ${s(fileCount, 'file')}${notFixed}\n`);
  return run;
}
