/**
 * What the frame matcher works on (rules/frames.ts): a clause of a tagged
 * sentence with its noun groups, the word classes found in it, and the
 * grammar words the roles and polarity are read with.
 */
import type { Token } from '../prose/nlp.js';
import type { NounGroup } from '../prose/phrases.js';
import { classAt, type CompiledClass, type CompiledLexicon, keysOf, startsIn } from './lexicon.js';

/** Tokens with their noun groups: a whole sentence, or one of its clauses. */
export interface Chunked {
  tokens: Token[];
  groups: NounGroup[];
  groupAt: Int32Array;
}

/** A clause: its tokens (a relative clause's start with the phrase it qualifies, up to `relAt`). */
export interface ClauseView extends Chunked {
  /** The relative pronoun ("which", "that", "who") when the clause starts with its antecedent; else -1. */
  relAt: number;
  /** Tokens of technology names (set on the whole sentence only). */
  names?: Set<Token>;
  /** Path components and words of capitalised names (set on the whole sentence only). */
  inert?: Set<Token>;
  /** Words the document only writes capitalised: its products' names (set on the whole sentence only). */
  properNames?: Set<string>;
}

export interface Ctx {
  /** The clause being read. */
  s: ClauseView;
  /** The sentence names a CoCo technology or umbrella (an attack claim needs that, or a named attacker). */
  coco: boolean;
  /** The whole sentence: what a frame requires or excludes may be anywhere in it. */
  full: Ctx | undefined;
  /** The clause after this one (a condition's consequence). */
  following: () => Ctx | undefined;
  /** This clause and the clauses embedded in it. */
  related: () => Ctx[];
  lex: CompiledLexicon;
  /** Memoised: the class entries that start at each token. */
  memo: Map<string, Uint8Array>;
  /** Words of the heading the sentence stands under: context, never acts or roles. */
  heading?: Set<string>;
  /** Abbreviations the document defines, as their long form's tokens: "AS" is read as "Attestation Service". */
  expanded?: Map<Token, Token[]>;
}

/** English grammar, not domain knowledge: negation cues, verbs that carry a property as their object, modals of ability. */
/** English grammar, not domain knowledge: negation cues, verbs that carry a property as their object, modals of ability. */
export const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'none', 'nothing', 'nobody', 'unable', 'incapable', 'impossible', 'lack', 'beyond', 'cannot', 'lose', 'outside']);
export const NEGATION_AFTER = new Set(['impossible', 'forbidden', 'prohibited', 'disallowed', 'infeasible', 'absent', 'missing', 'unavailable', 'unsupported', 'lacking']);
export const PERMISSION = new Set(['possible', 'allowed', 'permitted', 'feasible']);
export const SUPPORT = new Set([
  'provide', 'offer', 'have', 'give', 'guarantee', 'ensure', 'maintain', 'preserve', 'keep', 'enforce', 'implement', 'support',
  'add', 'include', 'deliver', 'achieve', 'retain', 'gain', 'enjoy', 'bring', 'get', 'obtain', 'receive', 'promise', 'assure', 'claim', 'check',
  'protect', 'lack', 'need', 'require', 'rely', 'use', 'allow', 'let', 'enable', 'make', 'be', 'way', 'mean', 'ability', 'attempt',
  'leave', 'come', 'remain', 'stay', 'go', 'consider', 'treat', 'regard', 'deem', 'view', 'assume', 'adopt', 'see', 'take', 'try',
  // "is not designed to stop", "does not aim to prevent": the purpose denied is the act's.
  'design', 'intend', 'aim',
  // "is not part of the trusted computing base" (the tagger may take "part" for a verb).
  'part',
]);
export const ABILITY = new Set(['can', 'could', 'may', 'might', 'able', 'free', 'allowed', 'capable', 'ability', 'permitted']);
/** Modals of possibility: what they govern is not claimed ("would allow", "might add"). */
export const POSSIBILITY = new Set(['would', 'might']);
export const BE = new Set(['be', 'get', 'become', 'remain', 'stay']);
export const LINKS = new Set(['of', 'to', 'with', 'on', 'into', 'against', 'in', 'for', 'from', 'over', 'at']);
export const BOUNDARY_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'whenever', 'because', 'since', 'so', 'unless', 'while', 'whereas', 'although', 'though']);
export const WINDOW = 10;
/** Nouns that name the act itself: "replay attacks", "tampering attempts". */
export const ATTACK_HEADS = new Set(['attack', 'attempt', 'threat', 'exploit', 'operation', 'access']);
/**
 * Nouns that make a compound the name of a topic, not a state of things: "the memory encryption
 * complexity", "integrity-checking overhead" talk about the property without claiming it.
 */
