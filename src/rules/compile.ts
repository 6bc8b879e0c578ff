/** A rule set prepared for matching: regular expressions compiled once, rules by kind. */
import type { Property, Rule, RuleSet, Term } from './types.js';
import { makeMatcher, type Matcher } from '../scope/mentions.js';

export interface CompiledProperty {
  property: Property;
  rule: Rule;
  patterns: { re: RegExp; polarity: 'positive' | 'negative' }[];
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
  /** Short names, in the rule set's order. */
  names(ids: Iterable<string>): string;
  order: Map<string, number>;
}

export const EXAMPLE_WORDS = String.raw`\b(?:such as|e\.g\.|for example|for instance|including|in the case of|like)\b`;

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const hit = cache.get(ruleSet);
  if (hit) return hit;
  const byKind = (kind: Rule['kind']) => ruleSet.rules.filter((r) => r.kind === kind);
  const properties: CompiledProperty[] = [];
  for (const rule of byKind('property')) {
    const property = ruleSet.properties.find((p) => p.id === rule.target);
    if (!property) continue;
    properties.push({ property, rule, patterns: property.patterns.map((p) => ({ re: new RegExp(p.regex, 'dgi'), polarity: p.polarity })) });
  }
  const terms = byKind('term').flatMap((rule) => {
    const term = ruleSet.terms.find((t) => t.id === rule.target);
    return term ? [{ term, rule, re: new RegExp(term.regex, 'dgi') }] : [];
  });
  const sources = [...properties.flatMap((p) => p.property.patterns.map((x) => x.regex)), ...terms.map((t) => t.term.regex), EXAMPLE_WORDS];
  const order = new Map(ruleSet.technologies.map((t, i) => [t.id, i]));
  const short = new Map(ruleSet.technologies.map((t) => [t.id, t.short]));
  const names = (ids: Iterable<string>) => {
    const list = [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((id) => short.get(id) ?? id);
    return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  };
  const compiled: CompiledRuleSet = {
    ruleSet, matcher: makeMatcher(ruleSet), properties, terms,
    umbrella: byKind('umbrella')[0], example: byKind('example')[0],
    prefilter: new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i'),
    names, order,
  };
  cache.set(ruleSet, compiled);
  return compiled;
}
