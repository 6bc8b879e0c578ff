/**
 * The regular-expression check of rule files: a pattern must compile, must not
 * match the empty string, and must not backtrack super-linearly. Patterns run
 * on every sentence and every paragraph of a document tree, and a document can
 * be a 100 kB paragraph from a pull request: `a*b` takes seconds there and
 * `a*a*a*b` never ends, so exponential AND polynomial patterns are refused.
 *
 * The backtracking check is `recheck` (pure-JavaScript backend), loaded on
 * first use and used only for rule files that do not ship with claimlint: the
 * shipped ones are checked by the test suite (test/rules/regex-safety.test.ts)
 * instead, so a plain run pays nothing. Its verdicts:
 *  - vulnerable, found by the automaton checker (exact): refused. Counted
 *    repetitions above recheck's limit (`[^.]{0,100}`) would send it to its
 *    fuzzer, so they are first clamped to the limit for the automaton checker;
 *  - vulnerable, found by the fuzzer: refused, except a polynomial verdict on a
 *    pattern with a large counted repetition, where the fuzzer takes timeouts
 *    of its own slow matcher for growth (a shipped `{0,100}` pattern, linear on
 *    V8 at 200 kB, comes out "4th degree") — those fall back as below;
 *  - unknown (a timeout, or syntax it does not model): the structural check of
 *    regex-structure.ts decides (nested quantifiers, overlapping alternatives
 *    under repetition). Refusing every unknown would refuse copies of shipped
 *    patterns that recheck cannot decide within seconds (`\bmeasur\w* ...`
 *    needs ~25 s); what slips through is still matched under the time budget
 *    (engine/budget.ts).
 *
 * Checking time is bounded: RECHECK_TIMEOUT_MS per pattern (its runs together), and
 * RULE_FILE_CHECK_MS per rule file, after which no new check starts: the file's
 * remaining unchecked patterns are refused, each with an error at its line:column.
 * Without the file's bound, a rule file of N slow-to-check patterns (`x{99999}y{1,}`)
 * took N × 10 s to load. Each verdict is remembered with what it cost, and a file is
 * charged that cost again when it reuses one, so loading the same file twice refuses
 * the same patterns (the language server reloads rule files).
 */
import { createRequire } from 'node:module';
import type { Diagnostics } from 'recheck';
import { largestBound, matchesEmpty, structuralProblem } from './regex-structure.js';
import { isShippedRuleFile } from './shipped.js';

/** How long recheck may think about one pattern (all its runs) before the structural check decides. */
export const RECHECK_TIMEOUT_MS = 5000;
/** Recheck time a rule file may spend before no new check starts: a file's checks take at most this plus one pattern's timeout. */
export const RULE_FILE_CHECK_MS = 10_000;
/** recheck's own default `maxRepeatCount`: beyond it the fuzzer decides, and its polynomial verdicts are unreliable. */
const RECHECK_REPEAT_LIMIT = 30;
/** Deeper group nesting is refused before any recursive analysis (no rule needs it). */
const MAX_GROUP_DEPTH = 50;
/** A second recheck run with less time than this left is not started (it could decide nothing). */
const MIN_RUN_MS = 100;
/** Attack strings up to this length are quoted in the message; longer ones are described. */
const SHORT_ATTACK = 40;

const HINT_NESTED = 'avoid quantifiers inside repeated groups, e.g. write [^.]{0,40} for "a few words"';
const HINT_OVERLAP = 'make the alternatives start differently, or use a character class';
const HINT_POLYNOMIAL = "bound what can repeat next to something that overlaps it: write [^.]{0,40} instead of .* between words, and start with \\b and a word";

type Check = (source: string, flags: string, params?: { timeout?: number | null; checker?: 'auto' | 'automaton' | 'fuzz' }) => Diagnostics;
let checkSync: Check | null | undefined;

/**
 * recheck, on first use, from node_modules: not bundled, because parsing its
 * 3 MB in the bundle would slow every start by ~40% (measured), checks or not.
 * The Action's single-file copy has no node_modules: there (null) the
 * structural check decides, and the time budget still applies.
 */
function loadRecheck(): Check | null {
  try {
    return (createRequire(import.meta.url)('recheck') as { checkSync: Check }).checkSync;
  } catch {
    return null;
  }
}

/** recheck's verdict, with its pure-JavaScript backend; undefined when recheck is not installed. */
function recheck(source: string, timeout: number, checker: 'auto' | 'automaton' = 'auto'): Diagnostics | undefined {
  if (checkSync === undefined) checkSync = loadRecheck();
  if (!checkSync) return undefined;
  // The default sync backend runs a native binary or Java from a helper worker.
  const before = process.env['RECHECK_SYNC_BACKEND'];
  process.env['RECHECK_SYNC_BACKEND'] = 'pure';
  try {
    return checkSync(source, 'i', { timeout, checker });
  } finally {
    if (before === undefined) delete process.env['RECHECK_SYNC_BACKEND'];
    else process.env['RECHECK_SYNC_BACKEND'] = before;
  }
}

/** Verdicts by pattern source, with what recheck took: the language server reloads rule files, and rule files repeat patterns. */
const verdicts = new Map<string, { problem: string | undefined; ms: number }>();

/** The recheck time one rule file has been charged so far (one per load), its limit, and its slowest pattern. */
export interface CheckClock { limitMs: number; spentMs: number; checked: number; slowest?: { source: string; ms: number } }

