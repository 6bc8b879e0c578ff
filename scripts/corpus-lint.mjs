#!/usr/bin/env node
// npm run corpus:lint — claimlint over the kernel corpus's Documentation/ (translations
// skipped, as by default), with counts by rule and by file, the CoCo documents the gate
// let through, and (--sample N) a deterministic sample of sentences from CoCo documents
// that match a property pattern, each with what claimlint reported for it.
//
//   node scripts/corpus-lint.mjs [--json] [--sample N]
//
// Needs the built package (npm run build) and the corpus (npm run corpus:fetch).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locateCorpus } from './corpus-dir.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const sampleAt = args.indexOf('--sample');
const sampleSize = sampleAt >= 0 ? Number(args[sampleAt + 1] ?? 50) : 0;

const found = locateCorpus();
if (found.problem) {
  console.error(`corpus-lint: ${found.problem}`);
  process.exit(2);
}
const { documentation: docs, version } = found.corpus;
const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('index.js', dist))) {
  console.error("corpus-lint: dist/ is missing; run 'npm run build'");
  process.exit(2);
}
const { parseRst, proseUnits, sentencesOf } = await import(new URL('index.js', dist));
const { lintText } = await import(new URL('engine/lint.js', dist));
const { loadRuleFile, defaultRuleFiles } = await import(new URL('rules/load.js', dist));
const { compileRuleSet } = await import(new URL('rules/compile.js', dist));
const { documentContext } = await import(new URL('scope/document.js', dist));

const ruleSets = defaultRuleFiles().map((f) => {
  const { ruleSet, errors } = loadRuleFile(f);
  if (!ruleSet) { console.error(errors); process.exit(2); }
  return ruleSet;
});
const compiled = compileRuleSet(ruleSets[0]);

const files = readdirSync(docs, { recursive: true }).filter((f) => f.endsWith('.rst') && !f.startsWith('translations/')).sort();
const started = performance.now();
const findings = [];
const cocoDocs = [];
const candidates = [];
for (const rel of files) {
  const text = readFileSync(join(docs, rel), 'utf8').replace(/^\uFEFF/, '');
  const path = `Documentation/${rel}`;
  const file = lintText(text, { path, ruleSets });
  const lineOf = (offset) => text.slice(0, offset).split('\n').length;
  for (const m of file.messages) {
    findings.push({ file: path, line: m.line, column: m.column, rule: m.ruleId, text: (m.actual ?? '').replace(/\s+/g, ' '), sentence: m.data?.sentence });
  }
  const tree = parseRst(text);
  const units = proseUnits(tree, text);
  const ctx = documentContext(text, tree, units, path, compiled.matcher, {});
  if (!ctx.isCoco) continue;
  cocoDocs.push(path);
  if (!sampleSize) continue;
  for (const unit of units) {
    for (const s of sentencesOf(unit)) {
      const flat = s.text.replace(/\s/g, ' ');
      const props = compiled.properties.filter((p) => p.patterns.some((x) => { x.re.lastIndex = 0; return x.re.test(flat); })).map((p) => p.property.id);
      if (!props.length) continue;
      const reported = file.messages.filter((m) => m.data?.sentence && m.data.sentence.start <= s.start && m.data.sentence.end >= s.end - 1).map((m) => `${m.ruleId}@${m.actual?.replace(/\s+/g, ' ')}`);
      candidates.push({ file: path, line: lineOf(s.start), properties: props, sentence: flat.replace(/\s+/g, ' ').trim(), reported });
    }
  }
}
const seconds = (performance.now() - started) / 1000;

const byRule = {};
const byFile = {};
for (const f of findings) {
  byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  byFile[f.file] = (byFile[f.file] ?? 0) + 1;
}
const hash = (c) => createHash('sha1').update(`${c.file}:${c.line}:${c.sentence}`).digest('hex');
const sample = candidates.map((c) => ({ ...c, key: hash(c) })).sort((a, b) => a.key.localeCompare(b.key)).slice(0, sampleSize).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

if (json) {
  console.log(JSON.stringify({ version, files: files.length, cocoDocuments: cocoDocs, findings, byRule, candidates: candidates.length, sample, seconds }, null, 2));
} else {
  console.log(`claimlint over Linux ${version} Documentation/ (${files.length} .rst files, translations skipped) in ${seconds.toFixed(2)} s`);
  console.log(`CoCo documents (the gate let through): ${cocoDocs.length}`);
  for (const d of cocoDocs) console.log(`  ${d}`);
  console.log(`findings: ${findings.length}`);
  for (const [rule, n] of Object.entries(byRule).sort()) console.log(`  ${rule.padEnd(24)} ${n}`);
  console.log('by file:');
  for (const [file, n] of Object.entries(byFile).sort()) console.log(`  ${file.padEnd(56)} ${n}`);
  for (const f of findings) console.log(`  ${relative('.', f.file)}:${f.line}:${f.column}  ${f.rule}  '${f.text}'`);
  if (sampleSize) {
    console.log(`\nsentences in CoCo documents matching a property pattern: ${candidates.length}; sample of ${sample.length}:`);
    for (const c of sample) console.log(`- ${c.file}:${c.line} [${c.properties.join(', ')}] ${c.reported.length ? `FLAGGED ${c.reported.join('; ')}` : 'silent'}\n    ${c.sentence}`);
  }
}
