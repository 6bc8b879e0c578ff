/**
 * Patch mode on input someone else controls (issue 9): a directory or a
 * named pipe where the patch has a file, a --git RANGE that git would read as
 * an option, mail bodies whose transfer encoding is corrupt, inputs past the
 * size limits, and input sizes that used to overflow the stack or take
 * quadratic time. The ones that hung or exhausted memory run the built CLI
 * in a child process with a time and a memory cap, so a regression fails the
 * test instead of taking the suite down.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPatch } from '../../src/patch/lint-patch.js';
import { base64Fault, quotedPrintableFault } from '../../src/patch/transfer-encoding.js';
import { formatCheckpatch, type CheckpatchFlags } from '../../src/report/checkpatch.js';
import { MAX_PATCH_BYTES, MAX_TREE_FILE_BYTES } from '../../src/patch/read-input.js';
import { Repo, ROOT, defaultRuleSets, lineNumber, removeTemps, run, tempDir } from './helpers.js';

afterAll(removeTemps);

const DOC = 'Documentation/security/guests.rst';
const X86_CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const BIN = join(ROOT, 'bin', 'claimlint.js');

/** The built CLI in a child process with a time cap (20 s) and a heap cap (200 MB). */
function capped(args: string[], opts: { input?: string | Buffer; cwd?: string; heapMB?: number } = {}) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${opts.heapMB ?? 200}`, BIN, ...args], {
    cwd: opts.cwd ?? ROOT, input: opts.input ?? '', encoding: 'utf8', timeout: 20_000, maxBuffer: 1 << 26,
  });
  return { status: r.status, signal: r.signal, out: r.stdout, err: r.stderr, timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' };
}

/** A patch that adds the claim after line 4 of DOC (a four-line file), as a mail. */
function mail(path = DOC, subject = 'docs: security: describe guests'): string {
  return `From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001
From: T <t@example.org>
Date: Thu, 1 Jan 2026 00:00:00 +0000
Subject: [PATCH] ${subject}

Add a paragraph.
---
diff --git a/${path} b/${path}
index 1111111..2222222 100644
--- a/${path}
+++ b/${path}
@@ -4,1 +4,3 @@
 Nothing here yet.
+
+${X86_CLAIM}
`;
}

const FLAGS: CheckpatchFlags = { quiet: 0, terse: false, emacs: false, showfile: false, summary: true, mailback: false, showTypes: false, verbose: false, rules: new Map() };

function patchFile(name: string, text: string | Buffer): string {
  const path = join(tempDir('hostile'), name);
  writeFileSync(path, text);
  return path;
}

describe('a directory or a named pipe where the patch has a file: linted from the hunks, with a note', () => {
  test('a directory: no internal error; the findings and a NOTE naming it', async () => {
    const tree = tempDir('dir-tree');
    mkdirSync(join(tree, DOC), { recursive: true });
    const text = mail();
    const r = await run(['--tree', tree, patchFile('dir.patch', text)]);
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
    expect(r.out).toContain(`#${lineNumber(text, `+${X86_CLAIM}`)}: FILE: ${DOC}:6:\n`);
    expect(r.out).toContain(`\nNOTE: ${DOC}: ${DOC} in ${tree} is a directory, not a regular file: linted from the hunks alone, so scope from outside them is unknown\n`);
  });

  test('a named pipe: never opened (a read would block for ever); the same NOTE', () => {
    const tree = tempDir('fifo-tree');
    mkdirSync(join(tree, 'Documentation', 'security'), { recursive: true });
    spawnSync('mkfifo', [join(tree, DOC)]);
    const r = capped(['--tree', tree, patchFile('fifo.patch', mail())]);
    expect(r.timedOut).toBe(false);
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
    expect(r.out).toContain(`\nNOTE: ${DOC}: ${DOC} in ${tree} is a named pipe, not a regular file: linted from the hunks alone`);
  });
});

