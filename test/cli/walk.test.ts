/**
 * The directory walk on hostile trees (issue 9, items 3 and 7): symbolic link
 * loops end, each real file is linted once, links out of the tree are skipped
 * with a note, unreadable entries are reported while the rest is linted, and
 * an existing path is a path even when it looks like a glob. The runs that
 * hung or exhausted memory before run in a capped child process.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { reportedPaths, runCapped } from './run-capped.js';

const DOC = 'Title\n=====\n\nSome text.\n';
const tmp = mkdtempSync(join(tmpdir(), 'claimlint-walk-'));
afterAll(() => {
  chmodSync(join(tmp, 'unreadable', 'd', 'sub'), 0o755);
  chmodSync(join(tmp, 'unreadable', 'd', 'noexec'), 0o755);
  rmSync(tmp, { recursive: true, force: true });
});

/** A directory under the test's temporary directory with these files (DOC unless given) and symbolic links. */
function tree(name: string, files: string[], links: Record<string, string> = {}): string {
  const dir = join(tmp, name);
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), DOC);
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(join(dir, link, '..'), { recursive: true });
    symlinkSync(target, join(dir, link));
  }
  return dir;
}

const json = async (args: string[], cwd: string) => {
  const r = await runCli(['--format', 'json', ...args], { cwd });
  return { ...r, paths: reportedPaths(r.out) };
};

const MODES = [{ mode: [] as string[] }, { mode: ['--follow-symlinks'] }];

describe('symbolic links to directories', () => {
  // The reproduction: mkdir -p l/a; ln -s .. l/a/up; ln -s ../l l/self; claimlint l
  const loops = tree('loops', ['l/a/x.rst', 'l/b.rst'], { 'l/a/up': '..', 'l/self': '../l' });

  test.each(MODES)('a loop of links ends and lints each file once ($mode)', ({ mode }) => {
    const r = runCapped(['--format', 'json', ...mode, 'l'], { cwd: loops });
    expect(r.signal).toBeNull();
    expect(reportedPaths(r.out)).toEqual(['l/a/x.rst', 'l/b.rst']);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
  });

  test('a glob does not follow links into the loop', () => {
    const r = runCapped(['--format', 'json', 'l/**/*.rst'], { cwd: loops });
    expect(r.signal).toBeNull();
    expect(reportedPaths(r.out)).toEqual(['l/a/x.rst', 'l/b.rst']);
    expect(r.status).toBe(0);
  });

  test.each(MODES)('a link to / (or any link out of the tree) is skipped with a note naming it ($mode)', ({ mode }) => {
    const dir = tree(`out${mode.length}`, ['r/doc.rst'], { 'r/root': '/', 'r/secret.rst': '../secret.txt', 'r/up': '..' });
    writeFileSync(join(dir, 'secret.txt'), 'SECRET-LINE\n');
    const r = runCapped(['--format', 'json', ...mode, 'r'], { cwd: dir });
    expect(r.signal).toBeNull();
    expect(reportedPaths(r.out)).toEqual(['r/doc.rst']);
    expect(r.err).toContain('claimlint: r/root: symbolic link out of r; skipped\n');
    expect(r.err).toContain('claimlint: r/secret.rst: symbolic link out of r; skipped\n');
    expect(r.err).toContain('claimlint: r/up: symbolic link out of r; skipped\n');
    expect(r.out + r.err).not.toContain('SECRET-LINE');
    expect(r.status).toBe(0);
  });

  test('one loop link: the file once, not 41 times', () => {
    const dir = tree('one-loop', ['m/y.rst'], { 'm/loop': '.' });
    const r = runCapped(['--format', 'json', 'm'], { cwd: dir });
    expect(reportedPaths(r.out)).toEqual(['m/y.rst']);
    expect(r.status).toBe(0);
  });

  test.each(MODES)('links back up and two links to one file: each file once ($mode)', ({ mode }) => {
    const dir = tree(`once${mode.length}`, ['m/y.rst', 'm/sub/w.rst'], { 'm/loop': '.', 'm/z.rst': 'y.rst', 'm/sub/back': '..' });
    linkSync(join(dir, 'm', 'y.rst'), join(dir, 'm', 'y2.rst'));
    const r = runCapped(['--format', 'json', ...mode, 'm'], { cwd: dir });
    expect(r.signal).toBeNull();
    expect(reportedPaths(r.out)).toEqual(['m/sub/w.rst', 'm/y.rst']);
    expect(r.status).toBe(0);
    // Overlapping arguments and a link named explicitly are the same files again.
    const again = runCapped(['--format', 'json', ...mode, 'm', 'm/sub', './m/z.rst'], { cwd: dir });
    expect(reportedPaths(again.out)).toEqual(['./m/z.rst', 'm/sub/w.rst']);
  });

  test('--follow-symlinks follows a link to a directory the walk does not reach itself', async () => {
    const dir = tree('follow', ['f/a.rst', 'f/.hidden/h.rst'], { 'f/shown': '.hidden' });
    expect((await json(['f'], dir)).paths).toEqual(['f/a.rst']);
    expect((await json(['--follow-symlinks', 'f'], dir)).paths).toEqual(['f/a.rst', 'f/shown/h.rst']);
  });
});

