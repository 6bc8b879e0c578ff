/**
 * The Markdown reader and the lint pipeline on generated Markdown: each document is either read
 * or refused with a DocumentError whose line:column is its offset's, inside the text (and the
 * lint refuses it the same way); a tree read has its positions inside the text and inside their
 * parents; prose units and sentences lie inside the text, every finding's offsets, line:column
 * and quoted text agree, and every report format is produced from the findings.
 */
import { lintText } from '../../../src/engine/lint.js';
import { parseDocument } from '../../../src/engine/syntax.js';
import { DocumentError } from '../../../src/engine/document-error.js';
import { proseUnits } from '../../../src/prose/units.js';
import { sentencesOf } from '../../../src/prose/sentences.js';
import { makeSource, pointAt } from '../../../src/rst/source.js';
import type { Root } from '../../../src/rst/types.js';
import { formatVFiles, VFILE_FORMATS } from '../../../src/report/format.js';
import { rulesOf } from '../../../src/report/common.js';
import { positionProblems } from '../../helpers/invariants.js';
import { mdDocument, type MdInput } from '../gen/md.js';
import { mdLarge } from '../gen/md-large.js';
import { budget, checkMessages, digest, fail, messageSummary, shippedRuleSets, type Target } from '../target.js';

/** A refusal by time or memory depends on the machine: its output is not compared run to run. */
const UNSTEADY = /^Markdown too (?:costly to read: the reader took longer|large to read: at this point the reader had filled)/;
let lastUnsteady = false;

/** The refusal, checked to name a place inside the text, as the canonical output says it. */
function refusal(e: DocumentError, text: string, what: string): string {
  if (e.offset < 0 || e.offset > text.length) fail(`${what}: refused at offset ${e.offset}, outside the text (length ${text.length})`);
  const at = pointAt(makeSource(text), e.offset);
  if (at.line !== e.line || at.column !== e.column) fail(`${what}: refused at ${e.line}:${e.column}, but its offset ${e.offset} is at ${at.line}:${at.column}`);
  if (e.message !== `${e.line}:${e.column}: ${e.reason}`) fail(`${what}: the message ${JSON.stringify(e.message)} does not start with its place`);
  return `refused ${e.line}:${e.column} ${e.reason}`;
}

function run(input: MdInput): string {
  const { text } = input;
  lastUnsteady = false;
  let tree: Root | undefined;
  let refused: DocumentError | undefined;
  try {
    tree = parseDocument(text, { syntax: 'markdown' });
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    refused = err;
  }
  const ruleSets = shippedRuleSets();
  if (refused) {
    const said = refusal(refused, text, 'the reader');
    if (UNSTEADY.test(refused.reason)) { lastUnsteady = true; return 'refused (time or memory)'; }
    // The lint refuses it too, at the same place, unless it had no reason to read it (the prescan).
    try {
      lintText(text, { path: input.path, ruleSets });
    } catch (err) {
      if (!(err instanceof DocumentError)) throw err;
      if (refusal(err, text, 'the lint') !== said) fail(`the lint refused it as "${err.message}", the reader as "${refused.message}"`);
    }
    return said;
  }
  const root = tree as Root;
  const problems = positionProblems(root, text);
  if (problems.length) fail(`parse tree: ${problems.slice(0, 3).join('; ')}`);
  const units = proseUnits(root, text);
  const sentences: [number, number][] = [];
  for (const u of units) {
    if (u.start < 0 || u.end > text.length || u.text.length !== u.end - u.start) fail(`prose unit ${u.kind} ${u.start}-${u.end}: outside the text or text of the wrong length`);
    for (const s of sentencesOf(u)) {
      if (s.start < u.start || s.end > u.end || s.end < s.start) fail(`sentence ${s.start}-${s.end} outside its unit ${u.start}-${u.end}`);
      sentences.push([s.start, s.end]);
    }
  }
  let file;
  try {
    file = lintText(text, { path: input.path, ruleSets });
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    if (UNSTEADY.test(err.reason)) { lastUnsteady = true; return 'refused (time or memory)'; }
    return fail(`the reader read it, the lint refused it: ${err.message}`);
  }
  checkMessages(file, input.path);
  // SARIF describes each rule it is given (slow); the rules of the findings are enough here.
  const ids = new Set(file.messages.map((m) => m.ruleId));
  const opts = { rules: rulesOf(ruleSets).filter((r) => ids.has(r.id)), root: '/fuzz', base: '/fuzz', version: '0', color: false };
  const reports = VFILE_FORMATS.map((f) => digest(formatVFiles(f, [file], opts)));
  return JSON.stringify({ tree: digest(JSON.stringify(root)), units: units.length, sentences: digest(JSON.stringify(sentences)), messages: messageSummary(file), reports });
}

const common = {
  run,
  save: (input: MdInput) => input,
  load: (saved: unknown) => saved as MdInput,
  file: (input: MdInput) => ({ ext: 'md', data: input.text }),
  budgetMs: (input: MdInput) => budget(5_000, 60, input.text.length),
  rerun: () => !lastUnsteady,
};

export const mdTarget: Target<MdInput> = {
  name: 'md',
  covers: 'Markdown reader (remark, the guard, limits), prose units, sentences, the lint pipeline and every report format on generated documents; read or refused at a place inside',
  arbitrary: mdDocument,
  ...common,
};

export function mdLargeTarget(full: boolean): Target<MdInput> {
  return {
    name: 'md-large',
    covers: 'the same on nesting past 100 levels, paragraphs past 128 KiB, delimiters and brackets past their limits, many "<", lazy lines, 100,000 list items, 60,000 table rows, thousands of footnotes, definitions and findings',
    arbitrary: mdLarge(full),
    ...common,
  };
}