test('a tree file over the limit is not read: linted from the hunks, with a note', async () => {
  const tree = tempDir('big-tree');
  mkdirSync(join(tree, 'Documentation', 'security'), { recursive: true });
  const fd = openSync(join(tree, DOC), 'w');
  ftruncateSync(fd, MAX_TREE_FILE_BYTES + 1);
  closeSync(fd);
  const r = await run(['--tree', tree, patchFile('big-tree.patch', mail())]);
  expect(r.err).toBe('');
  expect(r.status).toBe(1);
  expect(r.out).toContain(`\nNOTE: ${DOC}: ${DOC} in ${tree} is larger than 64 MiB: linted from the hunks alone`);
});

describe('--git RANGE is never an option to git', () => {
  test('--git=--output=FILE: exit 2 naming it, and FILE is not written', async () => {
    const repo = new Repo();
    repo.write(DOC, 'Guests\n').commit('init');
    const target = join(repo.dir, 'written-by-git');
    for (const expr of [`--output=${target}`, `--output=${target}-3`, `-3`]) {
      const r = await run([`--git=${expr}`]);
      expect(r.status).toBe(2);
      expect(r.err).toBe(`claimlint: --git ${expr}: not a commit or range (X-N, a..b, or one commit)\n`);
    }
    // A range whose far end starts with "-" reaches git after --end-of-options: a bad revision, not an option.
    const back = process.cwd();
    process.chdir(repo.dir);
    try {
      const r = await run([`--git=HEAD..--output=${target}`]);
      expect(r.status).toBe(2);
      expect(r.err).toMatch(/^claimlint: git log .*--end-of-options HEAD\.\.--output=/);
    } finally {
      process.chdir(back);
    }
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}-3`)).toBe(false);
  });
});

describe('corrupt transfer encodings are an error naming the mail and its line', () => {
  const encoded = (encoding: string, body: string) => `From: T <t@example.org>
Subject: [PATCH] docs: security: describe guests
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: ${encoding}

${body}`;
  const plainBody = mail().slice(mail().indexOf('\n\n') + 2);

  test('base64 with a character outside its alphabet: exit 2, line and column', async () => {
    const b64 = Buffer.from(plainBody).toString('base64').replace(/.{76}/g, '$&\n');
    const broken = `${b64.slice(0, 100)}!${b64.slice(101)}`;
    const text = encoded('base64', broken);
    const file = patchFile('b64.patch', text);
    const line = text.split('\n').findIndex((l) => l.includes('!')) + 1;
    const column = (text.split('\n')[line - 1] as string).indexOf('!') + 1;
    const r = await run(['--no-tree', '--patch', file]);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`claimlint: ${file}:${line}:${column}: invalid base64 in the body of the mail "[PATCH] docs: security: describe guests": "!" is not a base64 character\n`);
    // The intact body decodes and is linted.
    const ok = await run(['--no-tree', '--patch', patchFile('b64-ok.patch', encoded('base64', b64))]);
    expect(ok.err).toBe('');
    expect(ok.status).toBe(1);
  });

  test('base64 cut short (a group of four not complete): exit 2 at its last line', async () => {
    const b64 = Buffer.from(plainBody).toString('base64').replace(/=+$/, '').replace(/.{76}/g, '$&\n');
    const cut = b64.replace(/.\n?$/, '');
    const text = encoded('base64', `${cut}\n`);
    const r = await run(['--no-tree', '--patch', patchFile('b64-cut.patch', text)]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/:\d+:\d+: invalid base64 in the body of the mail ".*": the data ends inside a group of four characters \(\d of 4\): truncated or missing padding\n$/);
  });

  test('quoted-printable with an "=" that starts no escape: exit 2, line and column', async () => {
    const qp = plainBody.replace('Add a paragraph.', 'Add a paragraph =ZZ here.');
    const text = encoded('quoted-printable', qp);
    const file = patchFile('qp.patch', text);
    const r = await run(['--no-tree', file]);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${file}:${lineNumber(text, 'Add a paragraph =ZZ here.')}:17: invalid quoted-printable in the body of the mail "[PATCH] docs: security: describe guests": "=ZZ": "=" starts no escape ("=" and two hex digits)\n`);
  });

  test('the checks: what decodes exactly passes, each kind of fault is found', () => {
    const lines = (s: string) => s.split('\n').map((text, i) => ({ text, line: i + 1 }));
    expect(base64Fault(lines('QUJD\nQUI=\n'))).toBeUndefined();
    expect(base64Fault(lines('QQ==\nQUJD\n'))).toBeUndefined(); // a mailer that pads every unit
    expect(base64Fault(lines(' QU JD \r\n\n'))).toBeUndefined(); // whitespace decodes to nothing
    expect(base64Fault(lines('QUJD\nQU\n'))).toEqual({ line: 2, column: 2, message: 'the data ends inside a group of four characters (2 of 4): truncated or missing padding' });
    expect(base64Fault(lines('QUJD=\n'))).toEqual({ line: 1, column: 5, message: '"=" padding where no group of four characters is open' });
    expect(base64Fault(lines('QQ=A\n'))).toEqual({ line: 1, column: 4, message: 'data inside "=" padding' });
    expect(base64Fault(lines('QU\u00e9D\n'))).toEqual({ line: 1, column: 3, message: 'U+00E9 is not a base64 character' });
    expect(quotedPrintableFault(lines('a=3Db soft=\nbreak =e2=80=99\n'))).toBeUndefined();
    expect(quotedPrintableFault(lines('x = 1\n'))).toEqual({ line: 1, column: 3, message: '"= 1": "=" starts no escape ("=" and two hex digits)' });
    expect(quotedPrintableFault(lines('soft= \n'))).toEqual({ line: 1, column: 5, message: '"= ": "=" is followed by spaces, not by the end of the line' });
    expect(quotedPrintableFault(lines('end=4'))).toEqual({ line: 1, column: 4, message: '"=4": "=" starts no escape ("=" and two hex digits)' });
  });
});

