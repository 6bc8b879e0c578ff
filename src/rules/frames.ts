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
import { clauseLists, groupIndex, nounGroups } from '../prose/phrases.js';
import type { CompiledClass, CompiledLexicon } from './lexicon.js';
import type { Frame } from './types.js';
import { BE, holds, holdsInContext, isVerb, POSSIBILITY, spans, TOPIC_HEADS, type Chunked, type ClauseView, type Ctx } from './frame-context.js';
import { unasserted } from './frame-asserted.js';
import { anyHolds, modifiesOtherNoun, otherActor, passiveAt, patientHolds, rolesOf, subjectSpan } from './frame-roles.js';
import { ability, detection, modalAt, limitAfter, negatedAfter, negatedAt, pastTense, statedAsDone } from './frame-polarity.js';

export interface FrameMatch {
  frame: Frame;
  /** Sentence offsets of the act's words. */
  start: number;
  end: number;
  polarity: 'positive' | 'negative';
}

/** A tagged sentence, chunked, and split into clauses (prose/phrases.ts clauseLists). */
export interface TaggedSentence extends Chunked {
  clauses: ClauseView[];
  /** Tokens inside a technology's name ("Trust Domain Extensions", "Secure Encrypted Virtualization"): never an act. */
  names: Set<Token>;
  /** Words that are never an act: parts of a path ("/dev/attestation") or of a capitalised name ("Microsoft Azure Attestation"). */
  inert: Set<Token>;
  /** Words the document only writes capitalised (its products' names, check.ts documentProperNames). */
  properNames?: Set<string>;
  /** The document's abbreviations in the sentence, as their long form's tokens. */
  expanded?: Map<Token, Token[]>;
  /** Class spans per clause (and for the whole sentence), shared by every property's frames. */
  memos: Map<object, Map<string, Uint8Array>>;
}

function chunk(tokens: Token[]): Chunked {
  const groups = nounGroups(tokens);
  return { tokens, groups, groupAt: groupIndex(tokens, groups) };
}

const CAPITALISED = /^[A-Z][a-z]/;
/** Path components and the words of a capitalised multi-word name (see TaggedSentence.inert). */
function inertWords(tokens: Token[]): Set<Token> {
  const out = new Set<Token>();
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
    if ((prev?.text === '/' && glued(prev, t)) || (next?.text === '/' && glued(t, next))) out.add(t);
    // A run of capitalised words, not all of it the sentence's first word: "Microsoft Azure Attestation".
    const cap = (x: Token | undefined) => !!x && CAPITALISED.test(x.text);
    // The sentence's first word is capitalised anyway ("The Hypervisor"): it joins a run only as its head.
    if (cap(t) && k > 0 && ((k > 1 && cap(prev)) || cap(next))) out.add(t);
    if (cap(t) && k === 0 && cap(next) && cap(tokens[k + 2])) out.add(t);
  });
  return out;
}

/**
 * tagged(), once per sentence for a lexicon: the tagger hands out the same tokens for the same
 * sentence text (prose/nlp.ts keeps the recent ones), so a process that lints again (the
 * resident server, the editor after a keystroke) reuses the chunks, clauses and class spans of
 * every sentence it has read before. Keyed by the tokens, where the technology names stand and
 * which of the document's proper names the sentence holds: all that the result depends on.
 */
const taggedMemo = new WeakMap<CompiledLexicon, WeakMap<Token[], Map<string, TaggedSentence>>>();

