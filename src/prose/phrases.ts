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
