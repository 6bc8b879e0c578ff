// Records the shipped rule files as loaded (src/rules/precompiled.ts), beside the bundle: a start
// then reads JSON instead of parsing YAML with positions. Run by `npm run build`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { defaultRuleFiles, loadRuleFile } from '../dist/rules/load.js';
import { claimlintVersion, PRECOMPILED_NAME, recordEntry, textHash } from '../dist/rules/precompiled.js';
import { compileRuleSet } from '../dist/rules/compile.js';
import { builtAlternations } from '../dist/scope/phrase-regex.js';

// A record left by an earlier build must not answer for the loader of this one.
rmSync(new URL(`../dist/${PRECOMPILED_NAME}`, import.meta.url), { force: true });
const files = {};
// mayNameCoco's regular expressions for the shipped rule sets (src/prose/nlp-early.ts).
const gates = [];
for (const file of defaultRuleFiles()) {
  const { ruleSet, errors } = loadRuleFile(file);
  if (!ruleSet) {
    // A broken shipped rule file is reported by every run and by the tests: record nothing for it.
    console.error(`precompile-rules: ${file}: ${errors.length} error(s), not recorded`);
    continue;
  }
  files[textHash(readFileSync(file, 'utf8'))] = recordEntry(ruleSet);
  for (const g of compileRuleSet(ruleSet).matcher.gates) gates.push([g.source, g.flags]);
}
writeFileSync(new URL(`../dist/${PRECOMPILED_NAME}`, import.meta.url), JSON.stringify({ claimlint: claimlintVersion(), files, gates, alternations: builtAlternations() }));
