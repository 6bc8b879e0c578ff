/**
 * Re-parsing a document after an edit: the editor sends a keystroke, and most of a 9,000-line
 * document has not changed. The top level of the document is read as a sequence of loop
 * iterations (blocks.ts, TopLevelTrace), each with the lines it read. After an edit:
 *
 * - the iterations before it that read no line at or after the edit are kept as they were;
 * - parsing starts again at the first one that did;
 * - it stops at the first block start after the edit where an old iteration also started, on
 *   lines the edit left alone, when no iteration from there on read a line before its own
 *   start: from there the old parse goes on exactly, its positions shifted by the edit.
 *
 * The result is the tree `parseRst` gives for the new text (test/rst/incremental.test.ts checks
 * it on the kernel's documents under random edits). Fragments (patch hunks) are always parsed
 * whole.
 */
import type { Block, Point, Root } from './types.js';
import { lineIndexOf, makeSource, positionOf, sourceViews, type LineView, type Source } from './source.js';
import { isLeadIn, parseBody, type LineReads, type TopLevelIteration, type TopLevelTrace } from './blocks.js';
import { nestSections } from './parse.js';

/** What the next parse of the same document can start from. */
export interface RstParseState {
  text: string;
  /** The top-level blocks, flat (titles not yet nested into sections). */
  blocks: Block[];
  iterations: TopLevelIteration[];
  lineStarts: readonly number[];
}

/**
 * The tree of `text`, reusing what `previous` (the parse of an earlier version) still holds.
 * `previous` is consumed: its blocks after the edit are moved, in place, into the new state.
 */
export function parseRstIncremental(text: string, previous?: RstParseState): { root: Root; state: RstParseState } {
  const src = makeSource(text);
  const views = sourceViews(src);
  const state = previous && previous.text === text ? previous : previous ? reparse(src, views, previous) : parseAll(src, views);
  return { root: { type: 'root', children: nestSections(state.blocks), position: positionOf(src, 0, text.length) }, state };
}

