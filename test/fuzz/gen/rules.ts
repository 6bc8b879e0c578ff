/**
 * Rule files: the shipped rules/coco.yml, changed in a few places at random (a key deleted,
 * a value of the wrong type or size, an unknown key, a new pattern or term regex, a new
 * technology, an alias bomb), or small rule files made from scratch; then emitted as YAML
 * and, sometimes, damaged as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { packageRoot } from '../../../src/package-root.js';
import { regex } from './regex.js';
import { claim } from './text.js';
import { bomb, damage, damaged, document, oddValue, type Y } from './yaml.js';

let shipped: Record<string, Y> | undefined;
const coco = (): Record<string, Y> => (shipped ??= parse(readFileSync(join(packageRoot(), 'rules', 'coco.yml'), 'utf8')) as Record<string, Y>);

/** Paths (lists of keys) into a value, the root first, down to 20 levels (generated values nest thousands deep). */
function paths(root: Y): (string | number)[][] {
  const out: (string | number)[][] = [];
  const todo: [Y, (string | number)[]][] = [[root, []]];
  while (todo.length) {
    const [v, at] = todo.shift() as [Y, (string | number)[]];
    out.push(at);
    if (at.length >= 20 || v === null || typeof v !== 'object' || ('$alias' in v || '$anchor' in v || '$tag' in v || '$raw' in v)) continue;
    if (Array.isArray(v)) v.forEach((x, i) => todo.push([x, [...at, i]]));
    else for (const [k, x] of Object.entries(v)) todo.push([x as Y, [...at, k]]);
  }
  return out;
}

function setAt(root: Y, path: (string | number)[], f: (old: Y | undefined) => Y | undefined): Y {
  if (path.length === 0) return f(root) ?? null;
  let parent = root as Record<string | number, Y>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Y>;
  const key = path[path.length - 1] as string | number;
  const next = f(parent[key]);
  if (next === undefined) { if (Array.isArray(parent)) parent.splice(Number(key), 1); else delete parent[key]; } else parent[key] = next;
  return root;
}

type Mutation = 'delete' | 'odd' | 'unknown-key' | 'regex' | 'term' | 'technology' | 'bomb' | 'rename';
interface Change { kind: Mutation; at: number; odd: Y; regex: string; word: string; claim: string; levels: number }
const mutation: fc.Arbitrary<Change> = fc.record({
  kind: fc.constantFrom<Mutation>('delete', 'odd', 'odd', 'unknown-key', 'regex', 'regex', 'regex', 'term', 'technology', 'bomb', 'rename'),
  at: fc.double({ min: 0, max: 1, noNaN: true }), odd: oddValue, regex, word: fc.constantFrom('sev', 'tdx', 'new-tech', 'x', 'UPPER', 'a b', ''), claim, levels: fc.integer({ min: 3, max: 9 }),
});

function mutate(base: Record<string, Y>, ms: Change[]): { doc: Y; defs: Record<string, Y> } {
  let doc: Y = structuredClone(base);
  const defs: Record<string, Y> = {};
  for (const raw of ms) {
    const all = paths(doc);
    const p = all[Math.floor(raw.at * all.length)] ?? [];
    // After the root itself was replaced by an odd value, there is no mapping to change.
    const d = (doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc : {}) as Record<string, Record<string, Y>>;
    switch (raw.kind) {
      case 'delete': if (p.length) doc = setAt(doc, p, () => undefined); break;
      case 'odd': doc = setAt(doc, p, () => raw.odd); break;
      case 'unknown-key': doc = setAt(doc, p, (old) => (old && typeof old === 'object' && !Array.isArray(old) ? { ...(old as Record<string, Y>), [`unknown-${raw.word}`]: raw.odd } : old)); break;
      case 'regex': {
        const props = d['properties'];
        const ids = props && typeof props === 'object' ? Object.keys(props) : [];
        const id = ids[Math.floor(raw.at * ids.length)];
        const prop = id ? (props as Record<string, Record<string, Y>>)[id] : undefined;
        if (prop && Array.isArray(prop['patterns'])) (prop['patterns'] as Y[]).push(raw.at < 0.5 ? raw.regex : { regex: raw.regex, polarity: raw.at < 0.75 ? 'negative' : 'positive' });
        break;
      }
      case 'term': if (d['terms'] && typeof d['terms'] === 'object') d['terms'][`t${Math.floor(raw.at * 100)}`] = { regex: raw.regex, suggestions: [raw.claim] }; break;
      case 'technology': if (d['technologies'] && typeof d['technologies'] === 'object') d['technologies'][raw.word || 'empty'] = { name: raw.claim, short: raw.word, arch: 'x86', vm: true, cloud: raw.at < 0.5, aliases: [raw.word] }; break;
      case 'bomb': { const b = bomb(raw.levels); Object.assign(defs, b.defs); doc = setAt(doc, p, () => b.top); break; }
      case 'rename': doc = setAt(doc, p.slice(0, -1), (old) => (old && typeof old === 'object' && !Array.isArray(old) ? Object.fromEntries(Object.entries(old).map(([k, v], i) => [i === 0 ? raw.word : k, v])) : old)); break;
    }
  }
  return { doc, defs };
}

/** A small rule file from scratch: one technology pair, one property with generated patterns, one rule. */
const scratch = fc.tuple(fc.array(regex, { minLength: 1, maxLength: 3 }), claim, fc.constantFrom('property', 'term', 'umbrella', 'example', 'other'), fc.constantFrom('warning', 'error', 'info', 'off', 'loud'))
  .map(([patterns, c, kind, severity]): Y => ({
    id: 'scratch', description: 'A generated rule file.',
    technologies: { a: { name: 'Tech A', short: 'A', arch: 'x86', vm: true, cloud: true, aliases: ['TA'] }, b: { name: 'Tech B', short: 'B', arch: 'arm64', vm: true, cloud: false, aliases: [] } },
    umbrellas: { both: { phrases: ['confidential computing', 'CoCo'], covers: 'all' } },
    properties: { p: { name: 'a property', patterns, values: { a: 'holds', b: 'breaks' } } },
    terms: { t: { regex: patterns[0] as string, suggestions: ['something else'] } },
    rules: { 'scratch-rule': { kind, target: kind === 'term' ? 't' : 'p', severity, message: c, rationale: c, examples: { flagged: [{ text: c }], ok: ['Nothing here.'] } } },
  }));

export const ruleFile: fc.Arbitrary<string> = fc.tuple(
  fc.oneof({ weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => mutate(coco(), ms)) }, { weight: 1, arbitrary: scratch.map((doc) => ({ doc, defs: {} })) }),
  damage,
).map(([{ doc, defs }, d]) => {
  const top = doc !== null && typeof doc === 'object' && !Array.isArray(doc) && !('$alias' in doc) ? { ...defs, ...(doc as Record<string, Y>) } : doc;
  // Anchors must come before their aliases: the bomb's definitions go first, as unknown keys.
  return damaged(document(top), d);
});
