/**
 * A minimal reproduction of each entry of known-failing.ts, as `test.failing`: these pass
 * while the defect is there and fail once it is fixed, which is the signal to delete the
 * entry (so the generators produce its inputs again) and its reproduction here. Those whose
 * failure is a hang, a V8 abort or a memory blow-up run `node bin/claimlint.js` (or a script
 * on dist/) in a child process with a time cap, all at once in beforeAll.
 * `CLAIMLINT_KNOWN_SHOW=1 npm run jest -- test/fuzz/known-failing.test.ts` shows how each fails.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText, type ClaimMessage } from '../../src/engine/lint.js';
import { toFinding } from '../../src/lsp/documents.js';
import { lintPatch } from '../../src/patch/lint-patch.js';
import { treeSource } from '../../src/patch/post-image.js';
import { formatStylish } from '../../src/report/stylish.js';
import { regexProblem } from '../../src/rules/regex-safety.js';
import { parseRst } from '../../src/rst/parse.js';
import { isKnown, KNOWN_FAILING } from './known-failing.js';
import { CLAIMS } from './gen/text.js';
import { shippedRuleSets } from './target.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
let tmp = '';
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function write(path: string, text: string): string {
  const abs = join(tmp, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  return abs;
}

interface Outcome { status: number | null; timedOut: boolean; out: string; err: string }

/** `node ARGS` in a child process, killed after `capMs`. */
function node(args: string[], capMs: number, cwd = ROOT): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=2048', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => { if (out.length < 100_000) out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { if (err.length < 100_000) err += d.toString(); });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, capMs);
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, timedOut, out, err }); });
  });
}

const BIN = join(ROOT, 'bin/claimlint.js');
const lint = (file: string, capMs: number, extra: string[] = []) => node([BIN, ...extra, file], capMs, dirname(file));

/** A tree with a `.git`, so configuration lookup stops at it. */
function tree(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, '.git'), { recursive: true });
  mkdirSync(join(dir, 'Documentation'), { recursive: true });
  return dir;
}

/** The outcomes of the child-process reproductions, started together. */
const children: Record<string, Promise<Outcome>> = {};
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'claimlint-known-'));
  const start = (id: string, run: () => Promise<Outcome>) => { if (isKnown(id)) children[id] = run(); };
  const cols = Array.from({ length: 20_000 }, () => 'x   ');
  const wide = write('wide.rst', `+${cols.map(() => '----').join('+')}+\n|${cols.join('|')}|\n+${cols.map(() => '----').join('+')}+\n`);
  start('grid-table-wide', () => lint(wide, 10_000));

  const g = tree('glob');
  writeFileSync(join(g, '.claimlint.yml'), 'scopes:\n  "**/*a*a*a*a*a*a*ab.rst": [tdx]\n');
  start('config-glob-redos', () => lint(write(`glob/Documentation/${'a'.repeat(200)}.rst`, 'Text.\n'), 10_000));

  start('long-sentence-cues', () => lint(write('sentence.rst', 'such as pKVM, the host has memory integrity.\nline\n'.repeat(8_000)), 10_000));

  const many = tree('many');
  writeFileSync(join(many, '.claimlint.yml'), `scopes:\n  "**":\n${Array.from({ length: 130_000 }, (_, i) => `    - u${i}\n`).join('')}`);
  start('config-errors-spread', () => lint(write('many/Documentation/a.rst', 'Text.\n'), 120_000));

  const line = CLAIMS[0]?.repeat(Math.ceil(200_000 / (CLAIMS[0]?.length ?? 1) / 1)).replace(/\.(?=\S)/g, '. ') ?? '';
  const mail = ['From: A <a@example.org>', 'Subject: [PATCH] docs: x', '', line, '---', 'diff --git a/x.c b/x.c', '--- a/x.c', '+++ b/x.c', '@@ -1 +1 @@', '-a', '+b', ''].join('\n');
  start('checkpatch-long-line', () => lint(write('long-line.patch', mail), 120_000, ['--no-tree', '--patch']));
});

const completes = async (id: string) => {
  const r = await children[id] as Outcome;
  expect(r.timedOut).toBe(false);
  expect(`${r.err}`).not.toMatch(/internal error|FATAL ERROR|different results/);
  expect([0, 1, 2]).toContain(r.status);
};

function grid(rows: number): string {
  const out = ['+-----+-----+'];
  for (let i = 0; i < rows; i++) out.push('| a   | b   |', '+-----+-----+');
  return `${out.join('\n')}\n`;
}

