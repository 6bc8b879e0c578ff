/**
 * Property claims recognised by meaning (rules' `frames`): in a tagged
 * sentence, an act of the frame's classes on a patient of its classes, by an
 * agent of its classes when the sentence names one, and the polarity that
 * makes the claim. Roles come from word order and noun groups (prose/phrases):
 * the object after an active verb, the subject before a passive one or before
 * a copula, "of/to/with ..." after a nominalisation, "by ..." for the agent.
 *
 * Polarity (DESIGN §2): for a `blocked` frame the claim is positive when the
 * act is negated ("cannot modify", "has no way to alter", "can neither read
 * nor write") or detected or prevented ("tampering is detected", "the RMP
 * blocks remapping"), and negative when an attacker is said to be able to do
 * it or to do it unnoticed; for an `asserted` frame it is positive unless the
 * act is negated. A negation governs the first verb after it, and what a
 * support verb (provide, have, ensure ...) takes as its object: "need not
 * talk to the untrusted host" does not deny an untrusted host.
 */
import type { Token } from '../prose/nlp.js';
import { clauseIndex, groupIndex, nounGroups, type NounGroup } from '../prose/phrases.js';
import type { Clause } from '../scope/clauses.js';
import { classAt, type CompiledClass, type CompiledLexicon, keysOf } from './lexicon.js';
import type { Frame } from './types.js';

export interface FrameMatch {
  frame: Frame;
  /** Sentence offsets of the act's words. */
  start: number;
  end: number;
  polarity: 'positive' | 'negative';
  /** The act's first token. */
  act: number;
}

export interface TaggedSentence {
  tokens: Token[];
  groups: NounGroup[];
  groupAt: Int32Array;
  clauseAt: Int32Array;
}

export function tagged(tokens: Token[], clauses: Clause[]): TaggedSentence {
  const groups = nounGroups(tokens);
  // The text-level clause split cuts at every "that"; a determiner ("that guest's memory") does not open a clause.
  const kept = clauses.filter((c, k) => {
    if (k === 0) return true;
    const first = tokens.find((t) => t.start >= c.start && t.pos !== 'PUNCT');
    return !(first && first.lower === 'that' && first.pos === 'DET');
  });
  const merged = kept.map((c, k) => ({ start: c.start, end: (kept[k + 1]?.start ?? clauses[clauses.length - 1]?.end ?? c.end) }));
  return { tokens, groups, groupAt: groupIndex(tokens, groups), clauseAt: clauseIndex(tokens, merged) };
}

/** English grammar, not domain knowledge: negation cues, verbs that carry a property as their object, modals of ability. */
const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'none', 'nothing', 'nobody', 'unable', 'incapable', 'impossible', 'lack', 'beyond', 'cannot', 'lose', 'outside']);
const NEGATION_AFTER = new Set(['impossible', 'forbidden', 'prohibited', 'disallowed', 'infeasible', 'absent', 'missing', 'unavailable', 'unsupported', 'lacking']);
const PERMISSION = new Set(['possible', 'allowed', 'permitted', 'feasible']);
const SUPPORT = new Set([
  'provide', 'offer', 'have', 'give', 'guarantee', 'ensure', 'maintain', 'preserve', 'keep', 'enforce', 'implement', 'support',
  'add', 'include', 'deliver', 'achieve', 'retain', 'gain', 'enjoy', 'bring', 'get', 'obtain', 'receive', 'promise', 'assure',
  'protect', 'lack', 'need', 'require', 'rely', 'use', 'allow', 'let', 'enable', 'make', 'be', 'way', 'mean', 'ability', 'attempt',
  'leave', 'come', 'remain', 'stay', 'go', 'consider', 'treat', 'regard', 'deem', 'view', 'assume', 'adopt', 'see',
]);
const ABILITY = new Set(['can', 'could', 'may', 'might', 'able', 'free', 'allowed', 'capable', 'ability', 'permitted']);
/** Modals of possibility: what they govern is not claimed ("would allow", "might add"). */
const POSSIBILITY = new Set(['would', 'might']);
const BE = new Set(['be', 'get', 'become', 'remain', 'stay']);
const LINKS = new Set(['of', 'to', 'with', 'on', 'into', 'against', 'in', 'for', 'from', 'over', 'at']);
const BOUNDARY_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'whenever', 'because', 'since', 'so', 'unless', 'while', 'whereas', 'although', 'though']);
const WINDOW = 10;
/** Nouns that name the act itself: "replay attacks", "tampering attempts". */
const ATTACK_HEADS = new Set(['attack', 'attempt', 'threat', 'exploit', 'operation', 'access']);

