#!/usr/bin/env node
// Compare claimlint's prose units with a docutils reference over the kernel Documentation/ corpus.
//
//   npm run corpus:compare [-- --worst N] [-- --show FILE] [-- --json] [-- --rebuild]
//
// The reference is built by scripts/docutils-units.py (docutils 0.19, the same directive
// and role policy as claimlint) and cached in <corpus>/docutils-units.json. The corpus is
// $CLAIMLINT_CORPUS if set, else ${XDG_CACHE_HOME:-~/.cache}/claimlint/current
// (fetched by `npm run corpus:fetch`).
//
// Measures (words are matches of /[A-Za-z]{3,}/g, compared case-sensitively):
// - unit agreement: the share of docutils units with at least one word for which claimlint
//   has a unit in the same file, under the same section chain, whose word multiset shares at
//   least 95% with it (|A ∩ B| / max(|A|, |B|)). Whole corpus, and security/, virt/, arch/x86/.
// - word recall and precision: per file, the multiset intersection of all docutils words and
//   all claimlint words; recall = Σ∩ / Σdocutils, precision = Σ∩ / Σclaimlint.
// Exit status: 0 when every bar passes, 1 when one fails, 2 on a setup error.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { locateCorpus } from './corpus-dir.mjs';

const USAGE = `usage: node scripts/corpus-compare.mjs [options]
  --worst N     list the N files with the most unmatched docutils units
  --show FILE   print FILE's unmatched docutils units and the claimlint units of the same
                section chain (FILE relative to Documentation/)
  --json        print a machine-readable result instead of the table (percentages)
  --rebuild     rebuild the docutils reference even if the cache is current
  -h, --help    this text
Corpus: $CLAIMLINT_CORPUS, else \${XDG_CACHE_HOME:-~/.cache}/claimlint/current.`;

const BARS = [
  { name: 'agreement.corpus', label: 'unit agreement, corpus', min: 99 },
  { name: 'agreement.security', label: 'unit agreement, security/', min: 99.5 },
  { name: 'agreement.virt', label: 'unit agreement, virt/', min: 99.5 },
  { name: 'agreement.archX86', label: 'unit agreement, arch/x86/', min: 99.5 },
  { name: 'recall', label: 'word recall', min: 99.5 },
  { name: 'precision', label: 'word precision', min: 99.5 },
];
const AREAS = { security: 'security/', virt: 'virt/', archX86: 'arch/x86/' };
const SHARE = 0.95;
// docutils element holding an unmatched unit -> the construct named in the breakdown
const CONSTRUCTS = {
  entry: 'table cell', list_item: 'list item', definition: 'definition', definition_list: 'term',
  field_body: 'field body', section: 'section body', document: 'top level', block_quote: 'block quote',
  description: 'option description', footnote: 'footnote', citation: 'footnote', line_block: 'line block',
  table: 'table title', topic: 'topic', sidebar: 'sidebar', legend: 'figure legend', figure: 'figure caption',
  container: 'prose directive body', compound: 'compound',
};
const constructOf = (ref) => (ref.kind === 'title' && ref.in === 'section' ? 'section title' : CONSTRUCTS[ref.in] ?? ref.in);
const WORD = /[A-Za-z]{3,}/g;

class SetupError extends Error {}

