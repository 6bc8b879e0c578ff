/**
 * A structural look at a regular expression, on a proper parse of the pattern
 * (escapes, character classes, `{n,m}`, groups and lookarounds) as claimlint
 * compiles it: no `u` flag (Annex B syntax), matched with `i`. It is fast and
 * deterministic, and backs up `recheck` (regex-safety.ts) where that cannot
 * decide:
 *
 *  - `structuralProblem`: star height and overlapping alternatives, in the
 *    spirit of the `safe-regex` package. Used only when recheck gives up
 *    (timeout, unsupported syntax), so a pattern recheck cannot analyse in time
 *    is still refused when it has the classic exponential shapes:
 *     - nested quantifiers: a quantifier that can repeat (`*`, `+`, `{n,}`,
 *       `{n,m}` with m > 1) whose operand contains a quantifier whose count can
 *       vary (`?`, `*`, `+`, `{n,m}`): `(a+)+`, `(\w*\s?)*`, `(?:\w+\s+){0,3}`.
 *       `(a+)?` and `(?:ab{2})+` are fine;
 *     - overlapping alternatives under a repeating quantifier: `(a|a)*`,
 *       `(\s|\W)+`, `(x|x?)+` — alternatives that can match the same text, or
 *       the empty string.
 *  - `matchesEmpty`: whether the pattern can match the empty string, which
 *    recheck does not look at: the term scan repeats a match from where the
 *    last one ended, so an empty match would never move on.
 */

/** A set of UTF-16 code units, as sorted, disjoint, inclusive ranges. */
type CharSet = Array<[number, number]>;

type Node =
  | { type: 'char'; set: CharSet }
  | { type: 'assertion' }
  | { type: 'backref' }
  | { type: 'group'; alternatives: Node[][]; lookaround: boolean }
  | { type: 'quantified'; node: Node; min: number; max: number; source: string };

const MAX = 0xffff;
const range = (lo: number, hi: number): CharSet => [[lo, hi]];
const code = (s: string) => s.charCodeAt(0);

function union(...sets: CharSet[]): CharSet {
  return unionOf(sets);
}

