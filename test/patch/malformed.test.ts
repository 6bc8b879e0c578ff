/**
 * Malformed and unusual patches: hunks that contradict their headers exit 2
 * with a message naming the patch line (`claimlint: NAME:LINE: ...`); paths
 * that leave the tree are refused and never read; binary hunks are skipped
 * with a NOTE; a cover letter alone is linted as prose.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPatch } from '../../src/patch/lint-patch.js';
import { treeSource } from '../../src/patch/post-image.js';
import { PatchError } from '../../src/patch/types.js';
import { Repo, cli, defaultRuleSets, lineNumber, removeTemps, run, tempDir } from './helpers.js';

afterAll(removeTemps);

const FOO = 'Documentation/security/foo.rst';
const X86_CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';

/** A patch file in a temporary directory; returns its path. */
function patchFile(name: string, text: string): string {
  const path = join(tempDir('patch'), name);
  writeFileSync(path, text);
  return path;
}

const HEADER = `From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001
From: T <t@example.org>
Date: Thu, 1 Jan 2026 00:00:00 +0000
Subject: [PATCH] docs: security: describe guest memory

Add a paragraph.
---
 ${FOO} | 2 ++
 1 file changed, 2 insertions(+)

diff --git a/${FOO} b/${FOO}
index 1111111..2222222 100644
--- a/${FOO}
+++ b/${FOO}
`;

describe('hunks that contradict their headers: exit 2, naming the patch line', () => {
  test('counts that exceed the lines present (the hunk truncated at the end of the input)', async () => {
    const text = `${HEADER}@@ -15,3 +15,7 @@ Registers
 =========
 
 Nothing here yet.
+
+${X86_CLAIM}
`;
    const file = patchFile('truncated.patch', text);
    const r = await run(['--no-tree', file]);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    const last = text.split('\n').length - 1;
    expect(r.err).toBe(`claimlint: ${file}:${last}: the hunk is truncated ("@@ -15,3 +15,7 @@" expects 3 old and 7 new lines; 3 and 5 found)\n`);
  });

  test('a truncated hunk before the next mail of a series names the line where it stops', async () => {
    const text = `${HEADER}@@ -15,3 +15,7 @@ Registers
 =========
 
 Nothing here yet.
+
+${X86_CLAIM}
-- 
2.39.5

${HEADER.replace('[PATCH]', '[PATCH 2/2]')}@@ -1,1 +1,2 @@
 Title
+More text.
`;
    const file = patchFile('series.mbox', text);
    const r = await run(['--no-tree', file]);
    expect(r.status).toBe(2);
    // The hunk still wants 2 new lines and no old one, so the signature's "-- " cannot be a removed line: it stops there.
    expect(r.err).toMatch(new RegExp(`^claimlint: ${file.replace(/[.]/g, '\\.')}:(\\d+): the hunk (?:is truncated|has fewer lines than its header says) `));
    const at = Number(/:(\d+): /.exec(r.err)?.[1]);
    expect(at).toBe(lineNumber(text, '-- '));
  });

  test('more lines than its header says (an extra added line)', async () => {
    const text = `${HEADER}@@ -15,3 +15,4 @@ Registers
 =========
 
 Nothing here yet.
+
+${X86_CLAIM}
`;
    const file = patchFile('more.patch', text);
    const r = await run(['--no-tree', file]);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`claimlint: ${file}:${lineNumber(text, `+${X86_CLAIM}`)}: the hunk has more lines than its header says ("@@ -15,3 +15,4 @@")\n`);
  });

  test('a later hunk truncated at the end of the input', async () => {
    const text = `${HEADER}@@ -1,3 +1,4 @@
 Title
 =====
+
 Text.
@@ -10,2 +11,3 @@
 More.
+${X86_CLAIM}
`;
    const file = patchFile('short.patch', text);
    const r = await run(['--no-tree', file]);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${file}:${text.split('\n').length - 1}: the hunk is truncated ("@@ -10,2 +11,3 @@" expects 2 old and 3 new lines; 1 and 2 found)\n`);
  });

  test('on stdin the name is "-"', () => {
    const text = `${HEADER}@@ -15,3 +15,7 @@ Registers
 =========
 
 Nothing here yet.
`;
    const r = cli(['--patch', '--no-tree'], { input: text });
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: -:${text.split('\n').length - 1}: the hunk is truncated ("@@ -15,3 +15,7 @@" expects 3 old and 7 new lines; 3 and 3 found)\n`);
    expect(r.out).toBe('');
  });

  test('lintPatch throws a PatchError with the line', async () => {
    const text = `${HEADER}@@ -15,3 +15,4 @@\n =========\n`;
    await expect(lintPatch(text, 'x.patch', 'x.patch', { ruleSets: defaultRuleSets() })).rejects.toThrow(PatchError);
    await expect(lintPatch(text, 'x.patch', 'x.patch', { ruleSets: defaultRuleSets() })).rejects.toMatchObject({ line: 16 });
  });

  // An extra context line after a complete hunk contradicts its header as much as an extra "+" or "-" line.
  test('more lines than its header says (an extra context line)', async () => {
    const text = `${HEADER}@@ -15,2 +15,4 @@ Registers
 =========
+
+${X86_CLAIM}
 
 Nothing here yet.
`;
    const file = patchFile('more-context.patch', text);
    const r = await run(['--no-tree', file]);
    expect(r.err).toBe(`claimlint: ${file}:${lineNumber(text, ' Nothing here yet.')}: the hunk has more lines than its header says ("@@ -15,2 +15,4 @@")\n`);
    expect(r.status).toBe(2);
  });

  // A hunk with no file header names no file: an error naming its line (checkpatch.pl says "Does not appear to be
  // a unified-diff format patch"), not silence.
  test('a hunk without file headers is an error, not silence', async () => {
    const file = patchFile('headless.patch', `@@ -1,1 +1,2 @@\n Title\n+${X86_CLAIM}\n`);
    const r = await run(['--patch', '--no-tree', file]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(new RegExp(`^claimlint: ${file.replace(/[.]/g, '\\.')}:1: `));
  });
});

