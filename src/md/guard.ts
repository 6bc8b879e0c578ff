/**
 * What keeps the Markdown reader (remark, micromark inside it) within bounds on untrusted input.
 * Measured with scripts/md-stress.mjs (numbers in the commit that added this file):
 *
 *  - micromark's EditMap copied the whole document's event list every time a container closed
 *    (each list item after the first, each block quote): a 40 kB nested list took 5 s, 1 MiB of
 *    one-line block quotes 97 s, and ordinary Markdown grew quadratic past 2 MiB (8 MiB: 69 s).
 *    `fastConsume` below applies the same edits copying only from the first edited index on;
 *    the result is the same array (test/md/limits.test.ts compares them on random edits, and the
 *    corpus' trees are unchanged).
 *  - Inline parsing is super-linear in the length of one paragraph in many ways: an unmatched
 *    "[" makes every later word walk back to it, every "]" walks back to the last bracket,
 *    emphasis delimiters are matched by walking back and splicing, adjacent text is merged by
 *    splicing, an unclosed "<!--" is scanned to the paragraph's end again at each "<".
 *    `guardExtension` is a micromark extension whose constructs never match (so the parse is
 *    unchanged) but watch the reading, and refuse the document, where the reader is, when
 *      - one paragraph (heading, table cell) grows past MAX_INLINE_CHARS characters or
 *        MAX_DELIMITERS emphasis delimiters (what these cost is paid at the paragraph's end,
 *        where nothing can interrupt it: a pair of runs of 8,000 "*" took 4.6 s), or more than
 *        MAX_LONG_TICKS runs of "```" and longer (each may be read to the paragraph's end),
 *        or holds more than MAX_BRACKET_DEPTH brackets open at once
 *        (images nested 4,000 deep: 16 s);
 *      - the walks back from brackets (counted by doing them) pass MAX_BACKSCAN events in all,
 *        the characters "<" may make the reader read again (to the next blank line) pass
 *        MAX_SCAN_AHEAD (and SCAN_AHEAD_PER_CHAR), or the lines lazy lines make it walk back
 *        over pass MAX_LAZY (and LAZY_PER_CHAR);
 *      - the reading as a whole takes longer than its deadline (readingDeadlineMs: 5 s and
 *        20 µs a character, some ten times what Markdown takes to read): a last resort, for
 *        what the counts above do not foresee;
 *      - the process's heap fills past MAX_HEAP_SHARE of its limit (remark's trees are large:
 *        running out of memory would end the process, the editor's server with it).
 *
 * Deep nesting (block quotes, lists) is refused before the reader is called (src/md/limits.ts).
 *
 * A refusal is a ReaderRefusal, an offset and a reason. This module also runs in the Markdown
 * bundle (claimlint-md.cjs), whose classes are not the main bundle's: callers recognise it by
 * its `readerRefusal` field and turn it into their own error.
 */
import { getHeapStatistics } from 'node:v8';
import { EditMap } from 'micromark-util-edit-map';
import type { Code, Construct, Effects, Event, Extension, State, TokenizeContext } from 'micromark-util-types';
import { readingDeadlineMs } from './deadline.js';

/** The longest paragraph (heading, table cell) read, in characters. */
export const MAX_INLINE_CHARS = 128 * 1024;
/** Emphasis and strikethrough delimiters ("*", "_", "~") in one paragraph. */
export const MAX_DELIMITERS = 5000;
/**
 * What "<" may cost: each may be read to its paragraph's end again (an unclosed "<!--", "<?",
 * "<!X", '<a b="'), so each is charged the characters to the next blank line (where its
 * paragraph ends at the latest): the document may spend this many and 100 a character of its
 * length. 1,000 "<!--" in front of 800 kB took 9.9 s; 100 million such characters about 1.2 s.
 */
export const MAX_SCAN_AHEAD = 100_000_000;
export const SCAN_AHEAD_PER_CHAR = 100;
/**
 * Lines that continue a block quote's or a list item's paragraph without its ">" or indentation
 * (lazy lines): the reader walks back over the paragraph's lines for each (24,000 of them, 1 MiB:
 * 11.5 s), so each is charged the lines of its paragraph so far, this many and 10 a character.
 */
export const MAX_LAZY = 20_000_000;
export const LAZY_PER_CHAR = 10;
/**
 * Runs of three or more "`" in one paragraph. An opening run is read to the paragraph's end
 * when no run of its length closes it; that happens once for each length, so only the
 * lengths past 2 that a paragraph holds can make it happen often.
 */
