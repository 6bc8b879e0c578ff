import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readVFile } from '../../src/cli/read.js';
import { runCli } from '../helpers/cli.js';
import { removeAfterAll } from '../helpers/tmp.js';

const run = (args: string[]) => runCli(args);

const dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-cli-')));
writeFileSync(join(dir, 'a.rst'), 'Title\n=====\n\nSome text. More text.\n');
writeFileSync(join(dir, 'bad.rst'), Buffer.from([0x4f, 0x6b, 0x0a, 0x61, 0xff, 0x62, 0x0a]));
writeFileSync(join(dir, 'notes.txt'), 'not rst');

describe('claimlint CLI', () => {
  test('--version and --help', async () => {
    expect((await run(['--version'])).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.out).toContain('Usage: claimlint');
  });
  test('a directory means its .rst files; json has one entry per file', async () => {
    const r = await run(['--format', 'json', join(dir, 'a.rst')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toEqual([expect.objectContaining({ filePath: join(dir, 'a.rst'), messages: [], errorCount: 0, warningCount: 0 })]);
  });
  test('a missing path is an error with exit status 2', async () => {
    const r = await run([join(dir, 'missing.rst')]);
    expect(r.status).toBe(2);
    expect(r.err).toContain('missing.rst: no such file or directory');
  });
  test('invalid UTF-8 names the file, line and column, exit 2, other files still reported', async () => {
    const r = await run(['--format', 'json', dir]);
    expect(r.status).toBe(2);
    expect(r.err).toContain(`${join(dir, 'bad.rst')}:2:2: not valid UTF-8`);
    expect(JSON.parse(r.out)).toHaveLength(1);
  });
  test('an unreadable file is an error naming it', async () => {
    // (root can read a chmod 000 file, so unreadability is made with a directory in a file's place)
    await expect(readVFile(dir)).rejects.toThrow(`${dir}: cannot read: is a directory`);
  });
  test('unknown options and formats are usage errors', async () => {
    expect((await run(['--nope'])).status).toBe(2);
    expect((await run(['--format', 'xml', dir])).status).toBe(2);
    expect((await run([])).status).toBe(2);
  });
  test('claimlint prose prints units and sentences with line:column', async () => {
    const r = await run(['prose', join(dir, 'a.rst')]);
    expect(r.out).toBe('1:1  title\n  1:1  Title\n4:1  paragraph  [Title]\n  4:1  Some text.\n  4:12  More text.\n');
  });
  test('claimlint parse prints the tree', async () => {
    const r = await run(['parse', join(dir, 'a.rst')]);
    const tree = JSON.parse(r.out);
    expect(tree.type).toBe('root');
    expect(tree.children[0].type).toBe('section');
  });
});
