/**
 * `--fix` and `--fix-dry-run` (issue 5, deliverable 3): the preferred
 * suggestion replaces each fixable finding's range and nothing else changes;
 * the fixed rules no longer fire there and no new finding appears.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { VFile } from 'vfile';
import { lintPaths } from '../../src/cli/lint-files.js';
import { applyEdits, planFixes, unifiedDiff } from '../../src/cli/fix.js';
import { writeFixed } from '../../src/cli/fix-write.js';
import { clearConfigCache } from '../../src/config/index.js';
import type { ClaimMessage } from '../../src/engine/lint.js';
import { newFileFromPatch, reviewFileOrSkip } from '../helpers/review.js';
import { runCli } from '../helpers/cli.js';
import { removeAfterAll } from '../helpers/tmp.js';

const V2_PATH = 'Documentation/security/x86-confidential-computing.rst';

const run = (args: string[], cwd?: string) => runCli(args, { cwd });


/** A tree of its own (a .git directory and a root .claimlint.yml), so nothing outside it configures the run. */
function tempTree(files: Record<string, string | Buffer>): string {
  const root = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-fix-')));
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.claimlint.yml'), 'root: true\n');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

async function lint(path: string): Promise<VFile> {
  clearConfigCache();
  const { files, errors } = await lintPaths([path]);
  expect(errors).toEqual([]);
  return files[0] as VFile;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const offsetsOf = (m: ClaimMessage) => {
  const place = m.place as { start: { offset: number }; end: { offset: number } };
  return { start: place.start.offset, end: place.end.offset };
};

interface Fix { rule: string; line: number; column: number; old: string; text: string }

/** The stderr lines `path:line:col: rule: 'old' -> 'new'`. */
function appliedFixes(err: string, path: string): Fix[] {
  const unquote = (s: string) => s.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c] ?? c);
  const out: Fix[] = [];
  for (const line of err.split('\n')) {
    if (!line.startsWith(`${path}:`)) continue;
    const m = /^(\d+):(\d+): ([a-z-]+): ('(?:[^'\\]|\\.)*') -> ('(?:[^'\\]|\\.)*')$/.exec(line.slice(path.length + 1));
    if (m) out.push({ line: Number(m[1]), column: Number(m[2]), rule: m[3] as string, old: unquote(m[4] as string), text: unquote(m[5] as string) });
  }
  return out;
}

const CLAIMS = [
  'Confidential computing',
  '======================',
  '',
  'This document covers confidential computing for virtualized environments.',
  '',
  'Confidential computing on x86 preserves the integrity of guest private memory.',
  '',
].join('\n');

