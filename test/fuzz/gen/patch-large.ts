/**
 * Patches at the sizes where a spread or recursion over lines, hunks or mails gives way: a
 * hunk deep in a 130,000-line file, a hunk adding 130,000 lines, 2,000 mails in an mbox,
 * 5,000 files in one diff, a 1 MB commit message line.
 */
import fc from 'fast-check';
import { isKnown } from '../known-failing.js';
import { CLAIMS } from './text.js';
import type { PatchInput } from './patch.js';

const claimAt = (i: number) => CLAIMS[i % CLAIMS.length] as string;
/** Lines of a pre-image before a hunk: past ~120,000, applying the hunk overflows the stack (a known defect). */
const preLines = () => (isKnown('post-image-spread') ? 100_000 : 130_000);

/** Lines a new file may have: patch mode is quadratic in findings times lines (a known defect). */
const hunkLines = () => (isKnown('patch-findings-quadratic') ? 20_000 : 130_000);

/** A commit-message line: checkpatch output repeats it under each of its findings (a known defect), so past ~300 kB the report outgrows a string. */
const longLine = (full: boolean) => (isKnown('checkpatch-long-line') ? 100_000 : full ? 1_000_000 : 400_000);

const header = (path: string) => [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
const mailHead = (k: number, subject: string) => [`From ${String(k).padStart(40, '0')} Mon Sep 17 00:00:00 2001`, 'From: A <a@example.org>', `Subject: [PATCH ${k + 1}/2000] ${subject}`, '', 'A message.', '---'];

function build(kind: string, n: number): PatchInput {
  const path = 'Documentation/large.rst';
  switch (kind) {
    case 'deep-hunk': {
      const pre = Array.from({ length: n }, (_, i) => (i % 50 ? `line ${i}` : ''));
      const at = n - 2;
      const text = [...header(path), `@@ -${at},2 +${at},3 @@`, ` ${pre[at - 1]}`, `+${claimAt(n)}`, ` ${pre[at]}`, ''].join('\n');
      return { text, tree: { [path]: `${pre.join('\n')}\n` }, blobs: {}, perKb: 40 };
    }
    case 'long-hunk': {
      // Lowercase lines continue the sentence before them: while one long sentence takes cubic time (a known defect), they end sentences.
      const filler = (i: number) => (isKnown('long-sentence-cues') ? `Line ${i}.` : `line ${i}`);
      const added = Array.from({ length: n }, (_, i) => `+${i % 3 ? filler(i) : claimAt(i)}`);
      // Linting costs ~8 ms of CPU a kilobyte here, linearly from 10,000 to 80,000 lines (it was ~2 before the
      // frames, and this was 10): 20 leaves room for a busy machine, not for quadratic time: the quadratic
      // patch mode once took ~90 s on 130,000 lines on top of the lint's ~30 s, past this budget (~90 s).
      return { text: [`diff --git a/${path} b/${path}`, 'new file mode 100644', '--- /dev/null', `+++ b/${path}`, `@@ -0,0 +1,${n} @@`, ...added, ''].join('\n'), blobs: {}, perKb: 20 };
    }
    case 'many-mails': {
      const out: string[] = [];
      for (let k = 0; k < n; k++) out.push(...mailHead(k, claimAt(k)), ...header(`Documentation/f${k % 50}.rst`), '@@ -0,0 +1 @@', `+${claimAt(k + 1)}`, '-- ', '2.43.0', '');
      return { text: out.join('\n'), blobs: {} };
    }
    case 'many-files': {
      const out: string[] = [];
      for (let k = 0; k < n; k++) out.push(`diff --git a/Documentation/f${k}.rst b/Documentation/f${k}.rst`, 'new file mode 100644', '--- /dev/null', `+++ b/Documentation/f${k}.rst`, '@@ -0,0 +1 @@', `+${claimAt(k)}`);
      return { text: `${out.join('\n')}\n`, blobs: {} };
    }
    default: { // a long commit message line
      let line = '';
      for (let i = 0; line.length < n; i++) line += `${claimAt(i)} `;
      return { text: ['From: A <a@example.org>', `Subject: [PATCH] ${claimAt(0)}`, '', line, '---', ...header(path), '@@ -0,0 +1 @@', '+x', ''].join('\n'), blobs: {} };
    }
  }
}

export function patchLarge(full: boolean): fc.Arbitrary<PatchInput> {
  const kinds: [string, number][] = [['deep-hunk', preLines()], ['long-hunk', full ? hunkLines() : 20_000], ['many-mails', full ? 2_000 : 500], ['many-files', full ? 5_000 : 1_000], ['long-line', longLine(full)]];
  return fc.tuple(fc.constantFrom(...kinds), fc.double({ min: 0.9, max: 1, noNaN: true })).map(([[kind, max], f]) => build(kind, Math.floor(max * f)));
}