describe('a decoded body\'s lines are numbered by the input lines that encode them', () => {
  const body = ['Confidential computing guests have memory integrity.', '', '---', `diff --git a/${DOC} b/${DOC}`, 'new file mode 100644', '--- /dev/null', `+++ b/${DOC}`, '@@ -0,0 +1,3 @@', '+a', '+b', `+${X86_CLAIM}`, ''].join('\n');
  const head = ['From: T <t@example.org>', 'Subject: [PATCH] docs: x', 'Content-Type: text/plain; charset=UTF-8'];
  const inputLines = (text: string) => text.split('\n').length - 1;

  // Fuzzing found it: decoded lines were numbered as if each were an input line, so "#15" in a 6-line mail.
  test('base64 on one line: every finding at that line', async () => {
    const text = [...head, 'Content-Transfer-Encoding: base64', '', Buffer.from(body).toString('base64'), ''].join('\n');
    const report = await lintPatch(text, 'p', 'p', { ruleSets: defaultRuleSets() });
    expect(report.findings.length).toBeGreaterThan(1);
    for (const f of report.findings) expect(f.inputLine).toBe(inputLines(text));
  });

  test('base64 wrapped at 76 characters: the line holding the first character of the decoded line', async () => {
    const b64 = Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\n').replace(/\n$/, '');
    const text = [...head, 'Content-Transfer-Encoding: base64', '', b64, ''].join('\n');
    const bodyStart = head.length + 3;
    const byte = Buffer.byteLength(body.slice(0, body.indexOf(`+${X86_CLAIM}`)));
    const claim = (await lintPatch(text, 'p', 'p', { ruleSets: defaultRuleSets() })).findings.find((f) => f.file === DOC);
    expect(claim?.inputLine).toBe(bodyStart + Math.floor((Math.floor(byte / 3) * 4) / 76));
  });

  test('quoted-printable: soft breaks join raw lines, an encoded line feed starts a line in the same raw line', async () => {
    const qp = body.replace('---\n', '---=0A').replace(' x86 ', ' x86 =\n');
    const text = [...head, 'Content-Transfer-Encoding: quoted-printable', '', qp, ''].join('\n');
    const report = await lintPatch(text, 'p', 'p', { ruleSets: defaultRuleSets() });
    expect(report.findings.find((f) => f.file === DOC)?.inputLine).toBe(lineNumber(text, '+Confidential computing on x86 ='));
    for (const f of report.findings) expect(f.inputLine).toBeLessThanOrEqual(inputLines(text));
  });
});

