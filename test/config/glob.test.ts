/**
 * Config globs (`scopes` keys, `ignore` entries) are matched in linear time: a config and a
 * file name from a pull request must not be able to hang a run. Fuzzing found that picomatch's
 * regular expression for `**` + `/*a*a*a*a*a*a*ab.rst` backtracks for hours on a 200-character
 * name; the reproduction runs claimlint in a child process with a time and a memory cap. The
 * matcher (picomatch's translation, run by RE2JS) must mean what picomatch means: a
 * differential property test compares them on generated globs and paths.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { globMatches, globProblem, MAX_GLOB_LENGTH } from '../../src/config/glob.js';
import { removeTrees, tree } from './tree.js';

const ROOT = process.cwd();
const BIN = path.join(ROOT, 'bin', 'claimlint.js');

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'claimlint.mjs'))) throw new Error('dist/ is missing: run `npm run build` first');
});
afterAll(() => removeTrees());

describe('a backtracking glob does not hang a run', () => {
  const wildcards = `**/${'*a'.repeat(12)}b.rst`;
  const name = `${'a'.repeat(200)}.rst`;
  test.each([
    ['scopes', `scopes:\n  "${wildcards}": [tdx]\n`],
    ['ignore', `ignore: ["${wildcards}", "**/${'*a'.repeat(30)}"]\n`],
  ])('%s: a 200-character file name against 12 wildcards, in a child process capped at 20 s and 200 MB', (_, config) => {
    const root = tree({ '.git': null, '.claimlint.yml': config, [`Documentation/${name}`]: 'Confidential computing guarantees memory integrity.\n' });
    const r = spawnSync(process.execPath, ['--max-old-space-size=200', BIN, 'Documentation'], { cwd: root, timeout: 20_000, encoding: 'utf8' });
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(name);
    expect(r.status).toBe(1);
  });

  test('a 4,000-character path against a long glob: matched (and not) at once', () => {
    const base = tree({});
    const deep = path.join(base, ...Array.from({ length: 400 }, () => 'aaaaaaaaa'), 'x.rst');
    expect(globMatches(`${'**/'.repeat(100)}${'*a'.repeat(100)}b`, base, deep)).toBe(false);
    expect(globMatches('**/x.rst', base, deep)).toBe(true);
  });
});

describe('globs the linear matcher refuses, with the reason', () => {
  test.each([
    ['a/!(index).rst', "invalid glob: negated extglobs ('!(…)') are not supported"],
    ['./!a.rst', "negated globs ('!…') are not supported; to drop the default ignore, write 'ignore: []'"],
    ['\\d.rst', "a backslash in a glob escapes a special character ('\\*', '\\?', '\\['), not a letter or digit"],
    ['a'.repeat(MAX_GLOB_LENGTH + 1).slice(0), `glob is longer than ${MAX_GLOB_LENGTH} characters`],
  ])('%#: %s', (glob, problem) => {
    expect(globProblem(glob)).toBe(problem);
  });

  test('escaped special characters, braces, classes and extglobs are accepted', () => {
    for (const g of ['\\*.rst', 'a\\[1\\].rst', '\\\\x', '{a,b}.rst', '[ab].rst', '+(a|b).rst', '@(a|b)/*.rst', 'é😀.rst']) expect([g, globProblem(g)]).toEqual([g, undefined]);
  });
});

describe('the same meaning as picomatch', () => {
  const ATOMS = ['a', 'b', '.', '/', '*', '**', '**/', '/**/', '?', '[ab]', '[!a]', '[a-c]', '{a,b}', '{a,}', '{1..3}', '+(a|b)', '@(a|b)', '*(a|b)', '?(a|b)',
    '(a|b)', '\\*', '\\?', '\\[', '\\\\', '.rst', 'é', '$', '^', '|', '(', ')', '[', ']', '{', '}', ',', '+', '@', '!', ' ', '-'];
  const SEGMENTS = ['a', 'b', 'ab', 'aa', 'ba', '.a', '.rst', 'a.rst', 'b.rst', 'x', '1', '2', '*', '?', '[ab]', '{a,b}', '(a|b)', 'a b', 'a\\b', 'a\nb', 'é.rst', '$', '!a', '-'];
  const glob = fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
  const relative = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

  test('on generated globs and relative paths (fixed seed)', () => {
    const base = '/base';
    fc.assert(fc.property(glob, fc.array(relative, { minLength: 1, maxLength: 20 }), (g, paths) => {
      if (globProblem(g) !== undefined) return;
      const pm = picomatch(g.replace(/^(?:\.\/)+/, '').replace(/\/$/, '/**'), { dot: true });
      for (const p of paths) expect([g, p, globMatches(g, base, `${base}/${p}`)]).toEqual([g, p, pm(p)]);
    }), { seed: Number(process.env['GLOB_SEED'] ?? 20230613), numRuns: Number(process.env['GLOB_RUNS'] ?? 3_000) });
  });

  test('one exception: "?" is one character where picomatch counts UTF-16 units ("😀" is one)', () => {
    expect(globMatches('?.rst', '/b', '/b/😀.rst')).toBe(true);
    expect(picomatch('?.rst', { dot: true })('😀.rst')).toBe(false);
  });
});
