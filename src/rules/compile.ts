/** A rule set prepared for matching: regular expressions compiled once, rules by kind. */
import type { Frame, Property, Rule, RuleSet, Term } from './types.js';
import { compileLexicon, type CompiledLexicon } from './lexicon.js';
import { framePrefilter, type FramePrefilter } from './word-prefilter.js';
import { makeTagger, type Tagger } from '../prose/nlp.js';
import { GRAMMAR_VERBS } from './frame-context.js';
import { watchedRegExp, watchedUnion, type MatchWatch } from './watched-regexp.js';
import { makeMatcher, type Matcher } from '../scope/mentions.js';

export interface CompiledProperty {
  property: Property;
  rule: Rule;
  patterns: { re: RegExp; polarity: 'positive' | 'negative' }[];
  frames: Frame[];
  /** Which sentences the frames may read (only those are tagged): their act's and patient's words are there. */
  framePrefilter?: FramePrefilter;
}

export interface CompiledRuleSet {
  ruleSet: RuleSet;
  matcher: Matcher;
  properties: CompiledProperty[];
  terms: { term: Term; rule: Rule; re: RegExp }[];
  umbrella?: Rule;
  example?: Rule;
  /** Does a prose unit contain anything a rule could match? (Only those are split into sentences.) */
  prefilter: RegExp;
  /** Are its matches timed (engine/budget.ts)? Then none is remembered: every match counts. */
  watched: boolean;
  /** Short names, in the rule set's order. */
  names(ids: Iterable<string>): string;
  order: Map<string, number>;
  lexicon: CompiledLexicon;
  /** The part-of-speech tagger (its model is loaded on the first sentence tagged). */
  tagger: Tagger;
}

export const EXAMPLE_WORDS = String.raw`\b(?:such as|e\.g\.|for example|for instance|including|in the case of|like)\b`;

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

/**
 * The rule set compiled (once: the first call's `watch` wins). With `watch`,
 * every match of a pattern is reported to it with the rule it serves: the
 * time budget for rule files that do not ship with claimlint (engine/budget.ts).
 */
export function compileRuleSet(ruleSet: RuleSet, watch?: MatchWatch): CompiledRuleSet {
  const hit = cache.get(ruleSet);
  if (hit) return hit;
  const regex = (source: string, rule: Rule) => (watch ? watchedRegExp(source, 'dgi', rule, watch) : new RegExp(source, 'dgi'));
  const byKind = (kind: Rule['kind']) => ruleSet.rules.filter((r) => r.kind === kind);
  const properties: CompiledProperty[] = [];
  for (const rule of byKind('property')) {
    const property = ruleSet.properties.find((p) => p.id === rule.target);
    if (!property) continue;
    properties.push({
      property, rule, patterns: property.patterns.map((p) => ({ re: regex(p.regex, rule), polarity: p.polarity })),
      frames: property.frames, framePrefilter: framePrefilter(ruleSet, property.frames),
    });
  }
  const terms = byKind('term').flatMap((rule) => {
    const term = ruleSet.terms.find((t) => t.id === rule.target);
    return term ? [{ term, rule, re: regex(term.regex, rule) }] : [];
  });
  const owned = [...properties.flatMap((p) => p.property.patterns.map((x) => ({ source: x.regex, rule: p.rule }))), ...terms.map((t) => ({ source: t.term.regex, rule: t.rule }))];
  const frameWords = properties.flatMap((p) => (p.framePrefilter ? [p.framePrefilter.actWords] : []));
  const sources = [...owned.map((o) => o.source), ...frameWords, EXAMPLE_WORDS];
  const lexicon = compileLexicon(ruleSet);
  const order = new Map(ruleSet.technologies.map((t, i) => [t.id, i]));
  const short = new Map(ruleSet.technologies.map((t) => [t.id, t.short]));
  const names = (ids: Iterable<string>) => {
    const list = [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((id) => short.get(id) ?? id);
    return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  };
  const compiled: CompiledRuleSet = {
    ruleSet, matcher: makeMatcher(ruleSet), properties, terms,
    umbrella: byKind('umbrella')[0], example: byKind('example')[0],
    prefilter: watch
      ? watchedUnion([...owned.map((o) => watchedRegExp(o.source, 'i', o.rule, watch)), ...frameWords.map((w) => new RegExp(w, 'i')), new RegExp(EXAMPLE_WORDS, 'i')])
      : new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i'),
    watched: !!watch, names, order, lexicon,
    tagger: makeTagger([...lexicon.verbs, ...GRAMMAR_VERBS]),
  };
  cache.set(ruleSet, compiled);
  return compiled;
}
