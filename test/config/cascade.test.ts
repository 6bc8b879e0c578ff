import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { clearConfigCache, documentScope, isIgnored, resolveConfig } from '../../src/config/index.js';
import { gitInit, removeTrees, tree } from './tree.js';

beforeEach(() => clearConfigCache());
afterAll(() => removeTrees());

describe('cascade', () => {
  test('severity: nearer configs override farther ones per rule id', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'severity:\n  a: error\n  b: error\n',
      'd/.claimlint.yml': 'severity:\n  b: off\n  c: info\n',
      'd/x.rst': 'x\n',
    });
    const { config } = resolveConfig(path.join(root, 'd/x.rst'));
    expect({ ...config.severity }).toEqual({ a: 'error', b: 'off', c: 'info' });
  });

  test('a rule id like __proto__ is an ordinary key', () => {
    const root = tree({ '.git': null, '.claimlint.yml': 'severity:\n  __proto__: off\n', 'x.rst': 'x\n' });
    const { config } = resolveConfig(path.join(root, 'x.rst'));
    expect(Object.keys(config.severity)).toEqual(['__proto__']);
    expect(config.severity['__proto__']).toBe('off');
  });

  test('rules: lists accumulate farthest first, deduplicated by resolved path', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'rules: [default, rules/a.yml]\n',
      'rules/a.yml': '',
      'rules/b.yml': '',
      'd/.claimlint.yml': 'rules: [../rules/b.yml, ../rules/a.yml, ./../rules/a.yml, default]\n',
      'd/x.rst': 'x\n',
    });
    const { config, errors } = resolveConfig(path.join(root, 'd/x.rst'));
    expect(errors).toEqual([]);
    expect(config.rules).toEqual(['default', path.join(root, 'rules/a.yml'), path.join(root, 'rules/b.yml')]);
  });

  test('rules: a `rules` key without `default` drops the shipped set; no key anywhere keeps it', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'rules: [own.yml]\n',
      'own.yml': '',
      'd/.claimlint.yml': 'severity: {a: off}\n',
      'd/x.rst': 'x\n',
      'e/.claimlint.yml': 'root: true\n',
      'e/x.rst': 'x\n',
    });
    expect(resolveConfig(path.join(root, 'd/x.rst')).config.rules).toEqual([path.join(root, 'own.yml')]);
    expect(resolveConfig(path.join(root, 'e/x.rst')).config.rules).toEqual(['default']);
  });

  test('ignore: lists accumulate, each glob anchored at its own config directory', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'ignore: ["generated/**"]\n',
      'Documentation/.claimlint.yml': 'ignore: ["old/*.rst"]\n',
      'Documentation/x.rst': 'x\n',
    });
    const { config } = resolveConfig(path.join(root, 'Documentation/x.rst'));
    expect(config.ignore).toEqual([
      { glob: 'old/*.rst', base: path.join(root, 'Documentation') },
      { glob: 'generated/**', base: root },
    ]);
    expect(isIgnored(config, path.join(root, 'Documentation/old/a.rst'))).toBe(true);
    expect(isIgnored(config, path.join(root, 'Documentation/old/deeper/a.rst'))).toBe(false);
    expect(isIgnored(config, path.join(root, 'old/a.rst'))).toBe(false);
    expect(isIgnored(config, path.join(root, 'generated/x/y.rst'))).toBe(true);
    expect(isIgnored(config, path.join(root, 'Documentation/generated/y.rst'))).toBe(false);
    // an explicit ignore list replaces the default
    expect(isIgnored(config, path.join(root, 'Documentation/translations/it_IT/a.rst'))).toBe(false);
  });
});

describe('default ignore of Documentation/translations', () => {
  test('anchored at the git root', () => {
    const root = tree({ 'Documentation/index.rst': 'x\n', 'Documentation/translations/zh_CN/a.rst': 'x\n' });
    gitInit(root);
    const file = path.join(root, 'Documentation/translations/zh_CN/a.rst');
    const { config } = resolveConfig(file);
    expect(config.ignore).toEqual([{ glob: 'Documentation/translations/**', base: root }]);
    expect(isIgnored(config, file)).toBe(true);
    expect(isIgnored(config, path.join(root, 'Documentation/translations/index.rst'))).toBe(true);
    expect(isIgnored(config, path.join(root, 'Documentation/index.rst'))).toBe(false);
    expect(isIgnored(config, path.join(root, 'Documentation/translationsx/a.rst'))).toBe(false);
    // not at any depth: only the git root's Documentation/translations
    expect(isIgnored(config, path.join(root, 'tools/Documentation/translations/a.rst'))).toBe(false);
  });

  test('still anchored at the git root when a `root: true` config stops the search below it', () => {
    const root = tree({
      '.git': null,
      'Documentation/.claimlint.yml': 'root: true\nseverity: {a: off}\n',
      'Documentation/translations/it_IT/a.rst': 'x\n',
    });
    const file = path.join(root, 'Documentation/translations/it_IT/a.rst');
    const { config } = resolveConfig(file);
    expect(config.files).toEqual([path.join(root, 'Documentation/.claimlint.yml')]);
    expect(isIgnored(config, file)).toBe(true);
  });

  test('outside a git work tree: a leading ** makes it match at any depth', () => {
    // os.tmpdir() is assumed not to be inside a git work tree
    const root = tree({ 'linux-6.12/Documentation/translations/ja_JP/a.rst': 'x\n', 'linux-6.12/x.rst': 'x\n' });
    const file = path.join(root, 'linux-6.12/Documentation/translations/ja_JP/a.rst');
    const { config } = resolveConfig(file);
    expect(config.gitRoot).toBeUndefined();
    expect(config.ignore).toEqual([{ glob: '**/Documentation/translations/**', base: path.parse(root).root }]);
    expect(isIgnored(config, file)).toBe(true);
    expect(isIgnored(config, path.join(root, 'linux-6.12/x.rst'))).toBe(false);
    expect(isIgnored(config, path.join(root, 'linux-6.12/Documentation/translation.rst'))).toBe(false);
  });

  test('`ignore: []` drops the default; any ignore list replaces it', () => {
    const root = tree({
      '.git': null,
      'a/.claimlint.yml': 'ignore: []\n',
      'b/.claimlint.yml': 'ignore: ["*.txt"]\n',
    });
    const a = resolveConfig(path.join(root, 'a/x.rst')).config;
    expect(a.ignore).toEqual([]);
    expect(isIgnored(a, path.join(root, 'Documentation/translations/a.rst'))).toBe(false);
    const b = resolveConfig(path.join(root, 'b/x.rst')).config;
    expect(b.ignore).toEqual([{ glob: '*.txt', base: path.join(root, 'b') }]);
    expect(isIgnored(b, path.join(root, 'b/notes.txt'))).toBe(true);
    expect(isIgnored(b, path.join(root, 'b/sub/notes.txt'))).toBe(false);
  });
});