export function taggedOnce(lex: CompiledLexicon, tokens: Token[], nameRanges: { start: number; end: number }[], properNames?: Set<string>, longForms?: Map<string, Token[]>): TaggedSentence {
  const own = properNames && new Set(tokens.map((t) => t.lower).filter((w) => properNames.has(w)));
  // Not the abbreviation in its own definition's bracket, "Attestation Service (AS)": a label, no second noun.
  const expanded = longForms?.size ? new Map(tokens.flatMap((t, i) => { const l = longForms.get(t.text); return l && tokens[i - 1]?.text !== '(' ? [[t, l] as [Token, Token[]]] : []; })) : undefined;
  const key = `${nameRanges.map((r) => `${r.start}:${r.end}`).join(',')}|${own ? [...own].sort().join(',') : '-'}|${expanded?.size ? [...longForms?.keys() ?? []].filter((a) => tokens.some((t) => t.text === a)).map((a) => `${a}=${(longForms?.get(a) ?? []).map((t) => t.lower).join(' ')}`).join(',') : ''}`;
  let byTokens = taggedMemo.get(lex);
  if (!byTokens) taggedMemo.set(lex, (byTokens = new WeakMap()));
  let byKey = byTokens.get(tokens);
  if (!byKey) byTokens.set(tokens, (byKey = new Map()));
  let t = byKey.get(key);
  if (!t) byKey.set(key, (t = { ...tagged(tokens, nameRanges, own), expanded: expanded?.size ? expanded : undefined }));
  return t;
}

export function tagged(tokens: Token[], nameRanges: { start: number; end: number }[] = [], properNames?: Set<string>): TaggedSentence {
  const clauses = clauseLists(tokens).map((list): ClauseView => {
    const view = list.tokens.map((i) => tokens[i] as Token);
    // A relative clause's list starts with its antecedent, then the relative word.
    return { ...chunk(view), relAt: list.antecedent > 0 ? list.antecedent : -1 };
  });
  const names = new Set(tokens.filter((t) => nameRanges.some((r) => t.start >= r.start && t.end <= r.end)));
  return { ...chunk(tokens), clauses, names, inert: inertWords(tokens), properNames, memos: new Map() };
}

/** People described by what they have: "someone with access ...". */
const HOLDERS = /^(?:someone|anyone|anybody|somebody|everyone|attackers?|adversar(?:y|ies)|persons?|people|insiders?|part(?:y|ies)|one|intruders?|technicians?|administrators?|admins?|operators?)$/;

