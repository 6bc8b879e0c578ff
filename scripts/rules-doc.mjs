// Writes docs/rules.md from the shipped rule files (rules/*.yml), through the
// built code in dist/ (npm run docs:rules builds first). With --check, writes
// nothing and exits 1 when docs/rules.md is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateRulesDoc, RULES_DOC } from '../dist/cli/rules-doc.js';
import { formatFileError } from '../dist/rules/types.js';

const { markdown, errors } = generateRulesDoc();
if (markdown === undefined) {
  for (const e of errors) console.error(formatFileError(e));
  process.exit(2);
}
if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(RULES_DOC, 'utf8'); } catch { /* missing: stale */ }
  if (current !== markdown) {
    console.error(`${RULES_DOC} is stale: run npm run docs:rules`);
    process.exit(1);
  }
} else {
  writeFileSync(RULES_DOC, markdown);
  console.log(`wrote ${RULES_DOC}`);
}
