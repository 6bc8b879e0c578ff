/**
 * Chunks of a tagged sentence, for the frames: noun groups (with "of" chains
 * and possessors) and the clause each token belongs to. No dependency parser
 * is to be had here, so roles are read from these chunks and word order.
 */
import type { Token } from './nlp.js';

export interface NounGroup {
  /** Token indices [start, end). */
  start: number;
  end: number;
}

const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** Noun groups: runs of determiners, adjectives, nouns and numbers, joined by hyphens and possessive marks. */
export function nounGroups(tokens: Token[]): NounGroup[] {
  const groups: NounGroup[] = [];
  let start = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    const inGroup = !!t && (NOMINAL.has(t.pos) || participleModifier(tokens, i) || (start >= 0 && (t.text === '-' || t.text === "'s" || t.text === "'" || t.text === '’s' || t.text === '/')));
    if (inGroup && start < 0) start = i;
    if (!inGroup && start >= 0) {
      let end = i;
      while (end > start && ((tokens[end - 1] as Token).text === '-' || (tokens[end - 1] as Token).text === '/')) end--;
      groups.push({ start, end });
      start = -1;
    }
  }
  return groups;
}

/** A participle before a noun ("encrypted memory", "CPU-signed statement") modifies it. */
function participleModifier(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && !!next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
}

/** The index of the group holding each token, or -1. */
export function groupIndex(tokens: Token[], groups: NounGroup[]): Int32Array {
  const at = new Int32Array(tokens.length).fill(-1);
  groups.forEach((g, k) => { for (let i = g.start; i < g.end; i++) at[i] = k; });
  return at;
}

/** Clause index of each token, from clause boundaries given as text offsets. */
export function clauseIndex(tokens: Token[], clauses: { start: number; end: number }[]): Int32Array {
  const at = new Int32Array(tokens.length);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const s = (tokens[i] as Token).start;
    while (k + 1 < clauses.length && s >= (clauses[k] as { end: number }).end) k++;
    at[i] = k;
  }
  return at;
}

/**
 * Clauses of a tagged sentence, as lists of token indices: a relative clause or a parenthetical
 * in the middle of a sentence ("the host, which still schedules every vCPU, cannot read ...")
 * is a clause of its own, and the main clause runs on around it. A relative clause's list
 * starts with the phrase it qualifies ("every vCPU" ← "the host"), so that its verb finds its
 * antecedent. Leading subordinate clauses ("If ..., ", "When ..., ") end at their comma.
 */
