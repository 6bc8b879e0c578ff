/**
 * The rule set's lexicon compiled for matching: which word classes a token
 * starts (by lemma, by surface form, or by the verb its noun derives from),
 * and the verbs the tagger should know. (Which sentences can hold a frame at
 * all, by their raw text: word-prefilter.ts.)
 */
import type { Token } from '../prose/nlp.js';
import type { LexiconClass, RuleSet } from './types.js';

export interface CompiledClass {
  id: string;
  actor: boolean;
  /** Single-word entries. */
  single: Set<string>;
  /** Single words that count only in some parts of speech ("secret:adj"). */
  tagged: Map<string, Set<string>>;
  /** Multi-word entries, as word lists. */
  multi: string[][];
  /** The first words of the multi-word entries (most tokens start none). */
  multiFirst: Set<string>;
  unless: Set<string>;
  with: Set<string>;
  /** Objects the word needs right after it, as word lists ("memory module"). */
  objects: string[][];
}

export interface CompiledLexicon {
  classes: Map<string, CompiledClass>;
  /** Noun or adjective → the verb it derives from. */
  derivations: Record<string, string>;
  /** Single-word verbs of frame acts, for the tagger. */
  verbs: Set<string>;
  /** The ids of the actor classes (who acts: host, guest, hardware ...). */
  actors: string[];
  /** The ids of every class. */
  ids: string[];
  /** Word → the classes an entry of which it may start (single words, tagged words, phrases' first words). */
  starts: Map<string, string[]>;
}

/** keysOf's answers per lexicon (derivations table) and token: every class lookup asks again. */
const keyMemo = new WeakMap<Record<string, string>, WeakMap<Token, string[]>>();

/** Words a token stands for: its lemma, its surface form, and the verbs they derive from. */
export function keysOf(t: Token, derivations: Record<string, string>): string[] {
  let memo = keyMemo.get(derivations);
  if (!memo) keyMemo.set(derivations, (memo = new WeakMap()));
  let keys = memo.get(t);
  if (keys) return keys;
  keys = [t.lemma, t.lower];
  for (const k of [t.lemma, t.lower]) {
    const d = derivations[k];
    if (d) keys.push(d);
  }
  memo.set(t, keys);
  return keys;
}

export function compileLexicon(ruleSet: RuleSet): CompiledLexicon {
  const classes = new Map<string, CompiledClass>();
  for (const c of ruleSet.lexicon) classes.set(c.id, compileClass(c));
  const verbs = new Set<string>();
  const acts = new Set(ruleSet.properties.flatMap((p) => p.frames.flatMap((f) => f.act)));
  for (const id of acts) for (const w of classes.get(id)?.single ?? []) verbs.add(w);
  for (const v of Object.values(ruleSet.derivations)) if (!v.includes(' ')) verbs.add(v);
  // A word a class names as a verb ('release:verb') is one the tagger's corrections should know.
  for (const c of ruleSet.lexicon) for (const w of c.words) if (/^[a-z]+:verb$/.test(w)) verbs.add(w.slice(0, -5));
  const starts = new Map<string, string[]>();
  for (const c of classes.values()) {
    for (const w of new Set([...c.single, ...c.tagged.keys(), ...c.multiFirst])) starts.set(w, [...(starts.get(w) ?? []), c.id]);
  }
  return { classes, derivations: ruleSet.derivations, verbs, actors: ruleSet.lexicon.filter((c) => c.actor).map((c) => c.id), ids: [...classes.keys()], starts };
}

const candidateMemo = new WeakMap<CompiledLexicon, WeakMap<Token, Set<string>>>();
const NONE: Set<string> = new Set();

/**
 * The classes an entry of which may start at the token, by its words (classAt decides): the
 * frames ask of every token for each class, and most tokens start none.
 */