/** The same over an array: a character class can hold more parts than a call has arguments. */
function unionOf(sets: CharSet[]): CharSet {
  const all = sets.flat().sort((a, b) => a[0] - b[0]);
  const out: CharSet = [];
  for (const [lo, hi] of all) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function complement(set: CharSet): CharSet {
  const out: CharSet = [];
  let next = 0;
  for (const [lo, hi] of union(set)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

/** Adds the other case of ASCII letters: patterns are matched with the `i` flag. */
function fold(set: CharSet): CharSet {
  const extra: CharSet = [];
  for (const [lo, hi] of set) {
    for (const [a, z, delta] of [[65, 90, 32], [97, 122, -32]] as const) {
      const l = Math.max(lo, a);
      const h = Math.min(hi, z);
      if (l <= h) extra.push([l + delta, h + delta]);
    }
  }
  return union(set, extra);
}

function intersects(a: CharSet, b: CharSet): boolean {
  return a.some(([alo, ahi]) => b.some(([blo, bhi]) => alo <= bhi && blo <= ahi));
}

const DIGIT = range(48, 57);
const WORD = union(DIGIT, range(65, 90), range(97, 122), range(95, 95));
const SPACE = union(range(9, 13), range(32, 32), range(0xa0, 0xa0), range(0x1680, 0x1680), range(0x2000, 0x200a),
  range(0x2028, 0x2029), range(0x202f, 0x202f), range(0x205f, 0x205f), range(0x3000, 0x3000), range(0xfeff, 0xfeff));
const LINE_END = union(range(10, 10), range(13, 13), range(0x2028, 0x2029));

const CLASS_ESCAPES: Record<string, CharSet> = {
  d: DIGIT, D: complement(DIGIT), w: WORD, W: complement(WORD), s: SPACE, S: complement(SPACE),
};
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0 };

class Parser {
  pos = 0;
  readonly sources = new Map<Node[], string>();
  constructor(readonly src: string) {}

  peek(offset = 0): string | undefined { return this.src[this.pos + offset]; }

  /** Disjunction up to `)` or the end; records each alternative's source text, for messages. */
  alternatives(): Node[][] {
    const alts: Node[][] = [[]];
    let start = this.pos;
    const close = () => { this.sources.set(alts[alts.length - 1] as Node[], this.src.slice(start, this.pos)); };
    while (this.pos < this.src.length) {
      const c = this.peek() as string;
      if (c === ')') break;
      if (c === '|') { close(); this.pos++; start = this.pos; alts.push([]); continue; }
      const atomStart = this.pos;
      const atom = this.atom();
      (alts[alts.length - 1] as Node[]).push(this.quantifier(atom, atomStart));
    }
    close();
    return alts;
  }

  atom(): Node {
    const c = this.src[this.pos++] as string;
    if (c === '(') return this.group();
    if (c === '[') return { type: 'char', set: this.charClass() };
    if (c === '\\') return this.escape();
    if (c === '.') return { type: 'char', set: complement(LINE_END) };
    if (c === '^' || c === '$') return { type: 'assertion' };
    return { type: 'char', set: fold(range(code(c), code(c))) };
  }

  group(): Node {
    let lookaround = false;
    if (this.peek() === '?') {
      const rest = this.src.slice(this.pos + 1);
      const m = /^(?:<[=!]|[=!])/.exec(rest) ?? /^(?:<[^>=!]*>|[a-zA-Z-]*:)/.exec(rest);
      if (m) {
        lookaround = /^<?[=!]/.test(m[0]);
        this.pos += 1 + m[0].length;
      }
    }
    const alternatives = this.alternatives();
    if (this.peek() === ')') this.pos++;
    return { type: 'group', alternatives, lookaround };
  }

  escape(): Node {
    const c = this.src[this.pos++];
    if (c === undefined) return { type: 'char', set: range(92, 92) };
    if (c === 'b' || c === 'B') return { type: 'assertion' };
    const cls = CLASS_ESCAPES[c];
    if (cls) return { type: 'char', set: cls };
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(this.peek() ?? '')) this.pos++;
      return { type: 'backref' };
    }
    if (c === 'k' && this.peek() === '<') {
      const end = this.src.indexOf('>', this.pos);
      if (end > 0) { this.pos = end + 1; return { type: 'backref' }; }
    }
    return { type: 'char', set: fold(range(this.escapedCode(c), this.escapedCode(c))) };
  }

  /** The code unit of a character escape whose letter `c` was just read. */
  escapedCode(c: string): number {
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return control;
    const hex = c === 'x' ? 2 : c === 'u' ? 4 : 0;
    if (hex) {
      const digits = this.src.slice(this.pos, this.pos + hex);
      if (new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) {
        this.pos += hex;
        return parseInt(digits, 16);
      }
    }
    if (c === 'c' && /[a-zA-Z]/.test(this.peek() ?? '')) return code(this.src[this.pos++] as string) % 32;
    return code(c);
  }

  /** A character class, after its `[`. */
  charClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const parts: CharSet[] = [];
    while (this.pos < this.src.length && this.peek() !== ']') {
      const lo = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined && typeof lo === 'number') {
        this.pos++;
        const hi = this.classAtom();
        if (typeof hi === 'number') { parts.push(range(Math.min(lo, hi), Math.max(lo, hi))); continue; }
        parts.push(range(lo, lo), range(45, 45), hi);
        continue;
      }
      parts.push(typeof lo === 'number' ? range(lo, lo) : lo);
    }
    this.pos++; // ]
    const set = fold(unionOf(parts));
    return negated ? complement(set) : set;
  }

  /** One class member: a code unit, or a set for \d, \w, \s and their negations. */
  classAtom(): number | CharSet {
    const c = this.src[this.pos++] as string;
    if (c !== '\\') return code(c);
    const e = this.src[this.pos++];
    if (e === undefined) return 92;
    const cls = CLASS_ESCAPES[e];
    if (cls) return cls;
    if (e === 'b') return 8;
    return this.escapedCode(e);
  }

  quantifier(node: Node, start: number): Node {
    let min: number;
    let max: number;
    const c = this.peek();
    const braces = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos)) : null;
    if (c === '*') { min = 0; max = Infinity; this.pos++; }
    else if (c === '+') { min = 1; max = Infinity; this.pos++; }
    else if (c === '?') { min = 0; max = 1; this.pos++; }
    else if (braces) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.pos += braces[0].length;
    } else return node;
    if (this.peek() === '?') this.pos++; // lazy: backtracks just as much
    return { type: 'quantified', node, min, max, source: this.src.slice(start, this.pos) };
  }
}

/** What the start of an alternative matches: one set per leading character, `open` when more may vary after. */
interface Profile { sets: CharSet[]; open: boolean }

