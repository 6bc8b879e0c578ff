/**
 * `npm test` leaves nothing in /tmp: jest's globalSetup (test/helpers/tmp-setup.mjs) points
 * TMPDIR at one directory for the run, which its globalTeardown removes. This checks that the
 * setting reaches the worker running this file and the processes it starts.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';

describe('the run\'s temporary directory', () => {
  test('os.tmpdir() in a jest worker is the run\'s directory', () => {
    expect(basename(tmpdir())).toMatch(/^claimlint-jest-run-/);
    expect(tmpdir()).toBe(process.env['CLAIMLINT_TEST_TMPDIR']);
  });
  test('a child process (git, nvim, perl, python) inherits it', () => {
    const child = spawnSync(process.execPath, ['-p', 'require("node:os").tmpdir()'], { encoding: 'utf8' });
    expect(child.stdout.trim()).toBe(tmpdir());
  });
});
