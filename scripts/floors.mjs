#!/usr/bin/env node
// What the cold rows of `npm run bench` cannot go below with claimlint's design: the parts of a
// run that no tuning of the rules' code removes, each measured on its own in fresh processes.
//
//   npm run build && node scripts/floors.mjs      (bench.mjs prints the same after its goals)
//
// - Node's own start (`node -e 0`) and the import of the bundle (dist/claimlint.mjs).
// - The whole tree's scan: finding the 3,127 documents outside translations/, reading them and
//   the pre-scan that decides which to parse (engine/prescan.ts), with nothing linted.
// - The documents the pre-scan opens, linted with a warm JIT and (almost) no memo hits: the
//   process first lints other documents about confidential computing (../shared/corpus-dev's and
//   fixtures/), then the tree's. This is what the rules' reading costs once V8 has compiled it;
//   a cold run pays it plus the JIT's warm-up, shown beside it.
// - For the editor's first diagnostics: parsing virt/kvm/api.rst, splitting it into prose units
//   and reading its document context, in a fresh process, before any rule runs.
// Each part is the median of several fresh processes (absolute times are this machine's).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusDir } from './corpus-dir.mjs';
import { sharedDir, V2_PATH, v2Document } from './v2-document.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = (m) => pathToFileURL(join(repo, 'dist', m)).href;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function ruleSets() {
  const { loadRuleFile, defaultRuleFiles } = await import(dist('rules/load.js'));
  return defaultRuleFiles().map((f) => loadRuleFile(f).ruleSet);
}

/**
 * The tree's documents as the CLI finds them, and those the pre-scan opens, with the time of each
 * step: finding, reading, pre-scanning (the rule set compiled beforehand, as the CLI has it cached).
 */
async function scanTree(root, sets) {
  const { compileRuleSet } = await import(dist('rules/compile.js'));
  const { expandPaths } = await import(dist('cli/files.js'));
  const { readVFileSync } = await import(dist('cli/read.js'));
  const { mayHaveFindings } = await import(dist('engine/prescan.js'));
  for (const rs of sets) compileRuleSet(rs);
  const t0 = performance.now();
  const { paths } = await expandPaths([root], {});
  const t1 = performance.now();
  const texts = paths.map((path) => String(readVFileSync(path).value));
  const t2 = performance.now();
  const opened = paths.filter((path, i) => mayHaveFindings(texts[i], path, { ruleSets: sets }));
  const t3 = performance.now();
  return { paths, opened, times: [t1 - t0, t2 - t1, t3 - t2] };
}

/** One measurement, run in this (fresh) process; prints milliseconds. */
const parts = {
  async load() {
    const t0 = performance.now();
    await import(dist('claimlint.mjs'));
    return performance.now() - t0;
  },
  /** Finding, reading and pre-scanning every document, each timed on its own: "walk read prescan". */
  async scan(root) {
    return (await scanTree(root, await ruleSets())).times.join(' ');
  },
  /**
   * The opened documents linted in this process, after (unless `mode` is "cold") the JIT has been
   * warmed on other documents about confidential computing: ../shared/corpus-dev's and
   * fixtures/, each linted twice. Their sentences are not the tree's, so the memos keyed by a
   * sentence's text have next to nothing to give back.
   */
  async warmLint(root, mode) {
    const sets = await ruleSets();
    const { lintText } = await import(dist('engine/lint.js'));
    const { opened } = await scanTree(root, sets);
    const texts = opened.map((path) => [path, readFileSync(path, 'utf8')]);
    if (mode !== 'cold') {
      const others = [join(sharedDir(), 'corpus-dev'), join(repo, 'fixtures')]
        .filter((dir) => existsSync(dir))
        .flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))))
        .filter((f) => /\.(?:rst|md)$/.test(f) && statSync(f).isFile());
      for (let round = 0; round < 2; round++) for (const path of others) lintText(readFileSync(path, 'utf8'), { path, ruleSets: sets });
    }
    const timed = (path, text) => {
      const t0 = performance.now();
      lintText(text, { path, ruleSets: sets });
      return performance.now() - t0;
    };
    // The v2 patch's document first: in a cold process it is the first thing linted, as in patch mode.
    const { text: v2 } = v2Document();
    const patch = v2 ? timed(join(root, '..', V2_PATH), v2) : NaN;
    let total = 0;
    let api = NaN;
    for (const [path, text] of texts) {
      const ms = timed(path, text);
      total += ms;
      if (path.endsWith('/virt/kvm/api.rst')) api = ms;
    }
    return JSON.stringify({ total, api, patch });
  },
  async apiFront(root) {
    const sets = await ruleSets();
    const { parseRst } = await import(dist('rst/parse.js'));
    const { proseUnits } = await import(dist('prose/units.js'));
    const { documentContext } = await import(dist('scope/document.js'));
    const { compileRuleSet } = await import(dist('rules/compile.js'));
    const compiled = sets.map((rs) => compileRuleSet(rs));
    const path = join(root, 'virt', 'kvm', 'api.rst');
    const text = readFileSync(path, 'utf8');
    const t0 = performance.now();
    const tree = parseRst(text);
    const units = proseUnits(tree, text);
    for (const c of compiled) documentContext(text, tree, units, path, c.matcher, {});
    return performance.now() - t0;
  },
};