export const MAX_LONG_TICKS = 20;
/** Brackets ("[", "![") open at once in one paragraph. */
export const MAX_BRACKET_DEPTH = 100;
/** Events walked back over from brackets, in the whole document. */
export const MAX_BACKSCAN = 50_000_000;
/**
 * The share of the heap (node's limit, --max-old-space-size) the process may be using while a
 * document is read. remark holds 40 (a paragraph) to 4,000 (a line of 100 ">") bytes of heap a
 * character, ordinary Markdown 360: 16 MiB of it ended a 4 GiB process "out of memory", and
 * 1 MiB of 100-deep quotes took 3.9 GiB. The rest of the lint adds at most a third of the
 * reader's peak (measured), so the share leaves room for it.
 */
export const MAX_HEAP_SHARE = 0.6;

export { readingDeadlineMs };

export class ReaderRefusal extends Error {
  readonly readerRefusal = true;
  constructor(readonly offset: number, readonly reason: string) {
    super(reason);
    this.name = 'ReaderRefusal';
  }
}

// --- EditMap ---------------------------------------------------------------------------

type Edit = [number, number, Event[]];
interface EditMapFields { map: Edit[]; index: Map<number, Edit> }

/**
 * EditMap#consume, applying the sorted edits (each: at an index, remove a count, insert
 * events) from the first edited index on instead of copying the whole list. For each edit,
 * the original keeps the events from `at + remove` up to the next edit's index, and so does
 * this one.
 */
export function fastConsume(this: EditMapFields, events: Event[]): void {
  const map = this.map;
  if (map.length === 0) return;
  map.sort((a, b) => a[0] - b[0]);
  const first = (map[0] as Edit)[0];
  const tail = events.slice(first);
  const end = first + tail.length;
  events.length = first;
  let from = first;
  for (const [at, remove, add] of map) {
    for (let i = from; i < at; i++) events.push(tail[i - first] as Event);
    for (const e of add) events.push(e);
    from = at + remove;
  }
  for (let i = from; i < end; i++) events.push(tail[i - first] as Event);
  map.length = 0;
  this.index.clear();
}

/** micromark's own consume, kept for the test that compares the two. */
export const originalConsume = EditMap.prototype.consume;
EditMap.prototype.consume = fastConsume as unknown as typeof EditMap.prototype.consume;

// --- the guard -------------------------------------------------------------------------

interface Reading {
  text: string;
  started: number;
  deadlineMs: number;
  heapShare: number;
  /** The heap in use when the reading began. */
  heapAtStart: number;
  /** Offsets where blank lines start (white space only, or ">" markers only), found when first needed. */
  blanks?: Int32Array;
  /** Characters "<" may make the reader read again, so far; and the limit. */
  ahead: number;
  aheadLimit: number;
  /** Lines of the current paragraph (since a blank line) at the last line the guard saw, and that line. */
  paragraphLines: number;
  line: number;
  /** Lazy lines charged so far, and the limit. */
  lazy: number;
  lazyLimit: number;
  /** Weighted calls since the clock was last read. */
  weight: number;
  /** Events walked back over from brackets so far. */
  backscan: number;
}

interface Paragraph {
  start: number;
  /** Weighted calls since its length was last looked at. */
  weight: number;
  delimiters: number;
  longTicks: number;
}

let reading: Reading | undefined;
const paragraphs = new WeakMap<object, Paragraph>();

/** Runs `read`, the reading of `text` (synchronous, so one at a time), with the guard watching. */
export function guarded<T>(text: string, limits: { deadlineMs?: number; heapShare?: number }, read: () => T): T {
  const outer = reading;
  reading = {
    text, started: performance.now(), deadlineMs: limits.deadlineMs ?? readingDeadlineMs(text.length), heapShare: limits.heapShare ?? MAX_HEAP_SHARE,
    heapAtStart: getHeapStatistics().used_heap_size,
    weight: 0, backscan: 0, ahead: 0, aheadLimit: MAX_SCAN_AHEAD + SCAN_AHEAD_PER_CHAR * text.length,
    paragraphLines: 0, line: 0, lazy: 0, lazyLimit: MAX_LAZY + LAZY_PER_CHAR * text.length,
  };
  try {
    return read();
  } finally {
    reading = outer;
  }
}

