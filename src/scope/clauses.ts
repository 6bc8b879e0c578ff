/**
 * Clauses, negation and hedges (DESIGN §2). A claim's negation and hedges are
 * decided in the clause that holds its trigger, NegEx style: a cue counts only
 * when it governs the trigger within that clause.
 */

export interface Clause {
  start: number;
  end: number;
}

/** Words that end a negation cue's reach, and start a new clause. */
const BOUNDARY = /;|\s(?:but|yet|whereas|which|that|while|although|though|except that)\b|,\s*(?=(?:but|yet|whereas|which|while|although|though)\b)/gi;
/** A clause opened by a subordinator runs to its first comma ("While X differ, all Y ..."). */
const SUBORDINATE = /^\W*(?:while|although|though|whereas|even if|even though|unlike|if|when)\b/i;

export function clausesOf(text: string): Clause[] {
  const cuts = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) if (m.index > 0) cuts.push(m.index);
  cuts.push(text.length);
  const out: Clause[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k] as number;
    const end = cuts[k + 1] as number;
    if (end <= start) continue;
    const body = text.slice(start, end);
    const comma = body.indexOf(',');
    if (SUBORDINATE.test(body.replace(/^[;,\s]*(?:but|whereas|which)?/i, '')) && comma > 0) {
      out.push({ start, end: start + comma }, { start: start + comma, end });
    } else {
      out.push({ start, end });
    }
  }
  return out;
}

export function clauseAt(clauses: Clause[], offset: number): Clause {
  return clauses.find((c) => offset >= c.start && offset < c.end) ?? clauses[clauses.length - 1] ?? { start: 0, end: offset };
}

const PRE_NEGATION = /\b(?:not|no|never|neither|nor|without|lacks?|lacking|cannot|can't|can’t|doesn't|doesn’t|don't|don’t|isn't|isn’t|aren't|aren’t|none of|unable to|fails? to|absence of)\b/gi;
const POST_NEGATION = /^[^.;]{0,40}?\b(?:is|are|was|were|be)\s+not\b|^\s*(?:is|are)\s+(?:absent|missing|unavailable)\b|^[^.;]{0,30}\bnot\s+(?:available|provided|supported|guaranteed|possible|present)\b/i;
const NEW_SUBJECT = /,\s+(?:and|or|but)\s+(?:the|a|an|its|their|this|these|those|it|they|each|every)\b/i;
const ACCESS = /\b(?:access|read|see|modify|tamper|touch|write|inspect|change|alter)\b/i;
/** How many words before the trigger a negation cue may stand. */
const WINDOW = 6;

/**
 * Is the trigger at [start, end) negated within its clause? Cues inside the
 * trigger itself belong to the pattern's own polarity ("the host cannot
 * modify guest memory" is a positive integrity claim).
 */
export function isNegated(text: string, clause: Clause, start: number, end: number): boolean {
  const before = text.slice(clause.start, start);
  PRE_NEGATION.lastIndex = 0;
  let last = -1;
  for (let m = PRE_NEGATION.exec(before); m; m = PRE_NEGATION.exec(before)) last = m.index + m[0].length;
  if (last >= 0) {
    const between = before.slice(last);
    const words = between.trim().split(/\s+/).filter(Boolean).length;
    // "no way to access its memory and registers" denies access, which asserts protection.
    // ", and the only attestation available is ...": a new subject after ", and" starts a clause
    // the cue does not reach.
    if (words <= WINDOW && !ACCESS.test(between) && !NEW_SUBJECT.test(between)) return true;
  }
  // After the trigger, a cue counts up to the next comma or "and".
  const after = text.slice(end, clause.end).split(/,|\sand\s/)[0] ?? '';
  return POST_NEGATION.test(after);
}

/** Hedges that scope by technology; generic ones ("typically", "in most cases") are not among them. */
const HEDGE = new RegExp([
  String.raw`\b(?:some|certain|specific|particular|many|most) (?:CoCo |confidential computing |x86 )?(?:technologies|platforms|implementations|vendors|architectures|cases where the hardware)\b`,
  String.raw`\bdepending on the (?:underlying )?(?:technology|platform|vendor|hardware|architecture|implementation|processor)\b`,
  String.raw`\bwhere (?:the )?(?:hardware|platform|technology|processor) (?:supports? (?:it|this)|allows it|provides it)\b`,
  String.raw`\btechnology[- ]specific\b`,
  String.raw`\bif (?:present|supported|available)\b`,
  String.raw`\b(?:if|when|where) the (?:platform|hardware|processor|CPU|technology) supports\b`,
  String.raw`\bwhere (?:available|supported)\b`,
  String.raw`\b(?:differs?|vary|varies|diverges?) (?:\w+ )?(?:between|across|by|among) (?:the )?(?:technologies|platforms|vendors|implementations)\b`,
  String.raw`\bnot all (?:CoCo |confidential computing )?(?:technologies|platforms|implementations)\b`,
].join('|'), 'i');

export function isHedged(text: string, clause: Clause): boolean {
  return HEDGE.test(text.slice(clause.start, clause.end));
}
