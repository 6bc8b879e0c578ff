/**
 * docs/audit-linux-6.12.md lists every finding on the kernel tree with a
 * verdict. This test fails when that list differs from what claimlint reports
 * now, and checks the audit's bars (false positives and misses ≤ 10%).
 */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/engine/lint.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import { parseRst } from '../../src/rst/parse.js';
import { proseUnits } from '../../src/prose/units.js';
import { documentContext } from '../../src/scope/document.js';
import { compileRuleSet } from '../../src/rules/compile.js';
import { corpusOrSkip, readCorpusFile, rstFiles } from '../helpers/corpus.js';
import { describeIf } from '../helpers/skip.js';

const corpus = corpusOrSkip('the audit of the kernel tree');
const audit = readFileSync(join(process.cwd(), 'docs', 'audit-linux-6.12.md'), 'utf8');

/** The rows of the first table after a heading. */
function table(heading: string): string[][] {
  const section = audit.slice(audit.indexOf(`## ${heading}`));
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|---'));
  const body = rows.slice(1); // the header row
  const end = section.indexOf('\n\n', section.indexOf('|'));
  const inTable = section.slice(0, end);
  return body.filter((r) => inTable.includes(r)).map((r) => r.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
}

describeIf(corpus)('the audit of Linux 6.12 Documentation/', () => {
  test('lists exactly the findings claimlint reports now', () => {
    const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
    const now: string[] = [];
    for (const rel of rstFiles(corpus!).filter((f) => !f.startsWith('translations/'))) {
      const path = `Documentation/${rel}`;
      for (const m of lintText(readCorpusFile(corpus!, rel), { path, ruleSets: [ruleSet!] }).messages) now.push(`${path}:${m.line}:${m.column} ${m.ruleId}`);
    }
    const listed = table('Findings').map(([loc, rule]) => `${(loc ?? '').replace(/`/g, '')} ${rule}`);
    expect(listed.sort()).toEqual(now.sort());
    // No finding in a document the CoCo gate rejects.
    const matcher = compileRuleSet(ruleSet!).matcher;
    for (const file of new Set(now.map((n) => n.split(':')[0] as string))) {
      const text = readCorpusFile(corpus!, file.replace(/^Documentation\//, ''));
      const tree = parseRst(text);
      expect([file, documentContext(text, tree, proseUnits(tree, text), file, matcher, {}).isCoco]).toEqual([file, true]);
    }
  });
  test('every finding has a verdict', () => {
    const rows = table('Findings');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(['true positive', 'false positive']).toContain(r[3]);
  });
  test('false positives are at most 10%', () => {
    const rows = table('Findings');
    expect(rows.filter((r) => r[3] === 'false positive').length).toBeLessThanOrEqual(rows.length * 0.1);
  });
  test('the recall sample has 50 sentences with verdicts; misses are at most 10%', () => {
    const rows = table('Recall sample');
    expect(rows).toHaveLength(50);
    for (const r of rows) expect(['flagged correctly', 'silent correctly', 'missed', 'false positive']).toContain(r[3]);
    expect(rows.filter((r) => r[3] === 'missed').length).toBeLessThanOrEqual(5);
    // The "claimlint" column is what claimlint reported: flagged rows are flagged-correctly or false positives.
    for (const r of rows) expect(r[2] === 'flagged').toBe(r[3] === 'flagged correctly' || r[3] === 'false positive');
  });
});