function profile(nodes: Node[], out: Profile = { sets: [], open: false }): Profile {
  for (const node of nodes) {
    if (out.open) return out;
    if (node.type === 'assertion') continue;
    if (node.type === 'char') { out.sets.push(node.set); continue; }
    if (node.type === 'group' && !node.lookaround && node.alternatives.length === 1) {
      profile(node.alternatives[0] as Node[], out);
      continue;
    }
    if (node.type === 'group' && node.lookaround) continue;
    if (node.type === 'quantified' && node.node.type === 'char' && node.min >= 1) {
      out.sets.push(node.node.set);
    }
    out.open = true;
  }
  return out;
}

/** Whether two alternatives may match the same text (or one a prefix of the other's). */
function overlap(a: Node[], b: Node[]): boolean {
  const pa = profile(a);
  const pb = profile(b);
  const n = Math.min(pa.sets.length, pb.sets.length);
  for (let i = 0; i < n; i++) if (!intersects(pa.sets[i] as CharSet, pb.sets[i] as CharSet)) return false;
  return true;
}

/** Whether a sequence can match the empty string (a backreference can: its group may have matched nothing). */
function nullable(nodes: Node[]): boolean {
  return nodes.every((node) => {
    if (node.type === 'assertion' || node.type === 'backref') return true;
    if (node.type === 'char') return false;
    if (node.type === 'group') return node.lookaround || node.alternatives.some(nullable);
    return node.min === 0 || nullable([node.node]);
  });
}

class Checker {
  constructor(readonly alternativeSources: Map<Node[], string>) {}

  check(nodes: Node[], repeat: string | undefined): string | undefined {
    for (const node of nodes) {
      const reason = this.node(node, repeat);
      if (reason) return reason;
    }
    return undefined;
  }

  node(node: Node, repeat: string | undefined): string | undefined {
    if (node.type === 'quantified') {
      if (repeat && node.max > node.min) return `nested quantifier: '${node.source}' inside '${repeat}'`;
      return this.node(node.node, node.max > 1 ? node.source : repeat);
    }
    if (node.type !== 'group') return undefined;
    const alts = node.alternatives;
    if (repeat && alts.length > 1) {
      const empty = alts.find(nullable);
      if (empty) return `alternative '${this.sourceOf(empty)}' can match the empty string inside '${repeat}'`;
      for (let i = 0; i < alts.length; i++) {
        for (let j = i + 1; j < alts.length; j++) {
          const a = alts[i] as Node[];
          const b = alts[j] as Node[];
          if (overlap(a, b)) {
            return `alternatives '${this.sourceOf(a)}' and '${this.sourceOf(b)}' can match the same text inside '${repeat}'`;
          }
        }
      }
    }
    for (const alt of alts) {
      const reason = this.check(alt, repeat);
      if (reason) return reason;
    }
    return undefined;
  }

  sourceOf(alt: Node[]): string {
    return this.alternativeSources.get(alt) ?? '?';
  }
}

function parse(source: string): { root: Node; parser: Parser } {
  const parser = new Parser(source);
  const top: Node[][] = [];
  while (parser.pos < source.length) {
    for (const a of parser.alternatives()) top.push(a);
    if (parser.peek() === ')') parser.pos++; // unbalanced: keep going
  }
  return { root: { type: 'group', alternatives: top, lookaround: false }, parser };
}

/**
 * Why `source` (a JavaScript regular expression source, compiled without the
 * `u` flag) can backtrack catastrophically by its structure, or undefined.
 * Call it on patterns that compile; on others the answer is a best effort.
 */
export function structuralProblem(source: string): string | undefined {
  const { root, parser } = parse(source);
  return new Checker(parser.sources).node(root, undefined);
}

/** Whether `source` can match the empty string (somewhere: assertions and lookarounds match nothing). */
export function matchesEmpty(source: string): boolean {
  return nullable([parse(source).root]);
}

/** The largest finite upper bound of a counted repetition (`{0,100}` → 100), or 0. */
export function largestBound(source: string): number {
  let largest = 0;
  const visit = (node: Node): void => {
    if (node.type === 'quantified') {
      if (Number.isFinite(node.max)) largest = Math.max(largest, node.max);
      visit(node.node);
    } else if (node.type === 'group') {
      for (const alt of node.alternatives) for (const n of alt) visit(n);
    }
  };
  visit(parse(source).root);
  return largest;
}