/** A line that ends any paragraph: white space only, or ">" markers (indented less than 4) and white space. */
const BLANK = /^(?:[ \t]*| {0,3}>[ \t>]*)$/;

/** Where the line holding offset `at` starts ("\n", "\r\n" and "\r" end lines). */
function lineStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** Where the blank line after `offset` starts (the text's end if none). */
function nextBlank(r: Reading, offset: number): number {
  if (!r.blanks) {
    const starts: number[] = [];
    const re = /^(?:[ \t]*| {0,3}>[ \t>]*)$/gm;
    for (let m = re.exec(r.text); m; m = re.exec(r.text)) {
      starts.push(m.index);
      if (m[0].length === 0) re.lastIndex++;
    }
    r.blanks = Int32Array.from(starts);
  }
  const b = r.blanks;
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((b[mid] as number) <= offset) lo = mid + 1; else hi = mid;
  }
  return lo < b.length ? (b[lo] as number) : r.text.length;
}

/** The clock and the paragraph's length are looked at when the calls' weights add up to this. */
const LOOK_EVERY = 1024;

const refuse = (ctx: TokenizeContext, reason: string): never => {
  throw new ReaderRefusal(ctx.now().offset, reason);
};

function tick(r: Reading, ctx: TokenizeContext, weight: number): void {
  r.weight += weight;
  if (r.weight < LOOK_EVERY) return;
  r.weight = 0;
  if (performance.now() - r.started > r.deadlineMs) {
    refuse(ctx, `Markdown too costly to read: the reader took longer than ${Math.round(r.deadlineMs / 1000)} s on this document (${Math.round(r.deadlineMs / 1000)} s is claimlint's limit for its length), and had reached this point`);
  }
  const heap = getHeapStatistics();
  // Only a reading that has itself filled a sixteenth of the heap: in a long-lived process (the
  // editor's server, a resident server) the heap in use holds garbage a collection would free,
  // and a short document must not be refused for it.
  if (heap.used_heap_size > r.heapShare * heap.heap_size_limit && heap.used_heap_size - r.heapAtStart > heap.heap_size_limit / 16) {
    const mib = (n: number) => Math.round(n / 2 ** 20);
    refuse(ctx, `Markdown too large to read: at this point the reader had filled ${mib(heap.used_heap_size)} MiB of the ${mib(heap.heap_size_limit)} MiB heap (claimlint stops at ${Math.round(r.heapShare * 100)}%, before it runs out; node's --max-old-space-size sets the heap)`);
  }
}

function paragraphOf(ctx: TokenizeContext): Paragraph {
  // An `interrupt` runs constructs on an object whose prototype is the tokenizer.
  const key: object = Object.prototype.hasOwnProperty.call(ctx, 'events') ? ctx : Object.getPrototypeOf(ctx) as object;
  let p = paragraphs.get(key);
  if (!p) {
    const first = ctx.events[0];
    p = { start: first ? first[1].start.offset : ctx.now().offset, weight: 0, delimiters: 0, longTicks: 0 };
    paragraphs.set(key, p);
  }
  return p;
}

function inParagraph(ctx: TokenizeContext, weight: number): void {
  const r = reading;
  if (!r) return;
  const p = paragraphOf(ctx);
  p.weight += weight;
  if (p.weight >= LOOK_EVERY) {
    p.weight = 0;
    if (ctx.now().offset - p.start > MAX_INLINE_CHARS) {
      refuse(ctx, `Markdown paragraph too long: more than ${MAX_INLINE_CHARS} characters without a blank line; claimlint reads paragraphs (headings, table cells) of up to ${MAX_INLINE_CHARS}`);
    }
  }
  tick(r, ctx, weight);
}

/** Adds the events from the end back to the first that `stop` accepts (as the reader's own walk will go). */
function walkBack(ctx: TokenizeContext, stop: (e: Event) => boolean): void {
  const r = reading;
  if (!r) return;
  const events = ctx.events;
  let i = events.length;
  while (i-- > 0 && !stop(events[i] as Event));
  r.backscan += events.length - Math.max(i, 0);
  if (r.backscan > MAX_BACKSCAN) {
    refuse(ctx, backscanReason);
  }
}

/**
 * The brackets open before this one: the reader's stack of "[" and "![" (micromark's label
 * starts), less those already matched, which it drops only once they are on top. Counted
 * from the top (charged to the walks) once the stack is deep enough to matter.
 */