export const TOPIC_HEADS = new Set(['complexity', 'overhead', 'cost', 'detail', 'code', 'logic', 'machinery', 'plumbing',
  'intricacy', 'nuance', 'performance', 'penalty', 'latency', 'boilerplate',
  // "returns an attestation result": what a verifier concludes (RATS), not the act's claim
  'result', 'outcome']);

/** Verbs the grammar above reads (the tagger is told them, with the lexicon's acts). */
export const GRAMMAR_VERBS = ['regard', 'consider', 'treat', 'deem', 'view', 'assume', 'keep', 'leave', 'give', 'provide', 'offer',
  'guarantee', 'ensure', 'preserve', 'maintain', 'enforce', 'lack', 'need', 'rely', 'allow', 'let', 'enable', 'remain', 'stay', 'claim', 'promise', 'deliver', 'support'];

export const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
export const isContentVerb = (t: Token | undefined) => !!t && t.pos === 'VERB';

export function spans(ctx: Ctx, id: string): Uint8Array {
  let m = ctx.memo.get(id);
  if (m) return m;
  const cls = ctx.lex.classes.get(id);
  m = new Uint8Array(ctx.s.tokens.length);
  // Only where an entry may start (most tokens start none of the class's).
  if (cls) for (const i of startsIn(ctx.lex, ctx.s.tokens).get(id) ?? []) m[i] = Math.min(255, classAt(cls, ctx.s.tokens, i, ctx.lex));
  if (cls && ctx.expanded) {
    for (let i = 0; i < m.length; i++) {
      const long = ctx.expanded.get(ctx.s.tokens[i] as Token);
      if (long && !m[i] && headOf(cls, long, ctx.lex)) m[i] = 1;
    }
  }
  ctx.memo.set(id, m);
  return m;
}

/** A class entry that ends at a long form's last word (its head): "Attestation Service" is a verifier, "Attestation Agent" no attestation. */
function headOf(cls: CompiledClass, long: Token[], lex: CompiledLexicon): boolean {
  for (let k = long.length - 1; k >= 0; k--) if (k + classAt(cls, long, k, lex) === long.length) return true;
  return false;
}

/** Does any token in [from, to) start an entry of one of the classes (respecting their unless/with words)? */
/** Does any word class of the lexicon hold the token (by lemma, form or derivation)? */
export function inLexicon(ctx: Ctx, t: Token): boolean {
  const keys = keysOf(t, ctx.lex.derivations);
  for (const c of ctx.lex.classes.values()) if (keys.some((k) => c.single.has(k))) return true;
  return false;
}

export function holds(ctx: Ctx, ids: string[], from: number, to: number): boolean {
  for (const id of ids) {
    const m = spans(ctx, id);
    const cls = ctx.lex.classes.get(id) as CompiledClass;
    for (let i = Math.max(0, from); i < Math.min(to, m.length); i++) if (m[i] && fits(ctx, cls, i)) return true;
  }
  return false;
}

/**
 * Context words ("launch", "physical") in the sentence, in its heading, or spelled inside an identifier: KVM_SEV_LAUNCH_UPDATE_DATA
 * is a launch command, though the identifier is one proper noun and never an act or a role.
 */