const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
const isContentVerb = (t: Token | undefined) => !!t && t.pos === 'VERB';

interface Ctx {
  s: TaggedSentence;
  lex: CompiledLexicon;
  /** Memoised: the class entries that start at each token. */
  memo: Map<string, Uint8Array>;
}

function spans(ctx: Ctx, id: string): Uint8Array {
  let m = ctx.memo.get(id);
  if (m) return m;
  const cls = ctx.lex.classes.get(id);
  m = new Uint8Array(ctx.s.tokens.length);
  if (cls) for (let i = 0; i < m.length; i++) m[i] = Math.min(255, classAt(cls, ctx.s.tokens, i, ctx.lex.derivations));
  ctx.memo.set(id, m);
  return m;
}

/** Does any token in [from, to) start an entry of one of the classes (respecting their unless/with words)? */
function holds(ctx: Ctx, ids: string[], from: number, to: number): boolean {
  for (const id of ids) {
    const m = spans(ctx, id);
    const cls = ctx.lex.classes.get(id) as CompiledClass;
    for (let i = Math.max(0, from); i < Math.min(to, m.length); i++) if (m[i] && fits(ctx, cls, i)) return true;
  }
  return false;
}

/** A class's unless/with words, looked up in the noun group (and "of" chain) around token i. */
function fits(ctx: Ctx, cls: CompiledClass, i: number): boolean {
  if (cls.unless.size === 0 && cls.with.size === 0) return true;
  const [from, to] = phraseAround(ctx, i);
  const words = new Set<string>();
  for (let k = from; k < to; k++) for (const key of keysOf(ctx.s.tokens[k] as Token, ctx.lex.derivations)) words.add(key);
  if ([...cls.unless].some((w) => words.has(w))) return false;
  return cls.with.size === 0 || [...cls.with].some((w) => words.has(w));
}

