/**
 * A fuzzing campaign: slices of each target, round robin, each in a child process with a
 * memory cap, until the time is up. A child that stops reporting progress for `hangMs` is
 * killed and the input it was on is written by a second child that replays the seed and path
 * (fast-check generates the same input again); a child that dies (out of memory, a native
 * stack overflow) is treated the same. Every finding comes with the command that replays it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SliceResult } from './harness.js';

export interface CampaignOptions {
  targets: string[];
  durationMs: number;
  sliceMs: number;
  /** Base seed: slice k uses seed + k. Undefined: a random seed per slice. */
  seed?: number;
  /** Replay one fast-check path (with `seed` and a single target). */
  path?: string;
  full: boolean;
  out: string;
  /** The bundled child script. */
  child: string;
  hangMs: number;
  shrinkMs: number;
  memoryMb: number;
  jobs: number;
  log: (line: string) => void;
  /** Set by runCampaign: the children's TMPDIR, removed at the end (a killed child cannot clean up). */
  tmp?: string;
}

export interface Finding {
  target: string;
  seed: number;
  kind: 'property' | 'hang' | 'crash';
  message: string;
  path?: string;
  files: string[];
  replay: string;
}

export interface CampaignResult {
  findings: Finding[];
  /** Inputs run, by target. */
  runs: Record<string, number>;
  slices: { target: string; seed: number; runs: number; ms: number; outcome: string }[];
}

interface ChildOutcome {
  result?: SliceResult;
  /** The input being run when the child hung or died ("R n" without "D"), if any. */
  hungAt?: number;
  lastRun?: number;
  killedForHang: boolean;
  /** Why the child was killed. */
  why: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

const replayCommand = (f: { target: string; seed: number; path?: string }, full: boolean) =>
  `npm run fuzz -- --target ${f.target} --seed ${f.seed}${f.path !== undefined ? ` --path ${f.path}` : ''}${full ? '' : ' --small'}`;

function runChild(o: CampaignOptions, args: string[], capMs: number): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const env = o.tmp ? { ...process.env, TMPDIR: o.tmp } : process.env;
    const child = spawn(process.execPath, [`--max-old-space-size=${o.memoryMb}`, '--enable-source-maps', o.child, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    let running: { run: number; since: number; limit: number } | undefined;
    let lastRun: number | undefined;
    let killedForHang = false;
    let hungAt: number | undefined;
    const started = Date.now();
    child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr?.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-20_000); });
    let pending = '';
    // Past its budget twice over, an input is a hang; between inputs (generating, shrinking), so is
    // hangMs without a progress line; and the whole child has a cap that each input's limit extends.
    let last = Date.now();
    let deadline = started + capMs;
    let why = '';
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) {
        // "R run budget" and "S budget" start an input; "D" ends it.
        const [kind, a, b] = l.split(' ');
        last = Date.now();
        if (kind === 'R' || kind === 'S') {
          const limit = Math.max(o.hangMs, 2 * Number(kind === 'R' ? b : a));
          running = { run: kind === 'R' ? Number(a) : -1, since: last, limit };
          if (kind === 'R') lastRun = Number(a);
          deadline = Math.max(deadline, last + limit + o.hangMs);
        } else if (kind === 'D') running = undefined;
      }
    });
    const watchdog = setInterval(() => {
      if (killedForHang) return;
      const now = Date.now();
      if (running && now - running.since > running.limit) why = `an input ran past twice its time budget (${Math.round(running.limit / 1000)} s)${running.run < 0 ? ' while shrinking' : ''}`;
      else if (!running && now - last > o.hangMs) why = `no progress for ${Math.round(o.hangMs / 1000)} s between inputs`;
      else if (now > deadline) why = 'the slice ran past its time cap';
      else return;
      killedForHang = true;
      hungAt = running && running.run >= 0 ? running.run : undefined;
      child.kill('SIGKILL');
    }, 250);
    child.on('close', (code, signal) => {
      clearInterval(watchdog);
      const last = stdout.trim().split('\n').pop() ?? '';
      let result: SliceResult | undefined;
      try { result = last ? JSON.parse(last) as SliceResult : undefined; } catch { result = undefined; }
      // A child that died mid-input: that input is the finding.
      if (!killedForHang && !result && running && running.run >= 0) hungAt = running.run;
      resolve({ result, hungAt, lastRun, killedForHang, why, code, signal, stderr });
    });
  });
}

