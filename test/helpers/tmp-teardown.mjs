// jest globalTeardown: prints why tests were skipped (test/helpers/skip.ts collects it in the
// run's directory) and removes the run's temporary directory (tmp-setup.mjs), whatever the tests
// left in it. CLAIMLINT_KEEP_TMP=1 keeps it and lists what is there (to find a test that does not
// clean up after itself).
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_LOG = 'skipped-tests.txt'; // as in skip.ts

export default function tmpTeardown() {
  const dir = process.env.CLAIMLINT_TEST_TMPDIR;
  if (!dir) return;
  const skipLog = join(dir, SKIP_LOG);
  if (existsSync(skipLog)) {
    const skips = [...new Set(readFileSync(skipLog, 'utf8').split('\n').filter(Boolean))].sort();
    console.log(`\nTests skipped for want of data on this machine (under CI=true these fail):\n${skips.map((s) => `  skipped: ${s}`).join('\n')}`);
  }
  if (process.env.CLAIMLINT_KEEP_TMP === '1') {
    console.log(`\nThe run's TMPDIR, kept: ${dir}\n${readdirSync(dir).map((e) => `  ${e}`).join('\n')}`);
    return;
  }
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // A test that made a directory unreadable or unwritable (and failed before undoing it):
    // a user who is not root cannot remove what is below it until it is writable again.
    makeWritable(dir);
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

function makeWritable(dir) {
  try { chmodSync(dir, 0o700); } catch { /* not ours: rmSync will say */ }
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) if (e.isDirectory()) makeWritable(join(dir, e.name));
}
