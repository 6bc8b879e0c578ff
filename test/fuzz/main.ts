/**
 * `npm run fuzz [-- options]`: run the fuzz targets for a while (default 10 minutes), each
 * slice in a child process with a random seed (or --seed), and save what fails outside the
 * repository. Options:
 *
 *   --duration 10m      total time (s, m or h; a plain number is seconds)
 *   --target rst,lsp    targets (default: all)
 *   --seed N            base seed (slice k uses N + k); with --path, replays one input
 *   --path P            the fast-check path of a finding (needs --seed and one --target)
 *   --input FILE        run a saved finding (its .json) once
 *   --out DIR           where findings go (default ~/.cache/claimlint/fuzz/<time>)
 *   --slice 60s         time per slice   --hang 60s  no progress for this long is a hang
 *   --jobs 1            slices at once   --small     the sizes `npm test` uses
 *   --json FILE         also write the summary as JSON
 *   --list              the targets and what each covers
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCampaign, type CampaignResult } from './campaign.js';
import { targets } from './targets/index.js';

function duration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim());
  if (!m) throw new Error(`not a duration: ${s}`);
  const n = Number(m[1]);
  return Math.round(n * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'] as number));
}

function options(argv: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) m.set(a.slice(2), 'true');
    else { m.set(a.slice(2), next); i++; }
  }
  return m;
}

function summary(r: CampaignResult, out: string): string {
  const lines = ['', 'inputs by target:', ...Object.entries(r.runs).map(([t, n]) => `  ${t}: ${n}`)];
  if (!r.findings.length) return [...lines, '', 'no finding'].join('\n');
  lines.push('', `${r.findings.length} finding(s), saved in ${out}:`);
  for (const f of r.findings) {
    lines.push(`- ${f.target} (${f.kind}) seed ${f.seed}${f.path !== undefined ? ` path ${f.path}` : ''}: ${f.message.split('\n')[0]}`);
    for (const file of f.files) lines.push(`    ${file}`);
    lines.push(`    replay: ${f.replay}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const o = options(process.argv.slice(2));
  if (o.has('list')) { for (const t of targets(true)) process.stdout.write(`${t.name}\t${t.covers}\n`); return 0; }
  const child = o.get('child');
  if (!child) throw new Error('--child is missing (run this through `npm run fuzz`)');
  const full = o.get('small') !== 'true';
  const all = targets(full).map((t) => t.name);
  const chosen = o.get('target')?.split(',').filter(Boolean) ?? all;
  for (const t of chosen) if (!all.includes(t)) throw new Error(`no fuzz target '${t}' (there are: ${all.join(', ')})`);
  const input = o.get('input');
  if (input) {
    if (chosen.length !== 1) throw new Error('--input needs one --target');
    const r = spawnSync(process.execPath, [child, '--target', chosen[0] as string, '--input', resolve(input), ...(full ? ['--full'] : [])], { stdio: 'inherit' });
    return r.status ?? 1;
  }
  const path = o.get('path');
  if (path !== undefined && (chosen.length !== 1 || !o.has('seed'))) throw new Error('--path needs --seed and one --target');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = resolve(o.get('out') ?? join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'claimlint', 'fuzz', stamp));
  const seed = o.has('seed') ? Number(o.get('seed')) : undefined;
  const durationMs = duration(o.get('duration') ?? '10m');
  const log = (s: string) => process.stdout.write(`${s}\n`);
  log(`claimlint fuzz: ${chosen.join(', ')} for ${Math.round(durationMs / 1000)} s${seed !== undefined ? `, seeds from ${seed}` : ', random seeds'}; findings go to ${out}`);
  for (const t of targets(full)) if (chosen.includes(t.name)) log(`  ${t.name}: ${t.covers}`);
  const result = await runCampaign({
    targets: chosen, durationMs, sliceMs: duration(o.get('slice') ?? '60s'), seed, path, full, out, child,
    hangMs: duration(o.get('hang') ?? '60s'), shrinkMs: duration(o.get('shrink') ?? (full ? '120s' : '20s')),
    memoryMb: Number(o.get('memory') ?? 3072), jobs: Number(o.get('jobs') ?? 1), log,
  });
  log(summary(result, out));
  const json = o.get('json');
  if (json) { mkdirSync(resolve(json, '..'), { recursive: true }); writeFileSync(json, `${JSON.stringify(result, null, 1)}\n`); }
  return result.findings.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e: unknown) => {
  process.stderr.write(`claimlint fuzz: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
