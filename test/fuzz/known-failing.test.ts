/**
 * A minimal reproduction of each entry of known-failing.ts, as `test.failing`: these pass
 * while the defect is there and fail once it is fixed, which is the signal to delete the
 * entry (so the generators produce its inputs again) and its reproduction here; the fix
 * brings its own test where the code it fixes is tested. A reproduction whose failure is a
 * hang, a V8 abort or a memory blow-up runs `node bin/claimlint.js` (or a script on dist/)
 * in a child process with a time cap (commit 29ddb32 has such helpers, for the list as it
 * was then). `CLAIMLINT_KNOWN_SHOW=1 npm run jest -- test/fuzz/known-failing.test.ts` shows
 * how each fails.
 *
 * The list is empty: every defect the fuzzers found so far is fixed.
 */
import { describe, expect, test } from '@jest/globals';
import { KNOWN_FAILING } from './known-failing.js';

/** A reproduction by entry id, or (for a defect no cheap test shows reliably) how the fuzzers reproduce it. */
const REPRODUCTIONS: Record<string, (() => unknown) | string> = {};

describe('known failing: remove the entry from known-failing.ts once its test below fails', () => {
  test('every entry has a reproduction, and every reproduction an entry', () => {
    expect(KNOWN_FAILING.map((k) => k.id).filter((id) => !REPRODUCTIONS[id])).toEqual([]);
    expect(Object.keys(REPRODUCTIONS).filter((id) => !KNOWN_FAILING.some((k) => k.id === id))).toEqual([]);
  });
  // CLAIMLINT_KNOWN_SHOW=1 runs them as plain tests, to see how each fails.
  const known = process.env['CLAIMLINT_KNOWN_SHOW'] ? test : test.failing;
  for (const k of KNOWN_FAILING) {
    const repro = REPRODUCTIONS[k.id];
    if (typeof repro === 'string') test.skip(`${k.id}: reproduced by ${repro}`, () => undefined);
    else known(`${k.id}: ${k.description}`, async () => { await (repro as () => unknown)(); });
  }
});
