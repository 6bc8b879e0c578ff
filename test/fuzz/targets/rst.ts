/**
 * The RST parser and the lint pipeline on generated documents: the tree's positions inside
 * the text and inside their parents, prose units and sentences inside the text, every
 * finding's offsets, line:column and quoted text consistent, and every report format
 * produced from the findings.
 */
import { lintText } from '../../../src/engine/lint.js';
import { proseUnits } from '../../../src/prose/units.js';
import { sentencesOf } from '../../../src/prose/sentences.js';
import { parseRst } from '../../../src/rst/parse.js';
import { formatVFiles, VFILE_FORMATS } from '../../../src/report/format.js';
import { rulesOf } from '../../../src/report/common.js';
import { positionProblems } from '../../helpers/invariants.js';
import { rstDocument, type RstInput } from '../gen/rst.js';
import { rstLarge } from '../gen/rst-large.js';
import { budget, checkMessages, digest, fail, messageSummary, shippedRuleSets, type Target } from '../target.js';

function run(input: RstInput): string {
  const { text } = input;
  const tree = parseRst(text, { fragment: input.fragment });
  const problems = positionProblems(tree, text);
  if (problems.length) fail(`parse tree: ${problems.slice(0, 3).join('; ')}`);
  const units = proseUnits(tree, text);
  const sentences: [number, number][] = [];
  for (const u of units) {
    if (u.start < 0 || u.end > text.length || u.text.length !== u.end - u.start) fail(`prose unit ${u.kind} ${u.start}-${u.end}: outside the text or text of the wrong length`);
    for (const s of sentencesOf(u)) {
      if (s.start < u.start || s.end > u.end || s.end < s.start) fail(`sentence ${s.start}-${s.end} outside its unit ${u.start}-${u.end}`);
      sentences.push([s.start, s.end]);
    }
  }
  const ruleSets = shippedRuleSets();
  const file = lintText(text, { path: input.path, ruleSets });
  checkMessages(file, input.path);
  // SARIF describes each rule it is given (slow); the rules of the findings are enough here.
  const ids = new Set(file.messages.map((m) => m.ruleId));
  const opts = { rules: rulesOf(ruleSets).filter((r) => ids.has(r.id)), root: '/fuzz', base: '/fuzz', version: '0', color: false };
  const reports = VFILE_FORMATS.map((f) => digest(formatVFiles(f, [file], opts)));
  return JSON.stringify({ tree: digest(JSON.stringify(tree)), units: units.length, sentences: digest(JSON.stringify(sentences)), messages: messageSummary(file), reports });
}

const common = {
  run,
  save: (input: RstInput) => input,
  load: (saved: unknown) => saved as RstInput,
  file: (input: RstInput) => ({ ext: 'rst', data: input.text }),
};

export const rstTarget: Target<RstInput> = {
  name: 'rst',
  covers: 'RST parser, prose units, sentences, the lint pipeline and every report format on generated documents',
  arbitrary: rstDocument,
  budgetMs: (input) => budget(5_000, 60, input.text.length),
  ...common,
};

export function rstLargeTarget(full: boolean): Target<RstInput> {
  return {
    name: 'rst-large',
    covers: 'the same on documents nested 10,000 deep, tables and lists of 130,000 rows, 1 MB lines, thousands of findings',
    arbitrary: rstLarge(full),
    budgetMs: (input) => budget(5_000, 60, input.text.length),
    ...common,
  };
}
