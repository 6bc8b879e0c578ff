/**
 * claimlint in a child process with a time cap and a memory cap (the bundle `npm run build`
 * makes), for inputs that crash, hang or exhaust memory when something regresses: a regression
 * fails its test instead of taking the suite down. And a throwaway tree to run it in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/claimlint.js');

export interface CappedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Killed at the time cap. */
  timedOut: boolean;
}

export function claimlintCapped(args: string[], opts: { cwd?: string; timeoutMs?: number; heapMb?: number } = {}): CappedRun {
  if (!existsSync(path.join(ROOT, 'dist/claimlint.mjs'))) throw new Error('dist/claimlint.mjs is missing: run `npm run build` first');
  const r = spawnSync(process.execPath, [`--max-old-space-size=${opts.heapMb ?? 256}`, BIN, ...args], {
    cwd: opts.cwd ?? ROOT, timeout: opts.timeoutMs ?? 60_000, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024,
  });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut };
}

/**
 * A temporary tree of its own (a `.git` directory and a root `.claimlint.yml`, so no
 * configuration above it applies) holding `files`; removed after `fn`.
 */
export function withTree<T>(files: Record<string, string | Buffer>, fn: (root: string) => T): T {
  const root = mkdtempSync(path.join(tmpdir(), 'claimlint-large-'));
  try {
    mkdirSync(path.join(root, '.git'));
    writeFileSync(path.join(root, '.claimlint.yml'), 'root: true\n');
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), text);
    }
    return fn(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A sentence every default rule set flags (memory-integrity and the 'x86' umbrella). */
export const CLAIM = 'Confidential computing guarantees memory integrity on x86.';
