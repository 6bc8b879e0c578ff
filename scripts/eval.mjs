#!/usr/bin/env node
// npm run eval — claim recognition measured on labelled sentences: precision and recall per
// property, recall per construction, false alarms per silent category, for the paraphrase
// corpus (fixtures/claims/ and fixtures/claims-long/, tuned on) and the hold-out corpus (fixtures/claims-holdout/, never
// tuned on).
//
//   node scripts/eval.mjs [--json] [--misses] [--corpus claims|claims-holdout]
//
// Needs the built package (npm run build).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const json = args.includes('--json');
const misses = args.includes('--misses');
const only = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('eval/claims.js', dist))) {
  console.error("eval: dist/ is missing; run 'npm run build'");
  process.exit(2);
}
const { readCorpus, evaluate, score, groupBy } = await import(new URL('eval/claims.js', dist));
const { loadRuleFile, defaultRuleFiles } = await import(new URL('rules/load.js', dist));

const ruleSets = defaultRuleFiles().map((f) => {
  const { ruleSet, errors } = loadRuleFile(f);
  if (!ruleSet) { console.error(errors); process.exit(2); }
  return ruleSet;
});

const corpora = ['claims', 'claims-long', 'claims-holdout'].filter((c) => !only || c === only);
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const report = {};
for (const corpus of corpora) {
  const dir = fileURLToPath(new URL(`../fixtures/${corpus}/`, import.meta.url));
  const results = evaluate(readCorpus(dir, corpus), ruleSets);
  const overall = score(results);
  const byProperty = groupBy(results, (r) => r.sentence.property).map(([k, rs]) => [k, score(rs)]);
  const byConstruction = groupBy(results, (r) => r.sentence.construction).map(([k, rs]) => [k, score(rs)]);
  const bySilent = groupBy(results, (r) => r.sentence.silent).map(([k, rs]) => [k, { sentences: rs.length, falseAlarms: rs.filter((r) => r.verdict === 'false-alarm').length }]);
  report[corpus] = { overall, byProperty: Object.fromEntries(byProperty), byConstruction: Object.fromEntries(byConstruction), bySilent: Object.fromEntries(bySilent) };
  if (json) continue;
  console.log(`\n## ${corpus} (${results.length} sentences, ${overall.flagged} over-claims)\n`);
  console.log('| property | over-claims | recall | precision | false findings |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [k, s] of byProperty) console.log(`| ${k} | ${s.flagged} | ${pct(s.recall)} | ${pct(s.precision)} | ${s.falseFindings} |`);
  console.log(`| **all** | ${overall.flagged} | **${pct(overall.recall)}** | **${pct(overall.precision)}** | ${overall.falseFindings} |`);
  console.log('\n| construction | over-claims | recall |');
  console.log('|---|---:|---:|');
  for (const [k, s] of byConstruction) console.log(`| ${k} | ${s.flagged} | ${pct(s.recall)} |`);
  console.log('\n| silent because | sentences | false alarms |');
  console.log('|---|---:|---:|');
  for (const [k, s] of bySilent) console.log(`| ${k} | ${s.sentences} | ${s.falseAlarms} |`);
  if (misses) {
    console.log('');
    for (const r of results.filter((x) => x.verdict !== 'hit' && x.verdict !== 'silent')) {
      const got = r.findings.map((f) => `${f.property}[${f.breaks.join(',')}]`).join(' ') || '-';
      console.log(`${r.verdict.padEnd(11)} ${r.sentence.id.padEnd(10)} want ${r.sentence.silent ? 'silent' : `${r.sentence.property}[${(r.sentence.breaks ?? []).join(',')}]`} got ${got}\n            ${r.sentence.text}`);
    }
  }
}
if (json) console.log(JSON.stringify(report, null, 2));
