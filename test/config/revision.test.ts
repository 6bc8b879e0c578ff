/**
 * `claimlint --config-rev REV`: configuration and rule files come from a git revision, not
 * from the working tree (what the GitHub Action does on a pull request, with the base commit),
 * under the same trust rules; a note names the configuration files the working tree changes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { MAX_RULE_FILE_BYTES, useConfigRevision } from '../../src/config/index.js';
import { runCli } from '../helpers/cli.js';
import { removeTrees, tree } from './tree.js';

afterAll(() => {
  useConfigRevision(undefined);
  removeTrees();
});

const DOC = 'Title\n=====\n\nConfidential computing guarantees memory integrity for every guest.\n';
const SILENCE_ALL = 'ignore: ["**"]\nseverity: {memory-integrity: off, overgeneral-umbrella: off}\n';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();

/** A git repository whose one commit holds `files`. */
function repo(files: Record<string, string | Buffer | null>): string {
  const dir = tree(files);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return dir;
}

const rulesOf = (out: string) =>
  (JSON.parse(out) as { filePath: string; messages: { ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));

describe('--config-rev REV reads configuration and rule files from REV', () => {
  test('a working tree that silences everything is still checked with the committed configuration; a note says so', async () => {
    const dir = repo({ '.claimlint.yml': 'root: true\n', 'Documentation/a.rst': DOC });
    writeFileSync(path.join(dir, '.claimlint.yml'), SILENCE_ALL);
    const plain = await runCli(['-f', 'json', 'Documentation'], { cwd: dir });
    expect(plain.status).toBe(0);
    const r = await runCli(['--config-rev', 'HEAD', '-f', 'json', 'Documentation'], { cwd: dir });
    expect(rulesOf(r.out)).toContain('memory-integrity');
    expect(r.status).toBe(1);
    const head = git(dir, 'rev-parse', 'HEAD');
    expect(r.err).toBe(`claimlint: note: the working tree changes configuration files (.claimlint.yml); claimlint used their versions in git revision ${head.slice(0, 12)}\n`);
  });

  test('rule files come from REV too, and a changed one is named in the note', async () => {
    const sample = readFileSync(path.join('fixtures', 'rules', 'sample.yml'), 'utf8');
    const dir = repo({ '.claimlint.yml': 'rules: [default, rules/local.yml]\n', 'rules/local.yml': sample, 'Documentation/a.rst': DOC });
    writeFileSync(path.join(dir, 'rules/local.yml'), 'id: broken\nrules: [\n');
    mkdirSync(path.join(dir, 'Documentation/new'));
    writeFileSync(path.join(dir, 'Documentation/new/.claimlint.yml'), SILENCE_ALL);
    git(dir, 'add', '-A');
    const r = await runCli(['--config-rev', 'HEAD', '-f', 'json', 'Documentation'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^claimlint: note: the working tree changes configuration files \(Documentation\/new\/\.claimlint\.yml, rules\/local\.yml\); /);
  });

  test('a rule file named by an absolute path, a symlink blob or a tree in REV is refused; a large blob by its size', async () => {
    const dir = tree({ 'Documentation/a.rst': DOC, 'rules/dir/x': 'x', 'big.yml': Buffer.alloc(MAX_RULE_FILE_BYTES + 1, 0x61) });
    symlinkSync('../Documentation/a.rst', path.join(dir, 'rules/link.yml'));
    writeFileSync(path.join(dir, '.claimlint.yml'), 'rules: [default, /etc/passwd, rules/link.yml, rules/dir, big.yml]\n');
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    const r = await runCli(['--config-rev', 'HEAD', '-f', 'json', 'Documentation'], { cwd: dir });
    expect(r.status).toBe(2);
    const config = path.join(dir, '.claimlint.yml');
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      `claimlint: ${path.join(dir, 'big.yml')}:1:1: cannot read rule file: is larger than 4 MiB, the limit for this kind of file`,
      `claimlint: ${config}:1:18: rule file '/etc/passwd' is an absolute path: a configuration names rule files relative to itself, inside its repository (${dir})`,
      `claimlint: ${config}:1:31: rule file 'rules/link.yml' is a symbolic link (not followed in a git revision): a rule file must be a regular file`,
      `claimlint: ${config}:1:47: rule file 'rules/dir' is a directory: a rule file must be a regular file`,
    ]);
    expect(rulesOf(r.out)).toContain('memory-integrity');
  });

  test('a .claimlint.yml that is a symlink in REV is not used', async () => {
    const dir = tree({ 'other.yml': SILENCE_ALL, 'Documentation/a.rst': DOC });
    symlinkSync('other.yml', path.join(dir, '.claimlint.yml'));
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    const r = await runCli(['--config-rev', 'HEAD', '-f', 'json', 'Documentation'], { cwd: dir });
    expect(r.err).toBe(`claimlint: ${path.join(dir, '.claimlint.yml')}:1:1: not used: is a symbolic link (not followed in a git revision), not a regular file\n`);
    expect(r.status).toBe(2);
  });

  test('--config FILE is read from REV as well', async () => {
    const dir = repo({ 'cfg.yml': 'root: true\n', 'Documentation/a.rst': DOC });
    writeFileSync(path.join(dir, 'cfg.yml'), SILENCE_ALL);
    const r = await runCli(['--config-rev', 'HEAD', '--config', 'cfg.yml', '-f', 'json', 'Documentation/a.rst'], { cwd: dir });
    expect(rulesOf(r.out)).toContain('memory-integrity');
    expect(r.err).toMatch(/changes configuration files \(cfg\.yml\)/);
    const missing = await runCli(['--config-rev', 'HEAD', '--config', 'nope.yml', 'Documentation/a.rst'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.err).toContain(`${path.join(dir, 'nope.yml')}:1:1: no such configuration file in git revision`);
  });

  test('patch mode: a commit that silences its own check is checked with the configuration before it', async () => {
    const dir = repo({ '.claimlint.yml': 'root: true\n', 'Documentation/a.rst': 'Title\n=====\n\nNothing here.\n' });
    writeFileSync(path.join(dir, '.claimlint.yml'), SILENCE_ALL);
    writeFileSync(path.join(dir, 'Documentation/a.rst'), DOC);
    git(dir, 'commit', '-qam', 'docs: a claim, and a config that hides it');
    const own = await runCli(['-g', 'HEAD', '-f', 'json'], { cwd: dir });
    expect(rulesOf(own.out)).toEqual([]);
    const r = await runCli(['--config-rev', 'HEAD~1', '-g', 'HEAD', '-f', 'json'], { cwd: dir });
    expect(rulesOf(r.out)).toContain('memory-integrity');
    expect(r.err).toMatch(/^claimlint: note: the working tree changes configuration files \(\.claimlint\.yml\)/);
    expect(r.status).toBe(1);
  });

  test('a revision that is not there, one that looks like an option, or no repository: exit 2', async () => {
    const dir = repo({ 'a.rst': DOC });
    const none = await runCli(['--config-rev', 'no-such-rev', 'a.rst'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.err).toBe(`claimlint: --config-rev no-such-rev: no such commit in ${dir} (a shallow clone may need 'git fetch origin no-such-rev')\n`);
    const option = await runCli(['--config-rev=--output=x', 'a.rst'], { cwd: dir });
    expect(option.status).toBe(2);
    expect(option.err).toBe('claimlint: --config-rev --output=x: expected a git revision\n');
    const outside = tree({ 'a.rst': DOC });
    const r = await runCli(['--config-rev', 'HEAD', 'a.rst'], { cwd: outside });
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^claimlint: --config-rev HEAD: not in a git work tree/);
  });
});
