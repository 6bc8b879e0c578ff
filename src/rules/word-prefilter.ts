/**
 * Cheap tests of a sentence's raw text that say whether a frame can read it: only those
 * sentences are tagged and matched (rules/check.ts). Each test is a superset of what the
 * matcher finds on the tagged tokens (lexicon.ts classAt): a word counts by its stem, its
 * irregular forms and the nouns derived from it, and as the tagger may join it ("I/O" is "io").
 * test/rules/frame-prefilter.test.ts checks on every corpus sentence that no frame's reading
 * is lost.
 *
 * The words of the classes a frame names are one trie, walked once per sentence from each word
 * start (as a regular expression `\b(?:un)?(?:stem|...)` with the `i` flag would match them):
 * some thirty classes asked of each sentence cost one pass, and no regular expression per class
 * or phrase is compiled on a cold start. Long paragraphs (the unit gate) are left to the regular
 * expression engine, which scans them ten times faster than this loop.
 *
 * Input: the rule set's lexicon and frames; output: a test per property, and the first words of
 * its frames' acts for the unit gate (compile.ts).
 */
import { IRREGULAR_LEMMAS } from '../prose/nlp.js';
import { memoByText } from '../memo.js';
import type { Frame, RuleSet } from './types.js';

/** Which sentences a property's frames may read. */
export interface FramePrefilter {
  /**
   * The first words of every frame's act, as a regular expression's source: the unit gate's
   * share (a paragraph that has none cannot hold a claim by meaning). Looser than `test`, and
   * as fast as the regular expression engine on long paragraphs.
   */
  actWords: string;
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

/** "io" as "I/O", "rw" as "R/W": two short words joined by a slash are one word to the tagger (prose/nlp.ts joinSlashed). */
function slashed(word: string): string[] {
  if (word.length < 2 || word.length > 4 || !/^\w+$/.test(word)) return [];
  const out: string[] = [];
  for (let k = 1; k < word.length; k++) if (k <= 2 && word.length - k <= 2) out.push(`${word.slice(0, k)}/${word.slice(k)}`);
  return out;
}

/** A word's spellings: its stem, split by a slash, its irregular forms. */
const spellings = (word: string) => [stem(word), ...slashed(stem(word)), ...(IRREGULAR_FORMS[word] ?? [])];

/** Verb → the nouns derived from it (the rule set's `derivations`), once per rule set. */
const derivedNouns = new WeakMap<RuleSet, Map<string, string[]>>();
function nounsByVerb(ruleSet: RuleSet): Map<string, string[]> {
  let nouns = derivedNouns.get(ruleSet);
  if (!nouns) {
    derivedNouns.set(ruleSet, (nouns = new Map()));
    for (const [noun, verb] of Object.entries(ruleSet.derivations)) nouns.set(verb, [...(nouns.get(verb) ?? []), noun]);
  }
  return nouns;
}

/** A class's entries as word lists ("in the clear" → in, the, clear; "release:verb" → release), with the nouns derived from its words. */
function entriesOf(words: string[], nounsOf: Map<string, string[]>): string[][] {
  const entries = new Set(words);
  for (const w of words) for (const noun of nounsOf.get(w) ?? []) entries.add(noun);
  return [...entries].map((e) => e.replace(/:.*$/, '').split(' '));
}

/** The words of a rule set's classes, and which classes each text holds. */
interface Classes {
  /** Ids of the classes whose words the text holds. */
  present(text: string): Set<string>;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

const byRuleSet = new WeakMap<RuleSet, Classes>();

function classes(ruleSet: RuleSet): Classes {
  const known = byRuleSet.get(ruleSet);
  if (known) return known;
  const nounsOf = nounsByVerb(ruleSet);
  // Only the classes a frame's act or patient names are asked about.
  const asked = new Set(ruleSet.properties.flatMap((p) => p.frames.flatMap((f) => [...f.act, ...(f.patient ?? [])])));
  // Word ids from 1: a class's one-word entries (any of them), or one word of a phrase; a
  // negative id only counts without an "un-" before it.
  const spelled: [string, number][] = [];
  const single = new Map<number, string>();
  const phrases: { classId: string; words: number[] }[] = [];
  let wordId = 1;
  for (const c of ruleSet.lexicon) {
    if (!asked.has(c.id)) continue;
    const singleId = wordId++;
    single.set(singleId, c.id);
    for (const [first, ...rest] of entriesOf(c.words, nounsOf) as [string, ...string[]][]) {
      if (rest.length === 0) {
        // "unencrypted", "unprotected": an act with a negating prefix.
        for (const s of spellings(first)) spelled.push([s, singleId]);
        continue;
      }
      const words: number[] = [];
      const firstId = wordId++;
      for (const s of spellings(first)) spelled.push([s, firstId]);
      words.push(firstId);
      // A later word of a phrase, also as a noun derived from it; never with "un-".
      for (const w of rest) {
        const id = wordId++;
        for (const s of new Set([...spellings(w), ...(nounsOf.get(w) ?? []).flatMap(spellings)])) spelled.push([s, -id]);
        words.push(id);
      }
      phrases.push({ classId: c.id, words });
    }
  }

  // A trie of every spelling over the characters they use, upper-case ASCII folded to lower (as
  // the `i` flag folds without `u`): node n's child for symbol c is next[n * symbols + c] (0:
  // none); node 0 is the root. A text character no spelling uses ends the walk.
  const symbol = new Uint8Array(128);
  let symbols = 1;
  // Words spelled with a character outside ASCII: taken as present in every text, which keeps the test a superset.
  const always = new Set<number>();
  let chars = 1;
  for (const [s, id] of spelled) {
    chars += s.length;
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code >= 128) { always.add(Math.abs(id)); break; }
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      if (symbol[lower] === 0) symbol[lower] = symbols++;
    }
  }
  for (let c = 65; c <= 90; c++) symbol[c] = symbol[c + 32] as number;
  const next = new Int32Array(chars * symbols);
  let nodes = 1;
  const ends = new Map<number, number[]>();
  for (const [s, id] of spelled) {
    if (always.has(Math.abs(id))) continue;
    let node = 0;
    for (let i = 0; i < s.length; i++) {
      const c = symbol[s.charCodeAt(i)] as number;
      let n = next[node * symbols + c] as number;
      if (n === 0) next[node * symbols + c] = n = nodes++;
      node = n;
    }
    const list = ends.get(node);
    if (list) list.push(id);
    else ends.set(node, [id]);
  }

