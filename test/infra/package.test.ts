/**
 * The published package: the library entry that `exports` names is in the tarball and imports by
 * the package's name, and the license text ships with it. (npm test builds dist/ first.)
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

interface Manifest { license: string; main?: string; types?: string; exports?: unknown }

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

/** Every file path a manifest's entry fields name, without the leading "./". */
function entryFiles(m: Manifest): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') found.add(v.replace(/^\.\//, ''));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk([m.main, m.types, m.exports]);
  return [...found].sort();
}

describe('package.json and the tarball', () => {
  test('main, types and exports name the library entry and its types', () => {
    expect(entryFiles(pkg)).toEqual(['dist/index.d.ts', 'dist/index.js', 'package.json']);
  });

  test('npm pack ships every file the entry fields name, and the GPL-2.0 text', () => {
    for (const f of entryFiles(pkg)) expect([f, existsSync(f)]).toEqual([f, true]);
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    expect(pack.status).toBe(0);
    const files = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const f of [...entryFiles(pkg), 'LICENSE', 'bin/claimlint.js', 'dist/claimlint.mjs']) expect([f, files.includes(f)]).toEqual([f, true]);
    expect(pkg.license).toBe('GPL-2.0-only');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^\s*GNU GENERAL PUBLIC LICENSE\s+Version 2, June 1991/);
  });

  test('`import "claimlint"` loads the library entry', () => {
    // A package may import itself by its name through `exports`, as a dependent project would.
    const code = "const m = await import('claimlint'); const t = 'A paragraph.\\n'; "
      + 'console.log(JSON.stringify({ parseRst: typeof m.parseRst, units: m.proseUnits(m.parseRst(t), t).length }));';
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ parseRst: 'function', units: 1 });
  });
});
