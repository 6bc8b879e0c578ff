/**
 * Clauses a sentence holds without asserting them: a condition ("Without attestation, ..."), what
 * is supposed ("as if the host were hostile"), what the writer does not say ("this does not imply
 * that ..."), a belief reported in the past ("they had assumed that ..."), a quotation, an
 * indirect question ("whether memory is encrypted is up to the vendor"). A frame
 * that matches inside one claims nothing (frames.ts matchAt).
 *
 * Input: the clause being read and the act's index in it; output: whether the act is unasserted.
 */
import type { Token } from '../prose/nlp.js';
import { isVerb, NEGATION, spans, type Ctx } from './frame-context.js';

/** Verbs whose that-clause is what is or is not implied: "this does not mean that ...". */
const IMPLY = new Set(['imply', 'mean', 'suggest', 'entail', 'indicate', 'say', 'follow', 'claim', 'assert']);
/** Verbs of belief whose that-clause, told in the past, is someone's belief: "they had assumed that ...". */
const BELIEF = new Set(['assume', 'believe', 'think', 'suppose', 'expect', 'claim', 'presume']);

export function unasserted(ctx: Ctx, start: number): boolean {
  const full = (ctx.full ?? ctx).s.tokens;
  const act = full.indexOf(ctx.s.tokens[start] as Token);
  return frontedWithout(full, act) || supposed(full, act) || thatClauseUnsaid(full, act) || quoted(full, act) || whetherClause(full, act) || verifiersInput(ctx.full ?? ctx, act);
}

/**
 * "The attestation service validates the evidence provided by the hardware TEE", "the verifier
 * takes the evidence a workload produces": what a verifier does with evidence describes the
 * verifier. The participle or the relative clause on its object picks out which evidence; it
 * says nothing of which technologies produce one.
 */
function verifiersInput(ctx: Ctx, act: number): boolean {
  if (!ctx.lex.classes.has('verifier') || !ctx.lex.classes.has('report')) return false;
  const { tokens } = ctx.s;
  const report = spans(ctx, 'report');
  // The evidence noun right before the act: "evidence provided", "evidence a workload produces".
  let n = act - 1;
  while (n > act - 4 && n >= 0 && /^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test((tokens[n] as Token).pos) && !report[n]) n--;
  if (n < 1 || !report[n] || (tokens[n] as Token).pos !== 'NOUN') return false;
  // ... the object of a verb just before it ("validate the evidence").
  let v = n - 1;
  while (v >= 0 && /^(?:DET|ADJ|NUM)$/.test((tokens[v] as Token).pos)) v--;
  if (v < 0 || !isVerb(tokens[v]) || NEGATION.has(tokens[v - 1]?.lower ?? '')) return false;
  // ... whose subject, or the sentence before the verb, names a verifier.
  const verifier = spans(ctx, 'verifier');
  for (let k = 0; k < v; k++) if (verifier[k]) return true;
  return false;
}

/**
 * "Whether Realm memory is encrypted is left to the vendor", "it is up to the vendor whether ...":
 * an indirect question asks, it does not say. A fronted one ends at its comma ("Whether or not
 * the guest asks, memory is encrypted" asserts the main clause).
 */
function whetherClause(full: Token[], act: number): boolean {
  for (let k = act - 1; k >= 0; k--) {
    const t = full[k] as Token;
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (t.lower !== 'whether') continue;
    // "(In every CVM,) whether the host overwrites a page, remaps it or replays it, the guest
    // notices": alternatives opening the clause are a concession; the main clause holds for each.
    const opens = k === 0 || full[k - 1]?.text === ',';
    return !(opens && full.slice(k + 1).some((x) => x.lower === 'or'));
  }
  return false;
}

/**
 * "Without attestation, a workload cannot know ...": a fronted "without" phrase is a condition (what
 * would follow if the act were missing), neither a claim nor a denial of it. It ends at its comma,
 * or with none where the clause's verb starts ("Without X there is nothing ...").
 */
function frontedWithout(full: Token[], act: number): boolean {
  const k = full.findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'ADV' && t.pos !== 'CCONJ');
  if (k < 0 || full[k]?.lower !== 'without' || act < k) return false;
  const comma = full.findIndex((t, n) => n > k && t.text === ',');
  if (comma > act) return true;
  const verb = full.findIndex((t, n) => n > k && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|ing)$/.test(t.lower))));
  return comma < 0 && verb > act;
}

/** "Plan as if the host were hostile": what is supposed, not what is (back to the clause's start). */
function supposed(full: Token[], act: number): boolean {
  for (let k = act - 1; k > 0; k--) {
    const t = full[k] as Token;
    if (t.text === ';' || t.text === ':' || t.lower === 'but') return false;
    if ((t.lower === 'if' || t.lower === 'though') && full[k - 1]?.lower === 'as') return true;
  }
  return false;
}

/**
 * "this doesn't imply that the host is malicious, but that ...": a that-clause a negated verb of
 * implying takes is what the writer does not say, and one of a belief told in the past is someone
 * else's. A "but" ends it (what follows is the writer's own statement).
 */
function thatClauseUnsaid(full: Token[], act: number): boolean {
  for (let k = act - 1; k > 1; k--) {
    const t = full[k] as Token;
    if (t.lower === 'but' || t.text === ';' || t.text === ':') return false;
    if (t.lower !== 'that') continue;
    let v = k - 1;
    while (v >= 0 && (full[v] as Token).pos === 'ADV') v--;
    const verb = full[v] as Token | undefined;
    if (verb && BELIEF.has(verb.lemma) && (verb.lower !== verb.lemma || full[v - 1]?.lemma === 'have')) return true;
    if (!IMPLY.has(verb?.lemma ?? '')) continue;
    for (let n = v - 1; n >= Math.max(0, v - 3); n--) if (NEGATION.has((full[n] as Token).lower) || NEGATION.has((full[n] as Token).lemma)) return true;
  }
  return false;
}

/** The act stands inside a quotation of a clause ('True or false: "All confidential VMs guarantee ..."'): mentioned, not asserted. */
function quoted(full: Token[], act: number): boolean {
  const isQuote = (t: Token | undefined) => !!t && /^["“”]$/.test(t.text);
  let open = -1;
  for (let k = 0; k < act; k++) if (isQuote(full[k])) open = open < 0 ? k : -1;
  if (open < 0) return false;
  const close = full.findIndex((t, k) => k > act && isQuote(t));
  return close > act && close - open > 4;
}
