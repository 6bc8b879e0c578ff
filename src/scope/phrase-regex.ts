/**
 * The phrases of technologies and umbrellas as one regular expression that V8 scans fast: the alternation factored by
 * common prefixes (a trie), so that at each position of the text one character decides which
 * branch can go on. A flat alternation of 200 phrases tries every one of them at every
 * position: on the 6.12 tree that was 200 ms of the CoCo gate alone.
 *
 * Matches as the flat alternation with the longest phrase first: a phrase's continuations are
 * tried before it ends (greedy), the longer branch first, and the caller's lookahead
 * backtracks into shorter ones as before. Words may be joined by white space or a hyphen.
 */

const WORD_GAP = '(?:\\s+|-)';
const GAP = Symbol('gap');
type Step = string | typeof GAP;

interface Node {
  next: Map<string | symbol, Node>;
  /** A phrase ends here. */
  end: boolean;
  /** The longest phrase below (steps), to try longer branches first. */
  depth: number;
}

const node = (): Node => ({ next: new Map(), end: false, depth: 0 });
const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function steps(phrase: string, foldCase: boolean): Step[] {
  const out: Step[] = [];
  for (const part of phrase.trim().split(/(\s+)/)) {
    if (/^\s+$/.test(part)) out.push(GAP);
    else for (const c of foldCase ? part.toLowerCase() : part) out.push(c);
  }
  return out;
}

function emit(n: Node, top = false): string {
  const branches = [...n.next].sort((a, b) => b[1].depth - a[1].depth)
    .map(([step, child]) => (step === GAP ? WORD_GAP : escapeChar(step as string)) + emit(child));
  if (branches.length === 0) return '';
  if (top) return branches.join('|');
  if (branches.length === 1 && !n.end) return branches[0] as string;
  const group = `(?:${branches.join('|')})`;
  return n.end ? `${group}?` : group;
}

/**
 * Alternations built so far, by their phrases: the build records those of the shipped rule sets
 * (rules/precompiled.ts), so that a start does not build the same tries again (some 20 ms cold).
 */
const alternations = new Map<string, string>();

/**
 * The alternation of the phrases (no anchors, no flags): `foldCase` when the expression is
 * compiled with the `i` flag, so that phrases differing only in case share a branch.
 */
export function phraseAlternation(phrases: Iterable<string>, foldCase: boolean): string {
  const list = [...phrases];
  const key = `${foldCase ? 'i' : ''}\u0000${list.join('\u0001')}`;
  let known = alternations.get(key);
  if (known === undefined) alternations.set(key, (known = buildAlternation(list, foldCase)));
  return known;
}

/** The alternations built in this process, to record. */
export function builtAlternations(): [string, string][] {
  return [...alternations];
}

/** Alternations recorded by the build of this version (keys are the exact phrase lists, so a changed rule file misses). */
export function rememberAlternations(recorded: unknown): void {
  if (!Array.isArray(recorded)) return;
  for (const pair of recorded) {
    if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') alternations.set(pair[0], pair[1]);
  }
}

export function buildAlternation(phrases: string[], foldCase: boolean): string {
  const root = node();
  for (const phrase of phrases) {
    const path = steps(phrase, foldCase);
    if (path.length === 0) continue;
    let at = root;
    at.depth = Math.max(at.depth, path.length);
    for (const [i, step] of path.entries()) {
      let child = at.next.get(step);
      if (!child) at.next.set(step, (child = node()));
      child.depth = Math.max(child.depth, path.length - i - 1);
      at = child;
    }
    at.end = true;
  }
  return `(?:${emit(root, true)})`;
}

// Not inside a word or an identifier (x86_64, CONFIG_X86); "x86-specific" is a mention, "SEV-ES" is not "SEV".
export const BEFORE = String.raw`(?<![\w.-])`;
export const AFTER = String.raw`(?![\w]|-[A-Z0-9]|\.\w)`;

/**
 * Whole-word matches of any of the phrases (words joined by white space or a hyphen, a compound
 * modifier: "confidential-computing extensions"); with the `i` flag in any case.
 */
export function phraseRegExp(phrases: string[], flags: string): RegExp {
  // The same test with a word boundary first, where every phrase starts with a word character:
  // V8 skips ahead on \b and tries the lookbehind only there (a third of the CoCo gate's time).
  const before = phrases.every((p) => /^\w/.test(p)) ? String.raw`\b(?<![.-])` : BEFORE;
  return new RegExp(`${before}${phraseAlternation(phrases, flags.includes('i'))}${AFTER}`, flags);
}
