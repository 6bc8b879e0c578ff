/**
 * Roles of an act in a clause, read from word order and noun groups (no
 * dependency parser is to be had): the object after an active verb, the
 * subject before a passive one or before a copula, "of/to/with ..." after a
 * nominalisation, "by ..." for the agent, and a relative clause's antecedent.
 */
import type { Token } from '../prose/nlp.js';
import type { NounGroup } from '../prose/phrases.js';
import type { Frame } from './types.js';
import { ATTACK_HEADS, BE, BOUNDARY_WORDS, holds, inLexicon, isContentVerb, isVerb, LINKS, NEGATION, phraseAround, spans, SUPPORT, type Ctx } from './frame-context.js';

/** The verb group before token i: skips adverbs, negations, auxiliaries and coordinated verbs back to a "be". */
export function passiveAt(ctx: Ctx, i: number, from: number): number {
  const t = ctx.s.tokens[i] as Token;
  if (t.lower === t.lemma || t.lower.endsWith('ing') || /[^s]s$/.test(t.lower)) return -1;
  for (let k = i - 1; k >= from; k--) {
    // A parenthetical between the auxiliary and the participle: "are, without exception, emulated".
    if ((ctx.s.tokens[k] as Token).text === ',') {
      let c = k - 1;
      while (c >= from && (ctx.s.tokens[c] as Token).text !== ',' && !isVerb(ctx.s.tokens[c])) c--;
      if (c >= from && (ctx.s.tokens[c] as Token).text === ',' && k - c <= 6) { k = c; continue; }
    }
    const p = ctx.s.tokens[k] as Token;
    if (BE.has(p.lemma) && isVerb(p)) return k;
    if (p.pos === 'ADV' || p.pos === 'PART' || p.pos === 'CCONJ' || p.text === ',' || NEGATION.has(p.lower) || isContentVerb(p) || (p.pos === 'AUX' && !BE.has(p.lemma))) continue;
    return -1;
  }
  return -1;
}

/** The subject span of the verb at i: from the clause start (after a relative word) to the verb group. */
export function subjectSpan(ctx: Ctx, i: number, from: number): [number, number] {
  let start = from;
  for (let k = from; k < i; k++) if (BOUNDARY_WORDS.has((ctx.s.tokens[k] as Token).lower)) start = k + 1;
  return [start, i];
}

/** A past participle, regular or not ("encrypted", "held", "kept"): inflected, and not -s or -ing. */
export function participle(t: Token): boolean {
  return /(?:ed|en)$/.test(t.lower) || (t.pos === 'VERB' && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower));
}

