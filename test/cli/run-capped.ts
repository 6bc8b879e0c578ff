/**
 * The built claimlint (bin/claimlint.js; `npm run build` first) in a child
 * process with a time cap, a V8 heap cap and an address-space cap, for inputs
 * that hang or exhaust memory when mishandled: a regression fails the test
 * instead of taking the suite (or the machine) down.
 */
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CappedRun {
  /** null when the child was killed (time cap) */
  status: number | null;
  signal: string | null;
  out: string;
  err: string;
}

export interface CappedOptions {
  cwd: string;
  /** Run as this user and group (only root can): the copy of claimlint under `packageCopy` is run then. */
  uid?: number;
  /** A directory that the other user can read, for a copy of the runnable package. */
  packageCopy?: string;
}

/** Copy what the bundle needs at run time (bin, the bundle and its chunks, rules, package.json) to `dir`. */
function copyPackage(dir: string): string {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  // The bundle's lazily loaded chunks sit beside it (scripts/build-bundle.mjs).
  const chunks = readdirSync(join(ROOT, 'dist')).filter((f) => /^claimlint-.+-[A-Z0-9]{8}\.mjs$/.test(f)).map((f) => join('dist', f));
  for (const p of ['bin', 'rules', 'package.json', join('dist', 'claimlint.mjs'), ...chunks]) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  return dir;
}

export function runCapped(args: string[], opts: CappedOptions): CappedRun {
  const root = opts.uid === undefined ? ROOT : copyPackage(opts.packageCopy ?? '');
  // `ulimit -v` bounds Buffers too, which --max-old-space-size does not (reading /dev/zero).
  const r = spawnSync('sh', ['-c', 'ulimit -v 1500000 2>/dev/null; exec "$0" "$@"',
    process.execPath, '--max-old-space-size=200', join(root, 'bin', 'claimlint.js'), ...args], {
    cwd: opts.cwd, timeout: 20000, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024,
    ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.uid }),
  });
  return { status: r.status, signal: r.signal, out: r.stdout ?? '', err: r.stderr ?? '' };
}

/** The file paths of a `--format json` report, or the raw output when it is not JSON (so a failure shows it). */
export function reportedPaths(out: string): string[] | string {
  try {
    return (JSON.parse(out) as Array<{ filePath: string }>).map((f) => f.filePath);
  } catch {
    return out.slice(0, 2000);
  }
}
