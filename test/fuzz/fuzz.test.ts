/**
 * The fuzzers in `npm test`: each target runs for a few seconds from a fixed seed (so a
 * failure is reproducible: the message gives the `npm run fuzz` command that replays it), in
 * child processes with a memory cap and a hang watchdog, through the same runner as
 * `npm run fuzz` (scripts/fuzz.mjs), two targets at a time. CLAIMLINT_FUZZ_SEED picks
 * another seed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CampaignResult } from './campaign.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = join(ROOT, 'scripts/fuzz.mjs');
/** 13 June 2023, the day of the review the rules come from. */
const SEED = Number(process.env['CLAIMLINT_FUZZ_SEED'] ?? 20230613);

/** Seconds of generated input per target (two at a time: about 45 s in all on a 2-core machine). */
const SECONDS: Record<string, number> = {
  rst: 6, 'rst-large': 6, md: 5, 'md-large': 5, patch: 5, 'patch-large': 6, rules: 5, config: 4, lsp: 5, report: 4,
};

let out = '';
afterAll(() => { if (out) rmSync(out, { recursive: true, force: true }); });

interface Run { status: number | null; output: string; result?: CampaignResult }

/** One target's bounded run (scripts/fuzz.mjs caps each input and the whole slice). */
function fuzz(target: string, seconds: number): Promise<Run> {
  const dir = join(out, target);
  const json = join(dir, 'summary.json');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      SCRIPT, '--no-build', '--small', '--target', target, '--seed', String(SEED), '--duration', `${seconds}s`, '--slice', `${seconds}s`,
      '--hang', '30s', '--shrink', '15s', '--out', dir, '--json', json,
    ], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('close', (status) => resolve({ status, output, result: existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) as CampaignResult : undefined }));
  });
}

const runs = new Map<string, Promise<Run>>();
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'claimlint-fuzz-test-'));
  const r = spawnSync(process.execPath, [SCRIPT, '--build-only'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/fuzz.mjs --build-only failed: ${r.stderr}`);
  // Two at a time, in order: each test below waits for its own.
  const queue = Object.entries(SECONDS);
  const lanes = [Promise.resolve(), Promise.resolve()];
  queue.forEach(([target, seconds], k) => {
    const run = (lanes[k % 2] as Promise<unknown>).then(() => fuzz(target, seconds));
    lanes[k % 2] = run.then(() => undefined);
    runs.set(target, run);
  });
});

/** A finding as the test failure shows it: what failed, the saved input (its start), how to replay it. */
function explain(r: CampaignResult): string {
  return r.findings.map((f) => {
    const readable = f.files.find((x) => !x.endsWith('.json'));
    const input = readable && existsSync(readable) ? readFileSync(readable, 'utf8').slice(0, 1500) : '(see the JSON)';
    return `${f.target} (${f.kind}) seed ${f.seed}${f.path !== undefined ? ` path ${f.path}` : ''}:\n${f.message.slice(0, 2000)}\n--- input (start) ---\n${input}\n--- replay: ${f.replay}`;
  }).join('\n\n');
}

describe('fuzzing (fixed seed, bounded time)', () => {
  test('the test covers every target', () => {
    const r = spawnSync(process.execPath, [SCRIPT, '--no-build', '--list'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.trim().split('\n').map((l) => l.split('\t')[0]).sort()).toEqual(Object.keys(SECONDS).sort());
  });

  test.each(Object.entries(SECONDS))('%s: no finding in %i s of generated input', async (target) => {
    const r = await (runs.get(target) as Promise<Run>);
    if (!r.result) throw new Error(`the fuzz run wrote no summary (status ${r.status}):\n${r.output}`);
    expect(r.result.runs[target]).toBeGreaterThan(0);
    if (r.result.findings.length) throw new Error(explain(r.result));
  });
});
