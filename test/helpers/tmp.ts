/**
 * Temporary directories of a test file, removed when its tests end: wrap the mkdtempSync call,
 * `const dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-x-')))`, also inside a test.
 * (Whatever a test still leaves goes with the run's directory: tmp-setup.mjs.)
 */
import { afterAll } from '@jest/globals';
import { rmSync } from 'node:fs';

const made = new Set<string>();

// Importing this module registers the hook in the importing test file (one module per file).
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
});

export function removeAfterAll(dir: string): string {
  made.add(dir);
  return dir;
}
