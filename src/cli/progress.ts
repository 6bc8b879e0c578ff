/**
 * Progress for long runs: `claimlint: N/M files` on stderr, rewritten in place
 * with `\r` and cleared at the end. Only when stderr is a terminal and more
 * than `threshold` (200) files are linted, so it never reaches a pipe, a log
 * or stdout (where machine formats go).
 */

export interface ProgressOptions {
  /** Whether stderr is a terminal (process.stderr.isTTY). */
  isTTY: boolean;
  /** Writes to stderr. */
  write: (s: string) => void;
  /** Show progress only for more files than this (default 200). */
  threshold?: number;
  /** At most one update per this many milliseconds (default 100; the last file always shows). */
  interval?: number;
  now?: () => number;
}

export interface Progress {
  /** Whether anything is shown for this run. */
  readonly active: boolean;
  /** `done` of the total files are linted. */
  update(done: number): void;
  /** Erase the line (call before printing anything else to stderr, and at the end). */
  clear(): void;
}

export const PROGRESS_THRESHOLD = 200;

export function createProgress(total: number, opts: ProgressOptions): Progress {
  const active = opts.isTTY && total > (opts.threshold ?? PROGRESS_THRESHOLD);
  const interval = opts.interval ?? 100;
  const now = opts.now ?? (() => Date.now());
  let shown = 0; // length of the text on the line
  let last = -Infinity;
  return {
    active,
    update(done: number) {
      if (!active) return;
      const t = now();
      if (done < total && t - last < interval) return;
      last = t;
      const text = `claimlint: ${done}/${total} files`;
      opts.write(`\r${text}${' '.repeat(Math.max(0, shown - text.length))}`);
      shown = text.length;
    },
    clear() {
      if (!active || shown === 0) return;
      opts.write(`\r${' '.repeat(shown)}\r`);
      shown = 0;
    },
  };
}
