import { memoByText } from '../memo.js';

/**
 * The names a document gives its products and projects ("Gramine", "Nova"): words it only ever
 * writes capitalised, at least once inside a sentence. A claim whose subject is one is about that
 * product (rules/frames.ts productSubject).
 *
 * Input: the document's prose, unit by unit (a unit's first word starts a sentence); output: the
 * names, lower case.
 */
export function documentProperNames(units: string[]): Set<string> {
  const counts = countsAfter(units);
  const names = new Set<string>();
  for (const w of counts.capitalised.keys()) if (!counts.lower.has(w)) names.add(w);
  return names;
}

/** How many units write each word capitalised, and in lower case (a word no unit writes is not kept). */
interface WordCounts {
  units: string[];
  capitalised: Map<string, number>;
  lower: Map<string, number>;
}

/**
 * The counts for `units`, from those of the units asked last where they share a run at either end
 * (the editor's next version of a page: the same strings, for the paragraphs an edit left alone),
 * so a keystroke counts the words of the paragraphs it changed, not of the whole page.
 */
function countsAfter(units: string[]): WordCounts {
  const before = last;
  let counts: WordCounts;
  if (!before) {
    counts = { units, capitalised: new Map(), lower: new Map() };
    for (const u of units) count(counts, u, 1);
  } else {
    const old = before.units;
    const room = Math.min(old.length, units.length);
    let head = 0;
    while (head < room && old[head] === units[head]) head++;
    let tail = 0;
    while (tail < room - head && old[old.length - 1 - tail] === units[units.length - 1 - tail]) tail++;
    // Counts change in place: the last counts are this call's from now on.
    counts = before;
    for (let k = head; k < old.length - tail; k++) count(counts, old[k] as string, -1);
    for (let k = head; k < units.length - tail; k++) count(counts, units[k] as string, 1);
    counts.units = units;
  }
  last = counts;
  return counts;
}
let last: WordCounts | undefined;

function count(counts: WordCounts, unit: string, by: 1 | -1): void {
  const words = wordsOf(unit);
  for (const w of words.capitalised) add(counts.capitalised, w, by);
  for (const w of words.lower) add(counts.lower, w, by);
}

function add(map: Map<string, number>, word: string, by: 1 | -1): void {
  const n = (map.get(word) ?? 0) + by;
  if (n === 0) map.delete(word);
  else map.set(word, n);
}

/** One unit's capitalised and lower-case words (the editor asks again for every unchanged paragraph). */
const wordsOf = memoByText(16384, (prose: string) => {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  // Literals, paths and commands (gramine-sgx, /usr/lib/gramine) are not prose. Word by word, not
  // by one regex over the text: a backtracking pattern would be quadratic on long words.
  const text = prose.split(/\s+/).filter((w) => !/[/_:=`]|\.\S/.test(w)).join(' ');
  for (const m of text.matchAll(/(?<=[a-z,;]\s+)([A-Z][a-z]{2,})\b(?!-)|(?<![-\w])([a-z][a-z]{2,})\b(?!-)/g)) {
    if (m[1]) capitalised.add(m[1].toLowerCase()); else if (m[2]) lower.add(m[2]);
  }
  return { capitalised, lower };
}, { ownKeys: true });