export const checkClock = (limitMs = RULE_FILE_CHECK_MS): CheckClock => ({ limitMs, spentMs: 0, checked: 0 });
/** Patterns of the shipped rule files seen so far: a copy of one in another rule file needs no check. */
const shippedSources = new Set<string>();

/**
 * What is wrong with `source` as a pattern of the rule file `file`, or
 * undefined: compiled as the matcher does (case-insensitive), refused when it
 * can match the empty string or backtrack super-linearly (not checked for the
 * shipped rule files), or when `clock` (the file's checking time so far) is
 * past its limit (RULE_FILE_CHECK_MS) before its check could start.
 */
export function regexProblem(source: string, file: string, clock: CheckClock = checkClock()): string | undefined {
  try {
    new RegExp(source, 'i');
  } catch (err) {
    return `invalid regular expression: ${(err as Error).message}`;
  }
  if (groupDepth(source) > MAX_GROUP_DEPTH) return `regular expression nests groups more than ${MAX_GROUP_DEPTH} deep`;
  if (matchesEmpty(source)) return 'regular expression can match the empty string (it must match at least one character)';
  if (isShippedRuleFile(file)) {
    shippedSources.add(source);
    return undefined;
  }
  if (shippedSources.has(source)) return undefined;
  let verdict = verdicts.get(source);
  if (!verdict) {
    if (clock.spentMs >= clock.limitMs) return notChecked(source, clock);
    const start = performance.now();
    const problem = backtrackingProblem(source);
    verdict = { problem, ms: performance.now() - start };
    verdicts.set(source, verdict);
  }
  clock.spentMs += verdict.ms;
  clock.checked++;
  if (!clock.slowest || verdict.ms > clock.slowest.ms) clock.slowest = { source, ms: verdict.ms };
  return verdict.problem;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function notChecked(source: string, clock: CheckClock): string {
  const slowest = clock.slowest ? ` (the slowest, ${shown(clock.slowest.source)}, ${seconds(clock.slowest.ms)})` : '';
  return `regular expression ${shown(source)} was not checked for catastrophic backtracking: checking the ${clock.checked} patterns before it `
    + `in this rule file took ${seconds(clock.spentMs)}${slowest}, and a rule file gets ${seconds(clock.limitMs)}; `
    + 'simplify the slow ones (counted repetitions such as {1,20} and lookarounds are slow to check) or split the rule file';
}

/** Why `source` backtracks super-linearly, or undefined (the policy above); recheck gets `timeoutMs` for the pattern, all its runs together. */
export function backtrackingProblem(source: string, timeoutMs = RECHECK_TIMEOUT_MS): string | undefined {
  let d: Diagnostics | undefined;
  // Large counted repetitions send recheck to its fuzzer; with them clamped its exact checker can decide.
  if (largestBound(source) > RECHECK_REPEAT_LIMIT) {
    const start = performance.now();
    d = recheck(clampBounds(source, RECHECK_REPEAT_LIMIT), timeoutMs, 'automaton');
    // The second run gets what the first left of the pattern's time, not a timeout of its own.
    const left = Math.floor(timeoutMs - (performance.now() - start));
    if (d?.status === 'unknown' && left >= MIN_RUN_MS) d = recheck(source, left);
  } else {
    d = recheck(source, timeoutMs);
  }
  if (d?.status === 'vulnerable') {
    const unreliable = d.checker === 'fuzz' && d.complexity.type === 'polynomial' && largestBound(source) > RECHECK_REPEAT_LIMIT;
    if (!unreliable) return vulnerable(source, d);
  }
  if (d?.status === 'safe') return undefined;
  const reason = structuralProblem(source);
  if (!reason) return undefined;
  return `regular expression ${shown(source)} can backtrack catastrophically (${reason}); ${reason.startsWith('nested') ? HINT_NESTED : HINT_OVERLAP}`;
}

/**
 * `source` with every `{n,m}` count above `limit` lowered to it. The clamped
 * pattern can only backtrack less, so a super-linear verdict on it holds for
 * `source`; a linear one is taken as the answer (a growth that needs more
 * than `limit` repetitions to show is not one recheck would find either).
 */
export function clampBounds(source: string, limit: number): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const braces = !inClass && c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
    if (braces) {
      const clamp = (n: string) => String(Math.min(Number(n), limit));
      out += `{${clamp(braces[1] as string)}${braces[2] === undefined ? '' : `,${braces[3] ? clamp(braces[3]) : ''}`}}`;
      i += braces[0].length - 1;
      continue;
    }
    out += c;
    if (c === '\\') out += source[++i] ?? '';
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
  }
  return out;
}

function vulnerable(source: string, d: Extract<Diagnostics, { status: 'vulnerable' }>): string {
  const { string, pattern } = d.attack;
  const attack = string.length <= SHORT_ATTACK ? JSON.stringify(string) : pattern.length <= 2 * SHORT_ATTACK ? pattern : undefined;
  const c = d.complexity;
  const time = c.type === 'exponential' ? 'exponential' : `a ${ordinal(c.degree)} degree polynomial`;
  const hint = c.type === 'exponential' ? HINT_NESTED : HINT_POLYNOMIAL;
  return `regular expression ${shown(source)} backtracks catastrophically: its matching time is ${time} in the length of the text (recheck, ${d.checker} checker${attack ? `; slow on ${attack}` : ''}); ${hint}`;
}

const shown = (source: string) => `'${source.length > 60 ? `${source.slice(0, 59)}…` : source}'`;

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The deepest group nesting of a pattern source, by a linear scan (escapes and classes skipped). */
function groupDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') deepest = Math.max(deepest, ++depth);
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return deepest;
}