export function holdsInContext(ctx: Ctx, ids: string[]): boolean {
  if (holds(ctx, ids, 0, ctx.s.tokens.length) && !(ids.length === 1 && ids[0] === 'launch' && onlyAfterLaunch(ctx))) return true;
  // The heading the sentence stands under is read with it ("KVM_SEV_LAUNCH_UPDATE_DATA", "Boot-time measurement").
  // A class whose words need an object ("tamper" with the hardware) counts there only with one of its objects.
  const heading = ctx.heading ?? new Set<string>();
  const inHeading = (id: string) => {
    const cls = ctx.lex.classes.get(id);
    if (!cls || ![...heading].some((w) => cls.single.has(w))) return false;
    return cls.objects.length === 0 || cls.objects.some((o) => o.every((w) => heading.has(w)));
  };
  if (ids.some(inHeading)) return true;
  for (const t of ctx.s.tokens) {
    if (!t.text.includes('_')) continue;
    const parts = t.lower.split('_');
    if (ids.some((id) => parts.some((p) => ctx.lex.classes.get(id)?.single.has(p)))) return true;
  }
  return false;
}

/** Are the sentence's launch words all "after" ones ("at any point after boot", "once booted"): run time, not launch? */
function onlyAfterLaunch(ctx: Ctx): boolean {
  const { tokens } = ctx.s;
  const launch = spans(ctx, 'launch');
  let any = false;
  for (let k = 0; k < tokens.length; k++) {
    if (!launch[k]) continue;
    any = true;
    const before = tokens[k - 1]?.lower;
    if (!(before === 'after' || before === 'once' || (before === 'since' && tokens[k - 2]?.lower !== 'ever'))) return false;
  }
  return any;
}

/** A class's unless/with words, looked up in the noun group (and "of" chain) around token i. */
function fits(ctx: Ctx, cls: CompiledClass, i: number): boolean {
  if (cls.objects.length && !hasObject(ctx, cls.objects, i)) return false;
  if (cls.unless.size === 0 && cls.with.size === 0) return true;
  const [from, to] = phraseAround(ctx, i);
  const words = new Set<string>();
  for (let k = from; k < to; k++) for (const key of keysOf(ctx.s.tokens[k] as Token, ctx.lex.derivations)) words.add(key);
  // A reduced relative after the phrase qualifies it too: "memory made accessible to the host".
  for (let k = to; k < to + 3 && k < ctx.s.tokens.length; k++) {
    const t = ctx.s.tokens[k] as Token;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.lower)) || t.pos === 'PUNCT') break;
    for (const key of keysOf(t, ctx.lex.derivations)) words.add(key);
  }
  if ([...cls.unless].some((w) => words.has(w))) return false;
  // "memory" needs to say whose, unless the sentence is about confidential guests anyway.
  return cls.with.size === 0 || ctx.coco || [...cls.with].some((w) => words.has(w));
}

/**
 * One of the objects in the few words after token i, before the next verb or punctuation
 * ("holding the hardware", "carries the server away", "tampering with the memory modules").
 */
function hasObject(ctx: Ctx, objects: string[][], i: number): boolean {
  const keys: string[][] = [];
  for (let k = i + 1; k < i + 6 && k < ctx.s.tokens.length; k++) {
    const t = ctx.s.tokens[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'SCONJ') break;
    keys.push(keysOf(t, ctx.lex.derivations));
  }
  return objects.some((o) => keys.some((_, at) => o.every((w, j) => keys[at + j]?.includes(w))));
}

/** The noun group around token i, with the groups it is chained to by "of" and by hyphens. */
export function phraseAround(ctx: Ctx, i: number): [number, number] {
  const { groups, groupAt, tokens } = ctx.s;
  const g = groupAt[i] ?? -1;
  if (g < 0) return [i, i + 1];
  let k = g;
  let from = (groups[k] as NounGroup).start;
  let to = (groups[k] as NounGroup).end;
  while (k + 1 < groups.length && (groups[k + 1] as NounGroup).start === to + 1 && (tokens[to] as Token).lower === 'of') { k++; to = (groups[k] as NounGroup).end; }
  k = g;
  while (k > 0 && (groups[k - 1] as NounGroup).end === from - 1 && (tokens[from - 1] as Token).lower === 'of') { k--; from = (groups[k] as NounGroup).start; }
  return [from, to];
}