  // The nodes that end a word, for the scan's inner loop.
  const ending = new Uint8Array(nodes);
  for (const n of ends.keys()) ending[n] = 1;
  const singleOf = [...single.entries()];
  const walk = (text: string, from: number, afterUn: boolean, found: Set<number>) => {
    let node = 0;
    for (let q = from; q < text.length; q++) {
      const code = text.charCodeAt(q);
      const c = code < 128 ? (symbol[code] as number) : 0;
      if (c === 0) return;
      node = next[node * symbols + c] as number;
      if (node === 0) return;
      if (ending[node] === 1) for (const id of ends.get(node) as number[]) if (id > 0) found.add(id); else if (!afterUn) found.add(-id);
    }
  };
  const scan = (text: string): Set<string> => {
    const found = new Set<number>(always);
    let wordBefore = false;
    for (let p = 0; p < text.length; p++) {
      const code = text.charCodeAt(p);
      const word = isWordChar(code);
      if (word && !wordBefore) {
        walk(text, p, false, found);
        if ((code | 32) === 117 && (text.charCodeAt(p + 1) | 32) === 110) walk(text, p + 2, true, found);
      }
      wordBefore = word;
    }
    const out = new Set<string>();
    if (found.size) {
      for (const [id, c] of singleOf) if (found.has(id)) out.add(c);
      for (const ph of phrases) if (!out.has(ph.classId) && ph.words.every((id) => found.has(id))) out.add(ph.classId);
    }
    return out;
  };
  // Remembered by text: a sentence is asked about by every property, in turn with the sentence
  // after it (a claim the next sentence may take back), and a paragraph by the unit gate.
  const made: Classes = { present: memoByText(4096, scan) };
  byRuleSet.set(ruleSet, made);
  return made;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The spellings of the first words of the classes' entries (and of the nouns derived from their one-word entries). */
function firstWords(ruleSet: RuleSet, ids: string[]): Set<string> {
  const out = new Set<string>();
  for (const c of ruleSet.lexicon) {
    if (!ids.includes(c.id)) continue;
    for (const [first] of entriesOf(c.words, nounsByVerb(ruleSet))) for (const s of spellings(first as string)) out.add(escape(s));
  }
  return out;
}

export function framePrefilter(ruleSet: RuleSet, frames: Frame[]): FramePrefilter | undefined {
  const { present } = classes(ruleSet);
  const lexicon = new Set(ruleSet.lexicon.map((c) => c.id));
  const actIds = [...new Set(frames.flatMap((f) => f.act))].filter((id) => lexicon.has(id));
  if (actIds.length === 0) return undefined;
  // The patient must be found (frames.ts matchAt): by a word of its classes, or "it"/"them" after one.
  const needsPatient = (f: Frame) => f.claim !== 'blocked' && !!f.patient?.length;
  return {
    actWords: `\\b(?:un)?(?:${[...firstWords(ruleSet, actIds)].sort().join('|')})`,
    test: (text, loose) => {
      const p = present(text);
      return frames.some((f) => f.act.some((id) => p.has(id)) && (loose || !needsPatient(f) || (f.patient ?? []).some((id) => p.has(id))));
    },
  };
}