describe('unreadable entries', () => {
  // Root reads a chmod 000 directory anyway, so as root claimlint runs as nobody (a copy of the
  // package in a directory nobody can read, the tree made unreadable by mode bits).
  const asRoot = process.getuid?.() === 0;
  const nobodyRuns = !asRoot || spawnSync(process.execPath, ['-e', '0'], { uid: 65534, gid: 65534 }).status === 0;
  if (!nobodyRuns) console.warn('running as root and node cannot run as nobody (uid 65534): the unreadable-entry tests are skipped');
  const unreadableTest = nobodyRuns ? test : test.skip;
  const base = join(tmp, 'unreadable');
  tree('unreadable', ['d/a.rst', 'd/sub/b.rst', 'd/noexec/c.rst']);
  chmodSync(join(base, 'd', 'sub'), 0o000);
  chmodSync(join(base, 'd', 'noexec'), 0o644);
  if (asRoot) chmodSync(tmp, 0o755);
  const run = (args: string[]) => runCapped(['--format', 'json', ...args], {
    cwd: base, ...(asRoot ? { uid: 65534, packageCopy: join(tmp, 'package') } : {}),
  });

  unreadableTest('an unreadable subdirectory is reported; the readable files are linted and reported; exit 2', () => {
    const r = run(['d']);
    expect(r.err).toBe([
      'claimlint: d/noexec/c.rst: cannot read: permission denied',
      'claimlint: d/sub: cannot read directory: permission denied',
      '',
    ].join('\n'));
    expect(reportedPaths(r.out)).toEqual(['d/a.rst']);
    expect(r.status).toBe(2);
  });

  unreadableTest('the same through a glob', () => {
    const r = run(['d/*/*.rst', 'd/a.rst']);
    expect(r.err).toContain('claimlint: d/sub: cannot read directory: permission denied\n');
    expect(r.err).toContain('claimlint: d/noexec/c.rst: cannot read: permission denied\n');
    expect(reportedPaths(r.out)).toEqual(['d/a.rst']);
    expect(r.status).toBe(2);
  });

  unreadableTest('a named file that cannot be reached says why', () => {
    const r = run(['d/sub/b.rst', 'd/a.rst']);
    expect(r.err).toBe('claimlint: d/sub/b.rst: permission denied\n');
    expect(reportedPaths(r.out)).toEqual(['d/a.rst']);
    expect(r.status).toBe(2);
  });
});

describe('named paths', () => {
  test('a stat failure is named for what it is, and the other paths are still linted', async () => {
    const dir = tree('stat', ['good.rst', 'a.rst'], { 'me.rst': 'me.rst', 'gone.rst': 'nowhere.rst' });
    const r = await json(['good.rst', 'a.rst/x.rst', 'me.rst', 'missing.rst', 'gone.rst'], dir);
    expect(r.err).toBe([
      'claimlint: a.rst/x.rst: not a directory',
      'claimlint: me.rst: too many levels of symbolic links',
      'claimlint: missing.rst: no such file or directory',
      'claimlint: gone.rst: no such file or directory',
      '',
    ].join('\n'));
    expect(r.paths).toEqual(['good.rst']);
    expect(r.status).toBe(2);
  });

  test('broken links found in a walk are reported', async () => {
    const dir = tree('broken', ['b/ok.rst'], { 'b/me.rst': 'me.rst', 'b/gone.rst': 'nowhere.rst', 'b/gone-dir': 'nowhere' });
    const r = await json(['b'], dir);
    expect(r.err).toBe([
      'claimlint: b/gone.rst: cannot follow symbolic link: no such file or directory',
      'claimlint: b/me.rst: cannot follow symbolic link: too many levels of symbolic links',
      '',
    ].join('\n'));
    expect(r.paths).toEqual(['b/ok.rst']);
    expect(r.status).toBe(2);
  });

  test('an existing path that looks like a glob is a path', async () => {
    const literal = ['!a.rst', '(1).rst', '[x].rst', 'a{b}.rst'];
    const dir = tree('literal', [...literal, 'x.rst', 'ab.rst', '1.rst', 'a.rst']);
    const r = await json(literal, dir);
    expect(r.paths).toEqual(literal);
    expect(r.status).toBe(0);
    // What does not exist is still a glob.
    expect((await json(['[x1].rst'], dir)).paths).toEqual(['1.rst', 'x.rst']);
    expect((await json(['*.rst'], dir)).paths).toHaveLength(8);
  });
});