/** The noun group around token i, with the groups it is chained to by "of" and by hyphens. */
function phraseAround(ctx: Ctx, i: number): [number, number] {
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

function clauseRange(ctx: Ctx, i: number): [number, number] {
  const c = ctx.s.clauseAt[i];
  let from = i;
  let to = i;
  while (from > 0 && ctx.s.clauseAt[from - 1] === c) from--;
  while (to < ctx.s.tokens.length && ctx.s.clauseAt[to] === c) to++;
  return [from, to];
}

/** The verb group before token i: skips adverbs, negations, auxiliaries and coordinated verbs back to a "be". */
function passiveAt(ctx: Ctx, i: number, from: number): number {
  const t = ctx.s.tokens[i] as Token;
  if (t.lower === t.lemma || t.lower.endsWith('ing') || /[^s]s$/.test(t.lower)) return -1;
  for (let k = i - 1; k >= from; k--) {
    const p = ctx.s.tokens[k] as Token;
    if (BE.has(p.lemma) && isVerb(p)) return k;
    if (p.pos === 'ADV' || p.pos === 'PART' || p.pos === 'CCONJ' || p.text === ',' || NEGATION.has(p.lower) || isContentVerb(p) || (p.pos === 'AUX' && !BE.has(p.lemma))) continue;
    return -1;
  }
  return -1;
}

/** The subject span of the verb at i: from the clause start (after a relative word) to the verb group. */
function subjectSpan(ctx: Ctx, i: number, from: number): [number, number] {
  let start = from;
  for (let k = from; k < i; k++) if (BOUNDARY_WORDS.has((ctx.s.tokens[k] as Token).lower)) start = k + 1;
  return [start, i];
}

/** Where an active verb's objects are: after it, up to the next verb that is not coordinated with it. */
function objectSpan(ctx: Ctx, end: number, to: number): [number, number] {
  const { tokens } = ctx.s;
  let k = end;
  for (; k < to && k < end + 14; k++) {
    const t = tokens[k] as Token;
    if (BOUNDARY_WORDS.has(t.lower) && t.pos !== 'DET') break;
    const reducedRelative = /(?:ed|en)$/.test(t.lower) && (ctx.s.groupAt[k - 1] ?? -1) >= 0;
    if (isContentVerb(t) && k > end && (ctx.s.groupAt[k] ?? -1) < 0 && !reducedRelative) {
      const prev = tokens[k - 1] as Token;
      const coordinated = prev.pos === 'CCONJ' || prev.text === ',' || prev.lower === 'to' || prev.lower === 'nor';
      if (!coordinated && !SUPPORT.has(t.lemma)) break;
    }
  }
  return [end, k];
}

/**
 * The phrases after a nominal act linked to it by "of", "to", "with" ... ("modification of guest
 * memory"), past nouns coordinated with the act ("confidentiality and integrity of ...") and
 * over phrases coordinated with the first ("of memory and registers").
 */
function linkedSpan(ctx: Ctx, end: number, to: number): [number, number] {
  const { tokens, groupAt, groups } = ctx.s;
  let k = end;
  const skip = () => { while (k < to && (tokens[k] as Token).pos === 'ADV') k++; };
  skip();
  // "confidentiality and integrity of": past the coordinated nouns.
  for (let n = 0; n < 3 && k + 1 < to && ((tokens[k] as Token).pos === 'CCONJ' || (tokens[k] as Token).text === ',') && (groupAt[k + 1] ?? -1) >= 0; n++) {
    k = (groups[groupAt[k + 1] as number] as NounGroup).end;
    skip();
  }
  if (k >= to || !LINKS.has((tokens[k] as Token).lower) || (groupAt[k + 1] ?? -1) < 0) return [end, end];
  const [from, first] = phraseAround(ctx, k + 1);
  let until = first;
  // "of memory and registers": the phrases coordinated with it.
  while (until + 1 < to && ((tokens[until] as Token).pos === 'CCONJ' || (tokens[until] as Token).text === ',') && (groupAt[until + 1] ?? -1) >= 0) {
    until = phraseAround(ctx, until + 1)[1];
  }
  return [from, until];
}

/** Verbs that, like a copula, say what their subject (or passive subject) is: "is considered hostile". */
const COPULAR = new Set(['be', 'become', 'remain', 'stay', 'seem', 'appear', 'consider', 'deem', 'regard', 'treat', 'assume', 'view', 'presume', 'place', 'keep', 'leave', 'count']);

/** The copula before token i in its clause ("registers are out of reach", "the host is considered hostile"), or -1. */
function copulaBefore(ctx: Ctx, i: number, from: number): number {
  for (let k = i - 1; k >= from; k--) {
    const t = ctx.s.tokens[k] as Token;
    if (BE.has(t.lemma) && isVerb(t)) return k;
    if (isContentVerb(t)) return COPULAR.has(t.lemma) ? (passiveAt(ctx, k, from) >= 0 ? passiveAt(ctx, k, from) : k) : -1;
  }
  return -1;
}

/**
 * Does the negation cue at `cue` govern the act at `act`? It does when the act is the first
 * verb after the cue, or sits in the object of a support verb the cue governs, or in the noun
 * group the cue opens ("no modification", "without integrity protection").
 */
function governs(ctx: Ctx, cue: number, act: number, detectorsTakeIt = true): boolean {
  const { tokens } = ctx.s;
  if (act - cue > WINDOW) return false;
  const detect = detectorsTakeIt && ctx.lex.classes.has('detect') ? spans(ctx, 'detect') : undefined;
  for (let k = cue + 1; k < act; k++) {
    const t = tokens[k] as Token;
    if (BOUNDARY_WORDS.has(t.lower) && t.pos !== 'DET') return false;
    // "lack any protection against the host modifying ...": the cue denies the protection.
    if (detect?.[k]) return false;
    if (!isContentVerb(t)) continue;
    const prev = tokens[k - 1] as Token;
    const coordinated = prev.pos === 'CCONJ' || prev.text === ',' || prev.lower === 'nor' || prev.lower === 'or';
    if (SUPPORT.has(t.lemma) || coordinated) continue;
    return false;
  }
  return true;
}

/** Cues that negate only the phrase they open ("without any help from the host, ..."): no comma may follow before the act. */
const PHRASE_CUES = new Set(['without', 'no', 'none', 'nothing', 'nobody', 'lack', 'beyond', 'outside']);

function negatedAt(ctx: Ctx, act: number, from: number): boolean {
  const { tokens } = ctx.s;
  for (let k = act - 1; k >= from && act - k <= WINDOW; k--) {
    const t = tokens[k] as Token;
    const cue = NEGATION.has(t.lower) || NEGATION.has(t.lemma) || (t.lemma === 'fail' && tokens[k + 1]?.lower === 'to') || (t.lower === 'out' && tokens[k + 1]?.lower === 'of');
    if (!cue) continue;
    if ((PHRASE_CUES.has(t.lower) || PHRASE_CUES.has(t.lemma)) && tokens.slice(k + 1, act).some((x) => x.text === ',')) continue;
    if (governs(ctx, k, act)) return true;
  }
  return false;
}

/**
 * "... is impossible", "... is not allowed", "... is not part of ..." after a nominal act or a
 * passive subject: the predicate denies it. A denied detection ("is not detected") is not a
 * denial of the act; detection() reads it.
 */
function negatedAfter(ctx: Ctx, end: number, to: number): boolean {
  const { tokens } = ctx.s;
  const detect = ctx.lex.classes.has('detect') ? spans(ctx, 'detect') : undefined;
  // The act's own predicate: the first verb after it (past the phrases linked to it).
  let k = end;
  while (k < to && !isVerb(tokens[k]) && !NEGATION_AFTER.has((tokens[k] as Token).lower)) {
    if (BOUNDARY_WORDS.has((tokens[k] as Token).lower) && (tokens[k] as Token).pos !== 'DET') return false;
    k++;
  }
  if (k >= to || k > end + WINDOW) return false;
  if (NEGATION_AFTER.has((tokens[k] as Token).lower)) return true;
  if (!(tokens[k] as Token).pos.startsWith('AUX') && !BE.has((tokens[k] as Token).lemma)) return false;
  let n = k + 1;
  while (n < to && (tokens[n] as Token).pos === 'ADV' && !NEGATION.has((tokens[n] as Token).lower) && (tokens[n] as Token).lower !== 'no') n++;
  const cue = tokens[n];
  if (!cue) return false;
  if (NEGATION_AFTER.has(cue.lower)) return true;
  if (cue.lower === 'not' || cue.lower === "n't" || cue.lower === 'never' || (cue.lower === 'no' && tokens[n + 1]?.lower === 'longer')) {
    const next = cue.lower === 'no' ? n + 2 : n + 1;
    return !detect?.[next] && tokens[next]?.lower !== 'only';
  }
  return false;
}

/**
 * A detection or prevention of the act ("is detected", "the RMP blocks", "protects ... from"), and
 * whether that is itself negated ("goes undetected", "is not detected").
 */
function detection(ctx: Ctx, start: number, end: number, from: number, to: number): { found: boolean; negated: boolean; before: number } {
  const detect = ctx.lex.classes.has('detect') ? spans(ctx, 'detect') : undefined;
  const undetected = ctx.lex.classes.has('undetected') ? spans(ctx, 'undetected') : undefined;
  for (let k = end; k < to && k < end + 14; k++) {
    if (undetected?.[k]) return { found: true, negated: !negatedAt(ctx, k, from), before: -1 };
    if (detect?.[k]) return { found: true, negated: negatedAt(ctx, k, from) || negatedAfter(ctx, k + 1, to), before: -1 };
    if (BOUNDARY_WORDS.has((ctx.s.tokens[k] as Token).lower) && (ctx.s.tokens[k] as Token).pos !== 'DET') break;
  }
  // "When the VMM replays a page, the guest's next access faults": the condition's consequence.
  if (/^(?:when|whenever|if|once)$/.test(ctx.s.tokens[from]?.lower ?? '') || /^(?:when|whenever|if|once)$/.test(ctx.s.tokens[0]?.lower ?? '')) {
    const next = clauseRange(ctx, Math.min(to, ctx.s.tokens.length - 1));
    if (next[0] >= to) {
      for (let k = next[0]; k < next[1]; k++) if (detect?.[k]) return { found: true, negated: negatedAt(ctx, k, next[0]), before: -1 };
    }
  }
  for (let k = start - 1; k >= from && start - k <= 14; k--) {
    if (undetected?.[k]) return { found: true, negated: !negatedAt(ctx, k, from), before: -1 };
    if (detect?.[k] && (governs(ctx, k, start, false) || acrossCondition(ctx, k, start))) return { found: true, negated: negatedAt(ctx, k, from), before: k };
  }
  return { found: false, negated: false, before: -1 };
}

/** "notices when the host modifies ...": a detector whose object is a condition holding the act. */
function acrossCondition(ctx: Ctx, detector: number, act: number): boolean {
  const { tokens } = ctx.s;
  const k = tokens.slice(detector + 1, act).findIndex((t) => /^(?:when|whenever|if)$/.test(t.lower));
  return k >= 0 && k <= 3;
}

/** "can", "is able to", "is free to" before the act, with nothing negating it. */
function ability(ctx: Ctx, act: number, from: number): boolean {
  for (let k = act - 1; k >= from && act - k <= WINDOW; k--) {
    const t = ctx.s.tokens[k] as Token;
    if (ABILITY.has(t.lower) || ABILITY.has(t.lemma)) return governs(ctx, k, act);
  }
  return false;
}

/** A modal of the given set governing the act. */
function modalAt(ctx: Ctx, act: number, from: number, modals: Set<string>): boolean {
  for (let k = act - 1; k >= from && act - k <= WINDOW; k--) {
    if (modals.has((ctx.s.tokens[k] as Token).lower)) return governs(ctx, k, act);
  }
  return false;
}

interface Roles {
  patient: [number, number][];
  agent: [number, number][];
}

function rolesOf(ctx: Ctx, start: number, end: number, from: number, to: number): Roles {
  const { tokens } = ctx.s;
  const t = tokens[start] as Token;
  const roles: Roles = { patient: [], agent: [] };
  const byAfter = (a: number): [number, number] | undefined => {
    for (let k = a; k < to && k < a + 10; k++) {
      if ((tokens[k] as Token).lower === 'by') return phraseAround(ctx, k + 1);
      if (BOUNDARY_WORDS.has((tokens[k] as Token).lower)) break;
    }
    return undefined;
  };
  // A gerund naming the act ("Register tampering by the VMM is blocked"): the noun before it is
  // what it acts on, "by ..." who acts, and it may also take an object ("remapping guest pages").
  if (isVerb(t) && t.lower.endsWith('ing') && (ctx.s.groupAt[start - 1] ?? -1) >= 0 && !BE.has(tokens[start - 1]?.lemma ?? '')) {
    roles.patient.push(phraseAround(ctx, start - 1), objectSpan(ctx, end, to));
    const by = byAfter(end);
    if (by) roles.agent.push(by);
    return roles;
  }
  if (isVerb(t)) {
    let aux = passiveAt(ctx, start, from);
    // A participle right after a noun group is a reduced passive: "memory encrypted by default".
    if (aux < 0 && t.lower !== t.lemma && /(?:ed|en)$/.test(t.lower) && (ctx.s.groupAt[start - 1] ?? -1) >= 0) aux = start;
    // "kept encrypted", "left unencrypted": the act completes a copular verb.
    if (aux < 0) {
      let c = start - 1;
      while (c >= from && (tokens[c] as Token).pos === 'ADV') c--;
      if (c >= from && COPULAR.has((tokens[c] as Token).lemma) && isVerb(tokens[c])) aux = passiveAt(ctx, c, from) >= 0 ? passiveAt(ctx, c, from) : c;
    }
    if (aux >= 0) {
      roles.patient.push(subjectSpan(ctx, aux, from));
      const by = byAfter(end);
      if (by) roles.agent.push(by);
      // A relative clause: "pages, which cannot be remapped" takes the phrase before it.
      if (from > 0) roles.patient.push(phraseAround(ctx, from - 1));
    } else {
      roles.patient.push(objectSpan(ctx, end, to));
      const [sFrom, sTo] = subjectSpan(ctx, start, from);
      roles.agent.push([sFrom, sTo]);
      const relative = from > 0 && /^(?:which|that|who)$/.test((tokens[from] as Token).lower);
      // "a guest under pKVM, which owns its devices": with no subject of its own, the relative
      // clause's verb has the phrase before it as its agent; with one, that phrase is its object.
      if (relative) {
        let a = from - 1;
        while (a > 0 && (tokens[a] as Token).text === ',') a--;
        let b = a;
        while (b > 0 && !isVerb(tokens[b - 1]) && (tokens[b - 1] as Token).text !== ',') b--;
        const before: [number, number] = [b, a + 1];
        if (holdsAny(ctx, sFrom, sTo)) roles.patient.push(before); else roles.agent.push(before);
      }
    }
    return roles;
  }
  // A noun or an adjective: its own noun group ("memory tampering", "encrypted memory"),
  // what a preposition links to it, and, after a copula, the subject.
  const [gFrom, gTo] = phraseAround(ctx, start);
  const groupEnd = ctx.s.groupAt[start] !== undefined && (ctx.s.groupAt[start] as number) >= 0 ? (ctx.s.groups[ctx.s.groupAt[start] as number] as NounGroup).end : end;
  roles.patient.push([gFrom, start], [end, gTo], linkedSpan(ctx, Math.max(end, groupEnd), to));
  // "treat the host as an adversary", "regard the VMM as hostile": the object before "as".
  if (gFrom > 0 && (tokens[gFrom - 1] as Token).lower === 'as') {
    let v = gFrom - 2;
    while (v >= from && !isVerb(tokens[v])) v--;
    if (v >= from) roles.patient.push(passiveAt(ctx, v, from) >= 0 ? subjectSpan(ctx, v, from) : [v + 1, gFrom - 1]);
  }
  // An adverb ("acts maliciously"): the subject of the verb it modifies.
  if (t.pos === 'ADV') {
    let v = start - 1;
    while (v >= from && !isVerb(tokens[v])) v--;
    if (v >= from) roles.patient.push(subjectSpan(ctx, v, from));
  }
  roles.agent.push([gFrom, start]);
  const by = byAfter(end);
  if (by) roles.agent.push(by);
  // "any write the host makes to ...": a noun group right after the act and before a verb.
  const next = ctx.s.groupAt[end] ?? -1;
  if (next >= 0) {
    const g = ctx.s.groups[next] as NounGroup;
    if (isContentVerb(tokens[g.end])) { roles.agent.push([g.start, g.end]); roles.patient.push(objectSpan(ctx, g.end + 1, to)); }
  }
  const cop = copulaBefore(ctx, start, from);
  if (cop >= 0) {
    roles.patient.push(subjectSpan(ctx, cop, from));
    // "keeps its registers out of the VMM's reach": the object between the verb and the act.
    if (isContentVerb(tokens[cop])) roles.patient.push([cop + 1, start]);
  }
  // A nominal subject of the clause's verb: "Modification of pages triggers a fault".
  return roles;
}

/**
 * A nominal act that modifies a plural noun of no class of the frame is part of a name for
 * something else: "the memory encryption schemes differ", "the measurement registers".
 */
function modifiesOtherNoun(ctx: Ctx, frame: Frame, start: number, end: number): boolean {
  const { tokens } = ctx.s;
  const head = tokens[end];
  if (!head || (tokens[start] as Token).pos !== 'NOUN' || head.pos !== 'NOUN' || (ctx.s.groupAt[end] ?? -1) !== (ctx.s.groupAt[start] ?? -2)) return false;
  if (!/s$/.test(head.lower) || head.lower === head.lemma || ATTACK_HEADS.has(head.lemma)) return false;
  const own = [...frame.act, ...(frame.patient ?? []), 'detect'];
  return !own.some((id) => spans(ctx, id)[end]);
}

/** Does the span hold a noun group at all? */
function holdsAny(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((ctx.s.groupAt[k] ?? -1) >= 0 && (ctx.s.tokens[k] as Token).pos !== 'DET') return true;
  return false;
}

function anyHolds(ctx: Ctx, ids: string[], ranges: [number, number][]): boolean {
  return ranges.some(([a, b]) => holds(ctx, ids, a, b));
}

/** Actor classes other than the frame's agents that the agent phrases name: the act is someone else's. */
function otherActor(ctx: Ctx, frame: Frame, ranges: [number, number][]): boolean {
  const others = [...ctx.lex.classes.values()].filter((c) => c.actor && !frame.agent?.includes(c.id)).map((c) => c.id);
  return anyHolds(ctx, others, ranges) && !anyHolds(ctx, frame.agent ?? [], ranges);
}

function matchAt(ctx: Ctx, frame: Frame, start: number, end: number): FrameMatch | undefined {
  const [from, to] = clauseRange(ctx, start);
  // What the frame requires may be anywhere in the sentence ("even when the attacker has physical access, ...").
  if (frame.requires && !holds(ctx, frame.requires, 0, ctx.s.tokens.length)) return undefined;
  if (frame.excludes && holds(ctx, frame.excludes, 0, ctx.s.tokens.length)) return undefined;
  if (modifiesOtherNoun(ctx, frame, start, end)) return undefined;
  const roles = rolesOf(ctx, start, end, from, to);
  const patientFound = !frame.patient || anyHolds(ctx, frame.patient, roles.patient);
  if (!patientFound && frame.claim === 'asserted') return undefined;
  if (frame.agent && otherActor(ctx, frame, roles.agent)) return undefined;
  const tokens = ctx.s.tokens;
  if (modalAt(ctx, start, from, POSSIBILITY) || (frame.claim === 'asserted' && modalAt(ctx, start, from, new Set(['could'])))) return undefined;
  if (pastTense(ctx, start, end, from, to)) return undefined;
  const objectDenied = isVerb(tokens[start]) && /^(?:no|none|neither)$/.test(tokens[end]?.lower ?? '');
  const unPrefixed = /^un/.test((tokens[start] as Token).lower) && !frame.act.some((id) => (ctx.lex.classes.get(id) as CompiledClass).single.has((tokens[start] as Token).lemma));
  const nominalHead = (tokens[start] as Token).pos === 'NOUN' || ((tokens[start] as Token).pos === 'VERB' && (tokens[start] as Token).lower.endsWith('ing') && !BE.has(tokens[start - 1]?.lemma ?? ''));
  const negated = objectDenied || unPrefixed || negatedAt(ctx, start, from) || ((nominalHead || passiveAt(ctx, start, from) >= 0) && negatedAfter(ctx, end, to));
  const out = (polarity: FrameMatch['polarity']): FrameMatch => ({
    frame, polarity, act: start, start: (tokens[start] as Token).start, end: (tokens[end - 1] as Token).end,
  });
  if (frame.claim === 'asserted') return out(negated ? 'negative' : 'positive');
  if (frame.claim === 'denied') return out(negated ? 'positive' : 'negative');
  if (negated) return patientFound ? out('positive') : undefined;
  const det = detection(ctx, start, end, from, to);
  // "guards guest memory against tampering": what the detection guards is the patient.
  if (!patientFound && !(det.before >= 0 && frame.patient && holds(ctx, frame.patient, det.before + 1, start))) return undefined;
  const attacker = !!frame.agent && anyHolds(ctx, frame.agent, roles.agent);
  if (det.found) return det.negated ? (attacker || roles.agent.every(([a, b]) => a >= b) ? out('negative') : undefined) : out('positive');
  if (ability(ctx, start, from) && (attacker || (passiveAt(ctx, start, from) >= 0 && !!frame.agent && holds(ctx, frame.agent, 0, tokens.length)))) return out('negative');
  // Stated as done by an attacker ("the register state is exposed to the host", "registers
  // readable by the hypervisor"): the property is denied.
  if (attacker && statedAsDone(ctx, start, from) && !holds(ctx, ['detect'], 0, tokens.length)) return out('negative');
  return undefined;
}

/** The act as a present fact: a finite or passive verb, or an adjective of ability ("readable"). */
function statedAsDone(ctx: Ctx, start: number, from: number): boolean {
  const t = ctx.s.tokens[start] as Token;
  if (t.pos === 'ADJ') return /(?:able|ible)$/.test(t.lower);
  if (!isVerb(t) || t.lower.endsWith('ing') || ctx.s.tokens[start - 1]?.lower === 'to') return false;
  return passiveAt(ctx, start, from) >= 0 || t.lower !== t.lemma;
}

/**
 * History, not a property: the act's own verb is in the past tense ("was not part of", "the host
 * could read memory before SEV-ES" is read by modality), or an auxiliary in the past governs it.
 */
function pastTense(ctx: Ctx, start: number, end: number, from: number, to: number): boolean {
  const { tokens } = ctx.s;
  const past = (t: Token | undefined) => !!t && (/^(?:was|were|had|did|didn't|wasn't|weren't|hadn't)$/.test(t.lower) || t.lower === 'used' && tokens[tokens.indexOf(t) + 1]?.lower === 'to');
  const t = tokens[start] as Token;
  if (isVerb(t)) {
    for (let k = start - 1; k >= from && start - k <= 6; k--) {
      const p = tokens[k] as Token;
      if (past(p)) return true;
      if (!(p.pos === 'AUX' || p.pos === 'ADV' || p.pos === 'PART' || NEGATION.has(p.lower))) break;
    }
    return false;
  }
  // A nominal act: the clause's verb after it ("Memory encryption was not part of ...").
  for (let k = end; k < to && k < end + 8; k++) {
    const n = tokens[k] as Token;
    if (isVerb(n)) return past(n);
  }
  return false;
}

/** The first match of any of the frames in the sentence, or undefined. */
export function matchFrames(s: TaggedSentence, frames: Frame[], lex: CompiledLexicon): FrameMatch | undefined {
  const ctx: Ctx = { s, lex, memo: new Map() };
  let best: FrameMatch | undefined;
  for (const frame of frames) {
    for (const id of frame.act) {
      const m = spans(ctx, id);
      for (let i = 0; i < m.length; i++) {
        if (!m[i] || (best && (s.tokens[i] as Token).start >= best.start)) continue;
        const found = matchAt(ctx, frame, i, i + (m[i] as number));
        if (found) { best = found; break; }
      }
    }
  }
  return best;
}
