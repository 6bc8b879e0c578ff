/**
 * Reading documents (issue 9): FIFOs, devices and directories are refused by
 * type before reading, never read until they end (a FIFO blocked, /dev/zero
 * never ends); documents have a size limit. The runs that hung before run in
 * a capped child process.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_DOCUMENT_BYTES, readVFile, readVFileSync } from '../../src/cli/read.js';
import { reportedPaths, runCapped } from './run-capped.js';

const tmp = mkdtempSync(join(tmpdir(), 'claimlint-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

mkdirSync(join(tmp, 'd'));
writeFileSync(join(tmp, 'd', 'ok.rst'), 'Title\n=====\n\nSome text.\n');
const fifo = spawnSync('mkfifo', [join(tmp, 'pipe.rst'), join(tmp, 'd', 'pipe.rst')]);

/** A sparse file of `size` bytes (zeros). */
function sized(name: string, size: number): string {
  const path = join(tmp, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

describe('documents are refused by type before reading', () => {
  const fifoTest = fifo.status === 0 ? test : test.skip;
  if (fifo.status !== 0) console.warn('mkfifo is not available: the FIFO tests are skipped');

  fifoTest('a FIFO named on the command line is an error naming it, not a hang (lint, parse, prose)', () => {
    for (const args of [['pipe.rst'], ['parse', 'pipe.rst'], ['prose', 'pipe.rst']]) {
      const r = runCapped(args, { cwd: tmp });
      expect(r.signal).toBeNull();
      expect(r.err).toBe('claimlint: pipe.rst: cannot read: is a FIFO (named pipe), not a regular file\n');
      expect(r.status).toBe(2);
    }
  });

  fifoTest('a FIFO found in a directory is an error naming it; the other files are linted', () => {
    const r = runCapped(['--format', 'json', 'd'], { cwd: tmp });
    expect(r.signal).toBeNull();
    expect(r.err).toBe('claimlint: d/pipe.rst: cannot read: is a FIFO (named pipe), not a regular file\n');
    expect(reportedPaths(r.out)).toEqual(['d/ok.rst']);
    expect(r.status).toBe(2);
  });

  test('a device named on the command line is an error naming it, not read until memory runs out', () => {
    for (const args of [['/dev/zero'], ['parse', '/dev/zero'], ['/dev/zero', 'd/ok.rst', '--format', 'json']]) {
      const r = runCapped(args, { cwd: tmp });
      expect(r.signal).toBeNull();
      expect(r.err).toContain('claimlint: /dev/zero: cannot read: is a character device, not a regular file\n');
      expect(r.status).toBe(2);
    }
    expect(() => readVFileSync('/dev/null')).toThrow('/dev/null: cannot read: is a character device, not a regular file');
  });

  test('a directory is refused by the readers', async () => {
    await expect(readVFile(join(tmp, 'd'))).rejects.toThrow(`${join(tmp, 'd')}: cannot read: is a directory`);
    expect(() => readVFileSync(join(tmp, 'd'))).toThrow(`${join(tmp, 'd')}: cannot read: is a directory`);
  });
});

describe('the size limit', () => {
  test('a document over the limit is refused with its size and the limit', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(16 * 1024 * 1024);
    const big = sized('big.rst', MAX_DOCUMENT_BYTES + 1);
    expect(() => readVFileSync(big)).toThrow(`${big}: too large (${MAX_DOCUMENT_BYTES + 1} bytes; the limit is ${MAX_DOCUMENT_BYTES})`);
  });

  test('a document at the limit is read', () => {
    expect(String(readVFileSync(sized('limit.rst', MAX_DOCUMENT_BYTES)).value)).toHaveLength(MAX_DOCUMENT_BYTES);
  });

  test('from the command line: an error naming the file, exit 2, the other files still reported', () => {
    sized('big.rst', MAX_DOCUMENT_BYTES + 1);
    const r = runCapped(['--format', 'json', 'big.rst', 'd/ok.rst'], { cwd: tmp });
    expect(r.signal).toBeNull();
    expect(r.err).toBe(`claimlint: big.rst: too large (${MAX_DOCUMENT_BYTES + 1} bytes; the limit is ${MAX_DOCUMENT_BYTES})\n`);
    expect(reportedPaths(r.out)).toEqual(['d/ok.rst']);
    expect(r.status).toBe(2);
  });
});