/** A reproduction, or (for a defect no cheap test shows reliably) how the fuzzers reproduce it. */
const REPRODUCTIONS: Record<string, (() => unknown) | string> = {
  'grid-table-spread': () => expect(() => parseRst(grid(65_000))).not.toThrow(),
  'grid-table-wide': () => completes('grid-table-wide'),
  'stylish-spread': () => {
    const file = new VFile({ path: 'a.rst', value: 'x\n' });
    const m = file.message('m', { place: { line: 1, column: 1 }, ruleId: 'r' });
    for (let i = 0; i < 130_000; i++) file.messages.push(m);
    expect(() => formatStylish([file])).not.toThrow();
  },
  'post-image-spread': async () => {
    const pre = `${Array.from({ length: 130_000 }, (_, i) => `line ${i}`).join('\n')}\n`;
    const patch = 'diff --git a/D.rst b/D.rst\n--- a/D.rst\n+++ b/D.rst\n@@ -129999,1 +129999,2 @@\n line 129998\n+The host is untrusted in CoCo.\n';
    await expect(lintPatch(patch, 'p', 'p', { ruleSets: shippedRuleSets(), source: { label: 'memory', read: () => ({ text: pre }) } })).resolves.toBeDefined();
  },
  'plain-diff-deletion': async () => {
    const dir = tree('deletion');
    write('deletion/Documentation/a.rst', 'Old text.\n');
    const patch = '--- a/Documentation/a.rst\n+++ /dev/null\n@@ -1 +0,0 @@\n-Old text.\n';
    await expect(lintPatch(patch, 'p', 'p', { ruleSets: shippedRuleSets(), source: treeSource(dir) })).resolves.toBeDefined();
  },
  'encoded-body-lines': async () => {
    const body = ['Confidential computing guests have memory integrity.', '', '---', 'diff --git a/D.rst b/D.rst', 'new file mode 100644', '--- /dev/null', '+++ b/D.rst', '@@ -0,0 +1,3 @@', '+a', '+b', '+CoCo guests have memory integrity.', ''].join('\n');
    const mail = ['From: A <a@example.org>', 'Subject: [PATCH] docs: x', 'Content-Transfer-Encoding: base64', '', Buffer.from(body).toString('base64'), ''].join('\n');
    const lines = mail.split('\n').length - 1;
    const report = await lintPatch(mail, 'p', 'p', { ruleSets: shippedRuleSets() });
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(f.inputLine).toBeLessThanOrEqual(lines);
  },
  'regex-polynomial': () => expect(regexProblem('a*a*a*a*a*a*b', 'user.yml')).toBeDefined(),
  'config-errors-spread': () => completes('config-errors-spread'),
  'config-glob-redos': () => completes('config-glob-redos'),
  'lone-cr-line-end': () => {
    const text = 'Intro.\r\rConfidential computing on x86 preserves the integrity of guest memory.\n';
    const doc = TextDocument.create('file:///a.rst', 'restructuredtext', 1, text);
    const messages = lintText(text, { path: 'a.rst', ruleSets: shippedRuleSets() }).messages as ClaimMessage[];
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      const f = toFinding(m, doc);
      expect(doc.getText(f.diagnostic.range)).toBe(f.diagnostic.data.actual);
    }
  },
  'long-sentence-cues': () => completes('long-sentence-cues'),
  // Slow rather than stuck, and only a few times slower below a minute's work: no test is both cheap and reliable here.
  'patch-findings-quadratic': 'npm run fuzz -- --target patch-large (the 130,000-line hunk, once the entry is gone)',
  'checkpatch-long-line': () => completes('checkpatch-long-line'),
};

describe('known failing: remove the entry from known-failing.ts once its test below fails', () => {
  test('every entry has a reproduction', () => {
    expect(KNOWN_FAILING.map((k) => k.id).filter((id) => !REPRODUCTIONS[id])).toEqual([]);
  });
  // CLAIMLINT_KNOWN_SHOW=1 runs them as plain tests, to see how each fails.
  const known = process.env['CLAIMLINT_KNOWN_SHOW'] ? test : test.failing;
  for (const k of KNOWN_FAILING) {
    const repro = REPRODUCTIONS[k.id];
    if (typeof repro === 'string') test.skip(`${k.id}: reproduced by ${repro}`, () => undefined);
    else known(`${k.id}: ${k.description}`, async () => { await (repro as () => unknown)(); });
  }
});
