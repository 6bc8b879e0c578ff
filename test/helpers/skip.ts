/**
 * Tests that need data from outside the repository (the kernel corpus, ../shared) are skipped
 * with a message when it is absent, except under CI, where its absence is a failure.
 */
import { describe, test } from '@jest/globals';
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Whether absent test data is a failure: CI=true (as GitHub and most CI systems set it). */
export function dataRequired(): boolean {
  const ci = process.env['CI'];
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * Where skip messages are collected for the end of the run (printed by tmp-teardown.mjs): jest
 * prints no console output of a test file whose tests are all skipped.
 */
export const SKIP_LOG = 'skipped-tests.txt';

/** Says why tests are skipped and gives undefined; under CI, throws instead. */
export function skipOrFail(problem: string, what: string): undefined {
  const message = `${problem} (${what})`;
  if (dataRequired()) throw new Error(`${message}; CI requires it`);
  const runDir = process.env['CLAIMLINT_TEST_TMPDIR'];
  if (runDir && existsSync(runDir)) appendFileSync(join(runDir, SKIP_LOG), `${message}\n`);
  else console.warn(`skipped: ${message}`);
  return undefined;
}

/**
 * `describe` when the data is there. Otherwise one skipped test stands in for the block and the
 * body is never run: `describe.skip` still runs its body to collect the tests, so any set-up
 * there would read the missing data.
 */
export function describeIf(available: unknown): (name: string, body: () => void) => void {
  if (available) return (name, body) => describe(name, body);
  return (name) => describe.skip(name, () => test.skip('needs data that is not on this machine (see "skipped:" at the end of the run)', () => undefined));
}
