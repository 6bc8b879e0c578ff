// jest globalSetup: the whole run, workers and the processes they start (git, nvim, python,
// perl), writes its temporary files into one directory, which tmp-teardown.mjs removes. Jest
// forks its workers after this runs, so they inherit TMPDIR; os.tmpdir() reads it on each call.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function tmpSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'claimlint-jest-run-'));
  // Others may pass through but not list it: the walk tests run claimlint as an unprivileged user
  // from a copy below it.
  chmodSync(dir, 0o711);
  process.env.CLAIMLINT_TEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
}