/** Where an active verb's objects are: after it, up to the next verb that is not coordinated with it. */
export function objectSpan(ctx: Ctx, end: number, to: number): [number, number] {
  const { tokens } = ctx.s;
  let k = end;
  // "meddle with what a guest keeps in its pages": a wh-clause object may have a verb of its own.
  let whVerb = 0;
  for (; k < to && k < end + 14; k++) {
    const t = tokens[k] as Token;
    if (BOUNDARY_WORDS.has(t.lower) && t.pos !== 'DET') break;
    if (/^(?:what|whatever|whichever)$/.test(t.lower)) whVerb = 1;
    if (isContentVerb(t) && whVerb > 0 && k > end) { whVerb--; continue; }
    const reducedRelative = participle(t) && (ctx.s.groupAt[k - 1] ?? -1) >= 0;
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
export function linkedSpan(ctx: Ctx, end: number, to: number): [number, number] {
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
export const COPULAR = new Set(['be', 'become', 'remain', 'stay', 'seem', 'appear', 'consider', 'deem', 'regard', 'treat', 'assume', 'view', 'presume', 'place', 'keep', 'leave', 'count']);
/** The copula before token i in its clause ("registers are out of reach", "the host is considered hostile"), or -1. */
export function copulaBefore(ctx: Ctx, i: number, from: number): number {
  for (let k = i - 1; k >= from; k--) {
    const t = ctx.s.tokens[k] as Token;
    if (BE.has(t.lemma) && isVerb(t)) return k;
    // "the contents are stored in the clear": what follows a passive verb describes its subject too.
    if (isContentVerb(t)) return COPULAR.has(t.lemma) || participle(t) ? (passiveAt(ctx, k, from) >= 0 ? passiveAt(ctx, k, from) : COPULAR.has(t.lemma) ? k : -1) : -1;
  }
  return -1;
}

export interface Roles {
  patient: [number, number][];
  agent: [number, number][];
}

export function rolesOf(ctx: Ctx, start: number, end: number, from: number, to: number): Roles {
  const { tokens } = ctx.s;
  const t = tokens[start] as Token;
  const roles: Roles = { patient: [], agent: [] };
  const byAfter = (a: number): [number, number] | undefined => {
    for (let k = a; k < to && k < a + 10; k++) {
      if ((tokens[k] as Token).lower === 'by') return phraseAround(ctx, k + 1);
      // "modification of pages is detected by the controller": a "by" after the next verb is that verb's agent.
      if (BOUNDARY_WORDS.has((tokens[k] as Token).lower) || (k > a && isVerb(tokens[k]) && (ctx.s.groupAt[k] ?? -1) < 0)) break;
    }
    return undefined;
  };
  // A gerund naming the act ("Register tampering by the VMM is blocked"): the noun before it is
  // what it acts on, "by ..." who acts, and it may also take an object ("remapping guest pages").
  // So is one after a preposition ("guards memory against tampering by host software"): its subject is no agent.
  const afterPreposition = /^(?:against|from|of)$/.test(tokens[start - 1]?.lower ?? '');
  if (isVerb(t) && t.lower.endsWith('ing') && ((ctx.s.groupAt[start - 1] ?? -1) >= 0 || afterPreposition) && !BE.has(tokens[start - 1]?.lemma ?? '')) {
    if (!afterPreposition) roles.patient.push(phraseAround(ctx, start - 1));
    roles.patient.push(objectSpan(ctx, end, to));
    const by = byAfter(end);
    if (by) roles.agent.push(by);
    return roles;
  }
  // A participle before its noun ("a compromised host") is an adjective: the noun branch reads it.
  // After a definite article it is restrictive ("the encrypted memory" as against the rest): it picks out, it claims nothing.
  const g = ctx.s.groupAt[start] ?? -1;
  const definite = g >= 0 && /^(?:the|this|that|these|those)$/.test(tokens[(ctx.s.groups[g] as NounGroup).start]?.lower ?? '');
  const prenominalParticiple = t.pos === 'VERB' && participle(t) && g >= 0 && !definite && (ctx.s.groupAt[start + 1] ?? -2) === g;
  // "regards the host as compromised": a participle after "as" describes the object before it.
  const asPredicate = t.pos === 'VERB' && participle(t) && tokens[start - 1]?.lower === 'as';
  if (isVerb(t) && !prenominalParticiple && !asPredicate) {
    let aux = passiveAt(ctx, start, from);
    // A participle right after a noun group is a reduced passive: "memory encrypted by default".
    // So is one after a heading's colon: "Register state: hidden from the hypervisor".
    if (aux < 0 && t.lower !== t.lemma && /(?:ed|en)$/.test(t.lower) && ((ctx.s.groupAt[start - 1] ?? -1) >= 0 || (tokens[start - 1]?.text === ':' && (ctx.s.groupAt[start - 2] ?? -1) >= 0))) aux = start;
    // "kept encrypted", "left unencrypted": the act completes a copular verb.
    if (aux < 0) {
      let c = start - 1;
      while (c >= from && (tokens[c] as Token).pos === 'ADV') c--;
      if (c >= from && COPULAR.has((tokens[c] as Token).lemma) && isVerb(tokens[c])) aux = passiveAt(ctx, c, from) >= 0 ? passiveAt(ctx, c, from) : c;
    }
    if (aux >= 0) {
      roles.patient.push(subjectSpan(ctx, aux, from));
      // "are bombarded with fake interrupts", "is fed stale pages": a passive's second object.
      if (aux < start && participle(t) && passiveAt(ctx, start, from) === aux) roles.patient.push(objectSpan(ctx, end, to));
      const by = byAfter(end);
      if (by) roles.agent.push(by);
      // A relative clause: "pages, which cannot be remapped" takes the phrase before it.
      if (ctx.s.relAt > 0 && start > ctx.s.relAt) roles.patient.push([0, ctx.s.relAt]);
    } else {
      roles.patient.push(objectSpan(ctx, end, to));
      const [sFrom, sTo] = subjectSpan(ctx, start, from);
      // A contact clause ("a hypervisor it does not trust"): the noun before the pronoun subject is the object.
      const contact = contactObject(ctx, start, from);
      if (contact) roles.patient.push(contact);
      // With no object, the subject may be what undergoes the act ("a forged interrupt never lands").
      const [oFrom, oTo] = objectSpan(ctx, end, to);
      const subject = subjectGroup(ctx, start, sFrom);
      if (subject && !holdsAny(ctx, oFrom, oTo)) roles.patient.push(subject);
      roles.agent.push([sFrom, sTo]);
      // "a guest under pKVM, which owns its devices": with no subject of its own, the relative
      // clause's verb has the phrase before it (its antecedent) as its agent; with one, as its object.
      if (ctx.s.relAt > 0 && start > ctx.s.relAt) {
        const before: [number, number] = [0, ctx.s.relAt];
        if (holdsAny(ctx, sFrom, sTo)) roles.patient.push(before); else roles.agent.push(before);
      }
    }
    return roles;
  }
  // A noun or an adjective: its own noun group ("memory tampering", "encrypted memory"),
  // what a preposition links to it, and, after a copula, the subject.
  const [gFrom, gTo] = phraseAround(ctx, start);
  const groupEnd = ctx.s.groupAt[start] !== undefined && (ctx.s.groupAt[start] as number) >= 0 ? (ctx.s.groups[ctx.s.groupAt[start] as number] as NounGroup).end : end;
  // An adjective before its noun ("an untrusted host", "encrypted memory") is about that noun alone.
  const prenominal = (t.pos === 'ADJ' || prenominalParticiple) && groupEnd > end;
  if (prenominal) roles.patient.push([end, groupEnd]);
  else roles.patient.push([gFrom, start], [end, gTo], linkedSpan(ctx, Math.max(end, groupEnd), to));
  // "treat the host as an adversary", "regard the VMM as hostile": the object before "as".
  let asAt = gFrom - 1;
  while (asAt > from && (tokens[asAt] as Token).pos === 'ADV' && (tokens[asAt] as Token).lower !== 'as') asAt--;
  if (asAt >= from && (tokens[asAt] as Token | undefined)?.lower === 'as') {
    let v = asAt - 1;
    // A contact clause inside the object ("the firmware they load") is not the verb that takes it.
    const contact = (k: number) => (tokens[k - 1] as Token | undefined)?.pos === 'PRON' && (ctx.s.groupAt[k - 2] ?? -1) >= 0;
    while (v >= from && (!isVerb(tokens[v]) || contact(v))) v--;
    // With no object before "as" ("every page comes out as ciphertext"), the subject is what it describes.
    if (v >= from) roles.patient.push(passiveAt(ctx, v, from) >= 0 || !holdsAny(ctx, v + 1, asAt) ? subjectSpan(ctx, v, from) : [v + 1, asAt]);
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
  // The object of a support verb is claimed of that verb's subject: "all mechanisms aim to
  // provide integrity", "x86 guests lack integrity protection".
  // Not when the act says of what itself ("preserves the integrity of the register state").
  const ownComplement = /^(?:of|for)$/.test(tokens[Math.max(end, groupEnd)]?.lower ?? '');
  for (let v = gFrom - 1; v >= from && gFrom - v <= 4 && !ownComplement; v--) {
    const verb = tokens[v] as Token;
    if (isContentVerb(verb) && SUPPORT.has(verb.lemma)) { roles.patient.push(subjectSpan(ctx, v, from)); break; }
    // "come with integrity protection": past the preposition of a phrasal support verb.
    if (verb.pos !== 'PART' && verb.pos !== 'ADV' && verb.pos !== 'DET' && verb.lower !== 'with') break;
  }
  return roles;
}

/**
 * The antecedent of a contact clause whose verb is at `verb`: a noun, then a personal pronoun
 * as the clause's subject, then the verb group ("a hypervisor it does not trust").
 */
function contactObject(ctx: Ctx, verb: number, from: number): [number, number] | undefined {
  const { tokens, groupAt, groups } = ctx.s;
  let k = verb - 1;
  while (k > from && ((tokens[k] as Token).pos === 'AUX' || (tokens[k] as Token).pos === 'PART' || (tokens[k] as Token).pos === 'ADV')) k--;
  const pron = tokens[k];
  if (!pron || k <= from || !/^(?:it|they|we|you|he|she)$/.test(pron.lower) || k - 1 < from || (tokens[k - 1] as Token).pos !== 'NOUN' && (tokens[k - 1] as Token).pos !== 'PROPN') return undefined;
  const g = groupAt[k - 1] ?? -1;
  return [g >= 0 ? (groups[g] as NounGroup).start : k - 1, k];
}

/** The noun group just before the verb group of the verb at `verb` (its subject), if any. */
function subjectGroup(ctx: Ctx, verb: number, from: number): [number, number] | undefined {
  const { tokens, groupAt } = ctx.s;
  let k = verb - 1;
  while (k >= from && ((tokens[k] as Token).pos === 'AUX' || (tokens[k] as Token).pos === 'PART' || (tokens[k] as Token).pos === 'ADV')) k--;
  return k >= from && (groupAt[k] ?? -1) >= 0 ? phraseAround(ctx, k) : undefined;
}

/** Nouns that name a description or analysis: a modifier before them claims nothing ("threat model"). */
const DESCRIPTION_HEADS = new Set(['model', 'analysis', 'scenario', 'assumption', 'landscape', 'modeling', 'modelling']);

/**
 * A nominal act that modifies a plural noun of no class of the frame is part of a name for
 * something else: "the memory encryption schemes differ", "the measurement registers".
 */
export function modifiesOtherNoun(ctx: Ctx, frame: Frame, start: number, end: number): boolean {
  const { tokens, groupAt } = ctx.s;
  if (namesActor(ctx, frame, start, end)) return true;
  const nominal = (t: Token | undefined) => t?.pos === 'NOUN' || t?.pos === 'PROPN';
  if (!nominal(tokens[start]) || !nominal(tokens[end]) || (groupAt[end] ?? -1) !== (groupAt[start] ?? -2)) return false;
  // The compound's head is its last noun: "the attestation report signatures" is about signatures.
  // A noun before the head is singular, so a plural one ends the compound ("trust boundaries change").
  const plural = (t: Token) => /s$/.test(t.lower) && t.lower !== t.lemma;
  let h = end;
  while (!plural(tokens[h] as Token) && nominal(tokens[h + 1]) && (groupAt[h + 1] ?? -1) === (groupAt[start] ?? -2)) h++;
  const head = tokens[h] as Token;
  const own = [...frame.act, ...(frame.patient ?? []), 'detect'];
  if (ATTACK_HEADS.has(head.lemma) || own.some((id) => spans(ctx, id)[h])) return false;
  // A component or a procedure of its own: "the attestation service validates", "the attestation flow".
  if (COMPONENT_HEADS.has(head.lemma)) return true;
  // A plural head ("encryption keys", "measurement registers") or a description of threats ("threat model") is what the group is about.
  return plural(head) || DESCRIPTION_HEADS.has(head.lemma);
}

/**
 * Heads that make a compound the name of a part or a procedure of a system, not a state of
 * things: "the attestation service", "the encryption driver", "the attestation flow".
 */
const COMPONENT_HEADS = new Set(['service', 'agent', 'server', 'daemon', 'component', 'module', 'driver', 'library', 'tool',
  'utility', 'client', 'broker', 'endpoint', 'api', 'interface', 'flow', 'workflow', 'protocol', 'handshake', 'step', 'stage',
  'phase', 'procedure', 'request', 'response', 'signature', 'certificate', 'key', 'policy', 'daemon',
  // A mechanism named after what it governs: "by access control", "access permissions", "access patterns".
  'control', 'permission', 'right', 'pattern', 'list']);

/**
 * An adjective that, with the actor noun it modifies, names that actor ("confidential VMs",
 * "encrypted guests"): a name, not a claim, unless the frame is about that actor ("untrusted host").
 */
function namesActor(ctx: Ctx, frame: Frame, start: number, end: number): boolean {
  const { tokens, groupAt } = ctx.s;
  if ((tokens[start] as Token).pos !== 'ADJ' || (groupAt[end] ?? -1) !== (groupAt[start] ?? -2)) return false;
  const actors = ctx.lex.actors;
  let k = end;
  while (tokens[k] && (tokens[k] as Token).pos === 'PROPN' && (groupAt[k] ?? -1) === groupAt[start]) k++;
  // The actor noun heads what the adjective modifies ("confidential guest's"), not "corrupting guest memory".
  const after = tokens[k + 1];
  const heads = !after || (groupAt[k + 1] ?? -1) !== groupAt[start] || after.text === "'s" || after.text === '’s';
  if (!heads || !holds(ctx, actors, end, k + 1) || !/^(?:NOUN|PROPN)$/.test(tokens[k]?.pos ?? '')) return false;
  const own = [...(frame.patient ?? []), ...(frame.agent ?? [])];
  return !holds(ctx, own, end, k + 1);
}

/** Does the span hold a noun group at all? */
export function holdsAny(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((ctx.s.groupAt[k] ?? -1) >= 0 && (ctx.s.tokens[k] as Token).pos !== 'DET') return true;
  return false;
}

export function anyHolds(ctx: Ctx, ids: string[], ranges: [number, number][]): boolean {
  return ranges.some(([a, b]) => holds(ctx, ids, a, b));
}

/**
 * The patient classes in the patient phrases, not as a possessor of another noun: in "the
 * integrity of the guest's configuration" the configuration is the patient, not the guest.
 */
export function patientHolds(ctx: Ctx, ids: string[], ranges: [number, number][]): boolean {
  const { tokens } = ctx.s;
  for (const [a, b] of ranges) {
    for (let i = a; i < b; i++) {
      if (!holds(ctx, ids, i, i + 1)) continue;
      const e = i + Math.max(...ids.map((id) => spans(ctx, id)[i] ?? 0), 1);
      const possessed = /^['’]s$/.test(tokens[e]?.text ?? '') && tokens[e + 1]?.pos === 'NOUN' ? e + 1 : -1;
      if (possessed > 0 && !holds(ctx, ids, possessed, possessed + 1) && !inLexicon(ctx, tokens[possessed] as Token)) continue;
      // "the host-key document", "host-side code": the first part of a hyphenated compound names its head's kind, not itself.
      const hyphen = tokens[e];
      if (hyphen?.text === '-' && hyphen.start === (tokens[e - 1] as Token).end && tokens[e + 1]?.start === hyphen.end && !holds(ctx, ids, e + 1, e + 2)) continue;
      if (namesPart(ctx, ids, i, e)) continue;
      return true;
    }
  }
  return false;
}

/** Heads that make a compound the name of a part of a system: "provide the attestation service". */
const PART_HEADS = new Set(['service', 'agent', 'server', 'daemon', 'component', 'driver', 'library', 'tool',
  'utility', 'client', 'broker', 'endpoint', 'api', 'interface']);

/**
 * Does the class word at [i, e) modify a noun that heads its compound and names a part of a
 * system? "provide the attestation service" gives a service, not a report.
 */
function namesPart(ctx: Ctx, ids: string[], i: number, e: number): boolean {
  const { tokens, groupAt } = ctx.s;
  const group = groupAt[i] ?? -1;
  let h = e;
  while (tokens[h + 1]?.pos === 'NOUN' && (groupAt[h + 1] ?? -1) === group) h++;
  const head = tokens[h];
  return group >= 0 && head?.pos === 'NOUN' && (groupAt[h] ?? -1) === group && PART_HEADS.has(head.lemma) && !holds(ctx, ids, h, h + 1);
}

/** Actor classes other than the frame's agents that the agent phrases name: the act is someone else's. */
export function otherActor(ctx: Ctx, frame: Frame, ranges: [number, number][]): boolean {
  const others = ctx.lex.actors.filter((id) => !frame.agent?.includes(id));
  return anyHolds(ctx, others, ranges.map((r) => beforeParticiple(ctx, r))) && !anyHolds(ctx, frame.agent ?? [], ranges);
}

/** A phrase up to a participle that qualifies it: "nobody holding the hardware" is nobody, not the hardware. */
function beforeParticiple(ctx: Ctx, [a, b]: [number, number]): [number, number] {
  for (let k = a + 1; k < b; k++) {
    const t = ctx.s.tokens[k] as Token;
    if (t.pos === 'VERB' && /(?:ing|ed|en)$/.test(t.lower)) return [a, k];
  }
  return [a, b];
}

