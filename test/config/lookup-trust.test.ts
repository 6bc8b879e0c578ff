/**
 * Issue 9, minor item: config lookup outside a git tree climbed to `/` and took a
 * `.claimlint.yml` from a world-writable directory. Now, outside git, the search stops at the
 * starting directory (the working directory when the file is beneath it, the language
 * server's workspace folder, else the file's own directory), and a config that other users
 * may write (its directory or the file) is a warning and is not used.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { clearConfigCache, resolveConfig, useStartingDirectories } from '../../src/config/index.js';
import { Workspace } from '../../src/lsp/config.js';
import { formatFileError } from '../../src/rules/types.js';
import { runCli } from '../helpers/cli.js';
import { removeTrees, tree } from './tree.js';

const DOC = 'Title\n=====\n\nConfidential computing guarantees memory integrity for every guest.\n';
const SILENCE = 'severity: {memory-integrity: off}\n';
const back = process.cwd();

beforeEach(() => clearConfigCache());
afterEach(() => {
  process.chdir(back);
  useStartingDirectories(undefined);
});
afterAll(() => removeTrees());

/** The config files that apply to `file` with the working directory at `cwd`. */
function filesFrom(cwd: string, file: string): string[] {
  process.chdir(cwd);
  clearConfigCache();
  try {
    return resolveConfig(file).config.files;
  } finally {
    process.chdir(back);
  }
}

describe('outside git, the search stops at the starting directory', () => {
  test('the working directory, when the file is beneath it', () => {
    const root = tree({ '.claimlint.yml': SILENCE, 'inner/.claimlint.yml': 'root: false\n', 'inner/deep/a.rst': DOC });
    const file = path.join(root, 'inner/deep/a.rst');
    expect(filesFrom(root, file)).toEqual([path.join(root, 'inner/.claimlint.yml'), path.join(root, '.claimlint.yml')]);
    expect(filesFrom(path.join(root, 'inner'), file)).toEqual([path.join(root, 'inner/.claimlint.yml')]);
    expect(filesFrom(path.join(root, 'inner/deep'), file)).toEqual([]);
  });

  test("else the file's own directory", () => {
    const root = tree({ '.claimlint.yml': SILENCE, 'd/.claimlint.yml': 'root: false\n', 'd/a.rst': DOC, 'elsewhere/x': 'x' });
    expect(filesFrom(path.join(root, 'elsewhere'), path.join(root, 'd/a.rst'))).toEqual([path.join(root, 'd/.claimlint.yml')]);
  });

  test('inside a git work tree the search still goes up to its top, wherever the working directory is', () => {
    const root = tree({ '.claimlint.yml': 'root: false\n', 'repo/.git': null, 'repo/.claimlint.yml': SILENCE, 'repo/d/a.rst': DOC });
    expect(filesFrom(path.join(root, 'repo/d'), path.join(root, 'repo/d/a.rst'))).toEqual([path.join(root, 'repo/.claimlint.yml')]);
  });

  test('the CLI: a config above the working directory does not silence a file below it', async () => {
    const root = tree({ '.claimlint.yml': SILENCE, 'docs/a.rst': DOC });
    expect((await runCli(['-f', 'json', 'a.rst'], { cwd: path.join(root, 'docs') })).status).toBe(1);
    expect((await runCli(['-f', 'json', 'docs/a.rst'], { cwd: root })).status).toBe(0);
  });

  test("the language server: the workspace folder holding the document, else the document's directory", () => {
    const root = tree({ '.claimlint.yml': SILENCE, 'ws/docs/a.rst': DOC });
    const file = path.join(root, 'ws/docs/a.rst');
    const severityOf = (folders: string[]) => {
      const w = new Workspace();
      w.setFolders(folders);
      return w.setupFor(file).options.severity?.['memory-integrity'];
    };
    expect(severityOf([`file://${root}`])).toBe('off');
    expect(severityOf([path.join(root, 'ws')])).toBeUndefined();
    expect(severityOf([])).toBeUndefined();
  });
});

describe('a config that others may write is not used', () => {
  test('in a world-writable directory: a warning naming it, and the defaults apply', async () => {
    const root = tree({ 'shared/.claimlint.yml': SILENCE, 'shared/a.rst': DOC });
    const shared = path.join(root, 'shared');
    chmodSync(shared, 0o1777); // like /tmp: the sticky bit does not stop others from creating files
    const { config, errors, warnings } = resolveConfig(path.join(shared, 'a.rst'));
    expect(errors).toEqual([]);
    expect(config.files).toEqual([]);
    expect(warnings.map(formatFileError)).toEqual([
      `${path.join(shared, '.claimlint.yml')}:1:1: not used: its directory is writable by other users (chmod o-w ${shared} to use it)`,
    ]);
    const r = await runCli(['-f', 'json', 'a.rst'], { cwd: shared });
    expect(r.status).toBe(1); // the finding is not silenced; a warning does not make it 2
    expect(r.err).toBe(`claimlint: warning: ${formatFileError(warnings[0]!)}\n`);
    chmodSync(shared, 0o755);
  });

  test('a world-writable config file', () => {
    const root = tree({ '.git': null, '.claimlint.yml': SILENCE, 'a.rst': DOC });
    chmodSync(path.join(root, '.claimlint.yml'), 0o666);
    const { config, warnings } = resolveConfig(path.join(root, 'a.rst'));
    expect(config.files).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      `not used: it is writable by other users (chmod o-w ${path.join(root, '.claimlint.yml')} to use it)`,
    ]);
  });

  test('the language server shows the warning on the config file', () => {
    const root = tree({ 'w/.claimlint.yml': SILENCE, 'w/a.rst': DOC });
    chmodSync(path.join(root, 'w'), 0o777);
    const ws = new Workspace();
    ws.setFolders([path.join(root, 'w')]);
    ws.setupFor(path.join(root, 'w/a.rst'));
    expect(ws.problemDiagnostics()).toEqual([expect.objectContaining({
      uri: `file://${path.join(root, 'w/.claimlint.yml')}`,
      diagnostics: [expect.objectContaining({ severity: 2, message: expect.stringContaining('writable by other users') })],
    })]);
    chmodSync(path.join(root, 'w'), 0o755);
  });

  test('a .claimlint.yml that is a symlink out of the searched tree is an error and not used', () => {
    const root = tree({ 'outside.yml': SILENCE, 'repo/.git': null, 'repo/a.rst': DOC, 'repo/inside.yml': 'root: false\n', 'repo/d/a.rst': DOC });
    symlinkSync('../outside.yml', path.join(root, 'repo/.claimlint.yml'));
    mkdirSync(path.join(root, 'repo/e'));
    writeFileSync(path.join(root, 'repo/e/a.rst'), DOC);
    symlinkSync('../inside.yml', path.join(root, 'repo/e/.claimlint.yml'));
    const out = resolveConfig(path.join(root, 'repo/a.rst'));
    expect(out.config.files).toEqual([]);
    expect(out.errors.map((e) => e.message)).toEqual(['not used: a symbolic link that leads outside the directory tree it configures']);
    clearConfigCache();
    const inside = resolveConfig(path.join(root, 'repo/e/a.rst'));
    expect(inside.config.files).toEqual([path.join(root, 'repo/e/.claimlint.yml')]);
  });
});
