#!/usr/bin/env node
// Benchmark claimlint on the kernel Documentation/ corpus, and compare with rstcheck and doc8.
//
//   npm run bench [-- --quick] [-- --runs N] [-- --compare DIR]
//
// In-process (files read into memory first, best of N runs, default 3):
//   - claimlint's parse of every .rst file (parseRst)
//   - parse + prose units + sentences (parseRst, proseUnits, sentencesOf for every unit)
//   - the lint with the rules over the files the CLI lints (its first run: later runs reuse its memos)
// Then, once each, as child processes over the same files: rstcheck, doc8 and the claimlint
// CLI end to end, and the language server's edit-to-diagnostics latency (scripts/lsp-latency.mjs);
// last, what the cold rows cannot go below (scripts/floors.mjs).
// --quick skips the child processes. --compare DIR times another built claimlint checkout (say the
// commit before a change) beside this one: patch mode on the v2 mail and the whole tree through
// the CLI, alternating runs, medians. The corpus is $CLAIMLINT_CORPUS if set,
// else ${XDG_CACHE_HOME:-~/.cache}/claimlint/current (`npm run corpus:fetch`).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { locateCorpus } from './corpus-dir.mjs';
import { measureFloors, printFloors } from './floors.mjs';
import { sharedDir } from './v2-document.mjs';

const USAGE = `usage: node scripts/bench.mjs [--quick] [--runs N] [--compare DIR]
  --quick        only the in-process claimlint timings (skip rstcheck, doc8 and the CLI)
  --runs N       in-process runs to take the best of (default 3)
  --compare DIR  also time the claimlint built in DIR (bin/claimlint.js) beside this one`;

class SetupError extends Error {}

function parseArgs(argv) {
  const opts = { quick: false, runs: 3, compare: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') opts.quick = true;
    else if (arg === '--runs' && i + 1 < argv.length) opts.runs = Math.max(1, Number.parseInt(argv[++i], 10) || 3);
    else if (arg === '--compare' && i + 1 < argv.length) opts.compare = argv[++i];
    else if (arg === '-h' || arg === '--help') { console.log(USAGE); process.exit(0); }
    else throw new SetupError(`unknown argument ${arg}\n${USAGE}`);
  }
  return opts;
}


const repo = fileURLToPath(new URL('..', import.meta.url));
// Cold rows are runs of their own: a resident server the user has up must not take them.
process.env.CLAIMLINT_NO_SERVER = '1';
const decoder = new TextDecoder('utf-8'); // replaces invalid bytes, strips a leading BOM

function rstFiles(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.rst'))
    .map((d) => join(d.parentPath ?? d.path, d.name))
    .sort();
}

function best(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push((performance.now() - t0) / 1000);
  }
  return { seconds: Math.min(...times), times, result };
}

/** The tool's version (first version number it prints), or null when it is not installed. */
function toolVersion(cmd, debianPackages = []) {
  const probe = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  if (probe.error) return null;
  let version = /\d+\.\d+[\w.+~-]*/.exec(`${probe.stdout}${probe.stderr}`)?.[0] ?? '?';
  if (version === '0.0.0' || version === '?') { // Debian's doc8 reports 0.0.0: ask dpkg
    for (const pkg of debianPackages) {
      const q = spawnSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' });
      if (q.status === 0 && q.stdout) { version = q.stdout.replace(/-[^-]*$/, ''); break; }
    }
  }
  return version;
}

/** Run a command once and time its wall clock; stdout is discarded (it may be huge). */
function timeCommand(cmd, args, options = {}) {
  const t0 = performance.now();
  const run = spawnSync(cmd, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    ...options,
  });
  const seconds = (performance.now() - t0) / 1000;
  const stderrTail = (run.stderr ?? '').trim().split('\n').slice(-2).join(' | ');
  return { seconds, status: run.status, signal: run.signal, error: run.error, stderrTail };
}

