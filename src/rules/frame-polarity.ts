/**
 * The polarity of an act (DESIGN §2): negated ("cannot modify", "has no way
 * to alter", "can neither read nor write", "is impossible"), detected or
 * prevented ("tampering is detected", "the RMP blocks remapping", "goes
 * unnoticed"), within an attacker's ability ("can", "is able to"), stated as
 * done, in the past (history) or possible only (would, might). A negation
 * governs the first verb after it, and what a support verb (provide, have,
 * ensure ...) takes as its object: "need not talk to the untrusted host" does
 * not deny an untrusted host.
 */
import type { Token } from '../prose/nlp.js';
import { ABILITY, BE, BOUNDARY_WORDS, inLexicon, isContentVerb, isVerb, NEGATION, NEGATION_AFTER, spans, SUPPORT, WINDOW, type Ctx } from './frame-context.js';
import { passiveAt } from './frame-roles.js';

/**
 * Does the negation cue at `cue` govern the act at `act`? It does when the act is the first
 * verb after the cue, or sits in the object of a support verb the cue governs, or in the noun
 * group the cue opens ("no modification", "without integrity protection").
 */
export function governs(ctx: Ctx, cue: number, act: number, detectorsTakeIt = true): boolean {
  const { tokens } = ctx.s;
  // "neither the host kernel nor the hypervisor is part of ...": the window starts at the "nor".
  const nor = (tokens[cue] as Token).lower === 'neither' ? tokens.findIndex((t, k) => k > cue && k < act && t.lower === 'nor') : -1;
  if (act - Math.max(cue, nor) - parentheticalLength(ctx, cue, act) > WINDOW) return false;
  const detect = detectorsTakeIt && ctx.lex.classes.has('detect') ? spans(ctx, 'detect') : undefined;
  // "nothing the hypervisor does ... can change": a relative clause right after the cue's noun.
  let relativeVerb = ['nothing', 'nobody', 'no', 'none'].includes((tokens[cue] as Token).lower) ? 1 : 0;
  for (let k = cue + 1; k < act; k++) {
    const t = tokens[k] as Token;
    // A parenthetical between commas: "cannot, on any platform, read".
    if (t.text === ',') {
      const close = tokens.findIndex((x, n) => n > k && n < act && x.text === ',');
      if (close > k) { k = close; continue; }
    }
    // ... a relative clause has its own subject first, or is a participle ("nobody holding the
    // hardware"); in "nothing prevents the host ..." the verb is the cue's own.
    // ("no longer able to intercept or fake": the first of two coordinated verbs passes too.)
    // A relative clause is followed by the cue's own predicate: "none of the flavours protects
    // against replay", "no confidential VM is protected against it" have none after the verb.
    const predicateAfter = tokens.slice(k + 1, act).some((x) => isVerb(x) || x.pos === 'AUX') || (act === k + 1 && isVerb(tokens[act]));
    const relative = ((tokens.slice(cue + 1, k).some((x) => /^(?:NOUN|PROPN|PRON)$/.test(x.pos)) || /(?:ing|ed|en)$/.test(t.lower)) && predicateAfter) || tokens[cue + 1]?.lower === 'longer';
    if (isContentVerb(t) && relativeVerb > 0 && (tokens[k - 1] as Token).pos !== 'CCONJ' && relative) { relativeVerb--; continue; }
    // "there is no report that the guest can request": a relative clause on the denied noun is denied with it.
    if (relativeOfDenied(ctx, cue, k)) continue;
    if ((BOUNDARY_WORDS.has(t.lower) && t.pos !== 'DET') || t.text === ':' || t.text === ';') return false;
    // "has no attestation of its own and does not encrypt memory": a coordinated predicate with an
    // auxiliary of its own is out of the cue's reach (its own negation decides).
    if (t.pos === 'CCONJ' && tokens[k + 1]?.pos === 'AUX' && k + 1 < act) return false;
    // "protects neither integrity nor register state, and the only attestation available is a
    // launch measurement": ", and" before a new subject starts a clause of its own.
    if (t.text === ',' && tokens[k + 1]?.pos === 'CCONJ' && /^(?:DET|PRON)$/.test(tokens[k + 2]?.pos ?? '') && k + 2 < act
      && tokens.slice(k + 3).some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/(?:ed|en|ing)$/.test(x.lower)))) return false;
    // "lack any protection against the host modifying ...": the cue denies the protection.
    if (detect?.[k]) return false;
    // "with no knowledge of memory encryption": the cue denies the noun the act complements.
    if (t.pos === 'NOUN' && /^(?:of|about)$/.test(tokens[k + 1]?.lower ?? '') && !SUPPORT.has(t.lemma) && !inLexicon(ctx, t)) return false;
    // A participle inside a noun group ("a compromised QEMU process") modifies it; it is no verb.
    if (!isContentVerb(t) || (ctx.s.groupAt[k] ?? -1) >= 0) continue;
    // Nor is a base form the tagger took for a verb before a noun ("has replay protection").
    if (t.lower === t.lemma && tokens[k + 1]?.pos === 'NOUN' && (/^(?:DET|ADJ)$/.test(tokens[k - 1]?.pos ?? '') || tokens[k - 1]?.lemma === 'have')) continue;
    const prev = tokens[k - 1] as Token;
    const coordinated = prev.pos === 'CCONJ' || prev.text === ',' || prev.lower === 'nor' || prev.lower === 'or';
    if (SUPPORT.has(t.lemma) || coordinated) continue;
    return false;
  }
  return true;
}

