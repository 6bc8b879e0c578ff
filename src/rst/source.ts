/**
 * The source text as lines, and "line views": the part of a line that belongs
 * to a nested block (after a list marker, inside a table cell), with its
 * indentation relative to that block. Views keep source offsets, so every node
 * built from them is positioned in the original text.
 */
import type { Point, Position } from './types.js';

export interface Source {
  text: string;
  /** Offset of the first character of each line. */
  lineStarts: number[];
}

/**
 * A line as seen from inside a block: `start` is the offset of its first
 * non-blank character, `end` the offset after its last one; `ind` is the
 * visual indentation (tabs at 8-column stops) relative to the block, or -1
 * when the line is blank.
 */
export interface LineView {
  line: number; // 0-based source line
  start: number;
  end: number;
  ind: number;
}

/**
 * The source's lines. A line ends at "\n", "\r\n" or a lone "\r", as the
 * Language Server Protocol and SARIF count lines and as docutils splits them
 * (Python's splitlines), so the structure of a file with old Mac line ends
 * and every position reported in it (CLI, editor, SARIF) agree.
 */
export function makeSource(text: string): Source {
  // The parser and the reporter of one lint both ask for the same text's lines.
  if (text === last?.text) return last;
  const lineStarts = [0];
  if (text.indexOf('\r') < 0) {
    // No carriage return (nearly every file): the line ends are where indexOf finds them.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
    }
  }
  last = Object.freeze({ text, lineStarts: Object.freeze(lineStarts) as number[] });
  return last;
}
let last: Source | undefined;

/** Offset just after the line's content, without its line end ("\n", "\r\n" or "\r"). */
export function lineEnd(src: Source, line: number): number {
  const next = src.lineStarts[line + 1];
  if (next === undefined) return src.text.length;
  const start = src.lineStarts[line] ?? 0;
  let end = next - 1;
  if (src.text.charCodeAt(end) === 10 && end > start && src.text.charCodeAt(end - 1) === 13) end--;
  return end;
}

function isSpace(code: number): boolean {
  // space, tab, vertical tab, form feed, carriage return, BOM, NUL: none is content
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 13 || code === 0xfeff || code === 0;
}

/**
 * A view of text[from, to): skips leading whitespace, measuring its visual
 * width from visual column `col` (tabs to the next multiple of 8).
 */
export function viewOf(src: Source, line: number, from: number, to: number, col: number): LineView {
  const t = src.text;
  let i = from;
  let w = col;
  for (; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 9) w = (w + 8) & ~7;
    else if (isSpace(c)) w++;
    else break;
  }
  if (i === to) return { line, start: to, end: to, ind: -1 };
  let e = to;
  while (e > i && isSpace(t.charCodeAt(e - 1))) e--;
  return { line, start: i, end: e, ind: w };
}

/** Views of whole source lines. */
export function sourceViews(src: Source): LineView[] {
  const views: LineView[] = [];
  for (let l = 0; l < src.lineStarts.length; l++) {
    let s = src.lineStarts[l] as number;
    if (l === 0 && src.text.charCodeAt(0) === 0xfeff) s = 1; // a byte-order mark takes no column
    views.push(viewOf(src, l, s, lineEnd(src, l), 0));
  }
  return views;
}

/** Shift a block's views left by `by` columns (blank lines stay blank). */
export function dedent(views: LineView[], by: number): LineView[] {
  if (by === 0) return views;
  return views.map((v) => (v.ind < 0 ? v : { ...v, ind: v.ind - by }));
}

/** The smallest indentation among non-blank views, or 0. */
export function minIndent(views: LineView[]): number {
  let m = Infinity;
  for (const v of views) if (v.ind >= 0 && v.ind < m) m = v.ind;
  return m === Infinity ? 0 : m;
}

export function viewText(src: Source, v: LineView): string {
  return src.text.slice(v.start, v.end);
}

/** Drop trailing blank views. */
export function trimBlankEnd(views: LineView[]): LineView[] {
  let n = views.length;
  while (n > 0 && (views[n - 1] as LineView).ind < 0) n--;
  return n === views.length ? views : views.slice(0, n);
}

/** The 0-based line holding `offset`, by the lines' start offsets. */
export function lineIndexOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function pointAt(src: Source, offset: number): Point {
  const line = lineIndexOf(src.lineStarts, offset);
  return { line: line + 1, column: offset - (src.lineStarts[line] as number) + 1, offset };
}

export function positionOf(src: Source, start: number, end: number): Position {
  return { start: pointAt(src, start), end: pointAt(src, end) };
}

/** The position of a run of views: first view's start to last non-blank view's end. */
export function spanOf(src: Source, views: LineView[]): Position {
  const first = views.find((v) => v.ind >= 0) ?? views[0];
  let last = first;
  for (const v of views) if (v.ind >= 0) last = v;
  if (!first || !last) return positionOf(src, 0, 0);
  return positionOf(src, first.start, last.end);
}

/** East Asian wide and fullwidth characters take two columns, as docutils counts them. */
export function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
}

/** The column after a character at column `w`: tabs to the next stop, wide characters 2. */
function advance(c: number, w: number): number {
  return c === 9 ? (w + 8) & ~7 : isWide(c) ? w + 2 : w + 1;
}

/** Width in columns of a string without tabs (wide characters count 2). */
export function columnWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w = advance(s.charCodeAt(i), w);
  return w;
}

/** Visual column of `offset`, counted from its line's start. */
export function visualColumn(src: Source, line: number, offset: number): number {
  const t = src.text;
  let w = 0;
  for (let i = src.lineStarts[line] as number; i < offset; i++) w = advance(t.charCodeAt(i), w);
  return w;
}

/**
 * The visual columns of a line up to `end`, for tables, which ask for many
 * columns of one line: each answer is a binary search, not a walk from the
 * line's start (a wide table's row would cost its width times its cells).
 */
export interface LineColumns {
  start: number;
  end: number;
  /** `after[k]`: the column after the character at `start + k`. */
  after: Int32Array;
}

export function lineColumns(src: Source, line: number, end: number): LineColumns {
  const start = src.lineStarts[line] as number;
  const after = new Int32Array(Math.max(0, end - start));
  let w = 0;
  for (let k = 0; k < after.length; k++) after[k] = w = advance(src.text.charCodeAt(start + k), w);
  return { start, end, after };
}

/** Visual column of `offset` (between the line's start and `end`). */
export function columnAt(lc: LineColumns, offset: number): number {
  const k = offset - lc.start;
  return k <= 0 ? 0 : (lc.after[Math.min(k, lc.after.length) - 1] as number);
}

/** The offset at visual column `col` (a tab or wide character covering it counts), clamped to `max`. */
export function offsetAt(lc: LineColumns, col: number, max: number): number {
  // The first character whose next column is past `col`.
  let lo = 0;
  let hi = Math.min(lc.after.length, Math.max(0, max - lc.start));
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lc.after[mid] as number) > col) hi = mid;
    else lo = mid + 1;
  }
  return Math.min(lc.start + lo, max);
}

/**
 * A piece of a line with tabs expanded and wide characters padded to two
 * columns, so that a string index is a column, as docutils sees tables.
 */
export function expandedLine(src: Source, from: number, to: number, startColumn: number): string {
  const t = src.text.slice(from, to);
  let out = '';
  let w = startColumn;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const next = advance(c, w);
    out += c === 9 ? ' '.repeat(next - w) : next - w === 2 ? `${t[i]}\u0000` : t[i];
    w = next;
  }
  return out;
}