describe('content lines that look like headers are content', () => {
  const tricky = (hunk: string, counts: string) => `${HEADER}@@ ${counts} @@
 Notes
 =====
${hunk}-- 
2.39.5
`;
  test('a removed "- " line (which reads "-- ") inside a hunk, then the signature', async () => {
    const text = tricky(`-- 
-Old text.
+${X86_CLAIM}
+- 
`, '-1,4 +1,4');
    const r = await run(['--no-tree', patchFile('sig.patch', text)]);
    expect(r.err).toBe('');
    expect(r.out).toContain(`#${lineNumber(text, `+${X86_CLAIM}`)}: FILE: ${FOO}:3:\n+${X86_CLAIM}\n`);
    expect(r.status).toBe(1);
  });

  // Inside a hunk, a removed "-- ..." line followed by an added "++ ..." line is content, not a file header
  // (`git apply --check` takes this patch).
  test('a removed "-- ..." line followed by an added "++ ..." line', async () => {
    const text = tricky(`--- the host is trusted.
+++ ${X86_CLAIM}
 
 Text.
`, '-1,5 +1,5');
    const file = patchFile('dashes.patch', text);
    const repo = new Repo();
    repo.write(FOO, 'Notes\n=====\n-- the host is trusted.\n\nText.\n');
    repo.commit('Initial tree');
    repo.git('apply', '--check', file); // git takes it
    const r = await run(['--tree', repo.dir, file]);
    expect(r.err).toBe('');
    expect(r.out).toContain(`#${lineNumber(text, `+++ ${X86_CLAIM}`)}: FILE: ${FOO}:3:\n+++ ${X86_CLAIM}\n`);
    expect(r.status).toBe(1);
  });
});

