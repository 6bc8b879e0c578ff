import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { clearConfigCache, documentScope, isIgnored, resolveConfig } from '../../src/config/index.js';
import { formatFileError } from '../../src/rules/types.js';
import { removeTrees, tree } from './tree.js';

beforeEach(() => clearConfigCache());
afterAll(() => removeTrees());

/** The formatted errors of a config with this text, with its directory shown as `<dir>`. */
function errorsOf(text: string | Buffer, extra: Record<string, string | null> = {}): string[] {
  const root = tree({ '.git': null, '.claimlint.yml': text, ...extra });
  return resolveConfig(path.join(root, 'x.rst')).errors.map((e) => formatFileError(e).split(root).join('<dir>'));
}

const F = '<dir>/.claimlint.yml';

describe('YAML syntax', () => {
  test('an unclosed flow mapping', () => {
    expect(errorsOf('severity: {a: off\n')).toEqual([
      `${F}:2:1: Flow map in block collection must be sufficiently indented and end with a }`,
    ]);
  });

  test('a duplicate key', () => {
    expect(errorsOf('severity:\n  a: off\n  a: info\n')).toEqual([`${F}:3:3: Map keys must be unique`]);
  });

  test('a tab as indentation', () => {
    expect(errorsOf('root: true\n\tseverity: {}\n')).toEqual([`${F}:2:1: Tabs are not allowed as indentation`]);
  });

  test('a file with a syntax error contributes nothing else', () => {
    const root = tree({ '.git': null, '.claimlint.yml': 'root: true\nseverity: {a: off\n' });
    const { config } = resolveConfig(path.join(root, 'x.rst'));
    expect(config.files).toEqual([path.join(root, '.claimlint.yml')]);
    expect({ ...config.severity }).toEqual({});
  });
});

describe('structure and types', () => {
  test('the top level is not a mapping', () => {
    expect(errorsOf('- root\n')).toEqual([
      `${F}:1:1: a configuration file must be a mapping with the keys root, rules, scopes, severity, ignore`,
    ]);
  });

  test('an empty file, or one with comments only, is an empty config', () => {
    expect(errorsOf('')).toEqual([]);
    expect(errorsOf('# nothing yet\n')).toEqual([]);
  });

  test('unknown keys name the allowed ones', () => {
    expect(errorsOf('root: true\nrule: [a.yml]\n42: x\n')).toEqual([
      `${F}:2:1: unknown key 'rule'; allowed keys: root, rules, scopes, severity, ignore`,
      `${F}:3:1: unknown key '42'; allowed keys: root, rules, scopes, severity, ignore`,
    ]);
  });

  test('wrong types for each key', () => {
    expect(
      errorsOf(['root: yes', 'rules: default', 'scopes: [a.rst]', 'severity: off', 'ignore: "*.txt"', ''].join('\n')),
    ).toEqual([
      `${F}:1:7: 'root' must be true or false`,
      `${F}:2:8: 'rules' must be a list of rule files (relative to this file) or 'default'`,
      `${F}:3:9: 'scopes' must be a mapping from path glob to a list of technology ids`,
      `${F}:4:11: 'severity' must be a mapping from rule id to error, warning, info, off`,
      `${F}:5:9: 'ignore' must be a list of path globs (use [] for none)`,
    ]);
  });

  test('a key with no value: the error is at the key', () => {
    expect(errorsOf('root:\nignore:\n')).toEqual([
      `${F}:1:1: 'root' must be true or false`,
      `${F}:2:1: 'ignore' must be a list of path globs (use [] for none)`,
    ]);
  });

  test('bad list items and scope values', () => {
    const text = [
      'rules: [default, 3, ""]',
      'scopes:',
      '  "a.rst": sev',
      '  "b.rst": [sev, 7, {x: y}]',
      '  "c.rst":',
      '',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      `${F}:1:18: a 'rules' entry must be the path of a rule file or 'default'`,
      `${F}:1:21: a 'rules' entry must be the path of a rule file or 'default'`,
      `${F}:3:12: the scope of 'a.rst' must be a list of technology ids`,
      `${F}:4:18: a technology id must be a string, not the number 7`,
      `${F}:4:21: a technology id must be a string, not a mapping`,
      `${F}:5:3: the scope of 'c.rst' must be a list of technology ids`,
    ]);
  });

  test('a rule file that does not exist', () => {
    expect(errorsOf('rules:\n  - default\n  - rules/missing.yml\n')).toEqual([
      `${F}:3:5: rule file not found: rules/missing.yml`,
    ]);
  });
});