function parseArgs(argv) {
  const opts = { worst: 0, show: null, json: false, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new SetupError(`${arg} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (arg === '--worst') {
      opts.worst = Number.parseInt(value(), 10);
      if (!(opts.worst > 0)) throw new SetupError('--worst needs a positive number');
    } else if (arg.startsWith('--worst=')) opts.worst = Number.parseInt(arg.slice(8), 10) || 10;
    else if (arg === '--show') opts.show = value();
    else if (arg.startsWith('--show=')) opts.show = arg.slice(7);
    else if (arg === '--json') opts.json = true;
    else if (arg === '--rebuild' || arg === '--force') opts.rebuild = true;
    else if (arg === '-h' || arg === '--help') { console.log(USAGE); process.exit(0); }
    else throw new SetupError(`unknown argument ${arg}\n${USAGE}`);
  }
  return opts;
}

// ------------------------------------------------------------------ corpus and reference


function findPython() {
  const candidates = [process.env.CLAIMLINT_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean);
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import docutils; print(docutils.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, docutils: probe.stdout.trim() };
  }
  return null;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function loadReference(corpus, version, rebuild, quiet) {
  const refPath = join(corpus, 'docutils-units.json');
  const found = findPython();
  if (found) {
    if (found.docutils !== '0.19' && !quiet) {
      console.error(`corpus-compare: note: ${found.python} has docutils ${found.docutils}; the reference was designed for 0.19`);
    }
    const script = fileURLToPath(new URL('./docutils-units.py', import.meta.url));
    // The script reuses its cache when it is current, so running it every time is cheap.
    const run = spawnSync(found.python, [script, ...(rebuild ? ['--force'] : [])], {
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
      env: { ...process.env, CLAIMLINT_CORPUS: corpus },
    });
    if (run.status !== 0) throw new SetupError(`scripts/docutils-units.py failed (exit status ${run.status ?? run.signal})`);
  } else if (!existsSync(refPath) || rebuild) {
    throw new SetupError('no Python 3 with docutils found (tried $CLAIMLINT_PYTHON, /usr/bin/python3, python3).\n'
      + 'Install it with: apt-get install python3-docutils');
  } else if (!quiet) {
    console.error('corpus-compare: note: no Python with docutils found; using the cached reference');
  }
  if (!existsSync(refPath)) throw new SetupError(`the reference ${refPath} was not built`);
  const reference = readJson(refPath);
  if (reference.version !== version) {
    throw new SetupError(`the reference is for ${reference.version}, the corpus is ${version}; `
      + 'install python3-docutils so that it can be rebuilt');
  }
  return reference;
}

async function loadClaimlint() {
  const url = new URL('../dist/index.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new SetupError('dist/index.js is missing: run `npm run build` first');
  const mod = await import(url.href);
  if (typeof mod.parseRst !== 'function' || typeof mod.proseUnits !== 'function') {
    throw new SetupError('dist/index.js does not export parseRst and proseUnits');
  }
  return mod;
}

const decoder = new TextDecoder('utf-8'); // replaces invalid bytes, strips a leading BOM
function readSource(path) {
  const text = decoder.decode(readFileSync(path));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ------------------------------------------------------------------ words and units

function wordsOf(text) {
  return text.match(WORD) ?? [];
}

function normalizeTitle(text) {
  return wordsOf(text).join(' ').toLowerCase();
}

function countWords(words) {
  const counts = new Map();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function intersectionSize(a, b) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [w, c] of small) {
    const d = large.get(w);
    if (d) n += Math.min(c, d);
  }
  return n;
}

function shareOf(a, na, b, nb) {
  const max = Math.max(na, nb);
  return max === 0 ? 1 : intersectionSize(a, b) / max;
}

const sortedKey = (words) => [...words].sort().join(' ');

/** claimlint units of one file grouped by chain key, with lazily built word postings. */
class ChainIndex {
  constructor(units) {
    this.groups = new Map();
    for (const unit of units) {
      let group = this.groups.get(unit.chain);
      if (!group) this.groups.set(unit.chain, (group = { units: [], exact: new Set(), postings: null }));
      group.units.push(unit);
      group.exact.add(unit.key);
    }
  }

  /** Does some claimlint unit of the chain share >= 95% of its words with `ref`? */
  matches(ref) {
    const group = this.groups.get(ref.chain);
    if (!group) return false;
    if (group.exact.has(ref.key)) return true;
    if (!group.postings) {
      group.postings = new Map();
      group.units.forEach((unit, i) => {
        for (const w of unit.counts.keys()) {
          let list = group.postings.get(w);
          if (!list) group.postings.set(w, (list = []));
          list.push(i);
        }
      });
    }
    // A match misses at most `allowed` of ref's word occurrences, so it must contain one of
    // a set of ref's distinct words whose counts add up to more than that: take the rarest.
    const a = ref.n;
    const allowed = a - Math.ceil(SHARE * a - 1e-9);
    const distinct = [...ref.counts.keys()].sort(
      (x, y) => (group.postings.get(x)?.length ?? 0) - (group.postings.get(y)?.length ?? 0));
    const candidates = new Set();
    let covered = 0;
    for (const w of distinct) {
      for (const i of group.postings.get(w) ?? []) candidates.add(i);
      covered += ref.counts.get(w);
      if (covered > allowed) break;
    }
    for (const i of candidates) {
      const unit = group.units[i];
      const b = unit.n;
      if (Math.min(a, b) < SHARE * Math.max(a, b) - 1e-9) continue;
      if (shareOf(ref.counts, a, unit.counts, b) >= SHARE - 1e-9) return true;
    }
    return false;
  }
}

function prepareUnit(kind, text, chain, extra) {
  const words = wordsOf(text);
  return { kind, text, chain, words, n: words.length, counts: countWords(words), key: sortedKey(words), ...extra };
}

// ------------------------------------------------------------------ comparison

function compareFile(refUnits, ourUnits) {
  const index = new ChainIndex(ourUnits);
  const unmatched = [];
  let units = 0;
  const docWords = new Map();
  for (const ref of refUnits) {
    for (const [w, c] of ref.counts) docWords.set(w, (docWords.get(w) ?? 0) + c);
    if (ref.n === 0) continue;
    units++;
    if (!index.matches(ref)) unmatched.push(ref);
  }
  const ourWords = new Map();
  for (const unit of ourUnits) for (const [w, c] of unit.counts) ourWords.set(w, (ourWords.get(w) ?? 0) + c);
  let docTotal = 0;
  let ourTotal = 0;
  for (const c of docWords.values()) docTotal += c;
  for (const c of ourWords.values()) ourTotal += c;
  return { units, unmatched, docTotal, ourTotal, common: intersectionSize(docWords, ourWords), index };
}

function claimlintUnits(lib, text) {
  const tree = lib.parseRst(text);
  return lib.proseUnits(tree, text).map((u) =>
    prepareUnit(u.kind, u.text, (u.sections ?? []).map(normalizeTitle).join(' / '), { start: u.start, end: u.end }));
}

function percent(num, den) {
  return den === 0 ? 100 : (100 * num) / den;
}

function lineOf(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

const oneLine = (s, max = 400) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function showFile(rel, source, refUnits, result) {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
  console.log(`\n${rel}: ${result.unmatched.length} of ${result.units} docutils units unmatched`);
  const byChain = new Map();
  for (const ref of result.unmatched) {
    if (!byChain.has(ref.chain)) byChain.set(ref.chain, []);
    byChain.get(ref.chain).push(ref);
  }
  for (const [chain, refs] of byChain) {
    console.log(`\n=== chain: "${chain}"`);
    const group = result.index.groups.get(chain);
    for (const ref of refs) {
      let best = null;
      for (const unit of group?.units ?? []) {
        const share = shareOf(ref.counts, ref.n, unit.counts, unit.n);
        if (!best || share > best.share) best = { share, unit };
      }
      console.log(`- docutils ${ref.kind} in ${constructOf(ref)} (${ref.n} words): ${oneLine(ref.text)}`);
      if (best && best.share > 0) {
        const missing = [...ref.counts].filter(([w, c]) => (best.unit.counts.get(w) ?? 0) < c).map(([w]) => w);
        const extra = [...best.unit.counts].filter(([w, c]) => (ref.counts.get(w) ?? 0) < c).map(([w]) => w);
        console.log(`    best claimlint unit: ${(100 * best.share).toFixed(1)}% at line ${lineOf(lineStarts, best.unit.start)}`
          + ` (${best.unit.n} words; missing: ${missing.slice(0, 12).join(' ') || '-'}; extra: ${extra.slice(0, 12).join(' ') || '-'})`);
      } else {
        console.log('    no claimlint unit shares a word');
      }
    }
    if (!group) {
      console.log('  claimlint has no unit under this chain; its chains in this file:');
      for (const other of result.index.groups.keys()) console.log(`    "${other}"`);
    } else {
      console.log(`  claimlint units under this chain (${group.units.length}):`);
      for (const unit of group.units) {
        console.log(`    ${String(lineOf(lineStarts, unit.start)).padStart(5)} ${unit.kind.padEnd(10)} ${oneLine(unit.text, 160)}`);
      }
    }
  }
}

// ------------------------------------------------------------------ main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const found = locateCorpus();
  if (found.problem) throw new SetupError(found.problem);
  const { dir: corpus, documentation: docRoot, version } = found.corpus;
  const lib = await loadClaimlint();
  const reference = loadReference(corpus, version, opts.rebuild, opts.json);

  let showRel = null;
  if (opts.show) {
    showRel = opts.show.split(sep).join('/').replace(/^.*?Documentation\//, '').replace(/^\.\//, '');
    if (!reference.files[showRel]) throw new SetupError(`${opts.show}: not a file of the reference (give a path relative to Documentation/)`);
  }

  const totals = { units: 0, unmatched: 0, docWords: 0, ourWords: 0, common: 0, ourUnits: 0, refUnits: 0 };
  const areas = Object.fromEntries(Object.keys(AREAS).map((k) => [k, { units: 0, unmatched: 0 }]));
  const perFile = [];
  const byConstruct = new Map();
  const docutilsErrors = [];
  const claimlintErrors = [];
  const started = performance.now();
  const rels = Object.keys(reference.files).sort();
  for (const rel of rels) {
    const entry = reference.files[rel];
    if (entry.error) { docutilsErrors.push(`${rel}: ${entry.error}`); continue; }
    const refUnits = entry.units.map((u) => prepareUnit(u.kind, u.text, u.chain, { in: u.in ?? '?' }));
    const source = readSource(join(docRoot, rel));
    let ours = [];
    try {
      ours = claimlintUnits(lib, source);
    } catch (error) {
      claimlintErrors.push(`${rel}: ${error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : error}`);
    }
    const result = compareFile(refUnits, ours);
    totals.units += result.units;
    totals.unmatched += result.unmatched.length;
    totals.docWords += result.docTotal;
    totals.ourWords += result.ourTotal;
    totals.common += result.common;
    totals.ourUnits += ours.length;
    totals.refUnits += refUnits.length;
    for (const [area, prefix] of Object.entries(AREAS)) {
      if (rel.startsWith(prefix)) {
        areas[area].units += result.units;
        areas[area].unmatched += result.unmatched.length;
      }
    }
    const where = new Map();
    for (const ref of result.unmatched) {
      const construct = constructOf(ref);
      where.set(construct, (where.get(construct) ?? 0) + 1);
      byConstruct.set(construct, (byConstruct.get(construct) ?? 0) + 1);
    }
    perFile.push({ rel, units: result.units, unmatched: result.unmatched.length, first: result.unmatched[0], where });
    if (rel === showRel) showFile(rel, source, refUnits, result);
  }
  const seconds = (performance.now() - started) / 1000;

  const agreement = { corpus: percent(totals.units - totals.unmatched, totals.units) };
  for (const [area, t] of Object.entries(areas)) agreement[area] = percent(t.units - t.unmatched, t.units);
  const recall = percent(totals.common, totals.docWords);
  const precision = percent(totals.common, totals.ourWords);
  const values = { recall, precision };
  for (const [k, v] of Object.entries(agreement)) values[`agreement.${k}`] = v;
  const bars = Object.fromEntries(BARS.map((b) => [b.name, { value: round(values[b.name]), min: b.min, pass: values[b.name] >= b.min }]));
  const pass = Object.values(bars).every((b) => b.pass);
  const worst = perFile.filter((f) => f.unmatched > 0).sort((x, y) => y.unmatched - x.unmatched || x.rel.localeCompare(y.rel));

  if (opts.json) {
    console.log(JSON.stringify({
      version,
      docutils: reference.docutils,
      files: rels.length,
      units: totals.units,
      unmatched: totals.unmatched,
      docutilsUnits: totals.refUnits,
      claimlintUnits: totals.ourUnits,
      words: { docutils: totals.docWords, claimlint: totals.ourWords, common: totals.common },
      agreement: Object.fromEntries(Object.entries(agreement).map(([k, v]) => [k, round(v)])),
      recall: round(recall),
      precision: round(precision),
      bars,
      pass,
      unmatchedBy: Object.fromEntries([...byConstruct].sort((x, y) => y[1] - x[1])),
      errors: { docutils: docutilsErrors, claimlint: claimlintErrors },
      ...(opts.worst ? { worst: worst.slice(0, opts.worst).map(({ rel, units, unmatched }) => ({ file: rel, units, unmatched })) } : {}),
    }, null, 2));
    return pass ? 0 : 1;
  }

  const fmt = (n) => n.toLocaleString('en-US');
  console.log(`\nclaimlint vs docutils ${reference.docutils}: Linux ${version} Documentation/ (${corpus})`);
  console.log(`files ${fmt(rels.length)} (docutils errors ${docutilsErrors.length}, claimlint errors ${claimlintErrors.length}); `
    + `docutils units ${fmt(totals.refUnits)} (${fmt(totals.units)} with words), claimlint units ${fmt(totals.ourUnits)}; `
    + `words: docutils ${fmt(totals.docWords)}, claimlint ${fmt(totals.ourWords)}, common ${fmt(totals.common)}; ${seconds.toFixed(1)} s\n`);
  const rows = [['measure', 'value', 'bar', 'result', 'detail']];
  for (const b of BARS) {
    let detail;
    if (b.name.startsWith('agreement.')) {
      const key = b.name.slice(10);
      const t = key === 'corpus' ? totals : areas[key];
      detail = `${fmt(t.units - t.unmatched)} / ${fmt(t.units)} units`;
    } else if (b.name === 'recall') detail = `${fmt(totals.common)} / ${fmt(totals.docWords)} words`;
    else detail = `${fmt(totals.common)} / ${fmt(totals.ourWords)} words`;
    rows.push([b.label, `${values[b.name].toFixed(2)}%`, `>= ${b.min.toFixed(2)}%`, bars[b.name].pass ? 'PASS' : 'FAIL', detail]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  if (byConstruct.size) {
    const parts = [...byConstruct].sort((x, y) => y[1] - x[1]).slice(0, 10)
      .map(([k, n]) => `${k} ${fmt(n)} (${percent(n, totals.unmatched).toFixed(0)}%)`);
    console.log(`\nunmatched docutils units by where docutils has them: ${parts.join(', ')}`);
  }
  for (const list of [docutilsErrors, claimlintErrors]) {
    if (list.length) {
      console.log(`\n${list === docutilsErrors ? 'docutils' : 'claimlint'} errors (${list.length}):`);
      for (const line of list.slice(0, 20)) console.log(`  ${line}`);
    }
  }
  if (opts.worst) {
    console.log(`\nworst ${Math.min(opts.worst, worst.length)} files (unmatched docutils units / units with words):`);
    for (const f of worst.slice(0, opts.worst)) {
      const where = [...f.where].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([k, n]) => `${k} ${n}`).join(', ');
      console.log(`  ${String(f.unmatched).padStart(5)} / ${String(f.units).padEnd(5)} ${f.rel}  [${where}]`);
      console.log(`        e.g. ${f.first.kind} under "${f.first.chain}": ${oneLine(f.first.text, 110)}`);
    }
  }
  console.log(`\n${pass ? 'PASS: every bar is met' : 'FAIL: some bars are not met'}`
    + (opts.worst || opts.show ? '' : ' (--worst N lists the files to look at, --show FILE their units)'));
  return pass ? 0 : 1;
}

function round(x) {
  return Math.round(x * 10000) / 10000;
}

main().then((status) => { process.exitCode = status; }, (error) => {
  if (error instanceof SetupError) {
    console.error(`corpus-compare: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 2;
});