describe('--fix on the v2 document', () => {
  const mbox = reviewFileOrSkip('v2-patch.mbox', 'the v2 document for --fix');
  const maybe = mbox ? test : test.skip;

  maybe('fixed rules no longer fire where fixed, no new finding, every other byte unchanged', async () => {
    const root = tempTree({ [V2_PATH]: newFileFromPatch(mbox as string, V2_PATH) });
    const path = join(root, V2_PATH);
    const original = readFileSync(path, 'utf8');
    const before = await lint(path);
    const fixable = (before.messages as ClaimMessage[]).filter((m) => m.expected?.length);
    expect(fixable.length).toBeGreaterThan(5);

    const r = await run(['--fix', '--format', 'json', path]);
    const fixes = appliedFixes(r.err, path);
    expect(fixes.length).toBeGreaterThan(5);
    expect(r.err).toMatch(new RegExp(`claimlint: fixed ${fixes.length} findings in 1 file`));
    expect(fixes).toContainEqual(expect.objectContaining({ rule: 'imprecise-term', old: 'virtualized environments', text: 'cloud computing environments' }));

    // Each applied fix is a finding of the first lint, replaced with its first suggestion.
    const edits = fixes.map((f) => {
      const m = fixable.find((x) => x.ruleId === f.rule && x.line === f.line && x.column === f.column);
      expect(m).toBeDefined();
      const at = offsetsOf(m as ClaimMessage);
      expect(original.slice(at.start, at.end)).toBe(f.old);
      expect((m as ClaimMessage).expected?.[0]).toBe(f.text);
      return { ...at, text: f.text, rule: f.rule };
    });
    // Rebuilt from the original and the replaced ranges alone: the same bytes.
    // (Two rules with the same fix make one edit.)
    const sorted = [...edits].sort((a, b) => a.start - b.start)
      .filter((e, i, all) => !all.slice(0, i).some((x) => x.start === e.start && x.end === e.end && x.text === e.text));
    let rebuilt = '';
    let at = 0;
    for (const e of sorted) {
      expect(e.start).toBeGreaterThanOrEqual(at);
      rebuilt += original.slice(at, e.start) + e.text;
      at = e.end;
    }
    rebuilt += original.slice(at);
    expect(readFileSync(path).equals(Buffer.from(rebuilt, 'utf8'))).toBe(true);

    // The fixed rules no longer fire on the replaced text.
    const after = await lint(path);
    const newRange = (e: { start: number; end: number; text: string }) => {
      const shift = sorted.filter((x) => x.end <= e.start && x !== e).reduce((n, x) => n + x.text.length - (x.end - x.start), 0);
      return { start: e.start + shift, end: e.start + shift + e.text.length };
    };
    for (const e of edits) {
      const range = newRange(e);
      const again = (after.messages as ClaimMessage[]).filter((m) => m.ruleId === e.rule && offsetsOf(m).start < range.end && range.start < offsetsOf(m).end);
      expect(again.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual([]);
    }
    // No new finding: every (rule, claim text) after was there before, with the fixes in its sentence applied.
    const key = (m: ClaimMessage, text: string, fixed: boolean) => {
      const s = m.data?.sentence;
      if (!s) return `${m.ruleId}|${norm(m.actual ?? '')}`;
      const inside = fixed ? sorted.filter((e) => e.start >= s.start && e.end <= s.end).map((e) => ({ ...e, start: e.start - s.start, end: e.end - s.start })) : [];
      return `${m.ruleId}|${norm(applyEdits(text.slice(s.start, s.end), inside))}`;
    };
    const beforeKeys = new Set((before.messages as ClaimMessage[]).map((m) => key(m, original, true)));
    const afterText = String(after.value);
    const fresh = (after.messages as ClaimMessage[]).filter((m) => !beforeKeys.has(key(m, afterText, false)));
    expect(fresh.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([]);

    // What is reported is the second lint, and it sets the exit status.
    const reported = JSON.parse(r.out) as { messages: unknown[] }[];
    expect(reported[0]?.messages).toHaveLength(after.messages.length);
    expect(r.status).toBe(after.messages.length ? 1 : 0);
  });

  maybe('--fix-dry-run prints a diff that git applies, and writes nothing', async () => {
    const root = tempTree({ [V2_PATH]: newFileFromPatch(mbox as string, V2_PATH) });
    const path = join(root, V2_PATH);
    const bytes = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const r = await run(['--fix-dry-run', V2_PATH], root);
    expect(r.out.startsWith(`--- a/${V2_PATH}\n+++ b/${V2_PATH}\n@@ `)).toBe(true);
    expect(r.out).toContain('+that are targeting cloud computing environments and allow running Virtual\n');
    expect(r.err).toMatch(/claimlint: would fix \d+ findings in 1 file/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(r.status).toBe(1); // findings remain after the fix

    // The diff is what --fix does.
    const copy = tempTree({ [V2_PATH]: bytes });
    execFileSync('git', ['apply', '-'], { cwd: copy, input: r.out });
    expect((await run(['--fix', '--quiet', V2_PATH], root)).status).toBe(0);
    expect(readFileSync(join(copy, V2_PATH)).equals(readFileSync(path))).toBe(true);
  });
});

describe('--fix on small documents', () => {
  test('a byte-order mark and CRLF line ends are kept; the file is replaced, not rewritten in place', async () => {
    const text = `\ufeff${CLAIMS.replace(/\n/g, '\r\n')}`;
    const root = tempTree({ 'Documentation/virt/coco/claims.rst': text });
    const path = join(root, 'Documentation/virt/coco/claims.rst');
    const inode = statSync(path).ino;
    const r = await run(['--fix', path]);
    expect(r.err).toContain(`${path}:4:49: imprecise-term: 'virtualized environments' -> 'cloud computing environments'\n`);
    expect(r.err).toContain(`${path}:6:27: memory-integrity: 'x86' -> `);
    const fixed = readFileSync(path);
    expect([...fixed.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const s = fixed.toString('utf8');
    expect(s.split('\r\n')).toHaveLength(text.split('\r\n').length);
    expect(s.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(s).toContain('for cloud computing environments.\r\n');
    expect(statSync(path).ino).not.toBe(inode);
    // The memory-integrity fix removed 'x86', so the umbrella finding went with it.
    expect(r.status).toBe(0);
    expect(r.out).toBe('');
  });

  test('the dry-run diff keeps the byte-order mark and CRLF and applies with git', async () => {
    const text = `\ufeff${CLAIMS.replace(/\n/g, '\r\n')}`;
    const rel = 'Documentation/virt/coco/claims.rst';
    const root = tempTree({ [rel]: text });
    const r = await run(['--fix-dry-run', rel], root);
    expect(r.out).toContain('@@ -1,6 +1,6 @@\n \ufeffConfidential computing\r\n');
    expect(r.out).toContain('-This document covers confidential computing for virtualized environments.\r\n+This document covers confidential computing for cloud computing environments.\r\n');
    execFileSync('git', ['apply', '-'], { cwd: root, input: r.out });
    const patched = readFileSync(join(root, rel));
    const other = tempTree({ [rel]: text });
    await run(['--fix', rel], other);
    expect(patched.equals(readFileSync(join(other, rel)))).toBe(true);
  });

  test('findings without a fix are still reported; a clean file is left alone', async () => {
    const root = tempTree({
      'Documentation/virt/coco/a.rst': 'Example\n=======\n\nAll available mechanisms aim to provide integrity for the guest memory of the VM.\n',
      'Documentation/virt/coco/clean.rst': 'Example\n=======\n\nNothing to see.\n',
    });
    const clean = join(root, 'Documentation/virt/coco/clean.rst');
    const mtime = statSync(clean).mtimeMs;
    const r = await run(['--fix', '--format', 'json', root]);
    expect(statSync(clean).mtimeMs).toBe(mtime);
    expect(r.err).toMatch(/claimlint: fixed \d+ findings? in [01] files?/);
    const results = JSON.parse(r.out) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results).toHaveLength(2);
    expect(results.find((x) => x.filePath.endsWith('a.rst'))?.messages.map((m) => m.ruleId)).toContain('memory-integrity');
    expect(r.status).toBe(1);
  });
});

describe('planning fixes', () => {
  test('overlapping fixes: the first applies, the others are skipped and said so', async () => {
    const root = tempTree({ 'Documentation/virt/coco/overlap.rst': 'Example\n=======\n\nPreserve the confidentiality and integrity of CoCo guest\'s private memory and registers.\n' });
    const path = join(root, 'Documentation/virt/coco/overlap.rst');
    const plan = planFixes(await lint(path));
    expect(plan.skipped.map((x) => x.ruleId)).toEqual(['register-protection']);
    const r = await run(['--fix', path]);
    expect(r.err).toContain(`${path}:4:47: register-protection: not fixed: overlaps the fix for memory-integrity at 4:47\n`);
    expect(r.err).toContain(`${path}:4:47: memory-integrity: 'CoCo guest' -> `);
    expect(r.err).toContain('claimlint: fixed 1 finding in 1 file (1 overlapping fix not applied)\n');
  });

  test('overlaps, identical repeats, insertions and the diff', () => {
    const text = 'one two three\nfour five\nsix\n';
    const msg = (start: number, end: number, expected: string, ruleId: string) => ({
      ruleId, expected: [expected], line: 1, column: start + 1,
      place: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
    });
    const file = { path: 'x.rst', value: text, messages: [msg(4, 7, 'TWO', 'a'), msg(4, 13, 'TWO THREE', 'b'), msg(4, 7, 'TWO', 'c'), msg(0, 0, '> ', 'd')] } as unknown as VFile;
    const plan = planFixes(file);
    expect(plan.after).toBe('> one TWO three\nfour five\nsix\n');
    expect(plan.applied.map((a) => a.ruleId)).toEqual(['d', 'a', 'c']);
    expect(plan.skipped.map((s) => [s.ruleId, s.reason])).toEqual([['b', 'overlaps the fix for a at 1:5']]);
    expect(unifiedDiff(text, plan.applied, 'x.rst')).toBe('--- a/x.rst\n+++ b/x.rst\n@@ -1,3 +1,3 @@\n-one two three\n+> one TWO three\n four five\n six\n');
    // No final newline, and a change far from another: two hunks.
    const long = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const edits = [{ start: long.indexOf('line 2\n'), end: long.indexOf('line 2\n') + 6, text: 'LINE 2' }, { start: long.length - 7, end: long.length, text: 'LINE 20' }];
    expect(unifiedDiff(long, edits, 'y.rst')).toBe([
      '--- a/y.rst', '+++ b/y.rst',
      '@@ -1,5 +1,5 @@', ' line 1', '-line 2', '+LINE 2', ' line 3', ' line 4', ' line 5',
      '@@ -17,4 +17,4 @@', ' line 17', ' line 18', ' line 19', '-line 20', '\\ No newline at end of file', '+LINE 20', '\\ No newline at end of file', '',
    ].join('\n'));
    // A replacement that joins two lines.
    expect(unifiedDiff('a b\nc d\ne\n', [{ start: 2, end: 5, text: 'X' }], 'z.rst')).toBe('--- a/z.rst\n+++ b/z.rst\n@@ -1,3 +1,2 @@\n-a b\n-c d\n+a X d\n e\n');
  });

  test('the diff of 130,000 fixes in one block that grows into another (no spread of its edits)', () => {
    const n = 130_000;
    const text = `a\nb\n${'x\n'.repeat(n)}`;
    // The first edit joins lines 1 and 2, so its block takes line 2 in and meets the block of the others.
    const edits = [{ start: 1, end: 2, text: '' }, ...Array.from({ length: n }, (_, k) => ({ start: 4 + 2 * k, end: 5 + 2 * k, text: 'y' }))];
    // Main: last.edits.push(...130,000 edits), a RangeError.
    const diff = unifiedDiff(text, edits, 'big.rst');
    expect(diff.startsWith(`--- a/big.rst\n+++ b/big.rst\n@@ -1,${n + 2} +1,${n + 1} @@\n-a\n-b\n`)).toBe(true);
    expect(diff.split('\n').filter((l) => l === '+y')).toHaveLength(n);
  });

  test('a file changed since it was linted is not fixed', async () => {
    const root = tempTree({ 'Documentation/virt/coco/claims.rst': CLAIMS });
    const path = join(root, 'Documentation/virt/coco/claims.rst');
    const file = await lint(path);
    writeFileSync(path, `${CLAIMS}\nMore.\n`);
    const { fixFiles } = await import('../../src/cli/fix.js');
    let err = '';
    const result = fixFiles([file], { dryRun: false, out: () => undefined, err: (s) => { err += s; } });
    expect(result.errors).toEqual([`${path}: changed since it was linted; not fixed`]);
    expect(readFileSync(path, 'utf8')).toBe(`${CLAIMS}\nMore.\n`);
    expect(err).toContain('fixed 0 findings in 0 files');
  });

  test('--fix is refused in patch mode', async () => {
    const root = tempTree({});
    writeFileSync(join(root, 'x.patch'), 'diff --git a/x.rst b/x.rst\n--- a/x.rst\n+++ b/x.rst\n@@ -1 +1 @@\n-a\n+b\n');
    const r = await run(['--fix', join(root, 'x.patch')]);
    expect(r.status).toBe(2);
    expect(r.err).toContain('--fix: only for files, not in patch mode');
  });
});

describe('--fix keeps what the file is (issue 9)', () => {
  const rel = 'Documentation/virt/coco/claims.rst';
  const fixedText = async () => {
    const other = tempTree({ [rel]: CLAIMS });
    await run(['--fix', join(other, rel)]);
    const fixed = readFileSync(join(other, rel), 'utf8');
    expect(fixed).not.toBe(CLAIMS);
    return fixed;
  };

  test('a read-only file (0444) is not rewritten: it is named, the others are fixed, exit status 2', async () => {
    const root = tempTree({ [rel]: CLAIMS, 'Documentation/virt/coco/ro.rst': CLAIMS });
    const ro = join(root, 'Documentation/virt/coco/ro.rst');
    chmodSync(ro, 0o444);
    const r = await run(['--fix', '--format', 'json', join(root, 'Documentation')]);
    // Main: the rename replaced it (a new file, mode 0444, the fix in it).
    expect(readFileSync(ro, 'utf8')).toBe(CLAIMS);
    expect(statSync(ro).mode & 0o777).toBe(0o444);
    expect(r.err).toContain(`claimlint: ${ro}: read-only (mode 0444); not fixed\n`);
    expect(readFileSync(join(root, rel), 'utf8')).toBe(await fixedText());
    const results = JSON.parse(r.out) as { filePath: string; messages: unknown[] }[];
    expect(results.find((x) => x.filePath === ro)?.messages.length).toBeGreaterThan(0);
    expect(r.status).toBe(2);
  });

  test('a file with another hard link is written in place: same inode, both names fixed', async () => {
    const root = tempTree({ [rel]: CLAIMS });
    const path = join(root, rel);
    const other = join(root, 'elsewhere.rst');
    linkSync(path, other);
    const inode = statSync(path).ino;
    await run(['--fix', path]);
    // Main: the rename gave the path a new inode; the other name kept the old text.
    expect(statSync(path).ino).toBe(inode);
    expect(statSync(path).nlink).toBe(2);
    expect(readFileSync(other, 'utf8')).toBe(await fixedText());
  });

  const asRoot = process.geteuid?.() === 0;
  if (!asRoot) console.log('claimlint: the --fix owner test needs root (chown to another user): skipped');
  (asRoot ? test : test.skip)("another user's file keeps its owner, group and mode", async () => {
    const root = tempTree({ [rel]: CLAIMS });
    const path = join(root, rel);
    chownSync(path, 65534, 65534);
    chmodSync(path, 0o640);
    await run(['--fix', path]);
    // Main: the rename handed the file to root, mode kept.
    const st = statSync(path);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([65534, 65534, 0o640]);
    expect(readFileSync(path, 'utf8')).toBe(await fixedText());
  });

  test('our own file keeps its mode (0640) and is replaced atomically', async () => {
    const root = tempTree({ [rel]: CLAIMS });
    const path = join(root, rel);
    chmodSync(path, 0o640);
    const inode = statSync(path).ino;
    await run(['--fix', path]);
    expect(statSync(path).mode & 0o7777).toBe(0o640);
    expect(statSync(path).ino).not.toBe(inode);
    expect(readFileSync(path, 'utf8')).toBe(await fixedText());
  });

  test('a symlink: its target is fixed and the link stays a link', async () => {
    const root = tempTree({ [rel]: CLAIMS });
    const link = join(root, 'link.rst');
    symlinkSync(join(root, rel), link);
    await run(['--fix', link]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, rel), 'utf8')).toBe(await fixedText());
  });

  test('in place or replaced, a file that changed since it was read is not written', () => {
    const root = tempTree({ 'a.rst': 'new text\n', 'b.rst': 'new text\n' });
    linkSync(join(root, 'b.rst'), join(root, 'b-link.rst'));
    for (const name of ['a.rst', 'b.rst']) {
      const path = join(root, name);
      expect(() => writeFixed(path, Buffer.from('old text\n'), Buffer.from('fixed\n'))).toThrow(`${path}: changed since it was linted; not fixed`);
      expect(readFileSync(path, 'utf8')).toBe('new text\n');
    }
  });
});