describe('one bad input among several: its error, and the others still linted and reported (exit 2)', () => {
  test('a corrupt mail, a directory and a good patch', async () => {
    const good = patchFile('good.patch', mail());
    const bad = patchFile('bad.patch', mail().replace('Add a paragraph.', 'Add a paragraph.').replace('Subject:', 'Content-Transfer-Encoding: base64\nSubject:'));
    const dir = tempDir('not-a-patch');
    const r = await run(['--no-tree', '--format', 'json', bad, dir, good]);
    expect(r.status).toBe(2);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^claimlint: ${dir}: is a directory, not a patch$`)),
      expect.stringMatching(/^claimlint: .*bad\.patch:\d+:\d+: invalid base64 in the body of the mail /),
    ]);
    const files = JSON.parse(r.out) as { filePath: string; messages: unknown[] }[];
    expect(files.find((f) => f.filePath === DOC)?.messages.length).toBeGreaterThan(0);
  });
});

describe('size limits: a clear error, exit 2, memory bounded', () => {
  test('a patch file over the limit is refused before it is read', async () => {
    const path = join(tempDir('big'), 'big.patch');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_PATCH_BYTES + 1); // sparse: nothing is written
    closeSync(fd);
    const r = await run(['--patch', path]);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${path}: ${MAX_PATCH_BYTES + 1} bytes, larger than 64 MiB, the limit for a patch input\n`);
  });

  test('an endless device (--patch /dev/zero) stops at the limit', () => {
    const r = capped(['--patch', '/dev/zero']);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.err).toBe('claimlint: /dev/zero: larger than 64 MiB, the limit for a patch input\n');
  });

  test('stdin over the limit', () => {
    const r = capped(['--patch', '-'], { input: Buffer.alloc(MAX_PATCH_BYTES + 1, 0x61) });
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.err).toBe('claimlint: -: larger than 64 MiB, the limit for a patch input\n');
  });

  test('the inputs of a run together: the input past the limit is not linted, the others are', () => {
    const dir = tempDir('run-limit');
    const sparse = (name: string) => {
      const path = join(dir, name);
      const fd = openSync(path, 'w');
      ftruncateSync(fd, 40 * 1024 * 1024); // 40 MiB of NUL bytes: one line, no mail, nothing to lint
      closeSync(fd);
      return path;
    };
    const [a, b] = [sparse('a.patch'), sparse('b.patch')];
    const good = patchFile('good.patch', mail());
    const r = capped(['--no-tree', '--patch', '--format', 'json', a, good, b], { heapMB: 600 });
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${b}: not linted: the patch inputs together are larger than 64 MiB, the limit for one run\n`);
    expect((JSON.parse(r.out) as { filePath: string }[]).map((f) => f.filePath)).toContain(DOC);
  });

  test('a directory named as a patch', async () => {
    const dir = tempDir('a-dir');
    const r = await run(['--patch', dir]);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${dir}: is a directory, not a patch\n`);
  });
});

