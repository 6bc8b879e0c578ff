/**
 * `--cache` and `--cache-location` (src/cli/lint-cache.ts): an unchanged file with unchanged
 * rules and configuration gets its recorded messages without being linted again; a change of
 * its text, of its configuration or of a rule file lints it again; a corrupt or foreign cache is
 * an empty one; the default cache is in the user's cache directory, not in the linted tree.
 * That a cached run does not lint is shown by editing a recorded message in the cache file: the
 * next run reports the edited text.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { removeAfterAll } from '../helpers/tmp.js';

const DOC = 'Example\n=======\n\nAll confidential guests have integrity-protected memory.\n';
let dir = '';
let cacheFile = '';
const json = async (...extra: string[]) => {
  const r = await runCli(['--format', 'json', '--cache-location', cacheFile, ...extra, 'page.rst'], { cwd: dir });
  return { ...r, messages: (JSON.parse(r.out) as { messages: { ruleId: string; message: string }[] }[])[0]?.messages ?? [] };
};
/** Replace the recorded reason of every message in the cache file. */
const tamper = () => {
  const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { messages: { reason: string }[] }> };
  for (const e of Object.values(c.entries)) for (const m of e.messages) m.reason = 'FROM THE CACHE';
  writeFileSync(cacheFile, JSON.stringify(c));
};

beforeEach(() => {
  dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-cache-')));
  cacheFile = join(removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-cache-home-'))), 'cache.json');
  writeFileSync(join(dir, 'page.rst'), DOC);
});

describe('--cache', () => {
  test('a second run reads the recorded messages instead of linting, with the same report', async () => {
    const first = await json();
    expect(first.status).toBe(1);
    expect(first.messages.map((m) => m.ruleId)).toEqual(['memory-integrity']);
    expect((await json()).out).toBe(first.out);
    tamper();
    expect((await json()).messages.map((m) => m.message)).toEqual(['FROM THE CACHE']);
  });

  test('a changed text, configuration or rule file is linted again', async () => {
    await json();
    tamper();
    writeFileSync(join(dir, 'page.rst'), `${DOC}\nThe hypervisor cannot read guest registers.\n`);
    expect((await json()).messages.some((m) => m.message === 'FROM THE CACHE')).toBe(false);

    tamper();
    writeFileSync(join(dir, '.claimlint.yml'), 'severity:\n  memory-integrity: error\n');
    expect((await json()).messages.some((m) => m.message === 'FROM THE CACHE')).toBe(false);

    tamper();
    const rules = readFileSync(join(process.cwd(), 'rules', 'coco.yml'), 'utf8');
    writeFileSync(join(dir, 'mine.yml'), rules.replace('description: Overgeneralized claims', 'description: My claims'));
    writeFileSync(join(dir, '.claimlint.yml'), 'rules: [mine.yml]\nseverity:\n  memory-integrity: error\n');
    expect((await json()).messages.some((m) => m.message === 'FROM THE CACHE')).toBe(false);
  });

  test('a corrupt or foreign cache is an empty one, and is written anew', async () => {
    writeFileSync(cacheFile, '{not json');
    const r = await json();
    expect(r.messages.map((m) => m.ruleId)).toEqual(['memory-integrity']);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).claimlint).toEqual(expect.any(String));
    tamper();
    const c = JSON.parse(readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, JSON.stringify({ ...c, claimlint: 'another claimlint' }));
    expect((await json()).messages.map((m) => m.message)).not.toContain('FROM THE CACHE');
  });

  test('--fix always lints; patch mode refuses the cache options', async () => {
    await json();
    tamper();
    const fixed = await runCli(['--fix-dry-run', '--cache-location', cacheFile, 'page.rst'], { cwd: dir });
    expect(fixed.out + fixed.err).not.toContain('FROM THE CACHE');
    const patch = await runCli(['--patch', '--cache', 'x.patch'], { cwd: dir });
    expect(patch.status).toBe(2);
    expect(patch.err).toContain('--cache');
  });
});

describe('the default cache location', () => {
  const saved = process.env['XDG_CACHE_HOME'];
  let home = '';
  beforeEach(() => { home = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-xdg-'))); process.env['XDG_CACHE_HOME'] = home; });
  afterEach(() => { if (saved === undefined) delete process.env['XDG_CACHE_HOME']; else process.env['XDG_CACHE_HOME'] = saved; });

  test('is in the user\'s cache directory, never in the linted tree', async () => {
    const r = await runCli(['--cache', '--format', 'json', 'page.rst'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(readdirSync(join(home, 'claimlint', 'lint-cache'))).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['page.rst']);
    expect(existsSync(join(dir, '.claimlintcache'))).toBe(false);
  });
});