function ensureExternalTools() {
  const have = () => toolVersion('rstcheck') !== null && toolVersion('doc8') !== null;
  if (have()) return;
  const setup = join(repo, 'scripts', 'bench-setup.sh');
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log('rstcheck or doc8 is missing: running scripts/bench-setup.sh');
    spawnSync('bash', [setup], { stdio: 'inherit' });
  }
  if (!have()) {
    console.log('rstcheck or doc8 is missing; install them with `sudo bash scripts/bench-setup.sh`'
      + ' (apt-get install rstcheck python3-doc8). Continuing without them.');
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const found = locateCorpus();
  if (found.problem) throw new SetupError(found.problem);
  const { dir: corpus, documentation: docRoot, version } = found.corpus;

  const dist = new URL('../dist/index.js', import.meta.url);
  if (!existsSync(fileURLToPath(dist))) throw new SetupError('dist/index.js is missing: run `npm run build` first');
  const { parseRst, proseUnits, sentencesOf } = await import(dist.href);
  if (typeof parseRst !== 'function' || typeof proseUnits !== 'function' || typeof sentencesOf !== 'function') {
    throw new SetupError('dist/index.js does not export parseRst, proseUnits and sentencesOf');
  }

  // ---------------------------------------------------------------- read
  const files = rstFiles(docRoot);
  const tRead = performance.now();
  let bytes = 0;
  let chars = 0;
  const texts = files.map((f) => {
    const buf = readFileSync(f);
    bytes += buf.length;
    let text = decoder.decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    chars += text.length;
    return text;
  });
  const readSeconds = (performance.now() - tRead) / 1000;
  console.log(`claimlint bench: Linux ${version} Documentation/ (${docRoot})`);
  console.log(`${files.length.toLocaleString('en-US')} .rst files, ${(bytes / 1e6).toFixed(1)} MB `
    + `(${(chars / 1e6).toFixed(1)} M chars); read into memory in ${readSeconds.toFixed(2)} s`);
  console.log(`node ${process.version}, best of ${opts.runs} in-process runs\n`);

  // ---------------------------------------------------------------- in-process
  const parse = best(opts.runs, () => {
    let nodes = 0;
    for (const text of texts) nodes += parseRst(text).children.length;
    return nodes;
  });
  console.log(`parse                   ${fmtRuns(parse)}`);
  const full = best(opts.runs, () => {
    let units = 0;
    let sentences = 0;
    for (const text of texts) {
      const tree = parseRst(text);
      for (const unit of proseUnits(tree, text)) {
        units++;
        sentences += sentencesOf(unit).length;
      }
    }
    return { units, sentences };
  });
  console.log(`parse+units+sentences   ${fmtRuns(full)}  (${full.result.units.toLocaleString('en-US')} units, `
    + `${full.result.sentences.toLocaleString('en-US')} sentences)`);

  // The whole lint (rules/coco.yml) over the files the CLI lints by default (translations skipped).
  const { lintText } = await import(new URL('../dist/engine/lint.js', import.meta.url).href);
  const { loadRuleFile, defaultRuleFiles } = await import(new URL('../dist/rules/load.js', import.meta.url).href);
  const ruleSets = defaultRuleFiles().map((f) => loadRuleFile(f).ruleSet);
  const linted = files.map((f, i) => [f, texts[i]]).filter(([f]) => !f.includes('/Documentation/translations/'));
  const lint = best(opts.runs, () => {
    let findings = 0;
    for (const [f, text] of linted) findings += lintText(text, { path: f, ruleSets }).messages.length;
    return findings;
  });
  // Only the first run reads every sentence: the later ones find most of their readings in the
  // memos the first one filled (keyed by a sentence's text), so it is the one that counts.
  lint.seconds = lint.times[0];
  console.log(`lint (rules, ${linted.length} files) ${lint.seconds.toFixed(3)} s  (the first run; runs: ${lint.times.map((t) => t.toFixed(3)).join(', ')}, the later ones with the first one's memos)  (${lint.result} findings)`);

  // The rows of issue 12's table, filled in as the runs below are made.
  const goals = {};
  const rows = [
    { tool: 'claimlint parse (in-process)', seconds: parse.seconds },
    { tool: 'claimlint parse+units+sentences (in-process)', seconds: full.seconds },
    { tool: 'claimlint lint with rules (in-process, first run)', seconds: lint.seconds },
  ];

  // ---------------------------------------------------------------- child processes
  if (!opts.quick) {
    console.log('\nrunning the external tools once each (slow) ...');
    const cli = join(repo, 'bin', 'claimlint.js');
    if (existsSync(cli)) {
      // Cold (no cache, no server): the median of 3 runs.
      const runs = [0, 1, 2].map(() => timeCommand(process.execPath, [cli, '--format', 'json', docRoot], { cwd: repo }));
      const r = runs.sort((a, b) => a.seconds - b.seconds)[1];
      rows.push({ tool: 'claimlint CLI end to end (--format json, median of 3)', ...r });
      goals.tree = r.seconds;
      // Peak memory of the same run, where GNU time can say it.
      if (existsSync('/usr/bin/time')) {
        const m = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, '--format', 'json', docRoot], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
        const kb = Number(/(\d+)\s*$/.exec(m.stderr ?? '')?.[1]);
        if (kb) goals.rssMB = kb / 1024;
      }
    } else {
      rows.push({ tool: 'claimlint CLI end to end', skipped: 'bin/claimlint.js does not exist yet' });
    }
    ensureExternalTools();
    const rstcheck = toolVersion('rstcheck');
    if (rstcheck) {
      // -r finds the .rst files itself; it checks them in a pool of one process per CPU.
      const r = timeCommand('rstcheck', ['--config', 'NONE', '-r', docRoot], { cwd: docRoot });
      rows.push({ tool: `rstcheck ${rstcheck} (-r, 1 process per CPU)`, ...r });
      goals.rstcheck = r.seconds;
    } else {
      rows.push({ tool: 'rstcheck', skipped: 'not installed' });
    }
    const doc8 = toolVersion('doc8', ['python3-doc8', 'doc8']);
    if (doc8) {
      // doc8 given a directory would also check the .txt files: give it the same .rst files.
      const r = timeCommand('doc8', ['-q', ...files.map((f) => relative(docRoot, f))], { cwd: docRoot });
      rows.push({ tool: `doc8 ${doc8}`, ...r });
    } else {
      rows.push({ tool: 'doc8', skipped: 'not installed' });
    }
  }

  // ---------------------------------------------------------------- patch mode beside checkpatch.pl
  const mail = join(sharedDir(), 'review', 'v2-patch.mbox');
  const checkpatch = join(corpus, 'scripts', 'checkpatch.pl');
  if (!opts.quick && existsSync(mail) && existsSync(checkpatch)) {
    // Each is a short run: take the median of 9 wall times.
    const median = (cmd, args) => {
      const times = [];
      for (let k = 0; k < 9; k++) times.push(timeCommand(cmd, args, { cwd: repo }).seconds);
      return times.sort((a, b) => a - b)[4];
    };
    const bin = join(repo, 'bin', 'claimlint.js');
    const ours = median(process.execPath, [bin, '--no-tree', mail]);
    const theirs = median('perl', [checkpatch, '--no-tree', mail]);
    // The resident server (claimlint server start), in a runtime directory of the bench's own;
    // its first run warms it and is not counted.
    const runtime = mkdtempSync(join(tmpdir(), 'claimlint-bench-rt-'));
    const served = { ...process.env, XDG_RUNTIME_DIR: runtime, CLAIMLINT_NO_SERVER: '' };
    let resident;
    if (spawnSync(process.execPath, [bin, 'server', 'start'], { env: served, stdio: 'ignore' }).status === 0) {
      timeCommand(process.execPath, [bin, '--no-tree', mail], { cwd: repo, env: served });
      const times = [];
      for (let k = 0; k < 9; k++) times.push(timeCommand(process.execPath, [bin, '--no-tree', mail], { cwd: repo, env: served }).seconds);
      resident = times.sort((a, b) => a - b)[4];
      spawnSync(process.execPath, [bin, 'server', 'stop'], { env: served, stdio: 'ignore' });
    }
    rmSync(runtime, { recursive: true, force: true });
    Object.assign(goals, { patch: ours, resident, checkpatch: theirs });
    console.log('\npatch mode on the v2 mail (median of 9 runs, wall):');
    console.log(`  claimlint --no-tree v2-patch.mbox          ${ours.toFixed(3)} s  (cold: no server)`);
    if (resident !== undefined) console.log(`  claimlint, resident server running         ${resident.toFixed(3)} s`);
    console.log(`  perl checkpatch.pl --no-tree v2-patch.mbox ${theirs.toFixed(3)} s`);
    console.log(`  claimlint / checkpatch.pl: cold ${(ours / theirs).toFixed(2)}×${resident !== undefined ? `, resident ${(resident / theirs).toFixed(2)}×` : ''}`);
  }

  // ---------------------------------------------------------------- beside another build
  if (opts.compare) {
    const other = join(opts.compare, 'bin', 'claimlint.js');
    if (!existsSync(other)) throw new SetupError(`--compare ${opts.compare}: no bin/claimlint.js there (build that checkout first)`);
    const ours = join(repo, 'bin', 'claimlint.js');
    // Alternating runs, so that both see the same machine; medians.
    const alternate = (n, args, cwd) => {
      const a = [];
      const b = [];
      for (let k = 0; k < n; k++) {
        a.push(timeCommand(process.execPath, [other, ...args], { cwd }).seconds);
        b.push(timeCommand(process.execPath, [ours, ...args], { cwd }).seconds);
      }
      const med = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      return [med(a), med(b)];
    };
    console.log(`\nbeside ${opts.compare} (alternating runs, medians, wall):`);
    if (existsSync(mail)) {
      const [then, now] = alternate(15, ['--no-tree', mail], repo);
      console.log(`  patch mode on the v2 mail (15 runs each):  ${then.toFixed(3)} s → ${now.toFixed(3)} s (${((now - then) * 1000).toFixed(0)} ms)`);
    }
    const [then, now] = alternate(5, ['--format', 'json', docRoot], repo);
    console.log(`  the tree through the CLI (5 runs each):    ${then.toFixed(2)} s → ${now.toFixed(2)} s (${((now - then) * 1000).toFixed(0)} ms)`);
  }

  // ---------------------------------------------------------------- the language server
  if (!opts.quick) {
    console.log('\nclaimlint lsp, didChange to publishDiagnostics (scripts/lsp-latency.mjs):');
    const lsp = spawnSync(process.execPath, [join(repo, 'scripts', 'lsp-latency.mjs')], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    process.stdout.write(lsp.stdout ?? '');
    const api = (lsp.stdout ?? '').split('\n').find((l) => l.startsWith('virt/kvm/api.rst'));
    goals.lspEdit = Number(/median ([\d.]+) ms/.exec(api ?? '')?.[1]) || undefined;
    goals.lspOpen = Number(/opening it in a new server: ([\d.]+) ms/.exec(api ?? '')?.[1]) || undefined;
  }

  // ---------------------------------------------------------------- table
  const base = full.seconds;
  const table = [['tool', 'wall s', 'vs claimlint parse+units+sentences', 'note']];
  for (const row of rows) {
    if (row.skipped) { table.push([row.tool, '-', '-', `skipped: ${row.skipped}`]); continue; }
    const ratio = row.seconds / base;
    const rel = Math.abs(ratio - 1) < 0.005 ? '1.00× (baseline)'
      : ratio > 1 ? `${fmtRatio(ratio)}× slower` : `${fmtRatio(1 / ratio)}× faster`;
    let note = '';
    if (row.error) note = `failed to run: ${row.error.message}`;
    else if (row.signal) note = `killed by ${row.signal}`;
    else if (row.status !== undefined && row.status !== 0) {
      note = `exit status ${row.status}${row.status === 1 ? ' (findings)' : `: ${row.stderrTail}`}`;
    }
    table.push([row.tool, row.seconds.toFixed(2), rel, note]);
  }
  console.log('');
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, c) => (c === 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\nclaimlint throughput (parse+units+sentences): ${(bytes / 1e6 / base).toFixed(1)} MB/s`);
  printGoals(goals);
  // What the cold rows are up against: the parts no tuning of the rules' code removes.
  if (!opts.quick) printFloors(measureFloors(docRoot), { rstcheck: goals.rstcheck, checkpatch: goals.checkpatch });
  return 0;
}

/** The four jobs of issue 12 side by side, ratios first (absolute times are this machine's). */
function printGoals(g) {
  const ms = (s) => (s === undefined ? '-' : `${(s * 1000).toFixed(0)} ms`);
  const lines = [
    ['whole tree, cold', g.tree !== undefined && g.rstcheck !== undefined ? `${fmtRatio(g.rstcheck / g.tree)}× faster than rstcheck` : '-', `${g.tree?.toFixed(2) ?? '-'} s vs ${g.rstcheck?.toFixed(1) ?? '-'} s`, '≥ 40× faster'],
    ['one patch (v2 mail), cold', g.patch && g.checkpatch ? `${(g.patch / g.checkpatch).toFixed(2)}× checkpatch.pl` : '-', `${ms(g.patch)} vs ${ms(g.checkpatch)}`, '≤ 2×'],
    ['one patch, resident server', g.resident && g.checkpatch ? `${(g.resident / g.checkpatch).toFixed(2)}× checkpatch.pl` : '-', `${ms(g.resident)} vs ${ms(g.checkpatch)}`, '≤ 1.0×'],
    ['editor: api.rst re-lint after a keystroke', g.lspEdit !== undefined ? `${g.lspEdit.toFixed(1)} ms` : '-', 'median', '≤ 25 ms'],
    ['editor: api.rst first diagnostics', g.lspOpen !== undefined ? `${g.lspOpen.toFixed(0)} ms` : '-', 'one new server', '≤ 150 ms'],
    ['whole tree, peak RSS', g.rssMB !== undefined ? `${g.rssMB.toFixed(0)} MB` : '-', 'GNU time', '≤ 200 MB'],
  ];
  console.log('\nissue 12 goals, this run:\n');
  console.log('| job | claimlint | measured | goal |');
  console.log('|---|---|---|---|');
  for (const l of lines) console.log(`| ${l.join(' | ')} |`);
}

function fmtRuns(b) {
  return `${b.seconds.toFixed(3)} s  (runs: ${b.times.map((t) => t.toFixed(3)).join(', ')})`;
}

function fmtRatio(r) {
  return r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2);
}

main().then((status) => { process.exitCode = status; }, (error) => {
  console.error(`bench: ${error instanceof SetupError ? error.message : (error && error.stack) || error}`);
  process.exitCode = 2;
});