function candidates(lex: CompiledLexicon, t: Token): Set<string> {
  let memo = candidateMemo.get(lex);
  if (!memo) candidateMemo.set(lex, (memo = new WeakMap()));
  let out = memo.get(t);
  if (out) return out;
  const words = [...keysOf(t, lex.derivations)];
  // "unencrypted": the bare word, or the verb it derives from (classAt).
  if (/^un./.test(t.lower)) {
    const bare = t.lower.slice(2);
    words.push(bare, lex.derivations[bare] ?? '');
  }
  const ids = words.flatMap((w) => lex.starts.get(w) ?? []);
  out = ids.length ? new Set(ids) : NONE;
  memo.set(t, out);
  return out;
}

const startsMemo = new WeakMap<CompiledLexicon, WeakMap<Token[], Map<string, number[]>>>();

/** Per class, the tokens of a clause at which an entry of it may start (classAt decides), once per clause. */
export function startsIn(lex: CompiledLexicon, tokens: Token[]): Map<string, number[]> {
  let memo = startsMemo.get(lex);
  if (!memo) startsMemo.set(lex, (memo = new WeakMap()));
  let out = memo.get(tokens);
  if (out) return out;
  out = new Map();
  for (let i = 0; i < tokens.length; i++) {
    for (const id of candidates(lex, tokens[i] as Token)) {
      const at = out.get(id);
      if (at) at.push(i);
      else out.set(id, [i]);
    }
  }
  memo.set(tokens, out);
  return out;
}

function compileClass(c: LexiconClass): CompiledClass {
  const tagged = new Map<string, Set<string>>();
  for (const w of c.words) {
    const [word, pos] = w.split(':') as [string, string | undefined];
    if (pos) tagged.set(word, (tagged.get(word) ?? new Set()).add(pos.toUpperCase()));
  }
  return {
    id: c.id, actor: c.actor, tagged,
    single: new Set(c.words.filter((w) => !w.includes(' ') && !w.includes(':'))),
    multi: c.words.filter((w) => w.includes(' ')).map((w) => w.split(' ')),
    multiFirst: new Set(c.words.filter((w) => w.includes(' ')).map((w) => w.split(' ')[0] as string)),
    unless: new Set(c.unless), with: new Set(c.with), objects: c.objects.map((w) => w.split(' ')),
  };
}

/**
 * The length in tokens of the class entry that starts at token `i`, or 0. Hyphens and
 * possessive marks inside a phrase are skipped ("integrity-protected", "guest's").
 */
export function classAt(cls: CompiledClass, tokens: Token[], i: number, lex: CompiledLexicon): number {
  const t = tokens[i];
  if (!t || t.pos === 'PUNCT' || !candidates(lex, t).has(cls.id)) return 0;
  const derivations = lex.derivations;
  const keys = keysOf(t, derivations);
  if (keys.some((k) => cls.single.has(k))) return 1;
  if (cls.tagged.size && keys.some((k) => cls.tagged.get(k)?.has(t.pos))) return 1;
  // "unencrypted", "unprotected": the act, negated (frames read the prefix).
  if (/^un./.test(t.lower)) {
    const bare = t.lower.slice(2);
    if (cls.single.has(bare) || cls.single.has(derivations[bare] ?? '')) return 1;
  }
  if (!keys.some((k) => cls.multiFirst.has(k))) return 0;
  for (const phrase of cls.multi) {
    let j = i;
    let ok = true;
    for (let w = 0; w < phrase.length; w++) {
      const word = phrase[w] as string;
      while (j < tokens.length && j > i && (tokens[j] as Token).text === '-') j++;
      // A particle may come after the object ("roll the memory back"): the act is then the verb alone.
      if (w === phrase.length - 1 && w > 0 && PARTICLES.has(word)) {
        let k = j;
        while (k < tokens.length && k < j + 6 && (tokens[k] as Token).lower !== word && (tokens[k] as Token).pos !== 'VERB' && (tokens[k] as Token).text !== ',') k++;
        if (tokens[k]?.lower === word) return 1;
      }
      const tj = tokens[j];
      if (!tj || !keysOf(tj, derivations).includes(word)) { ok = false; break; }
      j++;
    }
    if (ok) return j - i;
  }
  return 0;
}

const PARTICLES = new Set(['back', 'out', 'off', 'over', 'up', 'down', 'in']);
