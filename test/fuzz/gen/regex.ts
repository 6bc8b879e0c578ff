/**
 * Regular expressions as rule authors write them (words, classes, bounded gaps, groups,
 * alternatives) and as they go wrong: nested and adjacent quantifiers, overlapping
 * alternatives, backreferences, lookarounds, invalid syntax, huge counts. While the regex
 * check misses polynomial backtracking (a known defect), runs of several unbounded
 * quantifiers in a row are left out, since a rule with one hangs the lint.
 */
import fc from 'fast-check';
import { isKnown } from '../known-failing.js';

const ATOMS = ['host', 'guest', 'memory', 'integrity', 'a', 'x', '=', ' ', '\\w', '\\s', '\\d', '.', '[^.]', '[a-z]', '[\\w ]', '[^.;]', '\\bTDX\\b', '(?:host|hypervisor|VMM)', '(?:memory|page)', '\\.', "[''’]"];
const QUANTIFIERS = ['', '', '', '*', '+', '?', '{0,40}', '{1,}', '*?', '+?', '{2}', '{1,20}?', '{99999}'];
const UNBOUNDED = /(?:\*|\+|\{\d+,\})\??$/;
const INVALID = ['(', '[', '*a', 'a**', '\\', 'a{2,1}', '(?<n>a)\\k<m>', '(?<=', '[z-a]', ')', '(?P<x>a)'];

const piece = fc.tuple(fc.constantFrom(...ATOMS), fc.constantFrom(...QUANTIFIERS)).map(([a, q]) => a + q);

/** At most two unbounded quantifiers in a row (degree-two backtracking is bearable on a sentence). */
function boundRuns(pieces: string[]): string[] {
  if (!isKnown('regex-polynomial')) return pieces;
  let run = 0;
  return pieces.map((p) => {
    run = UNBOUNDED.test(p) ? run + 1 : 0;
    return run > 2 ? p.replace(/(?:\*|\+|\{\d+,\})\??$/, '{0,3}') : p;
  });
}

const sequence = fc.array(piece, { minLength: 1, maxLength: 6 }).map((ps) => boundRuns(ps).join(''));

export const regex: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('\\b', ''), sequence, fc.constantFrom('\\b', '')).map(([a, s, b]) => a + s + b) },
  { weight: 3, arbitrary: fc.tuple(fc.array(sequence, { minLength: 2, maxLength: 3 }), fc.constantFrom(...QUANTIFIERS)).map(([alts, q]) => `(?:${alts.join('|')})${isKnown('regex-polynomial') && UNBOUNDED.test(q) ? '' : q}`) },
  // Nested quantifiers (exponential backtracking): the check must refuse these.
  { weight: 1, arbitrary: fc.tuple(piece, fc.constantFrom('*', '+', '{1,}')).map(([p, q]) => `(?:${/[*+}?]$/.test(p) ? p : `${p}+`})${q}x`) },
  { weight: 1, arbitrary: fc.constantFrom(...INVALID) },
  { weight: 1, arbitrary: fc.constantFrom('(a)\\1', '(?=host)\\w+', '(?!x)y', '\\p{L}', '[\\s\\S]{0,100}', '(?i)host', '.{0,3000}x') },
);