export function clauseLists(tokens: Token[]): ClauseList[] {
  const clause = new Int32Array(tokens.length);
  const antecedent = new Map<number, number[]>();
  let next = 1;
  const isVerbish = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
  const predicateStarts = (k: number) => {
    let j = k;
    while (j < tokens.length && ((tokens[j] as Token).pos === 'ADV' || (tokens[j] as Token).pos === 'PART')) j++;
    return isVerbish(tokens[j]) && !/ing$/.test((tokens[j] as Token).lower);
  };
  // Parentheses and dashes: a clause of their own.
  for (let i = 0; i < tokens.length; i++) {
    const open = (tokens[i] as Token).text;
    const close = open === '(' ? ')' : open === '—' || open === '–' ? open : undefined;
    if (!close) continue;
    let j = i + 1;
    while (j < tokens.length && (tokens[j] as Token).text !== close) j++;
    if (j >= tokens.length && close !== ')') continue;
    const id = next++;
    for (let k = i; k <= Math.min(j, tokens.length - 1); k++) clause[k] = id;
    i = j;
  }
  // Relative clauses, subordinate and coordinated clauses.
  const base = (k: number) => clause[k] as number;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const owner = base(i);
    // "that" before a noun not followed by a verb is a determiner ("treat that host as ...").
    const after = tokens[i + 1];
    const determiner = t.lower === 'that' && (t.pos === 'DET' || (!!after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ') && !isVerbish(tokens[i + 2])));
    const relative = /^(?:which|who|whom|whose)$/.test(t.lower) || (t.lower === 'where' && prev?.text === ',') || (t.lower === 'that' && !determiner && !!prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.text === ','));
    const subordinate = i === 0 && /^(?:if|when|whenever|once|because|since|although|though|while|whereas|unless|as|before|after|until|where)$/.test(t.lower);
    // ", and its images are untrusted": "and" opening a clause with a subject and a verb of its own.
    const andClause = t.lower === 'and' && prev?.text === ',' && (() => {
      for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
        const x = tokens[k] as Token;
        if (isVerbish(x)) return k > i + 1 && /^(?:NOUN|PROPN|PRON)$/.test((tokens[k - 1] as Token).pos);
        if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|PART|NUM)$/.test(x.pos)) return false;
      }
      return false;
    })();
    const coordinate = i > 0 && (andClause || /^(?:but|yet|whereas|although|though|so|because|since)$/.test(t.lower) || (t.lower === 'while' && prev?.text === ',') || (t.lower === 'that' && !determiner && isVerbish(prev)));
    if (!relative && !subordinate && !coordinate) continue;
    let end = tokens.length;
    if (subordinate) {
      end = tokens.findIndex((x, k) => k > i && x.text === ',' && base(k) === owner);
      if (end < 0) continue;
    } else if (relative) {
      let sawVerb = false;
      for (let k = i + 1; k < tokens.length; k++) {
        if (base(k) !== owner) continue;
        const x = tokens[k] as Token;
        if (x.text === ';') { end = k; break; }
        // ", which ... , <predicate>": the main clause goes on after the comma.
        if (x.text === ',' && prev?.text === ',' && predicateStarts(k + 1)) { end = k; break; }
        if (x.text === ',' && prev?.text !== ',' && predicateStarts(k + 1) && sawVerb) { end = k; break; }
        if (isVerbish(x)) {
          const before = tokens[k - 1] as Token;
          const coordinated = before.pos === 'CCONJ' || before.text === ',' || before.lower === 'to' || isVerbish(before) || before.pos === 'PART' || before.pos === 'ADV';
          // A restrictive clause ("the report that the guest requests is signed"): a second verb resumes the main clause.
          if (sawVerb && !coordinated && prev?.text !== ',') { end = k; break; }
          sawVerb = true;
        }
      }
      // Its antecedent: the phrase before it, back to the previous verb or comma.
      let a = i - 1;
      while (a >= 0 && (tokens[a] as Token).text === ',') a--;
      let b = a;
      while (b > 0 && !isVerbish(tokens[b - 1]) && (tokens[b - 1] as Token).text !== ',' && base(b - 1) === owner) b--;
      if (a >= 0) antecedent.set(next, Array.from({ length: a - b + 1 }, (_, n) => b + n));
    } else {
      const semicolon = tokens.findIndex((x, k) => k > i && x.text === ';');
      if (semicolon > 0) end = semicolon;
    }
    const id = next++;
    for (let k = i; k < end; k++) if (base(k) === owner) clause[k] = id;
  }
  // A semicolon ends a clause.
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== ';') continue;
    const owner = base(i);
    const id = next++;
    for (let k = i + 1; k < tokens.length && base(k) === owner; k++) clause[k] = id;
  }
  const lists = new Map<number, ClauseList>();
  for (let i = 0; i < tokens.length; i++) {
    const id = clause[i] as number;
    if (!lists.has(id)) {
      const before = antecedent.get(id) ?? [];
      lists.set(id, { tokens: [...before], antecedent: before.length });
    }
    (lists.get(id) as ClauseList).tokens.push(i);
  }
  return [...lists.values()];
}

/** A clause's token indices; a relative clause's start with its antecedent's `antecedent` tokens. */
export interface ClauseList {
  tokens: number[];
  antecedent: number;
}