function matchAt(ctx: Ctx, frame: Frame, start: number, end: number): FrameMatch | undefined {
  const from = 0;
  const to = ctx.s.tokens.length;
  // What the frame requires may be anywhere in the sentence ("even when the attacker has physical access, ...").
  if (frame.requires && !holdsInContext(ctx.full ?? ctx, frame.requires)) return undefined;
  // ... and what it excludes, in the clause or a clause embedded in it, but not in one that only
  // describes a participant ("the host that launched it" says nothing of launch-time reports).
  if (frame.excludes && ctx.related().some((c) => !describesActor(c, ctx) && holdsInContext(c, frame.excludes as string[]))) return undefined;
  if (modifiesOtherNoun(ctx, frame, start, end)) return undefined;
  const roles = rolesOf(ctx, start, end, from, to);
  const patientFound = !frame.patient || patientHolds(ctx, frame.patient, roles.patient) || pronounPatient(ctx, frame.patient, roles.patient);
  if (!patientFound && frame.claim !== 'blocked') return undefined;
  // A frame that needs its agent named also takes the one the act goes to ("the firmware returns a report to the guest").
  const toAgent = !!frame.agentNamed && toTheAgent(ctx, frame.agent ?? [], end);
  if (frame.agent && !toAgent && otherActor(ctx, frame, roles.agent)) return undefined;
  if (frame.agentNamed && !toAgent && !anyHolds(ctx, frame.agent ?? [], roles.agent)) return undefined;
  if (frame.agentNot && anyHolds(ctx, frame.agentNot, roles.agent)) return undefined;
  const tokens = ctx.s.tokens;
  if (modalAt(ctx, start, from, POSSIBILITY) || (frame.claim === 'asserted' && modalAt(ctx, start, from, new Set(['could'])) && !assumed(ctx))) return undefined;
  if (pastTense(ctx, start, end, from, to)) return undefined;
  if (unasserted(ctx, start)) return undefined;
  const objectDenied = isVerb(tokens[start]) && /^(?:no|none|neither|nothing|nobody)$/.test(tokens[end]?.lower ?? '');
  const unPrefixed = /^un/.test((tokens[start] as Token).lower) && !frame.act.some((id) => (ctx.lex.classes.get(id) as CompiledClass).single.has((tokens[start] as Token).lemma));
  const nominalHead = (tokens[start] as Token).pos === 'NOUN' || ((tokens[start] as Token).pos === 'VERB' && (tokens[start] as Token).lower.endsWith('ing') && !BE.has(tokens[start - 1]?.lemma ?? ''));
  // "guest memory that is unencrypted": a restrictive relative clause that only describes its
  // antecedent's state picks out which memory; it asserts nothing of the guest's memory as a whole.
  if (ctx.s.relAt > 0 && start > ctx.s.relAt && restrictiveState(ctx, start)) return undefined;
  // The word before the act and its adjectives ("with physical access", "against physical replay").
  let pp = start - 1;
  while (pp > 0 && (tokens[pp] as Token).pos === 'ADJ') pp--;
  // "(the replay of ciphertext) by someone with access to the memory bus": what another act's agent
  // has, not an act of its own. ("shielded from anyone with physical access" guards against it.)
  if (nominalHead && tokens[pp]?.lower === 'with' && HOLDERS.test(tokens[pp - 1]?.lower ?? '') && tokens[pp - 2]?.lower === 'by') return undefined;
  // "upgrades the VMM without interrupting the guest": how something is done, not an attack it cannot make.
  if (frame.claim === 'blocked' && tokens[start - 1]?.lower === 'without' && /ing$/.test((tokens[start] as Token).lower)) return undefined;
  // A modifier inside its noun group ("guest-requested attestation is absent"): the group's predicate decides.
  const g = ctx.s.groupAt[start] ?? -1;
  // "handle the memory encryption complexity": a compound that names a topic claims nothing.
  if (g >= 0 && (tokens[start] as Token).pos === 'NOUN') {
    const groupLast = tokens[(ctx.s.groups[g] as { end: number }).end - 1] as Token;
    if (groupLast !== tokens[end - 1] && TOPIC_HEADS.has(groupLast.lemma)) return undefined;
  }
  const groupEnd = g >= 0 && !nominalHead && (tokens[start] as Token).pos !== 'PROPN' ? (ctx.s.groups[g] as { end: number }).end : -1;
  // Not when the group is a preposition's object: in "replies from the untrusted hypervisor
  // cannot be used as evidence", the denial is of the replies.
  const inPhrase = g >= 0 && tokens[(ctx.s.groups[g] as { start: number }).start - 1]?.pos === 'ADP';
  const modifierDenied = groupEnd > end && !inPhrase && negatedAfter(ctx, groupEnd, to);
  // "any attempt by the host to intercept its traffic is refused": an infinitive that completes a
  // noun is denied with that noun's predicate.
  const nounComplement = isVerb(tokens[start]) && tokens[start - 1]?.lower === 'to' && tokens[start - 2]?.pos === 'NOUN';
  // "no replay protection", "lacks tamper detection": the act modifies a detector; a negation
  // before them denies the detector (detection() reads it), not the act.
  // (The tagger may take the modifier for a verb: "has replay/VERB protection".)
  const modifier = nominalHead || ((tokens[start] as Token).lower === (tokens[start] as Token).lemma && !/^(?:to|can|cannot|not|will|must|may|might|could|would|should)$/.test(tokens[start - 1]?.lower ?? ''));
  const detects = frame.claim === 'blocked' && ctx.lex.classes.has('detect') ? spans(ctx, 'detect') : undefined;
  // So is an act that a detector noun takes as its object: "protection against replay ... is not offered".
  const detectorObject = !!detects && nominalHead && /^(?:against|from)$/.test(tokens[pp]?.lower ?? '')
    && (detects[pp - 1] ?? 0) > 0 && tokens[pp - 1]?.pos === 'NOUN';
  const detectorHead = detectorObject || (!!detects && modifier && end === start + 1 && tokens[end]?.pos === 'NOUN' && (detects[end] ?? 0) > 0);
  const negated = objectDenied || unPrefixed || (!detectorHead && (negatedAt(ctx, start, from, frame.claim !== 'asserted') || ((nominalHead || nounComplement) && negatedAfter(ctx, end, to)))) || modifierDenied || proFormDenied(ctx);
  // "The attestation process cannot help to mitigate this threat" says what the act does not
  // achieve, not whether the scope has it (issue 11: a denial must not be read into it).
  if (nominalHead && !negated && limitAfter(ctx, end, to)) return undefined;
  // "does not adopt the threat model in which the host is treated as malicious": a relative
  // clause on the object of a denied verb asserts nothing.
  if (ctx.s.relAt > 0 && start > ctx.s.relAt && ctx.full && antecedentDenied(ctx.full, ctx.s.tokens[0] as Token) && !exceptive(ctx)) return undefined;
  // The words that make the claim: the act, with a negation just before it ("cannot modify")
  // and the words hyphenated to it ("integrity-protected").
  let first = start;
  // (Not a possessive's "'s", which the tagger also calls a particle.)
  while (first > 0 && start - first < 3 && (((tokens[first - 1] as Token).pos === 'PART' && !/^['’]/.test((tokens[first - 1] as Token).text)) || /^(?:can|cannot|could|never|no|not)$/.test((tokens[first - 1] as Token).lower))) first--;
  if (first < start && !negated) first = start;
  // The role named just before them ("host cannot modify", "host is untrusted"): it says whose act.
  let j = first;
  while (j > 0 && j > first - 4 && (/^(?:AUX|ADV)$/.test((tokens[j - 1] as Token).pos) || BE.has((tokens[j - 1] as Token).lemma) || /^(?:not|never|cannot)$/.test((tokens[j - 1] as Token).lower))) j--;
  const named = (ids: string[] | undefined, ranges: [number, number][]) => !!ids && ranges.some(([a, b]) => a < j && j <= b && holds(ctx, ids, j - 1, j));
  if (j > 0 && (named(frame.agent, roles.agent) || named(frame.patient, roles.patient)) && /^(?:NOUN|PROPN)$/.test((tokens[j - 1] as Token).pos)) first = j - 1;
  let last = end;
  while ((tokens[last] as Token | undefined)?.text === '-' && tokens[last + 1] && (tokens[last] as Token).start === (tokens[last - 1] as Token).end) last += 2;
  const out = (polarity: FrameMatch['polarity']): FrameMatch => ({
    frame, polarity, start: (tokens[first] as Token).start, end: (tokens[last - 1] as Token).end,
  });
  // An attack claim needs an attacker or a confidential-computing word in its sentence:
  // "if one of the interrupts could not be injected" protects nothing.
  if (frame.claim === 'blocked' && !ctx.coco && !frame.requires && !(frame.agent && holds(ctx.full ?? ctx, frame.agent, 0, (ctx.full ?? ctx).s.tokens.length))) return undefined;
  // "The CPUID page contents are not measured": a frame with no patient denies the property only
  // of what it is about (the guest, a technology, the lexicon's things), not of some other thing.
  if (frame.claim === 'asserted' && negated && !frame.patient && subjectNamesOtherThing(ctx, roles.patient, start)) return undefined;
  // "Gramine does not provide ... the attestation quote", "MAA is the attestation protocol": a
  // product or an interface is the holder, not the technologies of the scope.
  if (frame.claim !== 'blocked' && productSubject(ctx, start)) return undefined;
  // "it is not possible to attest a guest from the host itself": what the host cannot do, not a
  // denial of the property (which has no agent of its own).
  // So is "the hypervisor does not protect the integrity of guest memory": the host as the subject.
  if (frame.claim === 'asserted' && negated && !frame.agent && (byTheHost(ctx, end) || hostSubject(ctx, start))) return undefined;
  // "trust must be put in the platform's integrity": what one must trust is assumed, not claimed.
  if (frame.claim === 'asserted' && trustedObject(ctx, start)) return undefined;
  if (frame.claim === 'asserted') return out(negated ? 'negative' : 'positive');
  if (frame.claim === 'denied') {
    // "plaintext exposure of guest memory is prevented" claims what plaintext would deny.
    const det = negated ? undefined : detection(ctx, start, end, from, to);
    return out(negated || (det?.found && !det.negated) ? 'positive' : 'negative');
  }
  if (negated) return patientFound ? out('positive') : undefined;
  const det = detection(ctx, start, end, from, to);
  // "guards guest memory against tampering": what the detection guards is the patient.
  // "guest memory is protected from tampering": what a passive detection guards is its subject.
  const guarded = det.before >= 0 && !!frame.patient && (holds(ctx, frame.patient, det.before + 1, start) || passiveSubjectHolds(ctx, frame.patient, det.before, from));
  if (!patientFound && !guarded) return undefined;
  const attacker = !!frame.agent && anyHolds(ctx, frame.agent, roles.agent);
  if (det.found) return det.negated ? (attacker || roles.agent.every(([a, b]) => a >= b) ? out('negative') : undefined) : out('positive');
  if (ability(ctx, start, from) && (attacker || (passiveAt(ctx, start, from) >= 0 && !!frame.agent && holds(ctx.full ?? ctx, frame.agent, 0, (ctx.full ?? ctx).s.tokens.length)))) return out('negative');
  // Stated as done by an attacker ("the register state is exposed to the host", "registers
  // readable by the hypervisor"): the property is denied.
  if (attacker && statedAsDone(ctx, start, from) && !holds(ctx.full ?? ctx, ['detect'], 0, (ctx.full ?? ctx).s.tokens.length)) return out('negative');
  return undefined;
}

/** A relative clause, other than the one read, whose antecedent is an actor ("the host that launched it"). */
function describesActor(c: Ctx, reading: Ctx): boolean {
  if (c === reading || c.s.relAt <= 0) return false;
  return holds(c, c.lex.actors, 0, c.s.relAt);
}

function restrictiveState(ctx: Ctx, start: number): boolean {
  const { tokens, relAt } = ctx.s;
  const rel = tokens[relAt] as Token;
  if (rel.lower !== 'that') return false;
  const full = ctx.full?.s.tokens ?? tokens;
  const at = full.indexOf(rel);
  if (at > 0 && (full[at - 1] as Token).text === ',') return false;
  for (let k = relAt + 1; k < start; k++) {
    const t = tokens[k] as Token;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || BE.has(t.lemma))) return false;
  }
  return start > relAt + 1;
}

/** The phrases before the act name a thing, and none of them is one the lexicon or a technology's name knows. */
function subjectNamesOtherThing(ctx: Ctx, patient: [number, number][], act: number): boolean {
  const before = patient.filter(([a, b]) => a < act && b <= act);
  return before.some(([a, b]) => namesThing(ctx, a, b)) && !before.some(([a, b]) => holdsClass(ctx, a, b));
}

/**
 * The subject before the act's predicate (or at the clause's start) is a named product, project or
 * interface: a capitalised name, a path or a literal that no technology, umbrella or lexicon class names.
 */
function productSubject(clause: Ctx, clauseAct: number): boolean {
  // Read in the whole sentence: a clause list may start at the predicate.
  const ctx = clause.full ?? clause;
  const { tokens } = ctx.s;
  const act = tokens.indexOf(clause.s.tokens[clauseAct] as Token);
  const subjectBefore = (verb: number): [number, number] => {
    let a = verb;
    while (a > 0 && /^(?:AUX|PART|ADV)$/.test((tokens[a - 1] as Token).pos)) a--;
    const end = a;
    while (a > 0 && (/^(?:NOUN|PROPN|DET|ADJ|NUM|SYM)$/.test((tokens[a - 1] as Token).pos) || /^[-/()`]+$/.test((tokens[a - 1] as Token).text))) a--;
    return [a, end];
  };
  const candidates: [number, number][] = [];
  for (let k = act; k >= 0; k--) if (isVerb(tokens[k]) || (tokens[k] as Token).pos === 'AUX') { candidates.push(subjectBefore(k)); break; }
  // The main clause's subject: the first verb of the sentence, or the first after an
  // introductory clause ("As can be seen above, the ``/dev/x`` interface provides ...").
  const firstVerbFrom = (k0: number) => tokens.findIndex((t, k) => k >= k0 && (isVerb(t) || t.pos === 'AUX'));
  const first = firstVerbFrom(0);
  if (first > 0 && first < act) candidates.push(subjectBefore(first));
  for (let c = first + 1; c >= 1 && c < act; c++) {
    if ((tokens[c] as Token).text !== ',') continue;
    const v = firstVerbFrom(c + 1);
    if (v > c + 1 && v <= act) candidates.push(subjectBefore(v));
  }
  return candidates.some(([a, b]) => {
    if (b <= a) return false;
    let named = false;
    for (let k = a; k < b; k++) {
      const t = tokens[k] as Token;
      if (ctx.s.names?.has(t)) return false;
      // A literal masked out of the prose (``/dev/attestation``) leaves a gap: it names the thing.
      if (k > a && t.start - (tokens[k - 1] as Token).end >= 3) named = true;
      // A lexicon word is no product's name ("the Ultravisor"), unless inside a longer name ("Microsoft Azure Attestation").
      if (ctx.s.inert?.has(t) && !t.text.includes('/')) { named = true; continue; }
      if (holdsClass(ctx, k, k + 1)) return false;
      if (ctx.s.properNames?.has(t.lower) || (t.pos === 'PROPN' && CAPITALISED.test(t.text))) named = true;
    }
    return named;
  });
}

/** "handed to the guest", "returns a report to the VM": the one it goes to, just after the act. */
function toTheAgent(ctx: Ctx, ids: string[], end: number): boolean {
  const { tokens } = ctx.s;
  for (let k = end; k < tokens.length && k < end + 6; k++) {
    const t = tokens[k] as Token;
    // Within the act's own phrase: "releases secrets to the guest" after it is another act.
    if (/^[,;:]$/.test(t.text) || isVerb(t) || t.pos === 'AUX' || t.pos === 'SCONJ') return false;
    if (t.lower === 'to') return holds(ctx, ids, k + 1, Math.min(tokens.length, k + 3));
  }
  return false;
}

/** "from the hypervisor host", "by the VMM" just after the act. */
/** The detector at `k` is passive ("is protected from") and its subject is of the classes. */
function passiveSubjectHolds(ctx: Ctx, classes: string[], k: number, from: number): boolean {
  const aux = passiveAt(ctx, k, from);
  if (aux < 0) return false;
  const [a, b] = subjectSpan(ctx, aux, from);
  return a < b && holds(ctx, classes, a, b);
}

/** The clause's subject, before its first verb (which comes before the act), is the host: "the hypervisor does not protect ...". */
function hostSubject(ctx: Ctx, start: number): boolean {
  const { tokens } = ctx.s;
  if (!ctx.lex.classes.has('host')) return false;
  const verb = tokens.findIndex((t, k) => k < start && (t.pos === 'AUX' || t.pos === 'VERB'));
  // The subject's head: the last word of the clause's first noun group ("guests of the hypervisor" are guests).
  const subject = ctx.s.groups[0];
  if (verb <= 0 || !subject || subject.end > verb) return false;
  const head = subject.end - 1;
  const host = spans(ctx, 'host');
  for (let k = Math.max(0, head - 3); k <= head; k++) if (host[k] && k + (host[k] as number) > head) return true;
  return false;
}

function byTheHost(ctx: Ctx, end: number): boolean {
  const { tokens } = ctx.s;
  if (!ctx.lex.classes.has('host')) return false;
  for (let k = end; k < tokens.length && k < end + 6; k++) {
    if (/^(?:from|by)$/.test((tokens[k] as Token).lower)) return holds(ctx, ['host'], k + 1, Math.min(tokens.length, k + 4));
  }
  return false;
}

/** The act is what someone must trust ("trust ... in the cloud platform's integrity"); relying on it ("relies on encryption") presupposes it instead. */
function trustedObject(ctx: Ctx, start: number): boolean {
  const { tokens } = ctx.s;
  let prep = false;
  for (let k = start - 1; k >= 0 && k >= start - 14; k--) {
    const t = tokens[k] as Token;
    if (/^[,;:]$/.test(t.text)) return false;
    // The act must be inside the object of "in": "trust in a guest is established via attestation" is not.
    if (!prep && (isVerb(t) || t.pos === 'AUX')) return false;
    if (/^(?:in|on|upon)$/.test(t.lower)) prep = true;
    if (prep && /^(?:trust|faith|confidence)$/.test(t.lemma)) return true;
  }
  return false;
}

/** Does [a, b) hold a noun (not only a pronoun, whose referent is unknown)? */
function namesThing(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (/^(?:NOUN|PROPN)$/.test(ctx.s.tokens[k]?.pos ?? '') && (ctx.s.groupAt[k] ?? -1) >= 0) return true;
  return false;
}

/** Does a technology's name or any lexicon class start a token in [a, b)? */
function holdsClass(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ((ctx.full ?? ctx).s.names?.has(ctx.s.tokens[k] as Token)) return true;
  return holds(ctx, ctx.lex.ids, a, b);
}

/**
 * "The hypervisor, which freely chooses which interrupts to deliver, cannot do so for a
 * confidential guest": an embedded clause's act is taken up by "do so" after it, and denied with it.
 */
function proFormDenied(ctx: Ctx): boolean {
  if (ctx.s.relAt <= 0 || !ctx.full) return false;
  const full = ctx.full.s.tokens;
  const last = full.indexOf(ctx.s.tokens[ctx.s.tokens.length - 1] as Token);
  for (let k = last + 1; k + 1 < full.length; k++) {
    if ((full[k] as Token).lemma === 'do' && /^(?:so|that)$/.test((full[k + 1] as Token).lower)) return negatedAt(ctx.full, k, last + 1);
  }
  return false;
}

/**
 * "once a page has been accepted, no hypervisor can corrupt it": a pronoun object stands for a
 * phrase earlier in the sentence; the patient is found there.
 */
function pronounPatient(ctx: Ctx, ids: string[], ranges: [number, number][]): boolean {
  const full = ctx.full ?? ctx;
  for (const [a, b] of ranges) {
    const t = ctx.s.tokens[a];
    if (!t || !/^(?:it|them)$/.test(t.lower) || ctx.s.tokens.slice(a + 1, b).some((x) => x.pos !== 'PUNCT' && x.pos !== 'ADP')) continue;
    const at = full.s.tokens.indexOf(t);
    if (at > 0 && holds(full, ids, 0, at)) return true;
  }
  return false;
}

/** Words that take a that-clause as what is assumed: a possibility there is the assumption itself. */
const ASSUME = new Set(['assume', 'assumption', 'premise', 'presume', 'presumption', 'suppose', 'posit', 'expect', 'expectation']);

/** "built on the premise that the hypervisor could be malicious": the clause is what is assumed. */
function assumed(ctx: Ctx): boolean {
  const that = ctx.s.relAt > 0 ? ctx.s.tokens[ctx.s.relAt] : ctx.s.tokens[0];
  if (!that || that.lower !== 'that' || !ctx.full) return false;
  const full = ctx.full.s.tokens;
  let k = full.indexOf(that) - 1;
  while (k >= 0 && /^(?:ADV|PUNCT)$/.test((full[k] as Token).pos)) k--;
  return k >= 0 && ASSUME.has((full[k] as Token).lemma);
}

/**
 * "cannot reach hardware except through devices that the host emulates": after an exception the
 * relative clause is what the denial leaves in place, and asserted.
 */
function exceptive(ctx: Ctx): boolean {
  const ts = ctx.s.tokens.slice(0, ctx.s.relAt);
  return ts.some((t, i) => t.lower === 'except' || t.lower === 'excepting' || t.lower === 'save'
    || (t.lower === 'other' && ts[i + 1]?.lower === 'than') || (t.lower === 'apart' && ts[i + 1]?.lower === 'from'));
}

/** Is the verb before the phrase that starts with `first` negated (in the whole sentence)? */
function antecedentDenied(full: Ctx, first: Token): boolean {
  const tokens = full.s.tokens;
  let v = tokens.indexOf(first) - 1;
  while (v >= 0 && !isVerb(tokens[v])) v--;
  // "not protected against a host that replays ...": a denied protection is read by detection().
  if (v >= 0 && full.lex.classes.has('detect') && spans(full, 'detect')[v]) return false;
  return v >= 0 && negatedAt(full, v, 0);
}

/** The first match of any of the frames in the sentence (by position), or undefined. */
export function matchFrames(s: TaggedSentence, frames: Frame[], lex: CompiledLexicon, coco: boolean, heading?: Set<string>): FrameMatch | undefined {
  const memo = (key: object) => {
    let m = s.memos.get(key);
    if (!m) s.memos.set(key, (m = new Map()));
    return m;
  };
  const expanded = s.expanded;
  const full: Ctx = { s: { ...s, relAt: -1 }, coco, full: undefined, following: () => undefined, related: () => [full], lex, memo: memo(s), heading, expanded };
  const embedded = (v: ClauseView) => v.relAt >= 0 || v.tokens[0]?.text === '(' || v.tokens[0]?.text === '—';
  // An embedded clause sits between the first and the last token of the clause it qualifies.
  const within = (v: ClauseView, host: ClauseView) => {
    const at = v.tokens[v.relAt >= 0 ? v.relAt : 0]?.start ?? -1;
    return at > (host.tokens[0]?.start ?? 0) && at <= (host.tokens[host.tokens.length - 1]?.start ?? 0) + 1 || at === (host.tokens[host.tokens.length - 1]?.end ?? -2) + 1;
  };
  const order = [...s.clauses].sort((a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0));
  const ctxs = new Map<ClauseView, Ctx>();
  const ctxOf = (view: ClauseView): Ctx => {
    let c = ctxs.get(view);
    if (!c) {
      const k = order.indexOf(view);
      c = {
        s: view, coco, full, lex, memo: memo(view), heading, expanded,
        following: () => (order[k + 1] ? ctxOf(order[k + 1] as ClauseView) : undefined),
        // This clause and those embedded in it (relative clauses, parentheticals), not its coordinated
        // clauses; a relative clause also speaks within the clause it qualifies ("releases a key only
        // to a workload that has proven, through attestation, ...").
        related: () => [ctxOf(view), ...order.filter((v) => v !== view && ((embedded(v) && within(v, view)) || (view.relAt >= 0 && !embedded(v) && within(view, v)))).map(ctxOf)],
      };
      ctxs.set(view, c);
    }
    return c;
  };
  // A claim of the main clause speaks for the sentence; a relative or subordinate clause's
  // ("Unlike SEV, where the hypervisor can remap pages, SNP guests ...") only when it has none.
  const subordinate = (v: ClauseView) => v.relAt >= 0 || /^(?:where|when|whenever|if|once|because|since|although|though|while|whereas|unless|as)$/.test(v.tokens[0]?.lower ?? '');
  // A clause that describes what a contrast excludes ("Unlike SEV, where the host can remap pages, ...") claims nothing of the scope.
  // After a denial, "except" keeps what follows ("cannot reach hardware except through devices that the host emulates").
  const onContrast = (v: ClauseView) => {
    const before = v.relAt > 0 ? v.tokens.slice(0, v.relAt) : [];
    return before.some((t) => /^(?:unlike|excluding)$/.test(t.lower))
      || (before.some((t) => t.lower === 'except') && !antecedentDenied(full, v.tokens[0] as Token));
  };
  const main = order.filter((v) => !subordinate(v));
  return first(main) ?? first(order.filter((v) => subordinate(v) && !onContrast(v)));

  function first(views: ClauseView[]): FrameMatch | undefined {
  let best: FrameMatch | undefined;
  for (const view of views) {
    const ctx = ctxOf(view);
    for (const frame of frames) {
      for (const id of frame.act) {
        const m = spans(ctx, id);
        for (let i = view.relAt >= 0 ? view.relAt : 0; i < m.length; i++) {
          if (!m[i] || (best && (view.tokens[i] as Token).start >= best.start) || s.names.has(view.tokens[i] as Token) || s.inert.has(view.tokens[i] as Token)) continue;
          const found = matchAt(ctx, frame, i, i + (m[i] as number));
          if (found) { best = found; break; }
        }
      }
    }
  }
  return best;
  }
}
