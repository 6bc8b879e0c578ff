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
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const unit of units) {
    const words = wordsOf(unit);
    for (const w of words.capitalised) capitalised.add(w);
    for (const w of words.lower) lower.add(w);
  }
  for (const w of lower) capitalised.delete(w);
  return capitalised;
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
});
