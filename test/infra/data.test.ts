/**
 * Test data from outside the repository: the kernel corpus (CLAIMLINT_CORPUS or the cache) and
 * ../shared (CLAIMLINT_SHARED). Absent data skips its tests with a message naming what is
 * missing, or fails them under CI; a skipped block's body is never run.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateCorpus } from '../../scripts/corpus-dir.mjs';
import { corpusOrSkip } from '../helpers/corpus.js';
import { sharedDir, sharedFileOrSkip } from '../helpers/shared.js';
import { SKIP_LOG, describeIf } from '../helpers/skip.js';

const root = mkdtempSync(join(tmpdir(), 'claimlint-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A directory under root holding the given files. */
function tree(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

let bodyRan = false;
describeIf(undefined)('a block whose data is absent', () => {
  bodyRan = true;
});

describe('describeIf', () => {
  test('does not run the body of a block whose data is absent (describe.skip would)', () => {
    expect(bodyRan).toBe(false);
  });
});

describe('locateCorpus', () => {
  test('a kernel tree without manifest.json works: its .rst files are counted, its version is unknown', () => {
    const dir = tree('plain', { 'Documentation/index.rst': 'x\n', 'Documentation/a/b.rst': 'y\n', 'Documentation/a/c.txt': 'z\n' });
    expect(locateCorpus(dir)).toEqual({
      corpus: { dir, documentation: join(dir, 'Documentation'), version: 'unknown', rstFiles: 2, manifest: false },
    });
  });
  test('a tree made by corpus:fetch: version and count from its manifest', () => {
    const dir = tree('fetched', { 'Documentation/index.rst': 'x\n', 'manifest.json': '{"version": "6.12.1-1", "rstFiles": 1}' });
    expect(locateCorpus(dir)).toMatchObject({ corpus: { version: '6.12.1-1', rstFiles: 1, manifest: true } });
  });
  test('what is missing is named: the directory, Documentation/, a needed file, a readable manifest', () => {
    const gone = join(root, 'gone');
    expect(locateCorpus(gone)).toEqual({ problem: expect.stringContaining(`kernel corpus not found at ${gone}`) });
    const empty = tree('no-docs', { 'MAINTAINERS': '' });
    expect(locateCorpus(empty)).toEqual({ problem: expect.stringContaining(`${empty} has no Documentation/ directory`) });
    const docs = tree('docs-only', { 'Documentation/index.rst': 'x\n' });
    expect(locateCorpus(docs, ['scripts/checkpatch.pl', 'Documentation/index.rst'])).toEqual({ problem: expect.stringMatching(/has no scripts\/checkpatch\.pl$/) });
    const bad = tree('bad-manifest', { 'Documentation/index.rst': 'x\n', 'manifest.json': '{"version": ' });
    expect(locateCorpus(bad)).toEqual({ problem: expect.stringContaining(`${join(bad, 'manifest.json')}: not a corpus manifest`) });
  });
});

describe('absent data: a skip with a message, a failure under CI', () => {
  const env = { ...process.env };
  // The skip messages of these tests go to a log of their own, not to the run's summary.
  let runDir = '';
  const skipped = () => (existsSync(join(runDir, SKIP_LOG)) ? readFileSync(join(runDir, SKIP_LOG), 'utf8') : '');
  beforeEach(() => {
    runDir = mkdtempSync(join(root, 'run-'));
    process.env['CLAIMLINT_TEST_TMPDIR'] = runDir;
  });
  afterEach(() => {
    for (const k of ['CI', 'CLAIMLINT_CORPUS', 'CLAIMLINT_SHARED', 'CLAIMLINT_TEST_TMPDIR']) {
      if (env[k] === undefined) delete process.env[k];
      else process.env[k] = env[k];
    }
  });

  test('the corpus: CLAIMLINT_CORPUS without Documentation/', () => {
    const dir = tree('corpus-no-docs', {});
    process.env['CLAIMLINT_CORPUS'] = dir;
    delete process.env['CI'];
    expect(corpusOrSkip('a test')).toBeUndefined();
    expect(skipped()).toBe(`the kernel corpus at ${dir} (CLAIMLINT_CORPUS) has no Documentation/ directory: point CLAIMLINT_CORPUS at a Linux source tree, or unset it and run 'npm run corpus:fetch' (a test)\n`);
    process.env['CI'] = 'true';
    expect(() => corpusOrSkip('a test')).toThrow(`the kernel corpus at ${dir} (CLAIMLINT_CORPUS) has no Documentation/ directory`);
  });
  test('the corpus: a kernel tree without manifest.json is used', () => {
    const dir = tree('corpus-plain', { 'Documentation/x.rst': 'x\n' });
    process.env['CLAIMLINT_CORPUS'] = dir;
    process.env['CI'] = 'true';
    expect(corpusOrSkip('a test')).toMatchObject({ dir, rstFiles: 1, manifest: false });
  });
  test('../shared: CLAIMLINT_SHARED names it', () => {
    const dir = tree('shared', { 'review/a.txt': 'the review\n' });
    process.env['CLAIMLINT_SHARED'] = dir;
    delete process.env['CI'];
    expect(sharedDir()).toBe(dir);
    expect(sharedFileOrSkip('review/a.txt', 'a test')).toBe('the review\n');
    expect(sharedFileOrSkip('review/b.txt', 'a test')).toBeUndefined();
    expect(skipped()).toBe(`${join(dir, 'review', 'b.txt')} not found: the shared material is in ${dir} (CLAIMLINT_SHARED) (a test)\n`);
    process.env['CI'] = 'true';
    expect(() => sharedFileOrSkip('review/b.txt', 'a test')).toThrow(`${join(dir, 'review', 'b.txt')} not found`);
  });
});
