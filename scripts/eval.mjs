#!/usr/bin/env node
// npm run eval — claim recognition measured on labelled sentences: precision and recall per
// property, recall per construction, false alarms per silent category, for the paraphrase
// corpus (fixtures/claims/ and fixtures/claims-long/, tuned on) and the hold-out corpus (fixtures/claims-holdout/, never
// tuned on).
//
//   node scripts/eval.mjs [--json] [--misses] [--corpus claims|claims-long|claims-holdout|linux-6.12|corpus-dev]
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
// The precision set: every claim recognised in the CoCo documents of the kernel tree, labelled by hand.
if (!only || only === 'linux-6.12') {
  const { locateCorpus } = await import('./corpus-dir.mjs');
  const found = locateCorpus();
  if ('corpus' in found) {
    const { treeClaims, readTreeLabels, judgeLabels } = await import(new URL('eval/claims.js', dist));
    const claims = treeClaims(found.corpus.documentation, ruleSets);
    const { findings, falseFindings, misses, unlabelled } = judgeLabels(claims, readTreeLabels(fileURLToPath(new URL('../fixtures/claims-linux-6.12.yml', import.meta.url))));
    report['linux-6.12'] = { claims: claims.length, unlabelled: unlabelled.length, findings: findings.length, falseFindings: falseFindings.length, misses: misses.length };
    if (!json) {
      console.log(`\n## linux-6.12 CoCo documents (${claims.length} recognised claims, labelled in fixtures/claims-linux-6.12.yml)\n`);
      console.log('| findings | false findings | precision | labelled misses | unlabelled |');
      console.log('|---:|---:|---:|---:|---:|');
      console.log(`| ${findings.length} | ${falseFindings.length} | ${findings.length ? pct(1 - falseFindings.length / findings.length) : '-'} | ${misses.length} | ${unlabelled.length} |`);
      for (const c of falseFindings) console.log(`false finding: ${c.file}:${c.line} ${c.property}`);
      for (const c of unlabelled) console.log(`unlabelled: ${c.file}:${c.line} ${c.hash} ${c.property}`);
    }
  } else if (!json) console.log(`\n## linux-6.12: skipped (${found.problem})`);
}
// Third-party documentation (issues 11 and 13): every claim recognised in the reStructuredText and
// Markdown documents of ../shared/corpus-dev labelled by hand (precision), and over-claims made from its correctly scoped
// sentences by widening their technology to an umbrella (recall; src/eval/widen.ts).
if (!only || only === 'corpus-dev') {
  const shared = process.env.CLAIMLINT_SHARED || fileURLToPath(new URL('../../shared/', import.meta.url));
  const root = `${shared.replace(/\/$/, '')}/corpus-dev`;
  if (existsSync(root)) {
    const { filesClaims, treeFiles, readTreeLabels, judgeLabels } = await import(new URL('eval/claims.js', dist));
    const { widenedClaims } = await import(new URL('eval/widen.js', dist));
    const files = treeFiles(root, '.rst');
    const claims = filesClaims(root, files, ruleSets);
    const { findings, falseFindings, misses: missed, unlabelled } = judgeLabels(claims, readTreeLabels(fileURLToPath(new URL('../fixtures/claims-corpus-dev.yml', import.meta.url))));
    const widened = widenedClaims(root, files, ruleSets);
    const open = widened.filter((w) => w.place === 'open');
    const narrowed = widened.filter((w) => w.place === 'narrowed');
    const found = open.filter((w) => w.found).length;
    report['corpus-dev'] = {
      documents: files.length, claims: claims.length, unlabelled: unlabelled.length, findings: findings.length, falseFindings: falseFindings.length, misses: missed.length,
      widened: { overClaims: open.length, found, recall: open.length ? found / open.length : 1, narrowed: narrowed.length, narrowedFlagged: narrowed.filter((w) => w.found).length },
    };
    if (!json) {
      console.log(`\n## corpus-dev reStructuredText (${files.length} documents, ${claims.length} recognised claims, labelled in fixtures/claims-corpus-dev.yml)\n`);
      console.log('| findings | false findings | precision | labelled misses | unlabelled |');
      console.log('|---:|---:|---:|---:|---:|');
      console.log(`| ${findings.length} | ${falseFindings.length} | ${findings.length ? pct(1 - falseFindings.length / findings.length) : '-'} | ${missed.length} | ${unlabelled.length} |`);
      for (const c of falseFindings) console.log(`false finding: ${c.file}:${c.line} ${c.property}`);
      for (const c of unlabelled) console.log(`unlabelled: ${c.file}:${c.line} ${c.hash} ${c.property}`);
      console.log(`\nWidened over-claims (a scoping technology replaced by an umbrella that covers one the property breaks for):\n`);
      console.log('| where the umbrella stands | over-claims | found | recall |');
      console.log('|---|---:|---:|---:|');
      console.log(`| open (no title, section or file name names a technology or x86, AMD, ...) | ${open.length} | ${found} | ${pct(open.length ? found / open.length : 1)} |`);
      console.log(`| narrowed (an enclosing title names one: read within it by design, not counted) | ${narrowed.length} | ${narrowed.filter((w) => w.found).length} | - |`);
      if (misses) for (const w of widened.filter((x) => !x.found)) console.log(`${w.place} miss ${w.file}:${w.line} ${w.property} want [${w.expected}]\n            ${w.widened.replace(/\s+/g, ' ')}`);
    }
    // Markdown (issue 13): its labels were written before any tuning on these documents.
    const mdFiles = treeFiles(root, '.md').filter((f) => f !== 'README.md');
    const mdClaims = filesClaims(root, mdFiles, ruleSets);
    const md = judgeLabels(mdClaims, readTreeLabels(fileURLToPath(new URL('../fixtures/claims-corpus-dev-md.yml', import.meta.url))));
    const mdWidened = widenedClaims(root, mdFiles, ruleSets);
    const mdOpen = mdWidened.filter((w) => w.place === 'open');
    const mdFound = mdOpen.filter((w) => w.found).length;
    report['corpus-dev-md'] = {
      documents: mdFiles.length, claims: mdClaims.length, unlabelled: md.unlabelled.length, findings: md.findings.length, falseFindings: md.falseFindings.length, misses: md.misses.length,
      widened: { overClaims: mdOpen.length, found: mdFound, recall: mdOpen.length ? mdFound / mdOpen.length : 1, narrowed: mdWidened.length - mdOpen.length },
    };
    if (!json) {
      console.log(`\n## corpus-dev Markdown (${mdFiles.length} documents, ${mdClaims.length} recognised claims, labelled in fixtures/claims-corpus-dev-md.yml)\n`);
      console.log('| findings | false findings | precision | labelled misses | unlabelled |');
      console.log('|---:|---:|---:|---:|---:|');
      console.log(`| ${md.findings.length} | ${md.falseFindings.length} | ${md.findings.length ? pct(1 - md.falseFindings.length / md.findings.length) : '-'} | ${md.misses.length} | ${md.unlabelled.length} |`);
      for (const c of md.falseFindings) console.log(`false finding: ${c.file}:${c.line} ${c.property}`);
      for (const c of md.misses) console.log(`labelled miss: ${c.file}:${c.line} ${c.property}`);
      for (const c of md.unlabelled) console.log(`unlabelled: ${c.file}:${c.line} ${c.hash} ${c.property}`);
      console.log('\n| widened over-claims | over-claims | found | recall |');
      console.log('|---|---:|---:|---:|');
      console.log(`| open | ${mdOpen.length} | ${mdFound} | ${pct(mdOpen.length ? mdFound / mdOpen.length : 1)} |`);
      console.log(`| narrowed (not counted) | ${mdWidened.length - mdOpen.length} | ${mdWidened.filter((w) => w.place !== 'open' && w.found).length} | - |`);
      if (misses) for (const w of mdWidened.filter((x) => !x.found)) console.log(`${w.place} miss ${w.file}:${w.line} ${w.property} want [${w.expected}]\n            ${w.widened.replace(/\s+/g, ' ')}`);
    }
  } else if (!json) console.log(`\n## corpus-dev: skipped (${root} not found; CLAIMLINT_SHARED names the shared material)`);
}
if (json) console.log(JSON.stringify(report, null, 2));
