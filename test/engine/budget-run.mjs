// Run by test/engine/budget.test.ts in a child process (with time and memory
// caps), against the built module tree (dist/): loads a rule file that does not
// ship with claimlint, then, bypassing the load-time check, swaps in `pattern`
// for the first pattern of its first property, and lints each document. Prints
// JSON: per document its messages (rule, line:column) and the rule errors
// reported, and the time taken.
//
// usage: node budget-run.mjs DIST RULE_FILE PATTERN|- DOC...
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [dist, ruleFile, pattern, ...docs] = process.argv.slice(2);
const load = await import(pathToFileURL(`${dist}/rules/load.js`).href);
const { lintText, lintInProcess } = await import(pathToFileURL(`${dist}/engine/lint.js`).href);
const { VFile } = await import('vfile');

const shipped = load.defaultRuleFiles().map((f) => load.loadRuleFile(f).ruleSet);
const mine = load.loadRuleFile(ruleFile);
if (!mine.ruleSet) throw new Error(JSON.stringify(mine.errors));
if (pattern !== '-') mine.ruleSet.properties[0].patterns[0].regex = pattern;
const ruleSets = [...shipped, mine.ruleSet];

const brief = (m) => `${m.line}:${m.column} ${m.ruleId ?? '-'} ${m.reason}`;
const out = [];
for (const doc of docs) {
  const text = readFileSync(doc, 'utf8');
  const errors = [];
  const start = performance.now();
  const file = lintText(text, { path: doc, ruleSets, onRuleError: (e) => errors.push(`${e.file}:${e.line}:${e.column}: ${e.message}`) });
  const ms = performance.now() - start;
  const here = performance.now();
  const inProcess = pattern === '-' ? lintInProcess(new VFile({ path: doc, value: text }), { ruleSets }).messages.map(brief) : undefined;
  out.push({ doc, messages: file.messages.map(brief), errors, ms, inProcess, inProcessMs: performance.now() - here });
}
process.stdout.write(JSON.stringify(out));