describe('severity values', () => {
  test('a severity that is not one of the four', () => {
    const text = ['severity:', '  a: warn', '  b: 2', '  c: false', '  d:', '  e: [off]', '  f: "off"', ''].join('\n');
    expect(errorsOf(text)).toEqual([
      `${F}:2:6: severity of 'a' must be one of error, warning, info, off, not 'warn'`,
      `${F}:3:6: severity of 'b' must be one of error, warning, info, off, not the number 2`,
      `${F}:4:6: severity of 'c' must be one of error, warning, info, off, not the boolean false`,
      `${F}:5:3: severity of 'd' must be one of error, warning, info, off, not nothing`,
      `${F}:6:6: severity of 'e' must be one of error, warning, info, off, not a list`,
    ]);
  });

  test('a rule id that is not a string', () => {
    expect(errorsOf('severity:\n  12: off\n')).toEqual([`${F}:2:3: a rule id must be a string, not the number 12`]);
  });
});

describe('globs', () => {
  test('a glob that is not a string', () => {
    expect(errorsOf('ignore: ["ok/**", 1, [a], null]\nscopes:\n  3: [sev]\n  ? [x]\n  : [sev]\n')).toEqual([
      `${F}:1:19: glob must be a string, not the number 1`,
      `${F}:1:22: glob must be a string, not a list`,
      `${F}:1:27: glob must be a string, not nothing`,
      `${F}:3:3: glob must be a string, not the number 3`,
      `${F}:4:5: glob must be a string, not a list`,
    ]);
  });

  test('globs that cannot match, or mean something else', () => {
    const text = ['ignore:', '  - "/abs/**"', '  - "../up/*.rst"', '  - "!keep.rst"', '  - ""', 'scopes:', '  "a/../../b": [sev]', ''].join(
      '\n',
    );
    expect(errorsOf(text)).toEqual([
      `${F}:2:5: glob must be relative to the directory of this configuration file (no leading '/')`,
      `${F}:3:5: glob must not contain '..': a configuration file only applies to files beneath its directory`,
      `${F}:4:5: negated globs ('!…') are not supported; to drop the default ignore, write 'ignore: []'`,
      `${F}:5:5: glob must not be empty`,
      `${F}:7:3: glob must not contain '..': a configuration file only applies to files beneath its directory`,
    ]);
  });
});

describe('unreadable files', () => {
  test('a directory named .claimlint.yml', () => {
    const root = tree({ '.git': null, '.claimlint.yml': null });
    const { config, errors } = resolveConfig(path.join(root, 'x.rst'));
    expect(errors.map(formatFileError)).toEqual([
      `${root}/.claimlint.yml:1:1: not used: is a directory, not a regular file`,
    ]);
    expect(config.rules).toEqual(['default']);
  });

  test('a file that is not UTF-8', () => {
    expect(errorsOf(Buffer.from([0x72, 0x6f, 0x6f, 0x74, 0x3a, 0x20, 0xff, 0x0a]))).toEqual([
      `${F}:1:1: configuration file is not valid UTF-8`,
    ]);
  });
});

describe('positions and partial application', () => {
  test('a BOM does not shift columns; CRLF line ends count as one line end', () => {
    expect(errorsOf('\uFEFFroot: 1\r\nseverity:\r\n  a: nope\r\n')).toEqual([
      `${F}:1:7: 'root' must be true or false`,
      `${F}:3:6: severity of 'a' must be one of error, warning, info, off, not 'nope'`,
    ]);
  });

  test('columns count UTF-16 code units', () => {
    expect(errorsOf('scopes:\n  "é😀.rst": [sev, 1]\n')).toEqual([
      `${F}:2:20: a technology id must be a string, not the number 1`,
    ]);
  });

  test('the good entries of a file with errors still apply', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'severity:\n  a: warn\n  b: off\nignore: ["/x", "old/**"]\nscopes:\n  "*.rst": [sev, 2]\nbogus: 1\n',
    });
    const { config, errors } = resolveConfig(path.join(root, 'x.rst'));
    expect(errors).toHaveLength(4);
    expect({ ...config.severity }).toEqual({ b: 'off' });
    expect(config.ignore).toEqual([{ glob: 'old/**', base: root }]);
    expect(isIgnored(config, path.join(root, 'old/a.rst'))).toBe(true);
    expect(documentScope(config, path.join(root, 'x.rst'))).toEqual(['sev']);
  });

  test('errors of every applying config, nearest first', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'oops: 1\n',
      'd/.claimlint.yml': 'root: maybe\n',
    });
    const { errors } = resolveConfig(path.join(root, 'd/x.rst'));
    expect(errors.map((e) => formatFileError(e).split(root).join('<dir>'))).toEqual([
      `<dir>/d/.claimlint.yml:1:7: 'root' must be true or false`,
      `<dir>/.claimlint.yml:1:1: unknown key 'oops'; allowed keys: root, rules, scopes, severity, ignore`,
    ]);
  });
});
