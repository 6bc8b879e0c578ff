/**
 * One fuzzing slice in this process: a target's generated inputs under fast-check for a time,
 * from a seed, with the properties every target has (no throw, the per-input time budget, the
 * same output on a second run). A failing input is saved at once, then shrunk for a bounded
 * time and saved again. Progress lines ("R n" before input n, "S" before a shrink attempt, "D"
 * after either) let the parent process tell a hang from slow progress.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { targetNamed } from './targets/index.js';
import { fail, type Target } from './target.js';

export interface SliceOptions {
  target: string;
  full: boolean;
  seed: number;
  /** How long to generate inputs (ms). */
  timeMs: number;
  /** Bounded shrinking after a failure (ms). */
  shrinkMs: number;
  /** Replay this fast-check path only (with the same seed). */
  path?: string;
  /** Only write the input at `path` (the parent asks after a hang). */
  dump?: boolean;
  /** Where findings go. */
  out: string;
  progress: (line: string) => void;
}

export interface SliceFinding {
  target: string;
  seed: number;
  path: string;
  message: string;
  /** Files written for it: the shrunk input (JSON and readable), the first failing input. */
  files: string[];
}

export interface SliceResult {
  target: string;
  seed: number;
  runs: number;
  /** The slowest input's first run and its budget (ms). */
  slowest?: { ms: number; budget: number };
  finding?: SliceFinding;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at character ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))} then ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}`;
}

/** Run once within the budget, then again for the same output. */
export async function checkInput<T>(t: Target<T>, input: T, timed?: (ms: number, budget: number) => void): Promise<void> {
  const start = performance.now();
  const first = await t.run(input);
  const ms = performance.now() - start - (t.oracleMs?.() ?? 0);
  const limit = t.budgetMs(input);
  timed?.(ms, limit);
  if (ms > limit) fail(`took ${Math.round(ms)} ms, over the per-input budget of ${limit} ms`);
  if (t.rerun && !t.rerun(input)) return;
  const second = await t.run(input);
  if (first !== second) fail(`a second run gave different output, ${firstDifference(first, second)}`);
}

export function saveInput<T>(t: Target<T>, out: string, id: string, input: T, meta: Record<string, unknown>): string[] {
  mkdirSync(out, { recursive: true });
  const json = join(out, `${id}.json`);
  writeFileSync(json, `${JSON.stringify({ ...meta, input: t.save(input) }, null, 1)}\n`);
  const readable = t.file?.(input);
  if (!readable) return [json];
  const file = join(out, `${id}.${readable.ext}`);
  writeFileSync(file, readable.data);
  return [json, file];
}

const describe = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));

export async function runSlice(o: SliceOptions): Promise<SliceResult> {
  const t = targetNamed(o.target, o.full) as Target<unknown>;
  const base = `${t.name}-${o.seed}`;
  if (o.dump) {
    let files: string[] = [];
    await fc.assert(fc.asyncProperty(t.arbitrary, async (input) => {
      files = saveInput(t, o.out, `${base}-${(o.path ?? '0').replace(/:/g, '_')}-input`, input, { target: t.name, seed: o.seed, path: o.path });
    }), { seed: o.seed, path: o.path, numRuns: 1 });
    return { target: t.name, seed: o.seed, runs: 0, finding: { target: t.name, seed: o.seed, path: o.path ?? '0', message: 'input written', files } };
  }

  let runs = 0;
  let slowest: SliceResult['slowest'];
  const timed = (ms: number, budget: number) => { if (!slowest || ms / budget > slowest.ms / slowest.budget) slowest = { ms: Math.round(ms), budget }; };
  let first: { run: number; files: string[]; error: unknown } | undefined;
  const search = fc.asyncProperty(t.arbitrary, async (input) => {
    const run = runs++;
    o.progress(`R ${run} ${t.budgetMs(input)}`);
    try {
      await checkInput(t, input, timed);
    } catch (e) {
      // Saved before shrinking, which may take long or not finish.
      first ??= { run, error: e, files: saveInput(t, o.out, `${base}-${run}-first`, input, { target: t.name, seed: o.seed, path: String(run), error: describe(e) }) };
      throw e;
    } finally {
      o.progress('D');
    }
  });
  const found = await fc.check(search, {
    seed: o.seed, path: o.path, numRuns: o.path ? 1 : 2 ** 31 - 1, endOnFailure: true, plugins: [fc.interruptAfterTimeLimit(o.timeMs)],
  });
  if (!found.failed || found.counterexamplePath === null) return { target: t.name, seed: o.seed, runs, slowest };

  // Shrink from the failing input, for a bounded time.
  let path = found.counterexamplePath;
  let error: unknown = found.errorInstance;
  let minimal: unknown = (found.counterexample as unknown[] | null)?.[0];
  const shrink = fc.asyncProperty(t.arbitrary, async (input) => {
    o.progress(`S ${t.budgetMs(input)}`);
    try { await checkInput(t, input); } finally { o.progress('D'); }
  });
  const shrunk = await fc.check(shrink, { seed: o.seed, path, plugins: [fc.interruptAfterTimeLimit(o.shrinkMs)] });
  if (shrunk.failed && shrunk.counterexamplePath !== null) {
    path = shrunk.counterexamplePath;
    error = shrunk.errorInstance;
    minimal = (shrunk.counterexample as unknown[] | null)?.[0];
  }
  const message = describe(error);
  const files = saveInput(t, o.out, `${base}-${path.replace(/:/g, '_')}`, minimal, { target: t.name, seed: o.seed, path, error: message });
  return { target: t.name, seed: o.seed, runs, slowest, finding: { target: t.name, seed: o.seed, path, message, files: [...files, ...(first?.files ?? [])] } };
}

/** Run a saved input (a finding's JSON) once through the properties. */
export async function runSaved(targetName: string, full: boolean, saved: unknown): Promise<string | undefined> {
  const t = targetNamed(targetName, full) as Target<unknown>;
  try {
    await checkInput(t, t.load(saved));
    return undefined;
  } catch (e) {
    return describe(e);
  }
}