function openBrackets(ctx: TokenizeContext): void {
  const r = reading;
  const starts = (ctx as { _labelStarts?: { _balanced?: boolean }[] })._labelStarts;
  if (!r || !starts || starts.length < MAX_BRACKET_DEPTH) return;
  let open = 0;
  let i = starts.length;
  while (i-- > 0 && open < MAX_BRACKET_DEPTH) if (!(starts[i] as { _balanced?: boolean })._balanced) open++;
  r.backscan += starts.length - Math.max(i, 0);
  if (open >= MAX_BRACKET_DEPTH) {
    refuse(ctx, `Markdown nested too deeply: more than ${MAX_BRACKET_DEPTH} brackets ("[", "![") open at once in one paragraph; claimlint reads up to ${MAX_BRACKET_DEPTH}`);
  }
  if (r.backscan > MAX_BACKSCAN) refuse(ctx, backscanReason);
}

const backscanReason = `Markdown too costly to read: unmatched brackets ("[" or "]") make the reader walk back over the paragraph again and again (${MAX_BACKSCAN} steps are claimlint's limit for a document)`;

const LABEL_TOKENS = new Set(['labelImage', 'labelLink', 'label', 'image', 'link', 'gfmFootnoteCall']);
/** Where GitHub's footnote extension stops walking back from a "]". */
const footnoteStop = (e: Event) => LABEL_TOKENS.has(e[1].type);
/** Where GitHub's autolink extension stops walking back from the start of a word (previousUnbalanced). */
const autolinkStop = (e: Event) => {
  const t = e[1] as Event[1] & { _balanced?: boolean; _gfmAutolinkLiteralWalkedInto?: boolean };
  return ((t.type === 'labelLink' || t.type === 'labelImage') && !t._balanced) || t._gfmAutolinkLiteralWalkedInto === true;
};

const isAlpha = (c: Code) => c !== null && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
const isAlnum = (c: Code) => isAlpha(c) || (c !== null && c >= 48 && c <= 57);
const isAtext = (c: Code) => c === 43 || c === 45 || c === 46 || c === 95 || isAlnum(c);
const isSpace = (c: Code) => c === null || c < 0 || c === 32;
/** The autolink extension's `previous` checks: where a word of the kind may start an autolink. */
const WORD_START: Record<'email' | 'www' | 'protocol', (previous: Code) => boolean> = {
  email: (c) => !(c === 47 || isAtext(c)),
  www: (c) => c === 40 || c === 42 || c === 95 || c === 91 || c === 93 || c === 126 || isSpace(c),
  protocol: (c) => !isAlpha(c),
};

type Kind = 'email' | 'www' | 'protocol' | 'mark' | 'angle' | 'tick' | 'delimiter' | 'open' | 'close';
/** Plain characters count 1; those that start constructs 16; those whose constructs scan ahead to the paragraph's end ("<", "`") make the clock be read. */
const WEIGHT: Record<Kind, number> = { email: 1, www: 1, protocol: 1, mark: 16, delimiter: 16, open: 16, close: 16, angle: LOOK_EVERY, tick: LOOK_EVERY };

/**
 * A construct that watches and declines: `tokenize` when the reader tries it (where a
 * construct may start), `previous` as it reads plain text past it. A delimiter run is read to
 * its end to be counted; declining undoes that reading.
 */
