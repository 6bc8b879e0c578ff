/**
 * Patch mode (split into mails, diff reading, post-images, linting, the checkpatch, b4 and
 * file formats) on generated patches against an in-memory tree. Properties: only PatchError
 * is thrown, naming a line of the input; no path that leaves the tree is ever read; every
 * finding points at a line of the input and of its post-image, with consistent positions;
 * and for well-formed patches, the findings are exactly those of linting each post-image
 * whole and keeping the claims whose sentence overlaps an added line.
 */
import type { VFile } from 'vfile';
import { lintText, type ClaimMessage } from '../../../src/engine/lint.js';
import { lintPatch, type PatchReport } from '../../../src/patch/lint-patch.js';
import { safePath, type Source } from '../../../src/patch/post-image.js';
import type { TreeFile } from '../../../src/patch/read-input.js';
import { PatchError } from '../../../src/patch/types.js';
import { formatB4Review, formatCheckpatch, type CheckpatchFlags } from '../../../src/report/checkpatch.js';
import { formatVFiles } from '../../../src/report/format.js';
import { patchInput, type PatchInput } from '../gen/patch.js';
import { patchLarge } from '../gen/patch-large.js';
import { isKnown } from '../known-failing.js';
import { budget, checkMessages, digest, fail, messageSummary, shippedRuleSets, type Target } from '../target.js';

const asFile = (text: string | undefined): TreeFile => (text === undefined ? undefined : { text });

function source(input: PatchInput, reads: string[]): Source | undefined {
  const tree = input.tree;
  if (!tree) return undefined;
  return {
    label: 'the fuzz tree',
    read: (path) => { reads.push(path); return asFile(tree[path]); },
    blob: (id) => asFile(input.blobs[id]),
  };
}

const FLAGS: CheckpatchFlags[] = [
  { quiet: 0, terse: false, emacs: false, showfile: false, summary: true, mailback: false, showTypes: false, verbose: false, rules: new Map() },
  { quiet: 2, terse: true, emacs: true, showfile: true, summary: false, mailback: true, showTypes: true, verbose: true, rules: new Map() },
];

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** What patch mode should report for one post-image (as test/patch/helpers.ts computes it). */
function expected(e: NonNullable<PatchInput['expect']>[number]): unknown[] {
  const file = lintText(e.post, { path: e.path, ruleSets: shippedRuleSets() });
  const added = new Set(e.added);
  return (file.messages as ClaimMessage[]).filter((m) => {
    if (e.ignored.includes(m.ruleId ?? '') || m.data?.['fileName']) return false;
    const s = m.data?.sentence;
    if (!s) return false;
    for (let l = lineOf(e.post, s.start); l <= lineOf(e.post, Math.max(s.start, s.end - 1)); l++) if (added.has(l)) return true;
    return false;
  }).map((m) => [m.ruleId, m.line, m.column]);
}

/** Lines of a base64 body are numbered as if each decoded line were an input line (a known defect). */
const base64Lines = (input: PatchInput) => isKnown('encoded-body-lines') && /^Content-Transfer-Encoding: base64/mi.test(input.text);

function checkReport(report: PatchReport, input: PatchInput, lines: number): void {
  for (const f of report.findings) {
    if ((f.inputLine < 1 || f.inputLine > lines) && !base64Lines(input)) fail(`finding ${f.ruleId}: input line ${f.inputLine} outside the input (${lines} lines)`);
    if (f.line < 1) fail(`finding ${f.ruleId}: line ${f.line}`);
  }
  const docs = report.files.filter((v: VFile) => v.path !== 'MAINTAINERS');
  for (const v of docs) checkMessages(v, v.path);
  if (!input.expect) return;
  const got = report.files.filter((v) => v.path.endsWith('.rst') && !v.data['commitMessage'])
    .map((v) => [v.path, v.messages.filter((m) => !(m as ClaimMessage).data?.['fileName']).map((m) => [m.ruleId, m.line, m.column])] as const)
    .filter(([, ms]) => ms.length);
  const want = input.expect.map((e) => [e.path, expected(e)] as const).filter(([, ms]) => ms.length);
  if (JSON.stringify(got) !== JSON.stringify(want)) fail(`findings differ from linting the post-images whole: got ${JSON.stringify(got).slice(0, 400)}, expected ${JSON.stringify(want).slice(0, 400)}`);
}

async function run(input: PatchInput): Promise<string> {
  const reads: string[] = [];
  const lines = input.text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n').length;
  let report: PatchReport;
  try {
    report = await lintPatch(input.text, 'fuzz.patch', 'Your patch', { ruleSets: shippedRuleSets(), source: source(input, reads) });
  } catch (e) {
    if (!(e instanceof PatchError)) throw e;
    if (!(e.line >= 1 && e.line <= lines) && !base64Lines(input)) fail(`PatchError at line ${e.line}, outside the input (${lines} lines): ${e.message}`);
    return JSON.stringify({ error: e.message });
  } finally {
    for (const p of reads as unknown[]) {
      // A plain diff that deletes a file makes patch mode read an undefined path (a known defect).
      if (p === undefined && isKnown('plain-diff-deletion')) continue;
      if (typeof p !== 'string' || safePath(p) !== p || p.split('/').includes('..')) fail(`asked the tree for a path that leaves it, is not normalised or is not a string: ${JSON.stringify(p)}`);
    }
  }
  checkReport(report, input, lines);
  const outputs = [
    ...FLAGS.map((f) => formatCheckpatch(report, f, false)),
    formatB4Review([report]),
    formatVFiles('json', report.files),
    formatVFiles('sarif', report.files, { rules: [], root: '/fuzz', base: '/fuzz', version: '0' }),
  ];
  const summary = /^total: \d+ errors, \d+ warnings, \d+ lines checked$/m;
  if (!summary.test(outputs[0] as string)) fail(`checkpatch output without its summary line: ${JSON.stringify((outputs[0] as string).slice(-200))}`);
  return JSON.stringify({ findings: report.findings.map((f) => [f.ruleId, f.file ?? null, f.line, f.inputLine]), notes: report.notes, files: report.files.map(messageSummary), outputs: outputs.map(digest) });
}

const common = {
  run,
  save: (input: PatchInput) => input,
  load: (saved: unknown) => saved as PatchInput,
  file: (input: PatchInput) => ({ ext: 'patch', data: input.text }),
};

export const patchTarget: Target<PatchInput> = {
  name: 'patch',
  covers: 'patch mode (mails, mbox series, encodings, diffs, post-images, checkpatch/b4/JSON/SARIF output) on generated and corrupted patches against an in-memory tree',
  arbitrary: patchInput,
  budgetMs: (input) => budget(5_000, 60, input.text.length),
  ...common,
};

export function patchLargeTarget(full: boolean): Target<PatchInput> {
  return {
    name: 'patch-large',
    covers: 'patch mode on a hunk deep in a 130,000-line file, a 130,000-line hunk, 2,000 mails, 5,000 files, a 1 MB line',
    arbitrary: patchLarge(full),
    budgetMs: (input) => budget(10_000, input.perKb ?? 60, input.text.length + Object.values(input.tree ?? {}).reduce((n, t) => n + t.length, 0)),
    rerun: () => false,
    ...common,
  };
}
