/**
 * The process one fuzzing slice runs in (`npm run fuzz` starts it, bundled): options as
 * `--key value` arguments, progress lines on file descriptor 3, the result as one JSON line
 * on stdout.
 */
import { readFileSync, writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { runSaved, runSlice } from './harness.js';

function args(argv: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) m.set(a.slice(2), 'true');
    else { m.set(a.slice(2), next); i++; }
  }
  return m;
}

const progress = (line: string) => {
  try { writeSync(3, `${line}\n`); } catch { /* no progress pipe: run by hand */ }
};

async function main(): Promise<void> {
  const a = args(process.argv.slice(2));
  const target = a.get('target') ?? '';
  const full = a.get('full') === 'true';
  const saved = a.get('input');
  if (saved) {
    const { input } = JSON.parse(readFileSync(saved, 'utf8')) as { input: unknown };
    const problem = await runSaved(target, full, input);
    finish({ target, replayed: saved, problem: problem ?? null }, problem ? 1 : 0);
    return;
  }
  const result = await runSlice({
    target, full, seed: Number(a.get('seed') ?? 0), timeMs: Number(a.get('time') ?? 10_000), shrinkMs: Number(a.get('shrink') ?? 30_000),
    path: a.get('path'), dump: a.get('dump') === 'true', out: a.get('out') ?? '.', progress,
  });
  finish(result, result.finding && !a.has('dump') ? 1 : 0);
}

/** Exit once the result is out: a target may leave timers or streams behind. */
function finish(result: unknown, code: number): void {
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(code));
}

// This bundle is also the matcher worker's entry (engine/budget-worker.ts starts the file it was
// loaded from): there it only serves. Running a slice in the worker too would block its event loop,
// so a user rule set's lint waited 30 s for a worker that never started, then failed.
if (isMainThread) {
  main().catch((e: unknown) => {
    process.stderr.write(`fuzz child: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(3);
  });
}