function watcher(kind: Kind): Construct {
  const word = kind === 'email' || kind === 'www' || kind === 'protocol' ? WORD_START[kind] : undefined;
  return {
    name: 'claimlintGuard',
    partial: true,
    tokenize(this: TokenizeContext, effects: Effects, _ok: State, nok: State): State {
      // micromark calls tokenizers with the tokenizer as `this`; the states below need it.
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      const ctx = this;
      let marker: Code = null;
      let length = 0;
      const run: State = (code) => {
        if (code !== marker) {
          effects.exit(GUARD_TOKEN);
          if (kind === 'tick' && length > 2 && ++paragraphOf(ctx).longTicks > MAX_LONG_TICKS) {
            refuse(ctx, `Markdown too costly to read: more than ${MAX_LONG_TICKS} runs of three or more "\`" in one paragraph, for each of which the reader may read the rest of the paragraph again; claimlint reads up to ${MAX_LONG_TICKS}`);
          }
          return nok(code);
        }
        length++;
        if (kind === 'delimiter' && ++paragraphOf(ctx).delimiters > MAX_DELIMITERS) {
          refuse(ctx, `Markdown too costly to read: more than ${MAX_DELIMITERS} emphasis delimiters ("*", "_", "~") in one paragraph; claimlint reads up to ${MAX_DELIMITERS}`);
        }
        effects.consume(code);
        return run;
      };
      return (code: Code) => {
        inParagraph(ctx, WEIGHT[kind]);
        if (kind === 'angle') {
          const r = reading;
          const at = ctx.now().offset;
          if (r && (r.ahead += nextBlank(r, at) - at) > r.aheadLimit) {
            refuse(ctx, `Markdown too costly to read: "<" the reader may read to the end of their paragraph again (an unclosed "<!--", say) add up to more than ${r.aheadLimit} characters, claimlint's limit for this document`);
          }
        } else if (kind === 'close') {
          walkBack(ctx, footnoteStop);
        } else if (kind === 'open') {
          openBrackets(ctx);
        } else if (word?.(ctx.previous)) {
          walkBack(ctx, autolinkStop);
        }
        if (kind === 'delimiter' || kind === 'tick') {
          marker = code;
          effects.enter(GUARD_TOKEN);
          return run(code);
        }
        return nok(code);
      };
    },
    // Asked at each such character inside plain text: never a break (the walks are done where the reader tries constructs).
    previous(this: TokenizeContext) {
      inParagraph(this, WEIGHT[kind]);
      return false;
    },
  };
}

const GUARD_TOKEN = 'claimlintGuard';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** What the guard reads to count it (never kept: the guard always declines). */
    claimlintGuard: 'claimlintGuard';
  }
}

/**
 * At a line of the document (once a line): the lines of its paragraph so far, and the charge
 * for the line before when the reader took it as a lazy line (micromark's `parser.lazy`).
 */
function atLine(ctx: TokenizeContext): void {
  const r = reading;
  if (!r) return;
  const now = ctx.now();
  if (now.line === r.line) return;
  r.line = now.line;
  // The line before this one (the guard is called after this line's container markers).
  const start = lineStartBefore(r.text, now.offset);
  const end = start > 0 && r.text.charCodeAt(start - 1) === 10 && r.text.charCodeAt(start - 2) === 13 ? start - 2 : start - 1;
  r.paragraphLines = start > 0 && BLANK.test(r.text.slice(lineStartBefore(r.text, end), end)) ? 0 : r.paragraphLines + 1;
  if ((ctx.parser as { lazy?: Record<number, boolean> }).lazy?.[now.line - 1] && (r.lazy += r.paragraphLines) > r.lazyLimit) {
    refuse(ctx, `Markdown too costly to read: lines that go on a block quote's or a list item's paragraph without its ">" or indentation (lazy lines) make the reader walk back over the paragraph again and again (${r.lazyLimit} lines walked are claimlint's limit for this document)`);
  }
  tick(r, ctx, 16);
}

const lineWatcher: Construct = {
  name: 'claimlintGuard',
  partial: true,
  tokenize(this: TokenizeContext, _effects: Effects, _ok: State, nok: State): State {
    return (code: Code) => {
      atLine(this);
      return nok(code);
    };
  },
};

/** At the start of a paragraph's content and after each reference definition in it: the clock. */
const contentWatcher: Construct = {
  name: 'claimlintGuard',
  partial: true,
  tokenize(this: TokenizeContext, _effects: Effects, _ok: State, nok: State): State {
    return (code: Code) => {
      if (reading) tick(reading, this, 16);
      return nok(code);
    };
  },
};

const text: Record<number, Construct[]> = {};
const watch = (kind: Kind, codes: number[]) => { const w = watcher(kind); for (const c of codes) text[c] = [w]; };
watch('mark', [-5, -4, -3, 38, 92]);
watch('open', [33, 91]);
watch('close', [93]);
watch('delimiter', [42, 95, 126]);
watch('angle', [60]);
watch('tick', [96]);
watch('email', [43, 45, 46]);
for (let c = 48; c <= 122; c++) {
  if (!isAlnum(c)) continue;
  text[c] = [watcher(c === 72 || c === 104 ? 'protocol' : c === 87 || c === 119 ? 'www' : 'email')];
}

/**
 * The guard's micromark extension: in paragraphs at every character some construct may start
 * at, and at every line of the document and of a paragraph's content (definitions).
 */
export const guardExtension: Extension = {
  text,
  document: { null: [lineWatcher] },
  contentInitial: { null: [contentWatcher] },
};
