#!/usr/bin/env node
// Markdown pages written blind for claimlint's evaluation (fixtures/probes/, docs/probes.md):
// helpers that never saw claimlint's rules or code wrote each set and labelled every property
// claim in its labels.md. Prints, per set, the over-claim sentences found, and the findings on
// sentences labelled OK (false), ARGUABLE, or not labelled.
//
//   npm run build && node scripts/probe-eval.mjs [--list] [--json]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const { evaluateProbeSet } = await import(new URL('eval/probes.js', dist));
const { defaultRuleFiles, loadRuleFile } = await import(new URL('rules/load.js', dist));
const ruleSets = defaultRuleFiles().map((f) => loadRuleFile(f).ruleSet).filter(Boolean);
const root = fileURLToPath(new URL('../fixtures/probes/', import.meta.url));
const results = Object.fromEntries(readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().map((set) => [set, evaluateProbeSet(join(root, set), ruleSets)]));
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  console.log('| set | over-claim sentences | found | false findings | on arguable | unlabelled |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [set, r] of Object.entries(results)) console.log(`| ${set} | ${r.overclaims} | ${r.found} | ${r.falseFindings} | ${r.arguable} | ${r.unlabelled} |`);
  if (process.argv.includes('--list')) for (const [set, r] of Object.entries(results)) { for (const w of r.wrong) console.log(`${set} wrong: ${w}`); for (const m of r.missed) console.log(`${set} missed: ${m}`); }
}
