/**
 * Side by side with the real checkpatch.pl (from the corpus cache): the same
 * "#N" and "FILE: path:line:" for every line both tools report, and the same
 * "lines checked". And patches made with git against the corpus tree: a
 * finding only for what the patch adds; scope from outside a hunk comes from
 * the tree, and without a tree the finding says its context was limited.
 */
import { expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusOrSkip } from '../helpers/corpus.js';
import { REVIEW_DIR, reviewFileOrSkip } from '../helpers/review.js';
import { describeIf } from '../helpers/skip.js';
import { runCli } from '../helpers/cli.js';

const corpus = corpusOrSkip('checkpatch.pl side by side', ['scripts/checkpatch.pl']);
const mbox = reviewFileOrSkip('v2-patch.mbox', 'checkpatch.pl side by side');

const claimlint = (args: string[]) => runCli(args);
function checkpatch(args: string[], cwd?: string) {
  const r = spawnSync('perl', [join(corpus!.dir, 'scripts', 'checkpatch.pl'), ...args], { encoding: 'utf8', cwd });
  return r.stdout;
}
/** "#N" -> the rest of that context line ("FILE: path:line:" or ""), for every block. */
function blocks(out: string): Map<number, string> {
  const m = new Map<number, string>();
  for (const x of out.matchAll(/^#(\d+): (.*)$/gm)) m.set(Number(x[1]), x[2] as string);
  return m;
}
const checked = (out: string) => /total: \d+ errors, \d+ warnings, (\d+) lines checked/.exec(out)?.[1];

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' });

describeIf(corpus && mbox)('beside checkpatch.pl', () => {
  test('the v2 mail: same #N and FILE lines where both report, same lines checked', async () => {
    const path = join(REVIEW_DIR, 'v2-patch.mbox');
    const ours = await claimlint(['--no-tree', path]);
    const theirs = checkpatch(['--no-tree', path]);
    const a = blocks(ours.out);
    const b = blocks(theirs);
    const both = [...a.keys()].filter((n) => b.has(n));
    expect(both.length).toBeGreaterThanOrEqual(2); // the new file's line 1 and the MAINTAINERS F: line
    for (const n of both) expect([n, a.get(n)]).toEqual([n, b.get(n)]);
    expect(checked(ours.out)).toBe(checked(theirs));
    expect(checked(ours.out)).toBeDefined();
  });

  /** A git repository holding the corpus's security documents and a document of ours. */
  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'claimlint-tree-'));
    mkdirSync(join(dir, 'Documentation', 'security'), { recursive: true });
    mkdirSync(join(dir, 'Documentation', 'virt', 'coco'), { recursive: true });
    copyFileSync(join(corpus!.documentation, 'security', 'snp-tdx-threat-model.rst'), join(dir, 'Documentation', 'security', 'snp-tdx-threat-model.rst'));
    const filler = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} describes the guest request protocol in detail.\n`).join('\n');
    writeFileSync(join(dir, 'Documentation', 'virt', 'coco', 'guest-notes.rst'),
      `===========\nGuest notes\n===========\n\nSEV-SNP guests\n==============\n\n${filler}\nEnd of the section.\n`);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    return dir;
  }
  function patchOf(dir: string, edit: () => void, subject: string): string {
    edit();
    git(dir, 'commit', '-qam', subject);
    const out = join(dir, 'out.patch');
    writeFileSync(out, git(dir, 'format-patch', '--stdout', '-1'));
    return out;
  }

  test('a patch to snp-tdx-threat-model.rst: one finding for the one overgeneralized sentence, nothing from the existing text', async () => {
    const dir = repo();
    const doc = join(dir, 'Documentation', 'security', 'snp-tdx-threat-model.rst');
    const before = readFileSync(doc, 'utf8').split('\n');
    const at = before.findIndex((l) => l.startsWith('The basic CoCo guest layout')); // a paragraph start
    // The document is scoped to SNP and TDX by its file name: only a universal claim reaches past it.
    const added = ['All CoCo technologies protect the integrity of guest private memory. ', '', 'On SEV-SNP and TDX, the host cannot modify guest private memory.', ''];
    const patch = patchOf(dir, () => writeFileSync(doc, [...before.slice(0, at), ...added, ...before.slice(at)].join('\n')), 'docs: security: add two claims');
    const ours = await claimlint(['--tree', dir, '--format', 'json', patch]);
    const results = JSON.parse(ours.out) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    const messages = results.flatMap((r) => r.messages.map((m) => [r.filePath, m.ruleId, m.line]));
    expect(messages).toEqual([['Documentation/security/snp-tdx-threat-model.rst', 'memory-integrity', at + 1]]);
    // checkpatch.pl reports the trailing whitespace on the same line: same #N and FILE line, same count.
    const text = await claimlint(['--tree', dir, patch]);
    const theirs = checkpatch(['--no-tree', patch]);
    const a = blocks(text.out);
    const b = blocks(theirs);
    const both = [...a.keys()].filter((n) => b.has(n));
    expect(both.length).toBe(1);
    for (const n of both) expect(a.get(n)).toBe(b.get(n));
    expect(checked(text.out)).toBe(checked(theirs));
  });

  test('a claim under a technology-naming section title outside the hunk: silent with the tree, flagged without it, with a note', async () => {
    const dir = repo();
    const doc = join(dir, 'Documentation', 'virt', 'coco', 'guest-notes.rst');
    const before = readFileSync(doc, 'utf8').split('\n');
    const at = before.findIndex((l) => l === 'End of the section.');
    const patch = patchOf(dir, () => writeFileSync(doc, [...before.slice(0, at), 'Guests can request an attestation report from the platform.', '', ...before.slice(at)].join('\n')), 'docs: coco: reports');
    expect(readFileSync(patch, 'utf8')).not.toContain('SEV-SNP guests\n'); // the title is outside the hunk
    const withTree = await claimlint(['--tree', dir, '--format', 'json', patch]);
    expect((JSON.parse(withTree.out) as { messages: unknown[] }[]).flatMap((r) => r.messages)).toEqual([]);
    const without = await claimlint(['--no-tree', '--format', 'json', patch]);
    const found = (JSON.parse(without.out) as { messages: { ruleId: string; line: number; message: string }[] }[]).flatMap((r) => r.messages);
    expect(found.map((m) => [m.ruleId, m.line])).toEqual([['attestation-report', at + 1]]);
    const text = await claimlint(['--no-tree', patch]);
    expect(text.out).toContain('linted from the hunks alone, so scope from outside them is unknown');
  });
});