describe('scopes', () => {
  const files = {
    '.git': null,
    '.claimlint.yml': [
      'scopes:',
      '  "Documentation/virt/coco/**": [sev, tdx]',
      '  "Documentation/virt/coco/sev-guest.rst": [sev, sev-es, sev-snp]',
      '  "Documentation/arch/*.rst": [cca]',
      '  "Documentation/empty.rst": []',
      '  "Documentation/security/": [sgx]',
      '',
    ].join('\n'),
    'Documentation/security/.claimlint.yml': 'scopes:\n  "snp-tdx-threat-model.rst": [sev-snp, tdx]\n',
  };

  test('in precedence order: nearer file first, later entry first within a file', () => {
    const root = tree(files);
    const { config } = resolveConfig(path.join(root, 'Documentation/security/snp-tdx-threat-model.rst'));
    expect(config.scopes.map((s) => [s.glob, path.relative(root, s.base), s.technologies, s.place.line, s.place.column])).toEqual([
      ['snp-tdx-threat-model.rst', 'Documentation/security', ['sev-snp', 'tdx'], 2, 3],
      ['Documentation/security/', '', ['sgx'], 6, 3],
      ['Documentation/empty.rst', '', [], 5, 3],
      ['Documentation/arch/*.rst', '', ['cca'], 4, 3],
      ['Documentation/virt/coco/sev-guest.rst', '', ['sev', 'sev-es', 'sev-snp'], 3, 3],
      ['Documentation/virt/coco/**', '', ['sev', 'tdx'], 2, 3],
    ]);
    expect(config.scopes[0]?.place.file).toBe(path.join(root, 'Documentation/security/.claimlint.yml'));
  });

  test('documentScope gives the technologies of the first matching entry', () => {
    const root = tree(files);
    const scope = (rel: string) => documentScope(resolveConfig(path.join(root, rel)).config, path.join(root, rel));
    expect(scope('Documentation/security/snp-tdx-threat-model.rst')).toEqual(['sev-snp', 'tdx']);
    // a trailing slash: everything beneath the directory
    expect(scope('Documentation/security/other.rst')).toEqual(['sgx']);
    expect(scope('Documentation/security/keys/core.rst')).toEqual(['sgx']);
    // the later, more specific entry wins within one file
    expect(scope('Documentation/virt/coco/sev-guest.rst')).toEqual(['sev', 'sev-es', 'sev-snp']);
    expect(scope('Documentation/virt/coco/tdx-guest.rst')).toEqual(['sev', 'tdx']);
    expect(scope('Documentation/virt/coco/deeper/x.rst')).toEqual(['sev', 'tdx']);
    // * does not cross a directory
    expect(scope('Documentation/arch/x86.rst')).toEqual(['cca']);
    expect(scope('Documentation/arch/x86/tdx.rst')).toBeUndefined();
    // an empty list is a scope (no technology), not "no scope"
    expect(scope('Documentation/empty.rst')).toEqual([]);
    expect(scope('Documentation/index.rst')).toBeUndefined();
  });

  test('a nearer config overrides a farther one for the same file', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'scopes:\n  "d/**": [sev]\n',
      'd/.claimlint.yml': 'scopes:\n  "*.rst": [tdx]\n',
    });
    const file = path.join(root, 'd/a.rst');
    const { config } = resolveConfig(file);
    expect(documentScope(config, file)).toEqual(['tdx']);
    expect(documentScope(config, path.join(root, 'd/sub/a.rst'))).toEqual(['sev']);
  });

  test('a file outside a glob base matches nothing', () => {
    const root = tree({ '.git': null, 'd/.claimlint.yml': 'scopes:\n  "**": [sev]\nignore: ["**"]\n' });
    const { config } = resolveConfig(path.join(root, 'd/a.rst'));
    expect(documentScope(config, path.join(root, 'd/a.rst'))).toEqual(['sev']);
    expect(documentScope(config, path.join(root, 'e/a.rst'))).toBeUndefined();
    expect(isIgnored(config, path.join(root, 'd/.hidden/a.rst'))).toBe(true);
    expect(isIgnored(config, path.join(root, 'a.rst'))).toBe(false);
  });
});
