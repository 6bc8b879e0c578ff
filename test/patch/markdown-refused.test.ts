/**
 * Patch mode and a Markdown post-image claimlint refuses to read (nested too deeply, too costly
 * to read): bad input of the patch, as a malformed hunk is. The error names the patch file and
 * its line that holds the refused post-image line (and the column there, after the "+"), then
 * the post-image's path, line and column, and why (exit status 2); another patch of the same
 * run is still linted and reported. When the refused line is not in the patch (the tree's part
 * of the post-image), the error is at the file's header. Inputs are generated here.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { Repo, lineNumber, removeTemps, run } from './helpers.js';

afterAll(removeTemps);

const CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const DEEP_LINE = `${'> '.repeat(101)}${CLAIM}`;
const REASON = 'Markdown nested too deeply: 101 levels of block quotes, list items and footnotes here; claimlint reads up to 100 levels';

/** A repository with a README, then one commit writing `files`; its format-patch saved outside the tree. */
function committing(files: Record<string, string>, base: Record<string, string> = {}) {
  const repo = new Repo();
  repo.write('README', 'A tree.\n');
  for (const [p, t] of Object.entries(base)) repo.write(p, t);
  repo.commit('Initial tree');
  for (const [p, t] of Object.entries(files)) repo.write(p, t);
  const commit = repo.commit('Documentation: virt: coco: guest memory notes');
  const text = repo.formatPatch('-1', commit);
  return { repo, text, patch: repo.saveOutside('0001-notes.patch', text) };
}

describe('a patch whose Markdown post-image is refused', () => {
  test('the error names the patch, its line and column, and the post-image\'s line and column (exit status 2)', async () => {
    const doc = `# Guest memory\n\n${CLAIM}\n\n${DEEP_LINE}\n`;
    const { patch, text } = committing({ 'Documentation/virt/coco/deep.md': doc });
    const r = await run(['--no-tree', patch]);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    const inputLine = lineNumber(text, `+${DEEP_LINE}`);
    expect(r.err).toBe(`claimlint: ${patch}:${inputLine}:202: Documentation/virt/coco/deep.md:5:201: ${REASON}\n`);
  });

  test('another patch of the run is still linted and reported; the run exits 2', async () => {
    const bad = committing({ 'Documentation/virt/coco/deep.md': `# Notes\n\n${DEEP_LINE}\n` });
    const good = committing({ 'Documentation/virt/coco/fine.md': `# Notes\n\n${CLAIM}\n` });
    const r = await run(['-f', 'json', '--no-tree', bad.patch, good.patch]);
    expect(r.status).toBe(2);
    expect(r.err).toContain(`claimlint: ${bad.patch}:`);
    expect(r.err).toContain(`: Documentation/virt/coco/deep.md:3:201: ${REASON}\n`);
    const report = JSON.parse(r.out) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(report.map((f) => [f.filePath, f.messages.map((m) => m.ruleId)])).toContainEqual(['Documentation/virt/coco/fine.md', expect.arrayContaining(['memory-integrity'])]);
  });

  test('a refused line the patch does not show (it is in the tree\'s file): the error is at the file\'s header', async () => {
    const before = `# Notes\n\n${DEEP_LINE}\n${'\nFiller paragraph.\n'.repeat(10)}`;
    const { repo, text, patch } = committing({ 'Documentation/virt/coco/notes.md': `${before}\n${CLAIM}\n` }, { 'Documentation/virt/coco/notes.md': before });
    const r = await run(['--tree', repo.dir, patch]);
    expect(r.status).toBe(2);
    const header = lineNumber(text, 'diff --git a/Documentation/virt/coco/notes.md b/Documentation/virt/coco/notes.md');
    expect(r.err).toBe(`claimlint: ${patch}:${header}: Documentation/virt/coco/notes.md:3:201: ${REASON}\n`);
  });

  test('too costly to read: the same, with the reader\'s place', async () => {
    const doc = `# Notes\n\n${CLAIM}\n\n${'['.repeat(150)}x\n`;
    const { patch, text } = committing({ 'Documentation/virt/coco/brackets.md': doc });
    const r = await run(['--no-tree', patch]);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${patch}:${lineNumber(text, `+${'['.repeat(150)}x`)}:102: Documentation/virt/coco/brackets.md:5:101: Markdown nested too deeply: more than 100 brackets ("[", "![") open at once in one paragraph; claimlint reads up to 100\n`);
  });
});