/** Is token k a relative pronoun right after the noun group that a "no" at the cue denies ("no report that ...")? */
function relativeOfDenied(ctx: Ctx, cue: number, k: number): boolean {
  const { tokens, groupAt } = ctx.s;
  if ((tokens[cue] as Token).lower !== 'no' || !/^(?:that|which)$/.test((tokens[k] as Token).lower)) return false;
  const group = groupAt[cue + 1] ?? -1;
  if (group < 0) return false;
  for (let j = cue + 1; j < k; j++) if ((groupAt[j] ?? -1) !== group) return false;
  return true;
}

/** Tokens of comma-enclosed parentheticals between the cue and the act (they do not count for the window). */
function parentheticalLength(ctx: Ctx, cue: number, act: number): number {
  let n = 0;
  let open = -1;
  for (let k = cue + 1; k < act; k++) {
    if ((ctx.s.tokens[k] as Token).text !== ',') continue;
    if (open < 0) open = k; else { n += k - open + 1; open = -1; }
  }
  return n;
}

/** Verbs that say an act takes place: "tampering does not go unnoticed", "replay does not occur". */
const HAPPEN = new Set(['happen', 'occur', 'succeed', 'work', 'go', 'come', 'take', 'exist', 'apply']);

/** Cues that negate only the phrase they open ("without any help from the host, ..."): no comma may follow before the act. */
const PHRASE_CUES = new Set(['without', 'no', 'none', 'nothing', 'nobody', 'lack', 'beyond', 'outside']);
/**
 * Is the act at `act` negated? `detectorsTakeIt`: a detector between the cue and the act takes the
 * negation ("lacks any protection against the host modifying ..." leaves the attack undenied,
 * detection() reads it). Not for a property the detector carries as its object: "does not protect
 * the integrity of guest memory" denies the integrity.
 */