/** Each part, the median of `runs` fresh processes, in milliseconds. */
export function measureFloors(root = join(corpusDir(), 'Documentation'), runs = 3) {
  const once = (part, ...more) => execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--part', part, root, ...more], { encoding: 'utf8' });
  const fresh = (part, ...more) => median(Array.from({ length: runs }, () => Number(once(part, ...more))));
  const scans = Array.from({ length: runs }, () => once('scan').split(' ').map(Number));
  const [walk, read, prescan] = [0, 1, 2].map((i) => median(scans.map((s) => s[i])));
  const nodeStart = median(Array.from({ length: 9 }, () => {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - t0;
  }));
  const lints = (mode) => {
    const runs3 = Array.from({ length: runs }, () => JSON.parse(once('warmLint', mode)));
    return Object.fromEntries(['total', 'api', 'patch'].map((k) => [k, median(runs3.map((r) => r[k] ?? NaN))]));
  };
  return { nodeStart, load: fresh('load'), walk, read, prescan, warm: lints('warm'), cold: lints('cold'), apiFront: fresh('apiFront') };
}

/** The floors beside the goals; `peers` in seconds from the same bench run, where it has them. */
export function printFloors(f, peers = {}) {
  const ms = (x) => (Number.isNaN(x) ? '-' : `${x.toFixed(0)} ms`);
  const start = f.nodeStart + f.load;
  // Finding and reading files could cost less than claimlint's careful walk does; the floor counts
  // only what reading the rules' words needs: start, bundle, the pre-scan's pass, the lint warm.
  const tree = start + f.prescan + f.warm.total;
  console.log('\nwhat the cold rows cannot go below (scripts/floors.mjs; medians of fresh processes):');
  console.log(`  node -e 0 ${ms(f.nodeStart)}, importing the bundle ${ms(f.load)}`);
  console.log(`  the tree's scan, nothing linted: finding the documents ${ms(f.walk)}, reading them ${ms(f.read)}, the pre-scan of their text ${ms(f.prescan)}`);
  console.log(`  the documents the pre-scan opens, linted with a warm JIT and no memo hits ${ms(f.warm.total)}; in a fresh process ${ms(f.cold.total)}`);
  console.log(`  => a cold whole tree cannot take less than ${ms(tree)} (start, bundle, pre-scan, warm lint)`
    + (peers.rstcheck ? `; the goal (rstcheck / 40) is ${ms((peers.rstcheck * 1000) / 40)}` : ''));
  console.log(`  api.rst: parsed, split into prose units and its context read in a fresh process ${ms(f.apiFront)}, before any rule runs; `
    + `linted whole with a warm JIT ${ms(f.warm.api)} (the goal for its first diagnostics: 150 ms)`);
  console.log(`  the v2 patch's document: linted first in a fresh process ${ms(f.cold.patch)}, with a warm JIT ${ms(f.warm.patch)}; `
    + `start and bundle ${ms(start)}` + (peers.checkpatch ? ` (the goal, 2 × checkpatch.pl: ${ms(peers.checkpatch * 2000)})` : ''));
}

const args = process.argv.slice(2);
if (args[0] === '--part') {
  process.stdout.write(String(await parts[args[1]](args[2], args[3])));
  process.exit(0);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printFloors(measureFloors());
}
