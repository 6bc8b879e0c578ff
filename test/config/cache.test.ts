import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { clearConfigCache, loadConfigFile, resolveConfig } from '../../src/config/index.js';
import { removeTrees, tree } from './tree.js';

beforeEach(() => clearConfigCache());
afterAll(() => removeTrees());

describe('caching', () => {
  test('sibling files share one resolution; a config file is parsed once for every directory under it', () => {
    const root = tree({ '.git': null, '.claimlint.yml': 'severity: {a: off}\n', 'd/e/x.rst': 'x\n' });
    const first = resolveConfig(path.join(root, 'd/a.rst'));
    expect(resolveConfig(path.join(root, 'd/b.rst'))).toBe(first);
    const parsed = loadConfigFile(path.join(root, '.claimlint.yml'));
    resolveConfig(path.join(root, 'd/e/x.rst'));
    expect(loadConfigFile(path.join(root, '.claimlint.yml'))).toBe(parsed);
  });

  test('a changed config is not re-read until clearConfigCache()', () => {
    const root = tree({ '.git': null, '.claimlint.yml': 'severity: {a: off}\n' });
    const config = path.join(root, '.claimlint.yml');
    expect({ ...resolveConfig(path.join(root, 'a.rst')).config.severity }).toEqual({ a: 'off' });

    writeFileSync(config, 'severity: {a: error}\n');
    // the sibling resolves from the cache, and so does a new directory under the same config
    expect({ ...resolveConfig(path.join(root, 'b.rst')).config.severity }).toEqual({ a: 'off' });
    expect({ ...resolveConfig(path.join(root, 'new/c.rst')).config.severity }).toEqual({ a: 'off' });

    clearConfigCache();
    expect({ ...resolveConfig(path.join(root, 'b.rst')).config.severity }).toEqual({ a: 'error' });
  });

  test('a config created after a lookup is found after clearConfigCache()', () => {
    const root = tree({ '.git': null, 'd/x.rst': 'x\n' });
    expect(resolveConfig(path.join(root, 'd/x.rst')).config.files).toEqual([]);
    writeFileSync(path.join(root, 'd/.claimlint.yml'), 'root: true\n');
    expect(resolveConfig(path.join(root, 'd/x.rst')).config.files).toEqual([]);
    clearConfigCache();
    expect(resolveConfig(path.join(root, 'd/x.rst')).config.files).toEqual([path.join(root, 'd/.claimlint.yml')]);
  });

  test('the shared result is frozen', () => {
    const root = tree({ '.git': null, '.claimlint.yml': 'severity: {a: off}\nignore: []\n' });
    const { config } = resolveConfig(path.join(root, 'a.rst'));
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.severity)).toBe(true);
    expect(Object.isFrozen(config.ignore)).toBe(true);
    expect(() => {
      (config.ignore as { glob: string; base: string }[]).push({ glob: 'x', base: root });
    }).toThrow(TypeError);
  });
});
