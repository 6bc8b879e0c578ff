/**
 * Tagging in a worker (src/prose/nlp-service.ts) changes no output, and the model is loaded only
 * for a document with candidate sentences: the built CLI, with NODE_DEBUG=claimlint saying when
 * the tagger starts. The worker exists only in the single-file build, so these run it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REVIEW_DIR, reviewFileOrSkip } from '../helpers/review.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'claimlint.js');

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'claimlint.mjs'))) throw new Error('dist/claimlint.mjs is missing: run `npm run build` first (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'claimlint-nlp-service-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'claimlint', ...env } });
}
const taggerLines = (stderr: string) => stderr.split('\n').filter((l) => /tagger:/.test(l)).map((l) => l.replace(/^.*tagger: /, ''));

describe('the tagger worker', () => {
  test('the v2 patch: the same report with the worker and without, and the model loaded once, in the worker', () => {
    if (!reviewFileOrSkip('v2-patch.mbox', 'the tagger worker on the v2 patch')) return;
    const mbox = join(REVIEW_DIR, 'v2-patch.mbox');
    const worker = run(['--no-tree', mbox]);
    const inProcess = run(['--no-tree', mbox], { CLAIMLINT_NLP_WORKER: '0' });
    expect(worker.stdout).toBe(inProcess.stdout);
    expect(worker.status).toBe(inProcess.status);
    expect(worker.stdout).toMatch(/memory integrity|memory-integrity/);
    expect(taggerLines(worker.stderr)).toEqual(['a patch may name CoCo, starting early', 'worker started']);
    expect(taggerLines(inProcess.stderr)).toEqual(['model loaded in process']);
  });

  test('a CoCo document: the same findings either way', () => {
    const doc = join(dir, 'coco.rst');
    writeFileSync(doc, [
      'Confidential guests', '===================', '',
      'Confidential guests run on SEV, SEV-SNP and TDX hosts.', '',
      'The hypervisor cannot alter a confidential guest\'s private pages unnoticed. Tampering with guest memory is detected.', '',
      'Register state is out of the VMM\'s reach, and interrupts cannot be injected at will into these guests.', '',
    ].join('\n'));
    const worker = run(['--format', 'json', doc]);
    const inProcess = run(['--format', 'json', doc], { CLAIMLINT_NLP_WORKER: '0' });
    expect(worker.stdout).toBe(inProcess.stdout);
    expect((JSON.parse(worker.stdout) as { messages: unknown[] }[])[0]?.messages.length).toBeGreaterThan(0);
  });

  test('a patch about nothing CoCo: no tagger at all, early or late', () => {
    const patch = join(dir, '0001-timers.patch');
    writeFileSync(patch, [
      'From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001',
      'From: A Developer <dev@example.org>', 'Subject: [PATCH] docs: timers: describe ticks', '',
      'Describe ticks.', '', '---',
      'diff --git a/Documentation/timers/ticks.rst b/Documentation/timers/ticks.rst',
      'new file mode 100644', 'index 0000000..1111111', '--- /dev/null', '+++ b/Documentation/timers/ticks.rst', '@@ -0,0 +1,4 @@',
      '+Ticks', '+=====', '+', '+The timer cannot modify the memory it reads; it fires once per tick.', '-- ', '2.39.2', '',
    ].join('\n'));
    const r = run(['--no-tree', patch]);
    expect(r.stderr).not.toContain('internal error');
    expect(taggerLines(r.stderr)).toEqual([]);
  });

  test('a document about nothing CoCo: no tagger at all', () => {
    const doc = join(dir, 'timers.rst');
    writeFileSync(doc, 'Timers\n======\n\nThe timer cannot modify the memory it reads; it fires once per tick.\n');
    const r = run([doc]);
    expect(r.status).toBe(0);
    expect(taggerLines(r.stderr)).toEqual([]);
  });
});
