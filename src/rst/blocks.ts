/**
 * The block parser: body elements from line views, recursively, following
 * docutils' state machine closely enough to agree with it on kernel
 * documents (indentation decides nesting; a text line followed by an
 * indented one is a definition; "::" opens a literal block; ...).
 */
import type {
  Block, BulletList, DefinitionItem, DefinitionList, EnumeratedList, Field, FieldList, LineBlock,
  ListItem, OptionList, OptionListItem, Paragraph, Term, Title,
} from './types.js';
import {
  columnWidth, dedent, minIndent, positionOf, spanOf, trimBlankEnd, viewOf, viewText, visualColumn,
  type LineView, type Source,
} from './source.js';
import { parseInline } from './inline.js';
import { parseExplicit } from './explicit.js';
import { parseGridTable, parseSimpleTable } from './tables.js';

export interface Ctx {
  src: Source;
  fragment: boolean;
  depth: number;
}

/**
 * Nesting deeper than this is read as plain paragraphs, so no input can exhaust the stack
 * (the parser recurses; the walks over its tree do not). DESIGN §4 asks for 200-deep
 * nesting to parse as nesting.
 */
export const MAX_DEPTH = 256;

const BULLET = /^([-*+•‣⁃])(?:[ \t]+|$)/;
const ENUM = /^(\()?(\d+|#|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)([.)])(?:[ \t]+|$)/;
const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/i;
const FIELD = /^:(?![: ])((?:[^:\\]|\\.|:(?![ `]|$))*)(?<! ):(?:[ \t]+|$)/;
const OPTION_ONE = String.raw`(?:--?|\+|/)[A-Za-z0-9][\w-]*(?:[ =](?:<[^<>]+>|[A-Za-z][\w-]*))?`;
const OPTION = new RegExp(`^(${OPTION_ONE}(?:, ${OPTION_ONE})*)(?:  +|\\t+| ?$)`);
const LINE_BLOCK = /^\|(?:[ \t]+|$)/;
const DOCTEST = /^>>>(?:[ \t]|$)/;
const GRID_TOP = /^\+(?:[-=]+\+)+$/;
const SIMPLE_TOP = /^=+(?:[ \t]+=+)+$/;
const EXPLICIT = /^\.\.(?:[ \t]|$)/;
const ANONYMOUS = /^__(?:[ \t]|$)/;
export const ADORNMENT = /^([!-/:-@[-`{-~])\1*$/;
const PUNCT = /^[!-/:-@[-`{-~]/;

/** Index of the first line at or after `from` that is non-blank and indented ≤ `ind`. */
export function blockEnd(lines: LineView[], from: number, ind = 0): number {
  let j = from;
  while (j < lines.length) {
    const v = lines[j] as LineView;
    if (v.ind >= 0 && v.ind <= ind) break;
    j++;
  }
  return j;
}

/**
 * The body of a marked item: the rest of the marker line, then the indented
 * lines. As in docutils, a list item with text after its marker has a known
 * indentation (the text's column): lines indented less end the item, and the
 * body is dedented by exactly that much. Otherwise (fields, footnotes,
 * directives, a marker alone on its line) the following lines are dedented
 * by their smallest indentation.
 */
export function itemBody(src: Source, lines: LineView[], i: number, contentStart: number, known = false): [LineView[], number] {
  const v = lines[i] as LineView;
  // The item's text column, tabs after the marker included, relative to the marker.
  const first = viewOf(src, v.line, contentStart, v.end, visualColumn(src, v.line, contentStart) - visualColumn(src, v.line, v.start));
  if (known && first.ind >= 0) {
    const by = first.ind;
    let j = i + 1;
    while (j < lines.length) {
      const x = lines[j] as LineView;
      if (x.ind >= 0 && x.ind < by) break;
      j++;
    }
    const rest = trimBlankEnd(lines.slice(i + 1, j));
    return [[{ ...first, ind: 0 }, ...dedent(rest, by)], j];
  }
  const j = blockEnd(lines, i + 1);
  const rest = trimBlankEnd(lines.slice(i + 1, j));
  const body = dedent(rest, minIndent(rest));
  return [first.ind >= 0 ? [{ ...first, ind: 0 }, ...body] : body, j];
}

function nextNonBlank(lines: LineView[], from: number): number {
  let k = from;
  while (k < lines.length && (lines[k] as LineView).ind < 0) k++;
  return k;
}

/**
 * The top level of a document read piece by piece (rst/incremental.ts): where to start, where to
 * stop, and, per iteration of the loop below (one block, or one list of them), the lines it read.
 * `reads` is kept by the proxy the lines are read through.
 */
export interface TopLevelTrace {
  from: number;
  /** Asked at each block's first line: stop here (the rest is known). */
  stopAt?: (line: number) => boolean;
  iterations: TopLevelIteration[];
  reads: LineReads;
  /** Where the loop stopped: a line `stopAt` accepted, or the end. */
  stoppedAt?: number;
}

export interface TopLevelIteration {
  /** Its first line. */
  start: number;
  /** Blocks it produced. */
  blocks: number;
  /** The last line it (or an iteration before it) read: a change after it cannot change it. */
  horizon: number;
  /** It read a line before its first: it is not a function of the lines from its start on. */
  lookback: boolean;
}

export interface LineReads {
  max: number;
  min: number;
  length: boolean;
}

export function parseBody(ctx: Ctx, lines: LineView[], titles: boolean, top?: TopLevelTrace): Block[] {
  const { src } = ctx;
  const out: Block[] = [];
  if (ctx.depth > MAX_DEPTH) {
    if (lines.some((v) => v.ind >= 0)) out.push(paragraph(ctx, lines.filter((v) => v.ind >= 0)));
    return out;
  }
  const inner: Ctx = { ...ctx, depth: ctx.depth + 1 };
  let flushSeen = false;
  let i = top?.from ?? 0;
  let open: { start: number; count: number } | undefined;
  const close = () => {
    if (!top || !open) return;
    const r = top.reads;
    // Reading the number of lines is reading up to the end when the answer stopped a scan; every
    // scan here reads the line it compares first, so one past the last line read covers it.
    top.iterations.push({ start: open.start, blocks: out.length - open.count, horizon: r.length ? r.max + 1 : r.max, lookback: r.min < open.start });
    open = undefined;
  };
  while (i < lines.length) {
    const v = lines[i] as LineView;
    if (v.ind < 0) { i++; continue; }
    if (top) {
      close();
      if (top.stopAt?.(i)) { top.stoppedAt = i; return out; }
      top.reads.min = i;
      top.reads.length = false;
      open = { start: i, count: out.length };
    }
    if (v.ind > 0) {
      const j = blockEnd(lines, i);
      const group = trimBlankEnd(lines.slice(i, j));
      if (ctx.fragment && ctx.depth === 0 && !flushSeen) {
        // A hunk that starts indented: the "::" that would make this literal may lie before the hunk.
        out.push({ type: 'literalBlock', kind: 'indented', value: src.text.slice(v.start, (group[group.length - 1] as LineView).end), position: spanOf(src, group), data: { uncertain: true } });
      } else {
        out.push({ type: 'blockQuote', children: parseBody(inner, dedent(group, minIndent(group)), false), position: spanOf(src, group) });
      }
      i = j;
      continue;
    }
    flushSeen = true;
    const text = viewText(src, v);
    const c0 = text.charCodeAt(0);
    // Most lines start with a letter: only enumerators and plain text can start so.
    const punct = !isAlnum(c0);
    let m: RegExpExecArray | null;
    if (punct && (EXPLICIT.test(text) || ANONYMOUS.test(text))) {
      const [node, j] = parseExplicit(inner, lines, i);
      out.push(node);
      i = j;
      continue;
    }
    if (punct && (m = BULLET.exec(text))) { i = bulletList(inner, lines, i, m[1] as string, out); continue; }
    if ((m = ENUM.exec(text)) && isEnumerated(src, lines, i, m)) { i = enumeratedList(inner, lines, i, out); continue; }
    if (punct) {
      if (FIELD.test(text)) { i = fieldList(inner, lines, i, out); continue; }
      if ((m = OPTION.exec(text)) && isOption(lines, i, m, text)) { i = optionList(inner, lines, i, out); continue; }
      if (LINE_BLOCK.test(text)) { i = lineBlock(inner, lines, i, out); continue; }
      if (DOCTEST.test(text)) {
        const j = blockEnd(lines, i, -1);
        const group = lines.slice(i, j);
        out.push({ type: 'literalBlock', kind: 'doctest', value: src.text.slice(v.start, (group[group.length - 1] as LineView).end), position: spanOf(src, group) });
        i = j;
        continue;
      }
      if (GRID_TOP.test(text)) {
        let j = i;
        while (j < lines.length && (lines[j] as LineView).ind === 0 && /^[+|]/.test(viewText(src, lines[j] as LineView))) j++;
        out.push(parseGridTable(inner, lines.slice(i, j)));
        i = j;
        continue;
      }
      if (SIMPLE_TOP.test(text)) {
        const j = simpleTableEnd(src, lines, i);
        out.push(parseSimpleTable(inner, lines.slice(i, j)));
        i = j;
        continue;
      }
    }
    const next = lines[i + 1];
    const nextText = next && next.ind >= 0 ? viewText(src, next) : '';
    if (punct && ADORNMENT.test(text)) {
      // Over- and underlined title, a transition, or (when short) plain text.
      const after = lines[i + 2];
      if (next && next.ind >= 0 && after && after.ind === 0 && viewText(src, after)[0] === text[0] && ADORNMENT.test(viewText(src, after))) {
        out.push(title(ctx, next, `${text[0]}/${text[0]}`, positionOf(src, v.start, after.end)));
        i += 3;
        continue;
      }
      if (text.length >= 4 && (!next || next.ind < 0)) {
        out.push({ type: 'transition', position: positionOf(src, v.start, v.end) });
        i++;
        continue;
      }
    }
    if (next && next.ind === 0 && ADORNMENT.test(nextText) && (nextText.length >= 4 || nextText.length >= columnWidth(text)) && titles) {
      out.push(title(ctx, v, nextText[0] as string, positionOf(src, v.start, next.end)));
      i += 2;
      continue;
    }
    if (next && next.ind > 0) { i = definitionList(inner, lines, i, out); continue; }
    i = paragraphAndLiteral(ctx, lines, i, out);
  }
  if (top) {
    close();
    top.stoppedAt = lines.length;
    // The caller marks lead-ins once the document's top level is whole.
    return out;
  }
  markLeadIns(out);
  return out;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0x2022 && c !== 0x2023 && c !== 0x2043);
}

function paragraph(ctx: Ctx, views: LineView[], dropTail = 0): Paragraph {
  return { type: 'paragraph', children: parseInline(ctx.src, views, { dropTail }), position: spanOf(ctx.src, views) };
}

function title(ctx: Ctx, v: LineView, style: string, position: Title['position']): Title {
  return { type: 'title', children: parseInline(ctx.src, [v]), position, data: { style } };
}

/** A paragraph (lines up to a blank or an indented line), then the literal block its "::" opens. */
function paragraphAndLiteral(ctx: Ctx, lines: LineView[], i: number, out: Block[]): number {
  const { src } = ctx;
  let j = i;
  while (j < lines.length && (lines[j] as LineView).ind === 0) j++;
  const views = lines.slice(i, j);
  const last = views[views.length - 1] as LineView;
  const lastText = viewText(src, last);
  const marker = lastText.endsWith('::');
  if (marker) {
    // "Text::" keeps one ":", "Text ::" keeps none, a lone "::" leaves no paragraph.
    const whole = views.length === 1 && lastText === '::';
    const drop = /\s::$/.test(lastText) ? 3 : 1;
    if (!whole) out.push(paragraph(ctx, views, drop));
  } else {
    out.push(paragraph(ctx, views));
    return j;
  }
  const k = nextNonBlank(lines, j);
  const first = lines[k];
  if (!first) return k;
  if (first.ind > 0) {
    const e = blockEnd(lines, k);
    const group = trimBlankEnd(lines.slice(k, e));
    const end = (group[group.length - 1] as LineView).end;
    out.push({ type: 'literalBlock', kind: 'indented', value: src.text.slice(src.lineStarts[first.line], end), position: spanOf(src, group) });
    return e;
  }
  const q = viewText(src, first)[0] as string;
  if (PUNCT.test(q)) {
    let e = k;
    while (e < lines.length && (lines[e] as LineView).ind === 0 && viewText(src, lines[e] as LineView)[0] === q) e++;
    const group = lines.slice(k, e);
    out.push({ type: 'literalBlock', kind: 'quoted', value: src.text.slice(first.start, (group[group.length - 1] as LineView).end), position: spanOf(src, group) });
    return e;
  }
  return k;
}

function isEnumerated(src: Source, lines: LineView[], i: number, m: RegExpExecArray): boolean {
  const [, paren, label, close] = m as unknown as [string, string | undefined, string, string];
  if (paren && close !== ')') return false;
  if (label.length > 1 && !/^\d+$/.test(label) && !ROMAN.test(label)) return false;
  const next = lines[i + 1];
  if (!next || next.ind < 0 || next.ind > 0) return true;
  return ENUM.test(viewText(src, next));
}

function isOption(lines: LineView[], i: number, m: RegExpExecArray, text: string): boolean {
  if (m[0].length < text.length) return true; // a description follows on the same line
  const next = lines[i + 1];
  return !!next && next.ind > 0;
}

/** Consecutive items of one list: `take` reads the item at a line, `starts` tells whether a line starts another. */
function items<T>(lines: LineView[], i: number, starts: (v: LineView, k: number) => boolean, take: (i: number) => [T, number]): [T[], number] {
  const found: T[] = [];
  let j = i;
  for (;;) {
    const [item, after] = take(j);
    found.push(item);
    const k = nextNonBlank(lines, after);
    const v = lines[k];
    if (!v || v.ind !== 0 || !starts(v, k)) return [found, after];
    j = k;
  }
}

function listItem(ctx: Ctx, lines: LineView[], i: number, markerLength: number): [ListItem, number] {
  const v = lines[i] as LineView;
  const [body, j] = itemBody(ctx.src, lines, i, v.start + markerLength, true);
  const end = trimBlankEnd(lines.slice(i, j));
  return [{ type: 'listItem', children: parseBody(ctx, body, false), position: positionOf(ctx.src, v.start, (end[end.length - 1] as LineView).end) }, j];
}

function bulletList(ctx: Ctx, lines: LineView[], i: number, bullet: string, out: Block[]): number {
  const { src } = ctx;
  const [children, j] = items(lines, i,
    (v) => { const m = BULLET.exec(viewText(src, v)); return !!m && m[1] === bullet; },
    (k) => listItem(ctx, lines, k, (BULLET.exec(viewText(src, lines[k] as LineView)) as RegExpExecArray)[0].length));
  const node: BulletList = { type: 'bulletList', marker: bullet, children, position: positionOf(src, (lines[i] as LineView).start, endOf(children)) };
  out.push(node);
  return j;
}

function enumeratedList(ctx: Ctx, lines: LineView[], i: number, out: Block[]): number {
  const { src } = ctx;
  const shape = (v: LineView) => { const m = ENUM.exec(viewText(src, v)); return m ? `${m[1] ?? ''}${m[3]}` : undefined; };
  const first = shape(lines[i] as LineView);
  const [children, j] = items(lines, i,
    (v, k) => { const m = ENUM.exec(viewText(src, v)); return !!m && shape(v) === first && isEnumerated(src, lines, k, m); },
    (k) => listItem(ctx, lines, k, (ENUM.exec(viewText(src, lines[k] as LineView)) as RegExpExecArray)[0].length));
  const node: EnumeratedList = { type: 'enumeratedList', marker: first ?? '.', children, position: positionOf(src, (lines[i] as LineView).start, endOf(children)) };
  out.push(node);
  return j;
}

function fieldList(ctx: Ctx, lines: LineView[], i: number, out: Block[]): number {
  const { src } = ctx;
  const [children, j] = items(lines, i, (v) => FIELD.test(viewText(src, v)), (k): [Field, number] => {
    const v = lines[k] as LineView;
    const m = FIELD.exec(viewText(src, v)) as RegExpExecArray;
    const [body, after] = itemBody(src, lines, k, v.start + m[0].length);
    const end = trimBlankEnd(lines.slice(k, after));
    const position = positionOf(src, v.start, (end[end.length - 1] as LineView).end);
    const bodyPosition = body.length ? spanOf(src, body) : positionOf(src, v.end, v.end);
    return [{
      type: 'field', name: m[1] as string, namePosition: positionOf(src, v.start + 1, v.start + 1 + (m[1] as string).length),
      children: [{ type: 'fieldBody', children: parseBody(ctx, body, false), position: bodyPosition }], position,
    }, after];
  });
  const node: FieldList = { type: 'fieldList', children, position: positionOf(src, (lines[i] as LineView).start, endOf(children)) };
  out.push(node);
  return j;
}

function optionList(ctx: Ctx, lines: LineView[], i: number, out: Block[]): number {
  const { src } = ctx;
  const [children, j] = items(lines, i, (v, k) => { const t = viewText(src, v); const m = OPTION.exec(t); return !!m && isOption(lines, k, m, t); },
    (k): [OptionListItem, number] => {
      const v = lines[k] as LineView;
      const m = OPTION.exec(viewText(src, v)) as RegExpExecArray;
      const [body, after] = itemBody(src, lines, k, v.start + m[0].length);
      const end = trimBlankEnd(lines.slice(k, after));
      return [{ type: 'optionListItem', options: m[1] as string, children: parseBody(ctx, body, false), position: positionOf(src, v.start, (end[end.length - 1] as LineView).end) }, after];
    });
  const node: OptionList = { type: 'optionList', children, position: positionOf(src, (lines[i] as LineView).start, endOf(children)) };
  out.push(node);
  return j;
}

function lineBlock(ctx: Ctx, lines: LineView[], i: number, out: Block[]): number {
  const { src } = ctx;
  const node: LineBlock = { type: 'lineBlock', children: [], position: positionOf(src, 0, 0) };
  let j = i;
  while (j < lines.length) {
    const v = lines[j] as LineView;
    const m = v.ind === 0 ? LINE_BLOCK.exec(viewText(src, v)) : null;
    if (!m) break;
    let k = j + 1;
    while (k < lines.length && (lines[k] as LineView).ind > 0) k++; // continuation lines
    const first = viewOf(src, v.line, v.start + m[0].length, v.end, 0);
    const views = [first, ...lines.slice(j + 1, k)].filter((x) => x.ind >= 0);
    node.children.push({ type: 'line', children: views.length ? parseInline(src, views) : [], position: positionOf(src, v.start, (lines[k - 1] as LineView).end) });
    j = k;
  }
  node.position = positionOf(src, (lines[i] as LineView).start, (lines[j - 1] as LineView).end);
  out.push(node);
  return j;
}

function definitionList(ctx: Ctx, lines: LineView[], i: number, out: Block[]): number {
  const { src } = ctx;
  const isItem = (v: LineView, k: number) => {
    const next = lines[k + 1];
    return !!next && next.ind > 0 && !EXPLICIT.test(viewText(src, v));
  };
  const [children, j] = items(lines, i, isItem, (k): [DefinitionItem, number] => {
    const v = lines[k] as LineView;
    const e = blockEnd(lines, k + 1);
    const rest = trimBlankEnd(lines.slice(k + 1, e));
    const term: Term = { type: 'term', children: parseInline(src, [v]), position: positionOf(src, v.start, v.end) };
    const body = dedent(rest, minIndent(rest));
    return [{
      type: 'definitionItem',
      children: [term, { type: 'definition', children: parseBody(ctx, body, false), position: spanOf(src, rest) }],
      position: positionOf(src, v.start, (rest[rest.length - 1] as LineView).end),
    }, e];
  });
  const node: DefinitionList = { type: 'definitionList', children, position: positionOf(src, (lines[i] as LineView).start, endOf(children)) };
  out.push(node);
  return j;
}

/** The end of a simple table: its last border, the one followed by a blank line or the end. */
function simpleTableEnd(src: Source, lines: LineView[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) {
    const v = lines[j] as LineView;
    if (v.ind === 0 && SIMPLE_TOP.test(viewText(src, v))) { // a view ends at its last non-blank character
      const next = lines[j + 1];
      if (!next || next.ind < 0) return j + 1;
    }
  }
  let j = i;
  while (j < lines.length && (lines[j] as LineView).ind >= 0) j++;
  return j;
}

function endOf(children: { position: Block['position'] }[]): number {
  const last = children[children.length - 1];
  return last ? last.position.end.offset ?? 0 : 0;
}

/** Link a paragraph ending in ":" to the list, table or block it introduces. */
function markLeadIns(blocks: Block[]): void {
  for (let k = 0; k + 1 < blocks.length; k++) if (isLeadIn(blocks, k)) { const b = blocks[k] as Block; b.data = { ...b.data, leadIn: true, introduces: k + 1 }; }
}

/** A paragraph ending in a colon before the block it introduces (a list, a table, a literal block). */
export function isLeadIn(blocks: Block[], k: number): boolean {
  const b = blocks[k] as Block;
  if (b.type !== 'paragraph' || k + 1 >= blocks.length) return false;
  const last = b.children[b.children.length - 1];
  if (!last || last.type !== 'text' || !/:\s*$/.test(last.value)) return false;
  const next = blocks[k + 1] as Block;
  return !(next.type === 'comment' || next.type === 'target' || next.type === 'paragraph' || next.type === 'title' || next.type === 'section');
}