/** Lines read through a proxy that records which (blocks.ts reads the top level's lines only through it). */
function traced(views: LineView[], reads: LineReads): LineView[] {
  return new Proxy(views, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const c = key.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const n = Number(key);
          if (n > reads.max) reads.max = n;
          if (n < reads.min) reads.min = n;
        } else if (key === 'length') {
          reads.length = true;
        }
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

function run(src: Source, views: LineView[], from: number, stopAt?: (line: number) => boolean): { blocks: Block[]; trace: TopLevelTrace } {
  const trace: TopLevelTrace = { from, stopAt, iterations: [], reads: { max: -1, min: Infinity, length: false } };
  const blocks = parseBody({ src, fragment: false, depth: 0 }, traced(views, trace.reads), true, trace);
  return { blocks, trace };
}

function parseAll(src: Source, views: LineView[]): RstParseState {
  const { blocks, trace } = run(src, views, 0);
  return { text: src.text, blocks: markLeadIns(blocks, 0), iterations: trace.iterations, lineStarts: src.lineStarts };
}

/** Compared a chunk at a time first (one native comparison per chunk), then a character at a time. */
const CHUNK = 1024;

function commonPrefix(a: string, b: string, room: number): number {
  let n = 0;
  while (n + CHUNK <= room && a.slice(n, n + CHUNK) === b.slice(n, n + CHUNK)) n += CHUNK;
  while (n < room && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffix(a: string, b: string, room: number): number {
  let n = 0;
  while (n + CHUNK <= room && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < room && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function reparse(src: Source, views: LineView[], old: RstParseState): RstParseState {
  const a = old.text;
  const b = src.text;
  const room = Math.min(a.length, b.length);
  const prefix = commonPrefix(a, b, room);
  const suffix = commonSuffix(a, b, room - prefix);

  // Kept: the iterations that read only lines before the one the edit starts in (and one more
  // line of margin: a line's end is where the next begins).
  const changed = lineIndexOf(old.lineStarts, prefix) - 1;
  let kept = 0;
  while (kept < old.iterations.length && (old.iterations[kept] as TopLevelIteration).horizon < changed) kept++;
  if (kept === old.iterations.length && kept > 0) kept--;
  const keptBlocks = old.iterations.slice(0, kept).reduce((n, it) => n + it.blocks, 0);
  // From the first block not kept; with none kept, from the first line (the blank lines before
  // the first block were read by no iteration).
  const from = kept > 0 ? (old.iterations[kept] as TopLevelIteration).start : 0;

  // Where the old parse can take over: an old iteration's start whose line, and the line end
  // before it, lie in the text after the edit, from which on no iteration looked back.
  const lineDelta = src.lineStarts.length - old.lineStarts.length;
  const offsetDelta = b.length - a.length;
  const firstUnchanged = a.length - suffix;
  const resumable = new Map<number, number>();
  for (let k = old.iterations.length - 1; k >= kept; k--) {
    const it = old.iterations[k] as TopLevelIteration;
    if (it.lookback) break;
    if ((old.lineStarts[it.start] as number) - 1 < firstUnchanged) break;
    resumable.set(it.start, k);
  }
  const { blocks: middle, trace } = run(src, views, from, resumable.size ? (line) => line > from && resumable.has(line - lineDelta) : undefined);
  const resumeAt = trace.stoppedAt !== undefined ? resumable.get(trace.stoppedAt - lineDelta) : undefined;

  // concat, not push(...): a document can have more top-level blocks than a call has arguments.
  const blocks = old.blocks.slice(0, keptBlocks).concat(middle);
  const iterations = old.iterations.slice(0, kept).concat(trace.iterations);
  if (resumeAt !== undefined) {
    let skip = 0;
    for (let k = 0; k < resumeAt; k++) skip += (old.iterations[k] as TopLevelIteration).blocks;
    const moved = new Set<object>();
    for (const block of old.blocks.slice(skip)) {
      if (offsetDelta !== 0 || lineDelta !== 0) shift(block, offsetDelta, lineDelta, moved);
      blocks.push(block);
    }
    for (const it of old.iterations.slice(resumeAt)) iterations.push({ ...it, start: it.start + lineDelta, horizon: it.horizon + lineDelta });
  }
  return { text: b, blocks: markLeadIns(blocks, keptBlocks), iterations, lineStarts: src.lineStarts };
}

/**
 * Lead-in paragraphs (blocks.ts, markLeadIns) over the whole top level. A kept block is never
 * changed in place: one whose mark changes is copied with the new mark.
 */
function markLeadIns(blocks: Block[], kept: number): Block[] {
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as Block;
    if (block.type !== 'paragraph') continue;
    const lead = isLeadIn(blocks, k);
    const data = block.data;
    if (lead ? data?.leadIn === true && data.introduces === k + 1 : data?.leadIn === undefined) continue;
    const rest: Record<string, unknown> = { ...data };
    delete rest['leadIn'];
    delete rest['introduces'];
    const next = lead ? { ...rest, leadIn: true, introduces: k + 1 } : rest;
    const target = k < kept ? (blocks[k] = { ...block }) : block;
    if (Object.keys(next).length === 0) delete target.data;
    else target.data = next;
  }
  return blocks;
}

/**
 * Move a parsed node's positions by an edit before it, in place: the blocks after an edit belong
 * to the new parse from here on (the previous state is consumed). A point can stand in two
 * positions (a table row's ends are its cells'), so each is moved once.
 */
function shift(node: unknown, offsetDelta: number, lineDelta: number, moved: Set<object>): void {
  const stack: unknown[] = [node];
  while (stack.length) {
    const o = stack.pop();
    if (o === null || typeof o !== 'object') continue;
    if (Array.isArray(o)) { for (const x of o) stack.push(x); continue; }
    const r = o as Record<string, unknown>;
    if (typeof r['line'] === 'number' && typeof r['column'] === 'number' && 'offset' in r) {
      if (moved.has(r)) continue;
      moved.add(r);
      const p = r as unknown as Point;
      p.line += lineDelta;
      if (p.offset !== undefined) p.offset += offsetDelta;
      continue;
    }
    for (const key in r) {
      const v = r[key];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
}