export function negatedAt(ctx: Ctx, act: number, from: number, detectorsTakeIt = true): boolean {
  const { tokens } = ctx.s;
  let negations = 0;
  for (let k = act - 1; k >= from && act - k <= WINDOW * 2; k--) {
    const t = tokens[k] as Token;
    // "by page-table ownership rather than by encryption", "instead of encrypting it": the alternative set aside is denied.
    const cue = NEGATION.has(t.lower) || NEGATION.has(t.lemma) || (t.lemma === 'fail' && tokens[k + 1]?.lower === 'to') || (t.lower === 'out' && tokens[k + 1]?.lower === 'of')
      || (t.lower === 'than' && tokens[k - 1]?.lower === 'rather') || (t.lower === 'of' && tokens[k - 1]?.lower === 'instead');
    if (!cue || (t.lower === 'no' && tokens[k + 1]?.lower === 'longer' && negations > 0)) continue;
    // "the host, not the guest, owns the devices": a contrast between commas negates only its noun.
    if (t.lower === 'not' && tokens[k - 1]?.text === ',') {
      const close = tokens.findIndex((x, n) => n > k && n < act && x.text === ',');
      if (close > k && !tokens.slice(k + 1, close).some((x) => isVerb(x) || x.pos === 'AUX')) continue;
    }
    // A phrase cue does not reach past a comma, unless the commas enclose a parenthetical (", pKVM included,").
    if ((PHRASE_CUES.has(t.lower) || PHRASE_CUES.has(t.lemma)) && !['nothing', 'nobody', 'none'].includes(t.lower) && tokens.slice(k + 1, act).filter((x) => x.text === ',').length % 2 === 1) continue;
    // "not against physical replay": the cue denies a protection whose verb is left out.
    if (/^(?:against|from)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // "neither the hypervisor nor a compromised QEMU process can ...": coordinated subjects; the
    // negation is the predicate's, not that of a modifier inside them.
    if (/^(?:neither|nor)$/.test(t.lower) && (ctx.s.groupAt[act] ?? -1) >= 0 && (tokens[act] as Token).pos !== 'NOUN' && !tokens.slice(k + 1, act).some(isVerb)) continue;
    // "nor" carries the negation of a "neither" before it; count the pair once. So it does that of
    // a cue in the same phrase, no verb between ("None of the x86 modes, nor pKVM, protects ...");
    // after a clause's own verb it starts a denial of its own ("does not encrypt ..., nor does it").
    if (t.lower === 'nor') {
      if (tokens.slice(from, k).some((x) => x.lower === 'neither')) continue;
      let cue = k - 1;
      while (cue >= from && !(NEGATION.has((tokens[cue] as Token).lower) && (tokens[cue] as Token).lower !== 'nor')) cue--;
      if (cue >= from && !tokens.slice(cue + 1, k).some((x) => isVerb(x) || x.pos === 'AUX')) continue;
    }
    if (governs(ctx, k, act, detectorsTakeIt)) negations++;
  }
  // "never left unable to prove": two negations affirm.
  return negations % 2 === 1;
}

/** What "X is not ..." can say of an act without denying it: its novelty, sufficiency, uniqueness or cost. */
const NOT_DENYING = new Set(['new', 'novel', 'enough', 'sufficient', 'unique', 'specific', 'exclusive', 'limited', 'only', 'just',
  'free', 'cheap', 'trivial', 'simple', 'easy', 'perfect', 'complete', 'absolute', 'optional', 'different', 'unusual']);

/** Verbs whose subject gives something to someone: a denial of them is a denial of what is given. */
const GIVING = new Set(['give', 'provide', 'offer', 'guarantee', 'ensure', 'deliver', 'bring', 'grant', 'promise', 'assure']);

/**
 * "... is impossible", "... is not allowed", "... is not part of ..." after a nominal act or a
 * passive subject: the predicate denies it. A denied detection ("is not detected") is not a
 * denial of the act; detection() reads it.
 */
export function negatedAfter(ctx: Ctx, end: number, to: number): boolean {
  const { tokens } = ctx.s;
  const detect = ctx.lex.classes.has('detect') ? spans(ctx, 'detect') : undefined;
  // The act's own predicate: the first verb after it (past the phrases linked to it).
  let k = end;
  let skipped = 0;
  // A participle inside a noun group ("the saved register state") is a modifier, not the predicate.
  while (k < to && !(isVerb(tokens[k]) && (ctx.s.groupAt[k] ?? -1) < 0) && !NEGATION_AFTER.has((tokens[k] as Token).lower)) {
    if (BOUNDARY_WORDS.has((tokens[k] as Token).lower) && (tokens[k] as Token).pos !== 'DET') return false;
    // ", and SNP guests should not assume ...": the next clause has a predicate of its own.
    if ((tokens[k] as Token).text === ';' || ((tokens[k] as Token).pos === 'CCONJ' && tokens[k - 1]?.text === ',')) return false;
    // ", meaning a fresh report requested by the workload itself, is not available": past the parenthetical.
    if ((tokens[k] as Token).text === ',') {
      const close = tokens.findIndex((x, n) => n > k && n < to && x.text === ',');
      if (close > k) { skipped += close + 1 - k; k = close + 1; continue; }
    }
    // The act's own complements ("of a CoCo VM's general-purpose registers") do not count either.
    if ((ctx.s.groupAt[k] ?? -1) >= 0) skipped++;
    k++;
  }
  // Parentheticals and noun groups do not count for the window.
  if (k >= to || k > end + WINDOW + skipped) return false;
  if (NEGATION_AFTER.has((tokens[k] as Token).lower)) return true;
  // "dumping the modules reveals nothing", "gets the attacker nowhere": the act achieves nothing.
  if (isContentVerb(tokens[k]) && !detect?.[k] && !BE.has((tokens[k] as Token).lemma)) {
    for (let n = k + 1; n < to && n <= k + 4; n++) {
      const w = tokens[n] as Token;
      if (/^(?:nothing|nowhere)$/.test(w.lower)) return true;
      if (!(w.pos === 'DET' || w.pos === 'NOUN' || w.pos === 'PRON' || w.pos === 'ADJ')) break;
    }
  }
  if (!(tokens[k] as Token).pos.startsWith('AUX') && !BE.has((tokens[k] as Token).lemma)) return false;
  let n = k + 1;
  while (n < to && (tokens[n] as Token).pos === 'ADV' && !NEGATION.has((tokens[n] as Token).lower) && (tokens[n] as Token).lower !== 'no') n++;
  const cue = tokens[n];
  if (!cue) return false;
  if (NEGATION_AFTER.has(cue.lower)) return true;
  // "host involvement in guest I/O is eliminated", "such access is refused": prevented, so denied.
  if (isContentVerb(cue) && ctx.lex.classes.has('prevent') && spans(ctx, 'prevent')[n]) return true;
  if (cue.lower === 'not' || cue.lower === "n't" || cue.lower === 'never' || (cue.lower === 'no' && tokens[n + 1]?.lower === 'longer')) {
    const next = cue.lower === 'no' ? n + 2 : n + 1;
    if (detect?.[next] || tokens[next]?.lower === 'only') return false;
    // "is not possible", "is not part of": a copula denies its subject; after "does not" or
    // "will not" only a verb that says the act happens does ("does not occur", "does not come with").
    // "is not new", "is not enough", "is not unique to SNP" say something else of it.
    if (BE.has((tokens[k] as Token).lemma)) return !NOT_DENYING.has(tokens[next]?.lower ?? '');
    const verb = tokens[next];
    // "encryption does not give you freshness": the act gives; what it does not give is the object.
    if (verb && GIVING.has(verb.lemma)) return false;
    return !!verb && (SUPPORT.has(verb.lemma) || HAPPEN.has(verb.lemma));
  }
  return false;
}

/**
 * "The attestation or signing process cannot help to mitigate this threat": the act's noun group
 * is the subject of a denied verb that neither says it exists nor that it happens (help, address,
 * mitigate). The sentence states a limit of the act; it neither asserts nor denies it of a scope.
 */
export function limitAfter(ctx: Ctx, end: number, to: number): boolean {
  const { tokens } = ctx.s;
  for (let k = end; k < to && k <= end + 6; k++) {
    const t = tokens[k] as Token;
    if (/^[,;:.()]$/.test(t.text)) return false;
    if (!t.pos.startsWith('AUX') || BE.has(t.lemma)) {
      // A gerund before a noun modifies it ("the attestation or signing process").
      if (isVerb(t) && (ctx.s.groupAt[k] ?? -1) < 0 && !(t.lower.endsWith('ing') && tokens[k + 1]?.pos === 'NOUN')) return false;
      continue;
    }
    const cue = tokens[k + 1];
    if (!cue || !(cue.lower === 'not' || cue.lower === "n't" || cue.lower === 'never')) return false;
    const verb = tokens[k + 2];
    return !!verb && isContentVerb(verb) && !SUPPORT.has(verb.lemma) && !HAPPEN.has(verb.lemma) && !(ctx.lex.classes.has('detect') && spans(ctx, 'detect')[k + 2]);
  }
  return false;
}

/**
 * A detection or prevention of the act ("is detected", "the RMP blocks", "protects ... from"), and
 * whether that is itself negated ("goes undetected", "is not detected").
 */
export function detection(ctx: Ctx, start: number, end: number, from: number, to: number): { found: boolean; negated: boolean; before: number } {
  const detect = ctx.lex.classes.has('detect') ? spans(ctx, 'detect') : undefined;
  const undetected = ctx.lex.classes.has('undetected') ? spans(ctx, 'undetected') : undefined;
  for (let k = end; k < to; k++) {
    if (undetected?.[k]) return { found: true, negated: !negatedAt(ctx, k, from), before: -1 };
    if (detect?.[k]) return { found: true, negated: negatedAt(ctx, k, from) || negatedAfter(ctx, k + 1, to), before: -1 };
    if (BOUNDARY_WORDS.has((ctx.s.tokens[k] as Token).lower) && (ctx.s.tokens[k] as Token).pos !== 'DET') break;
    // "... to keep the host out": an infinitive of purpose (not one coordinated with the act) has its own object; what it keeps out is not the act.
    if ((ctx.s.tokens[k] as Token).lower === 'to' && (ctx.s.tokens[k] as Token).pos === 'PART' && k > end && isVerb(ctx.s.tokens[k + 1]) && !/^(?:,|or|and|nor)$/.test(ctx.s.tokens[k - 1]?.lower ?? '')) break;
  }
  // "but not against physical replay": a denied protection, its verb left out.
  for (let k = start - 1; k >= from && start - k <= 4; k--) {
    const t = ctx.s.tokens[k] as Token;
    if ((t.lower === 'against' || t.lower === 'from') && NEGATION.has(ctx.s.tokens[k - 1]?.lower ?? '')) return { found: true, negated: true, before: -1 };
  }
  // "When the VMM replays a page, the guest's next access faults": the condition's consequence.
  if (/^(?:when|whenever|if|once)$/.test(ctx.s.tokens[0]?.lower ?? '')) {
    const next = ctx.following();
    const nextDetect = next && next.lex.classes.has('detect') ? spans(next, 'detect') : undefined;
    if (next && nextDetect) for (let k = 0; k < nextDetect.length; k++) if (nextDetect[k]) return { found: true, negated: negatedAt(next, k, 0), before: -1 };
  }
  const inherited = ctx.s.relAt > 0 && start > ctx.s.relAt && ctx.full
    ? guardedAntecedent(ctx.full, ctx.s.tokens[0] as Token) ?? predicateOfAntecedent(ctx.full, ctx.s.tokens[ctx.s.tokens.length - 1] as Token)
    : undefined;
  if (inherited) return inherited;
  for (let k = start - 1; k >= from && start - k <= 14; k--) {
    if (undetected?.[k]) {
      // "rules out silent remapping", "prevents undetected replay": a detector takes the undetected
      // act; so does one that keeps someone from it ("stop the host from silently remapping").
      const reach = (ctx.s.tokens[k - 1] as Token | undefined)?.lower === 'from' ? 6 : 3;
      for (let d = k - 1; d >= from && k - d <= reach; d--) if (detect?.[d] && governs(ctx, d, k, false)) return { found: true, negated: negatedAt(ctx, d, from), before: d };
      return { found: true, negated: !negatedAt(ctx, k, from), before: -1 };
    }
    // "Protection against replay ... is not part of the guarantees": a protection noun's own predicate comes after the act.
    if (detect?.[k] && (governs(ctx, k, start, false) || acrossCondition(ctx, k, start))) {
      return { found: true, negated: negatedAt(ctx, k, from) || ((ctx.s.tokens[k] as Token).pos === 'NOUN' && negatedAfter(ctx, end, to)), before: k };
    }
  }
  return { found: false, negated: false, before: -1 };
}

/**
 * "shielded from anyone who reads the modules", "defenceless against a hypervisor that rewrites
 * pages": a relative clause on what a protection guards against is the attack it guards against.
 */
function guardedAntecedent(full: Ctx, first: Token): { found: boolean; negated: boolean; before: number } | undefined {
  const tokens = full.s.tokens;
  const at = tokens.indexOf(first);
  // The antecedent may start with its preposition ("against a technician who ...").
  let k = /^(?:against|from)$/.test(first.lower) ? at : at - 1;
  while (k >= 0 && k >= at - 2 && (tokens[k] as Token).pos === 'DET') k--;
  const detect = full.lex.classes.has('detect') ? spans(full, 'detect') : undefined;
  // "detects an attacker who writes ...", "recognises contents that an attacker has altered":
  // the detector's object is the one who makes the act, or what the act was made on.
  if (k >= 0 && detect?.[k] && isVerb(tokens[k])) return { found: true, negated: negatedAt(full, k, 0), before: -1 };
  if (k < 1 || !/^(?:against|from)$/.test((tokens[k] as Token).lower)) return undefined;
  const undetected = full.lex.classes.has('undetected') ? spans(full, 'undetected') : undefined;
  for (let d = k - 1; d >= 0 && k - d <= 3; d--) {
    if (undetected?.[d]) return { found: true, negated: !negatedAt(full, d, 0), before: -1 };
    if (detect?.[d]) return { found: true, negated: negatedAt(full, d, 0), before: -1 };
  }
  return undefined;
}

/**
 * "Exceptions that the host tries to inject, ..., are refused by the platform", "an implant that
 * rewrites memory cells cannot fool the guest": a relative clause on the main clause's subject
 * takes the polarity of the predicate that resumes after it, when that predicate detects or
 * prevents (the act is caught) or denies its subject an ability (the attacker gets nowhere).
 */
function predicateOfAntecedent(full: Ctx, last: Token): { found: boolean; negated: boolean; before: number } | undefined {
  const tokens = full.s.tokens;
  let j = tokens.indexOf(last) + 1;
  if (j <= 0) return undefined;
  if (tokens[j]?.text === ',') j++;
  if (!/^(?:AUX|VERB|ADV|PART)$/.test(tokens[j]?.pos ?? '')) return undefined;
  const detect = full.lex.classes.has('detect') ? spans(full, 'detect') : undefined;
  let ability = false;
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k] as Token;
    if (detect?.[k] && isVerb(t)) return { found: true, negated: negatedAt(full, k, j), before: -1 };
    if (t.lemma === 'can' || t.lower === 'unable') ability = true;
    if (isContentVerb(t)) return ability && negatedAt(full, k, j) ? { found: true, negated: false, before: -1 } : undefined;
    if (!/^(?:AUX|ADV|PART)$/.test(t.pos) && t.lower !== 'unable') return undefined;
  }
  return undefined;
}

