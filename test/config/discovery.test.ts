import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { clearConfigCache, resolveConfig } from '../../src/config/index.js';
import { formatFileError } from '../../src/rules/types.js';
import { gitInit, removeTrees, tree } from './tree.js';

beforeEach(() => clearConfigCache());
afterAll(() => removeTrees());

describe('discovery upward', () => {
  test('finds configs in the file directory and every parent, nearest first', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'severity: {a: error}\n',
      'Documentation/.claimlint.yml': 'severity: {b: warning}\n',
      'Documentation/virt/coco/sev-guest.rst': 'x\n',
    });
    const { config, errors } = resolveConfig(path.join(root, 'Documentation/virt/coco/sev-guest.rst'));
    expect(errors).toEqual([]);
    expect(config.files).toEqual([path.join(root, 'Documentation/.claimlint.yml'), path.join(root, '.claimlint.yml')]);
    expect(config.gitRoot).toBe(root);
  });

  test('with no config at all: no files, the default rule set, the default ignore', () => {
    const root = tree({ '.git': null, 'a/b.rst': 'x\n' });
    const { config, errors } = resolveConfig(path.join(root, 'a/b.rst'));
    expect(errors).toEqual([]);
    expect(config.files).toEqual([]);
    expect(config.rules).toEqual(['default']);
    expect(config.scopes).toEqual([]);
    expect({ ...config.severity }).toEqual({});
    expect(config.ignore).toEqual([{ glob: 'Documentation/translations/**', base: root }]);
  });

  test('stops after the git root of a real `git init` work tree', () => {
    const outer = tree({
      '.claimlint.yml': 'severity: {outer: off}\n',
      'linux/.claimlint.yml': 'severity: {top: info}\n',
      'linux/Documentation/index.rst': 'x\n',
    });
    gitInit(path.join(outer, 'linux'));
    const { config } = resolveConfig(path.join(outer, 'linux/Documentation/index.rst'));
    expect(config.files).toEqual([path.join(outer, 'linux/.claimlint.yml')]);
    expect({ ...config.severity }).toEqual({ top: 'info' });
    expect(config.gitRoot).toBe(path.join(outer, 'linux'));
  });

  test('a `.git` file (worktree, submodule) marks the git root too', () => {
    const outer = tree({
      '.claimlint.yml': 'severity: {outer: off}\n',
      'wt/.git': 'gitdir: /elsewhere/.git/worktrees/wt\n',
      'wt/doc.rst': 'x\n',
    });
    const { config } = resolveConfig(path.join(outer, 'wt/doc.rst'));
    expect(config.files).toEqual([]);
    expect(config.gitRoot).toBe(path.join(outer, 'wt'));
  });

  test('stops after a config with `root: true`', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'severity: {outer: off}\n',
      'Documentation/.claimlint.yml': 'root: true\nseverity: {inner: error}\n',
      'Documentation/sub/.claimlint.yml': 'severity: {deep: warning}\n',
      'Documentation/sub/a.rst': 'x\n',
    });
    const { config } = resolveConfig(path.join(root, 'Documentation/sub/a.rst'));
    expect(config.files).toEqual([
      path.join(root, 'Documentation/sub/.claimlint.yml'),
      path.join(root, 'Documentation/.claimlint.yml'),
    ]);
    expect({ ...config.severity }).toEqual({ inner: 'error', deep: 'warning' });
    // the git root is still known: the default ignore is anchored there
    expect(config.gitRoot).toBe(root);
  });

  test('`root: false` does not stop the search', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'severity: {outer: off}\n',
      'd/.claimlint.yml': 'root: false\n',
      'd/a.rst': 'x\n',
    });
    expect(resolveConfig(path.join(root, 'd/a.rst')).config.files).toHaveLength(2);
  });

  test('accepts .claimlint.yaml', () => {
    const root = tree({ '.git': null, '.claimlint.yaml': 'severity: {a: info}\n', 'a.rst': 'x\n' });
    const { config, errors } = resolveConfig(path.join(root, 'a.rst'));
    expect(errors).toEqual([]);
    expect(config.files).toEqual([path.join(root, '.claimlint.yaml')]);
    expect({ ...config.severity }).toEqual({ a: 'info' });
  });

  test('with both .claimlint.yml and .claimlint.yaml, .yml is used and .yaml is an error', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'severity: {a: info}\n',
      '.claimlint.yaml': 'severity: {a: error}\n',
      'a.rst': 'x\n',
    });
    const { config, errors } = resolveConfig(path.join(root, 'a.rst'));
    expect(config.files).toEqual([path.join(root, '.claimlint.yml')]);
    expect({ ...config.severity }).toEqual({ a: 'info' });
    expect(errors.map(formatFileError)).toEqual([
      `${root}/.claimlint.yaml:1:1: not used: .claimlint.yml in the same directory takes precedence; remove one of them`,
    ]);
  });

  test('paths relative to the working directory are resolved', () => {
    const root = tree({ '.git': null, '.claimlint.yml': 'severity: {a: info}\n', 'd/a.rst': 'x\n' });
    const rel = path.relative(process.cwd(), path.join(root, 'd/a.rst'));
    expect(path.isAbsolute(rel)).toBe(false);
    expect(resolveConfig(rel).config.files).toEqual([path.join(root, '.claimlint.yml')]);
  });

  test('a config in the directory of the file counts (the file is not a directory)', () => {
    const root = tree({ '.git': null, 'd/.claimlint.yml': 'severity: {a: info}\n', 'd/a.rst': 'x\n' });
    expect(resolveConfig(path.join(root, 'd/a.rst')).config.files).toEqual([path.join(root, 'd/.claimlint.yml')]);
    expect(resolveConfig(path.join(root, 'a.rst')).config.files).toEqual([]);
  });
});
