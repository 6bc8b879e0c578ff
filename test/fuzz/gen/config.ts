/**
 * `.claimlint.yml` files: the five keys with valid-ish and odd values, path globs of every
 * kind (`**`, classes, braces, extglobs, negation, absolute, `..`, many wildcards), unknown
 * keys, anchors and alias bombs, huge lists; plus a second config lower in the tree, a rule
 * file the config may name, and the linted document's name (up to 200 characters, which is
 * where a backtracking glob shows).
 */
import fc from 'fast-check';
import { isKnown } from '../known-failing.js';
import { claim } from './text.js';
import { bomb, damage, damaged, document, oddValue, type Y } from './yaml.js';

const SEGMENTS = ['Documentation', 'security', '**', '*', '*.rst', '?', 'x?y', '[a-z]*', '[!a]*', '{a,b}', '+(a|b)', '@(x|y)*', '!(z)', '.hidden', '\\*', ' ', 'ü', 'a'];
const FIXED = ['Documentation/**', '**/*.rst', '*.rst', 'Documentation/', './Documentation/*.rst', '!Documentation/x', '/abs/**', '../**', '**/../x', '', ' ', '[', '(', '{a,b', 'Documentation/translations/'];

/** Wildcards between letters: past three, picomatch's regex backtracks polynomially on a long name (a known defect). */
const wildcards = () => (isKnown('config-glob-redos') ? 3 : 12);

/** A glob that fails on a long name is where backtracking shows: its end does not match. */
const starry = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('a', 'a', 'a', '.', 'A'), fc.constantFrom('*', '*', '?*', '*?', '**'), fc.constantFrom('*.rst', 'b.rst', '*.txt'))
  .map(([n, c, w, end]) => `**/${`${w}${c}`.repeat(Math.min(n, wildcards()))}${end}`);

const glob: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FIXED) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 5 }).map((s) => s.join('/')) },
  { weight: 2, arbitrary: starry },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 2_000 }).map((n) => `${'a/'.repeat(n / 2)}*.rst`) },
);

const TECHS = ['sev', 'sev-es', 'sev-snp', 'tdx', 'pkvm-x86', 'arm-cca', 'unknown-tech', 'SEV', '', 'sev snp'];
const RULES = ['memory-integrity', 'overgeneral-umbrella', 'unused-suppression', 'no-such-rule', 'MEMORY_INTEGRITY', ''];
const LEVELS = ['error', 'warning', 'info', 'off', 'loud', 'Warning', ''];
const RULE_FILES = ['default', 'default', 'rules/extra.yml', 'rules/missing.yml', '../outside.yml', 'rules/', './rules/extra.yml', ''];

const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
const orOdd = <T extends Y>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: a as fc.Arbitrary<Y> }, { weight: 1, arbitrary: oddValue });

const configValue: fc.Arbitrary<Y> = fc.record({
  root: optional(orOdd(fc.boolean())),
  rules: optional(orOdd(fc.array(orOdd(fc.constantFrom(...RULE_FILES)), { maxLength: 4 }))),
  scopes: optional(orOdd(fc.dictionary(glob, orOdd(fc.array(orOdd(fc.constantFrom(...TECHS)), { maxLength: 4 })), { maxKeys: 5 }))),
  severity: optional(orOdd(fc.dictionary(fc.constantFrom(...RULES), orOdd(fc.constantFrom(...LEVELS)), { maxKeys: 4 }))),
  ignore: optional(orOdd(fc.array(orOdd(glob), { maxLength: 4 }))),
  unknown: optional(oddValue),
}).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Y);

export interface ConfigInput {
  /** The top config (at the tree's root), and one in Documentation/ (cascade), as text. */
  top: string;
  nested?: string;
  /** rules/extra.yml, when there is one. */
  ruleFile?: string;
  /** The linted document's file name, and its text. */
  name: string;
  doc: string;
}

/** Names a config may list: past ~120,000 errors (in all configs that apply), collecting them overflows the stack (a known defect). */
const manyNames = (full: boolean) => (isKnown('config-errors-spread') ? 50_000 : full ? 130_000 : 30_000);
const many = (n: number, full: boolean): Y => ({ scopes: { 'Documentation/**': Array.from({ length: Math.min(n, manyNames(full)) }, (_, i) => `unknown-${i}`) } });

const configText = (full: boolean) => fc.tuple(
  fc.oneof(
    { weight: 30, arbitrary: configValue },
    { weight: 6, arbitrary: fc.tuple(starry, fc.boolean()).map(([g, scope]): Y => (scope ? { scopes: { [g]: ['tdx'] } } : { ignore: [g] })) },
    { weight: 3, arbitrary: fc.integer({ min: 3, max: 9 }).map((levels): Y => { const b = bomb(levels); return { ...b.defs, scopes: { '**': b.top }, ignore: b.top }; }) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 130_000 }).map((n) => many(n, full)) },
  ),
  damage,
).map(([v, d]) => damaged(document(v), d));

/** `full`: configs as large as a spread over their names must survive (`npm run fuzz`); else at most 30,000 names. */
export const configInput = (full: boolean): fc.Arbitrary<ConfigInput> => fc.record({
  top: configText(full),
  nested: fc.option(configText(full), { nil: undefined, freq: 3 }),
  ruleFile: fc.option(fc.constantFrom('id: x\n', 'not: [valid\n', ''), { nil: undefined }),
  name: fc.oneof(fc.constantFrom('coco.rst', 'snp-tdx-threat-model.rst', 'a b.rst', 'ü😀.rst', '.hidden.rst'), fc.integer({ min: 100, max: 200 }).map((n) => `${'a'.repeat(n)}.rst`), fc.tuple(fc.integer({ min: 50, max: 200 }), fc.constantFrom('a', 'a', 'a', 'x', 'A', '.')).map(([n, c]) => `${c.repeat(n)}.rst`)),
  doc: fc.array(claim, { minLength: 1, maxLength: 3 }).map((cs) => `${cs.join('\n\n')}\n`),
});