describe('paths that leave the tree are refused and never read', () => {
  const escaping = (path: string, from = path) => `${HEADER.replace(/^diff --git[^]*$/m, '')}diff --git a/${from} b/${path}
index 1111111..2222222 100644
--- a/${from}
+++ b/${path}
@@ -1,1 +1,2 @@
 root:x:0:0:root:/root:/bin/bash
+${X86_CLAIM}
`;

  test('+++ b/../../etc/passwd: exit 2, a message naming the line of its diff header, nothing printed', async () => {
    const text = escaping('../../etc/passwd');
    const file = patchFile('passwd.patch', text);
    const tree = tempDir('escape-tree');
    const r = await run(['--tree', tree, file]);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`claimlint: ${file}:${lineNumber(text, 'diff --git a/../../etc/passwd b/../../etc/passwd')}: refusing a path that leaves the tree: ../../etc/passwd\n`);
  });

  test('only the new path leaves the tree, or an absolute path: refused too', async () => {
    const a = await run(['--no-tree', patchFile('a.patch', escaping('../../etc/passwd', FOO))]);
    expect(a.status).toBe(2);
    expect(a.err).toMatch(/: refusing a path that leaves the tree: \.\.\/\.\.\/etc\/passwd\n$/);
    const b = await run(['--no-tree', patchFile('b.patch', `--- /etc/passwd\n+++ /etc/passwd\n@@ -1,1 +1,2 @@\n root\n+${X86_CLAIM}\n`)]);
    expect(b.status).toBe(2);
    expect(b.err).toMatch(/b\.patch:1: refusing a path that leaves the tree: \/etc\/passwd\n$/);
    const c = await run(['--no-tree', patchFile('c.patch', escaping('Documentation/../../etc/passwd'))]);
    expect(c.status).toBe(2);
    expect(c.err).toMatch(/: refusing a path that leaves the tree: Documentation\/\.\.\/\.\.\/etc\/passwd\n$/);
  });

  /** A tree two directories below a named pipe: opening the pipe to read it would block for ever. */
  function trap() {
    const outer = tempDir('outside');
    const tree = join(outer, 'a', 'b', 'tree');
    mkdirSync(join(tree, 'Documentation', 'security'), { recursive: true });
    execFileSync('mkfifo', [join(outer, 'a', 'secret.rst')]);
    return { outer, tree, pipe: join(outer, 'a', 'secret.rst') };
  }

  test('nothing is read: a named pipe at ../../secret.rst (relative to the tree) is never opened', () => {
    const { tree } = trap();
    const text = escaping('../../secret.rst').replace('root:x:0:0:root:/root:/bin/bash', 'Secrets');
    const file = patchFile('secret.patch', text);
    const r = cli(['--tree', tree, file]); // a read would block until the 60 s timeout
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/: refusing a path that leaves the tree: \.\.\/\.\.\/secret\.rst\n$/);
    // A rename from outside the tree is refused as well.
    const renamed = `--- a/../../secret.rst\n+++ b/${FOO}\n@@ -1,1 +1,2 @@\n Secrets\n+${X86_CLAIM}\n`;
    const r2 = cli(['--tree', tree, patchFile('rename.patch', renamed)]);
    expect(r2.status).toBe(2);
    expect(r2.err).toMatch(/: refusing a path that leaves the tree: /);
  });

  test('a symlink in the tree that leads outside it is not followed: linted from the hunks, with a note', () => {
    const { tree, pipe } = trap();
    symlinkSync(pipe, join(tree, FOO));
    const text = `${HEADER}@@ -1,1 +1,3 @@\n Secrets\n+\n+${X86_CLAIM}\n`;
    const r = cli(['--tree', tree, patchFile('link.patch', text)]);
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
    expect(r.out).toContain(`#${lineNumber(text, `+${X86_CLAIM}`)}: FILE: ${FOO}:3:\n`);
    expect(r.out).toMatch(new RegExp(`\\nNOTE: ${FOO}: ${FOO} is not in .*: linted from the hunks alone, so scope from outside them is unknown\\n`));
  });
});