describe('input-sized work without stack overflow or quadratic time', () => {
  test('a finding whose sentence spans lines: the first added line inside the sentence (a binary search over the added lines), never one past it', async () => {
    const pre = 'Title\n=====\n\nConfidential computing on x86\npreserves the integrity of guest private memory.\n\nOther text.\n';
    const path = 'Documentation/virt/coco/x.rst';
    const patch = [
      `diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, '@@ -4,4 +4,6 @@',
      ' Confidential computing on x86', '+(every vendor of it)', ' preserves the integrity of guest private memory.', ' ', ' Other text.', '+More text.', '',
    ].join('\n');
    const report = await lintPatch(patch, 'p', 'p', { ruleSets: defaultRuleSets(), source: { label: 'memory', read: () => ({ text: pre }) } });
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect([f.line, f.raw]).toEqual([5, '+(every vendor of it)']);
    // The same sentence with only a line after it added: nothing of it is new.
    const after = patch.replace('+(every vendor of it)\n', '').replace('@@ -4,4 +4,6 @@', '@@ -4,4 +4,5 @@');
    expect((await lintPatch(after, 'p', 'p', { ruleSets: defaultRuleSets(), source: { label: 'memory', read: () => ({ text: pre }) } })).findings).toEqual([]);
  });

  test('a tree file of 150,000 lines: the hunks are applied (no spread of its lines into push())', () => {
    const tree = tempDir('long-tree');
    const n = 150_000;
    const body = Array.from({ length: n }, (_, i) => (i % 2 ? '' : `Line ${i}.`)).join('\n');
    mkdirSync(join(tree, 'Documentation', 'security'), { recursive: true });
    writeFileSync(join(tree, DOC), `${body}\n`);
    const last = `Line ${n - 2}.`;
    const text = mail().replace('@@ -4,1 +4,3 @@\n Nothing here yet.', `@@ -${n - 1},1 +${n - 1},3 @@\n ${last}`);
    const r = capped(['--tree', tree, patchFile('long.patch', text)], { heapMB: 400 });
    expect(r.timedOut).toBe(false);
    expect(r.err).toBe('');
    expect(r.out).toContain(`FILE: ${DOC}:${n + 1}:`);
    expect(r.out).not.toContain('linted from the hunks alone');
  });

  test('a hunk header far past any real file: exit 2 at its line, not a hundred million blank lines', () => {
    const text = mail().replace('@@ -4,1 +4,3 @@', '@@ -100000000,1 +100000000,3 @@');
    const file = patchFile('far.patch', text);
    const r = capped(['--no-tree', file]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`claimlint: ${file}:${lineNumber(text, '@@ -100000000,1 +100000000,3 @@')}: a hunk at post-image line 100000000: without the file from the tree, claimlint fills at most 1000000 lines before and between the hunks\n`);
  });

  // Fuzzing found it: each finding quoted the whole 200 kB line, a report past the longest string (RangeError).
  test('a 200 kB commit-message line of claims: each finding quotes the part of the line around it', () => {
    const line = Array.from({ length: 2_600 }, () => X86_CLAIM).join(' ');
    const text = mail().replace('Add a paragraph.\n', `${line}\n`);
    const r = capped(['--no-tree', patchFile('long-line.patch', text)], { heapMB: 400 });
    expect(r.timedOut).toBe(false);
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
    const quotes = r.out.split('\n').filter((l) => l.includes('Confidential computing'));
    expect(quotes.length).toBeGreaterThan(1_000);
    for (const q of quotes) expect(q.length).toBeLessThanOrEqual(1_006);
  });

  test('the cut keeps the finding: its own text, with "..." where the line was cut; short lines as they are', async () => {
    const filler = 'The text goes on here without saying anything in particular.';
    const line = `${Array.from({ length: 30 }, () => filler).join(' ')} ${X86_CLAIM} ${Array.from({ length: 30 }, () => filler).join(' ')}`;
    for (const [where, text] of [['commit message', mail().replace('Add a paragraph.\n', `${line}\n`)], ['file', mail().replace(`+${X86_CLAIM}`, `+${line}`)]] as const) {
      const report = await lintPatch(text, 'p', 'p', { ruleSets: defaultRuleSets() });
      const out = formatCheckpatch(report, FLAGS, false);
      const x86 = report.findings.filter((f) => f.raw.length > 1000);
      expect(x86.length).toBeGreaterThan(0);
      for (const f of x86) {
        const actual = String(f.vmessage.actual);
        const shown = out.split('\n').find((l, k, all) => all[k - 1]?.startsWith(`#${f.inputLine}:`) && l.startsWith('...'));
        expect([where, shown?.endsWith('...'), shown?.includes(actual)]).toEqual([where, true, true]);
      }
    }
    const plain = await lintPatch(mail(), 'p', 'p', { ruleSets: defaultRuleSets() });
    expect(formatCheckpatch(plain, FLAGS, false)).toContain(`\n+${X86_CLAIM}\n`);
  });

  test('a commit message of 200,000 trailer lines', () => {
    const trailers = Array.from({ length: 200_000 }, (_, i) => `Cc: person${i} <p${i}@example.org>`).join('\n');
    const text = mail().replace('Add a paragraph.\n', `${X86_CLAIM}\n\n${trailers}\n`);
    const r = capped(['--no-tree', patchFile('trailers.patch', text)], { heapMB: 400 });
    expect(r.timedOut).toBe(false);
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
  });
});