/** "notices when the host modifies ...": a detector whose object is a condition holding the act. */
export function acrossCondition(ctx: Ctx, detector: number, act: number): boolean {
  const { tokens } = ctx.s;
  const k = tokens.slice(detector + 1, act).findIndex((t) => /^(?:when|whenever|if)$/.test(t.lower));
  return k >= 0 && k <= 3;
}

/** "can", "is able to", "is free to" before the act, with nothing negating it. */
export function ability(ctx: Ctx, act: number, from: number): boolean {
  for (let k = act - 1; k >= from && act - k <= WINDOW; k--) {
    const t = ctx.s.tokens[k] as Token;
    if (ABILITY.has(t.lower) || ABILITY.has(t.lemma)) return governs(ctx, k, act);
  }
  return false;
}

/** A modal of the given set governing the act. */
export function modalAt(ctx: Ctx, act: number, from: number, modals: Set<string>): boolean {
  for (let k = act - 1; k >= from && act - k <= WINDOW; k--) {
    if (modals.has((ctx.s.tokens[k] as Token).lower)) return governs(ctx, k, act);
  }
  return false;
}

/** The act as a present fact: a finite or passive verb, or an adjective of ability ("readable"). */
export function statedAsDone(ctx: Ctx, start: number, from: number): boolean {
  const t = ctx.s.tokens[start] as Token;
  if (t.pos === 'ADJ') return /(?:able|ible)$/.test(t.lower);
  if (!isVerb(t) || t.lower.endsWith('ing') || ctx.s.tokens[start - 1]?.lower === 'to') return false;
  return passiveAt(ctx, start, from) >= 0 || t.lower !== t.lemma;
}