async function slice(o: CampaignOptions, target: string, seed: number, timeMs: number, into: CampaignResult): Promise<void> {
  const started = Date.now();
  const args = ['--target', target, '--seed', String(seed), '--time', String(timeMs), '--shrink', String(o.shrinkMs), '--out', o.out, ...(o.full ? ['--full'] : []), ...(o.path !== undefined ? ['--path', o.path] : [])];
  const r = await runChild(o, args, timeMs + o.shrinkMs + 2 * o.hangMs + 30_000);
  const runs = r.result?.runs ?? (r.lastRun ?? -1) + 1;
  into.runs[target] = (into.runs[target] ?? 0) + runs;
  let outcome = 'no finding';
  if (r.result?.finding) {
    const f = r.result.finding;
    into.findings.push({ target, seed, kind: 'property', message: f.message, path: f.path, files: f.files, replay: replayCommand(f, o.full) });
    outcome = `FINDING (path ${f.path}): ${f.message.split('\n')[0]}`;
  } else if (r.killedForHang || !r.result) {
    const kind = r.killedForHang ? 'hang' : 'crash';
    const why = r.killedForHang
      ? r.why
      : `the process died (${r.signal ?? `exit status ${r.code}`}): ${/^(?:fuzz child: .*|FATAL ERROR.*|.*Error.*)$/m.exec(r.stderr)?.[0] ?? r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
    const files: string[] = [];
    if (r.hungAt !== undefined) {
      const dump = await runChild(o, ['--target', target, '--seed', String(seed), '--path', String(r.hungAt), '--dump', '--out', o.out, ...(o.full ? ['--full'] : [])], 4 * o.hangMs);
      files.push(...(dump.result?.finding?.files ?? []));
    }
    const path = r.hungAt === undefined ? undefined : String(r.hungAt);
    into.findings.push({ target, seed, kind, message: why, path, files, replay: replayCommand({ target, seed, path }, o.full) });
    outcome = `FINDING (${kind}${path !== undefined ? `, path ${path}` : ''}): ${why}`;
  }
  const ms = Date.now() - started;
  into.slices.push({ target, seed, runs, ms, outcome });
  const slowest = r.result?.slowest ? `, slowest ${(r.result.slowest.ms / 1000).toFixed(1)} s of a ${(r.result.slowest.budget / 1000).toFixed(0)} s budget` : '';
  o.log(`${target} seed=${seed}: ${runs} inputs in ${Math.round(ms / 1000)} s${slowest}, ${outcome}`);
}

export async function runCampaign(o: CampaignOptions): Promise<CampaignResult> {
  if (!existsSync(o.child)) throw new Error(`the fuzz child ${o.child} is missing (scripts/fuzz.mjs builds it)`);
  const into: CampaignResult = { findings: [], runs: {}, slices: [] };
  const deadline = Date.now() + o.durationMs;
  let k = 0;
  const next = (): { target: string; seed: number; timeMs: number } | undefined => {
    const left = deadline - Date.now();
    if (o.path !== undefined ? k > 0 : left < Math.min(2_000, o.durationMs)) return undefined;
    const target = o.targets[k % o.targets.length] as string;
    const seed = o.seed !== undefined ? (o.seed + Math.floor(k / o.targets.length)) | 0 : Math.floor(Math.random() * 2 ** 31);
    k++;
    return { target, seed, timeMs: Math.max(1_000, Math.min(o.sliceMs, left)) };
  };
  const tmp = mkdtempSync(join(tmpdir(), 'claimlint-fuzz-'));
  const opts = { ...o, tmp };
  const worker = async () => {
    for (let s = next(); s; s = next()) await slice(opts, s.target, s.seed, s.timeMs, into);
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return into;
}
