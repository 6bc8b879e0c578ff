/**
 * Cheap tests of a sentence's raw text that say whether a frame can read it: only those
 * sentences are tagged and matched (rules/check.ts). Each test is a superset of what the
 * matcher finds on the tagged tokens (lexicon.ts classAt): a word counts by its stem, its
 * irregular forms and the nouns derived from it, and as the tagger may join it ("I/O" is "io").
 * test/rules/frame-prefilter.test.ts checks on every corpus sentence that no frame's reading
 * is lost.
 *
 * Input: the rule set's lexicon and frames; output: a test per property, and the words of all
 * frames' acts for the unit gate (compile.ts).
 */
import { IRREGULAR_LEMMAS } from '../prose/nlp.js';
import type { Frame, RuleSet } from './types.js';

/** A test of the words of some classes: true of every text that holds one of their entries. */
export interface WordsTest {
  test(text: string): boolean;
  /** The one-word entries, as a regular expression's source (undefined: none). */
  single?: string;
  /** The phrases, by entry, each as one test per word: the text holds them all, in any order. */
  phrases: Map<string, RegExp[]>;
}

/** Which sentences a property's frames may read. */
export interface FramePrefilter {
  /** The words of every frame's act (the unit gate's share). */
  acts: WordsTest;
  /**
   * Can some frame match: its act's words are there and, for a frame that needs its patient
   * (every claim but `blocked`), a word of the patient's classes too. `loose`: the sentence
   * holds an abbreviation the document defines, which may stand for the patient ("the AS").
   */
  test(text: string, loose: boolean): boolean;
}

/** Stems of a word for the text prefilter: "modify" → "modif", "write" → "writ". */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:e|y|ies|es|s)$/, '') : word;
}

const IRREGULAR_FORMS: Record<string, string[]> = {
  write: ['wrote', 'written'], see: ['saw', 'seen'], hide: ['hid', 'hidden'], keep: ['kept'], catch: ['caught'],
  steal: ['stole', 'stolen'], give: ['gave', 'given'], get: ['got', 'gotten'], feed: ['fed'], take: ['took', 'taken'],
};
// And every form the tagger's own corrections lemmatise ("rewound", "held").
for (const [form, lemma] of Object.entries(IRREGULAR_LEMMAS)) {
  const known = (IRREGULAR_FORMS[lemma] ??= []);
  if (!known.includes(form)) known.push(form);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "io" as "I/O", "rw" as "R/W": two short words joined by a slash are one word to the tagger (prose/nlp.ts joinSlashed). */
function slashed(word: string): string[] {
  if (word.length < 2 || word.length > 4 || !/^\w+$/.test(word)) return [];
  const out: string[] = [];
  for (let k = 1; k < word.length; k++) if (k <= 2 && word.length - k <= 2) out.push(`${word.slice(0, k)}/${word.slice(k)}`);
  return out;
}

/** The tests of a rule set's classes, each built on first use. */
interface ClassTests {
  of(id: string): WordsTest | undefined;
  /** Is a word of the class in the text? The answers for the last text asked about are kept: every property asks in turn. */
  present(text: string, id: string): boolean;
}

const byRuleSet = new WeakMap<RuleSet, ClassTests>();

function classTests(ruleSet: RuleSet): ClassTests {
  const known = byRuleSet.get(ruleSet);
  if (known) return known;
  const words = new Map(ruleSet.lexicon.map((c) => [c.id, c.words]));
  const nounsOf = new Map<string, string[]>();
  for (const [noun, verb] of Object.entries(ruleSet.derivations)) nounsOf.set(verb, [...(nounsOf.get(verb) ?? []), noun]);
  // A word as a text may spell it: its stem, its irregular forms, split by a slash.
  const spellings = (word: string) => [escape(stem(word)), ...slashed(stem(word)), ...(IRREGULAR_FORMS[word] ?? [])];
  const phraseTests = new Map<string, RegExp[]>();
  const phrase = (entry: string, first: string, rest: string[]): RegExp[] => {
    let tests = phraseTests.get(entry);
    if (!tests) {
      // "unencrypted", "unprotected": an act with a negating prefix. Later words may be spelled as a derived noun.
      const later = (w: string) => [...new Set([...spellings(w), ...(nounsOf.get(w) ?? []).flatMap((n) => spellings(n))])];
      phraseTests.set(entry, (tests = [new RegExp(`\\b(?:un)?(?:${spellings(first).join('|')})`, 'i'), ...rest.map((w) => new RegExp(`\\b(?:${later(w).join('|')})`, 'i'))]));
    }
    return tests;
  };
  const build = (id: string): WordsTest | undefined => {
    const entries = new Set(words.get(id) ?? []);
    for (const [noun, verb] of Object.entries(ruleSet.derivations)) if (entries.has(verb)) entries.add(noun);
    if (entries.size === 0) return undefined;
    const singles = new Set<string>();
    const phrases = new Map<string, RegExp[]>();
    for (const entry of entries) {
      const [first, ...rest] = entry.replace(/:.*$/, '').split(' ') as [string, ...string[]];
      if (rest.length) phrases.set(entry, phrase(entry, first, rest));
      else for (const s of spellings(first)) singles.add(s);
    }
    const single = singles.size ? `\\b(?:un)?(?:${[...singles].sort().join('|')})` : undefined;
    const singleRe = single ? new RegExp(single, 'i') : undefined;
    return { single, phrases, test: (text) => !!singleRe?.test(text) || anyPhrase(phrases, text) };
  };
  const tests = new Map<string, WordsTest | undefined>();
  const of = (id: string) => {
    if (!tests.has(id)) tests.set(id, build(id));
    return tests.get(id);
  };
  let last: string | undefined;
  let answers = new Map<string, boolean>();
  const made: ClassTests = {
    of,
    present: (text, id) => {
      if (text !== last) { last = text; answers = new Map(); }
      let answer = answers.get(id);
      if (answer === undefined) answers.set(id, (answer = !!of(id)?.test(text)));
      return answer;
    },
  };
  byRuleSet.set(ruleSet, made);
  return made;
}

/** Does the text hold every word of one of the phrases? */
export function anyPhrase(phrases: Map<string, RegExp[]>, text: string): boolean {
  for (const tests of phrases.values()) if (tests.every((re) => re.test(text))) return true;
  return false;
}

/** The words of several classes as one test (the union of theirs). */
function union(parts: WordsTest[]): WordsTest {
  const singles = parts.flatMap((p) => (p.single ? [p.single] : []));
  const phrases = new Map(parts.flatMap((p) => [...p.phrases]));
  return { single: singles.length ? singles.map((s) => `(?:${s})`).join('|') : undefined, phrases, test: (text) => parts.some((p) => p.test(text)) };
}

export function framePrefilter(ruleSet: RuleSet, frames: Frame[]): FramePrefilter | undefined {
  const tests = classTests(ruleSet);
  const acts = [...new Set(frames.flatMap((f) => f.act))].flatMap((id) => tests.of(id) ?? []);
  if (acts.length === 0) return undefined;
  // The patient must be found (frames.ts matchAt): by a word of its classes, or "it"/"them" after one.
  const needsPatient = (f: Frame) => f.claim !== 'blocked' && !!f.patient?.length;
  return {
    acts: union(acts),
    test: (text, loose) => frames.some((f) => f.act.some((id) => tests.present(text, id))
      && (loose || !needsPatient(f) || (f.patient ?? []).some((id) => tests.present(text, id)))),
  };
}