describe('binary files are skipped with a NOTE, not an error', () => {
  function binaryCommit() {
    const repo = new Repo();
    repo.write(FOO, 'Guests\n======\n\nThis document describes confidential computing guests.\n');
    const base = repo.commit('Initial tree');
    repo.write('Documentation/security/diagram.png', Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37) % 256)));
    repo.edit(FOO, 'guests.\n', `guests.\n\n${X86_CLAIM}\n`);
    const commit = repo.commit('docs: security: add a diagram');
    return { repo, base, commit };
  }

  test('GIT binary patch (format-patch --binary): the .rst findings, and a NOTE for the binary file', async () => {
    const { repo, base, commit } = binaryCommit();
    const text = repo.git('format-patch', '--binary', '--stdout', '-1', commit);
    expect(text).toContain('GIT binary patch\nliteral 256\n');
    const file = patchFile('binary.patch', text);
    repo.git('checkout', '-q', base);
    const r = await run(['--tree', repo.dir, file]);
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
    const n = lineNumber(text, `+${X86_CLAIM}`);
    expect(r.out.match(/^#\d+: .*$/gm)).toEqual([`#${n}: FILE: ${FOO}:6:`, `#${n}: FILE: ${FOO}:6:`]);
    expect(r.out).toContain('\nNOTE: Documentation/security/diagram.png: binary file skipped\n');
    // -q keeps the findings and drops the note.
    const q = await run(['-q', '--tree', repo.dir, file]);
    expect(q.out).not.toContain('NOTE:');
    expect(q.out.match(/^#\d+: .*$/gm)).toHaveLength(2);
  });

  test('"Binary files ... differ" (git diff without --binary), a binary file alone: exit 0, the NOTE', async () => {
    const repo = new Repo();
    repo.write('README', 'A tree.\n');
    repo.commit('Initial tree');
    repo.write('Documentation/security/diagram.png', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    repo.git('add', '-A');
    const text = repo.git('diff', '--cached');
    expect(text).toContain('Binary files /dev/null and b/Documentation/security/diagram.png differ');
    const file = patchFile('diff.patch', text);
    const r = await run(['--patch', '--tree', repo.dir, file]);
    expect(r.status).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(`total: 0 errors, 0 warnings, 0 lines checked

NOTE: Documentation/security/diagram.png: binary file skipped

${file} has no obvious style problems and is ready for submission.
`);
  });

  // A `git diff` with no hunk (binary files, pure renames, mode changes) given as a plain argument is still a patch.
  test('the same diff as a plain argument (no --patch) is recognised as a patch by its content', async () => {
    const repo = new Repo();
    repo.write('README', 'A tree.\n');
    repo.commit('Initial tree');
    repo.write('Documentation/security/diagram.png', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    repo.git('add', '-A');
    const file = patchFile('diff.patch', repo.git('diff', '--cached'));
    const r = await run(['--tree', repo.dir, file]);
    expect(r.out).toContain('NOTE: Documentation/security/diagram.png: binary file skipped');
  });
});

describe('renames without a hunk', () => {
  // Regression: a hunk-less rename to an overgeneral file name is reported at the diff header, not a crash.
  test('a pure rename to a file name that overgeneralizes is reported, not a crash', async () => {
    const repo = new Repo();
    repo.write(FOO, 'Guests\n======\n\nThis document describes confidential computing guests.\n\nOn SEV-SNP and TDX, the host cannot modify guest private memory.\n');
    const base = repo.commit('Initial tree');
    repo.git('mv', FOO, 'Documentation/security/x86-confidential-computing.rst');
    const commit = repo.commit('docs: security: rename the guest page');
    const text = repo.formatPatch('-1', commit);
    expect(text).toContain('similarity index 100%');
    repo.git('checkout', '-q', base);
    const r = await run(['--tree', repo.dir, patchFile('rename.patch', text)]);
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/^WARNING: 'x86' .*\n#\d+: FILE: Documentation\/security\/x86-confidential-computing\.rst:\d+:\n/m);
  });

  test('a pure rename to a neutral name: nothing to report', async () => {
    const repo = new Repo();
    repo.write(FOO, 'Guests\n======\n\nThis document describes confidential computing guests.\n\nConfidential computing on x86 preserves the integrity of guest private memory.\n');
    const base = repo.commit('Initial tree');
    repo.git('mv', FOO, 'Documentation/security/guests.rst');
    const commit = repo.commit('docs: security: rename the guest page');
    const file = patchFile('rename.patch', repo.formatPatch('-1', commit));
    repo.git('checkout', '-q', base);
    const r = await run(['-q', '--tree', repo.dir, file]);
    expect(r).toEqual({ status: 0, out: '', err: '' });
  });
});

describe('plain diffs (no "diff --git"): /dev/null on one side adds or deletes the file', () => {
  // Fuzzing found it: a deletion was taken for a modification and its undefined new path read (an internal error).
  test('"+++ /dev/null" deletes the file: nothing read, nothing reported', async () => {
    const repo = new Repo();
    repo.write(FOO, `${X86_CLAIM}\n`);
    const file = patchFile('delete.patch', `--- a/${FOO}\n+++ /dev/null\n@@ -1 +0,0 @@\n-${X86_CLAIM}\n`);
    const r = await run(['-q', '--tree', repo.dir, file]);
    expect(r).toEqual({ status: 0, out: '', err: '' });
  });

  test('"--- /dev/null" adds the file: linted from the hunks, without a note that the tree lacks it', async () => {
    const repo = new Repo();
    const file = patchFile('add.patch', `--- /dev/null\n+++ b/${FOO}\n@@ -0,0 +1 @@\n+${X86_CLAIM}\n`);
    const report = await lintPatch(readFileSync(file, 'utf8'), file, 'Your patch', { ruleSets: defaultRuleSets(), source: treeSource(repo.dir) });
    expect(report.findings.map((f) => [f.file, f.line])).toContainEqual([FOO, 1]);
    expect(report.notes).toEqual([]);
  });
});

describe('a cover letter alone is linted as prose', () => {
  const COVER = `From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001
From: T <t@example.org>
Date: Thu, 1 Jan 2026 00:00:00 +0000
Subject: [PATCH 0/2] docs: security: describe confidential guests

This series describes confidential computing guests.

${X86_CLAIM}

T (2):
  docs: security: add a section on guest memory
  docs: arch: x86: link the guest page

 Documentation/arch/x86/index.rst               |  1 +
 Documentation/security/confidential-guests.rst | 11 +++++++++++
 2 files changed, 12 insertions(+)

-- 
2.39.5
`;

  test('[PATCH 0/2] with no diff: findings at the #N of the body line, no FILE', async () => {
    const file = patchFile('0000-cover-letter.patch', COVER);
    const r = await run(['--patch', '--no-tree', '--show-types', file]);
    expect(r.status).toBe(1);
    expect(r.err).toBe('');
    const n = lineNumber(COVER, X86_CLAIM);
    expect(n).toBe(8);
    const blocks = r.out.split('\n\n').filter((b) => /^WARNING/.test(b));
    expect(blocks.map((b) => b.replace(/^(WARNING:\w+): .*/, '$1'))).toEqual([
      `WARNING:MEMORY_INTEGRITY\n#${n}: \n${X86_CLAIM}`,
      `WARNING:OVERGENERAL_UMBRELLA\n#${n}: \n${X86_CLAIM}`,
    ]);
    expect(r.out).toContain('total: 0 errors, 2 warnings, 0 lines checked\n');
  });

  test('a clean cover letter: nothing but the summary', async () => {
    const file = patchFile('cover.patch', COVER.replace(X86_CLAIM, 'On SEV-SNP and TDX, the host cannot modify guest private memory.'));
    const r = await run(['--patch', '--no-tree', '-q', file]);
    expect(r.status).toBe(0);
    expect(r.out).toBe('');
  });

  test('a cover letter at the head of an mbox series: its findings and the patches\'', async () => {
    const repo = new Repo();
    repo.write(FOO, 'Guests\n======\n\nThis document describes confidential computing guests.\n\nConfidential VMs accept their private pages before use.\n');
    const base = repo.commit('Initial tree');
    repo.edit(FOO, 'use.\n', 'use.\n\nx86 guests have memory integrity.\n');
    repo.commit('docs: security: add a sentence');
    repo.edit(FOO, 'integrity.\n', 'integrity.\n\nOn SEV-SNP and TDX, the host cannot modify guest private memory.\n');
    repo.commit('docs: security: add another sentence');
    const text = repo.git('format-patch', '--cover-letter', '--stdout', `${base}..HEAD`)
      .replace('*** SUBJECT HERE ***', 'docs: security: describe confidential guests')
      .replace('*** BLURB HERE ***', `This series describes confidential computing guests.\n\n${X86_CLAIM}`);
    const file = patchFile('series.mbox', text);
    repo.git('checkout', '-q', base);
    const r = await run(['--tree', repo.dir, '-q', '--no-summary', '--emacs', file]);
    expect(r.status).toBe(1);
    const cover = lineNumber(text, X86_CLAIM);
    const patch = lineNumber(text, '+x86 guests have memory integrity.');
    expect(r.out.split('\n').filter((l) => /WARNING/.test(l)).map((l) => l.replace(/ WARNING: .*/, ''))).toEqual([
      `${file}:${cover}:`, `${file}:${cover}:`, `${file}:${patch}:`, `${file}:${patch}:`,
    ]);
  });
});