const PAST = new Set(['kept', 'made', 'took', 'gave', 'left', 'held', 'let', 'saw', 'wrote', 'read', 'brought', 'got', 'had', 'did']);

/** A verb in the simple past: inflected, after its subject, with no auxiliary ("the VMM kept ...", "the host remapped pages"). */
function simplePast(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (!prev || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) return false;
  const past = (t.lower.endsWith('ed') && t.lower !== t.lemma) || (PAST.has(t.lower) && t.lower !== 'read');
  const next = tokens[k + 1];
  return past && !!next && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PRON' || next.pos === 'ADJ' || next.pos === 'PROPN');
}

/**
 * History, not a property: the act's own verb is in the past tense ("was not part of", "the host
 * could read memory before SEV-ES" is read by modality), or an auxiliary in the past governs it.
 */
export function pastTense(ctx: Ctx, start: number, end: number, from: number, to: number): boolean {
  const { tokens } = ctx.s;
  const past = (t: Token | undefined) => !!t && (/^(?:was|were|had|did|didn't|wasn't|weren't|hadn't)$/.test(t.lower) || t.lower === 'used' && tokens[tokens.indexOf(t) + 1]?.lower === 'to');
  const t = tokens[start] as Token;
  if (isVerb(t)) {
    for (let k = start - 1; k >= from && start - k <= 6; k--) {
      const p = tokens[k] as Token;
      if (past(p)) return true;
      if (!(p.pos === 'AUX' || p.pos === 'ADV' || p.pos === 'PART' || NEGATION.has(p.lower) || /^(?:as|so|too)$/.test(p.lower))) break;
    }
    return simplePast(tokens, start);
  }
  // A nominal act: the verb before it in the past ("kept the VMM inside the trusted computing base") ...
  for (let k = start - 1; k >= from && start - k <= 8; k--) {
    if (isContentVerb(tokens[k])) { if (simplePast(tokens, k)) return true; break; }
  }
  // ... or the clause's verb after it ("Memory encryption was not part of ...").
  for (let k = end; k < to && k < end + 8; k++) {
    const n = tokens[k] as Token;
    // ", something every hypervisor used to do,": an apposition's verb is not the act's predicate.
    if (n.text === ',') {
      const close = tokens.findIndex((x, m) => m > k && m < to && x.text === ',');
      if (close > k && close - k <= 12) { k = close; continue; }
    }
    if (isVerb(n)) return past(n);
  }
  return false;
}

