/**
 * Progress (issue 5, deliverable 6): `claimlint: N/M files` on stderr, in
 * place, cleared at the end; only when stderr is a terminal and more than 200
 * files are linted; never on stdout.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProgress } from '../../src/cli/progress.js';
import { runCli } from '../helpers/cli.js';
import { removeAfterAll } from '../helpers/tmp.js';

const run = (args: string[], errIsTTY: boolean) => runCli(args, { errIsTTY });

function tree(n: number): string {
  const root = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-progress-')));
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.claimlint.yml'), 'root: true\n');
  const dir = join(root, 'Documentation', 'virt', 'coco');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `f${String(i).padStart(3, '0')}.rst`), `File ${i}\n=======\n\nNothing to report.\n`);
  writeFileSync(join(dir, 'claim.rst'), 'Claim\n=====\n\nConfidential computing on x86 preserves the integrity of guest private memory.\n');
  return root;
}

describe('progress', () => {
  const big = tree(210); // 211 files

  test('on a terminal, over 200 files: N/M on stderr, in place, cleared; stdout untouched', async () => {
    const r = await run(['--format', 'json', big], true);
    expect(r.err).toMatch(/^\rclaimlint: \d+\/211 files/);
    expect(r.err).toContain('\rclaimlint: 211/211 files');
    // Cleared at the end: the last thing written blanks the line and returns to its start.
    expect(r.err.endsWith(`\r${' '.repeat('claimlint: 211/211 files'.length)}\r`)).toBe(true);
    expect(r.err).not.toContain('\n');
    expect(r.out).not.toContain('claimlint:');
    expect(JSON.parse(r.out)).toHaveLength(211);
    expect(r.status).toBe(1);
  });

  test('never when stderr is not a terminal, nor for 200 files or fewer', async () => {
    const r = await run(['--format', 'json', big], false);
    expect(r.err).toBe('');
    const small = tree(199); // 200 files
    const s = await run([small], true);
    expect(s.err).toBe('');
  });

  test('updates are throttled, the last always shows, clear blanks the line', () => {
    let written = '';
    let t = 0;
    const p = createProgress(300, { isTTY: true, write: (s) => { written += s; }, interval: 100, now: () => t });
    expect(p.active).toBe(true);
    p.update(1);
    t = 50;
    p.update(2); // too soon
    t = 150;
    p.update(3);
    t = 160;
    p.update(300); // the last: always
    p.clear();
    expect(written).toBe(`\rclaimlint: 1/300 files\rclaimlint: 3/300 files\rclaimlint: 300/300 files\r${' '.repeat(24)}\r`);
    const q = createProgress(1000, { isTTY: false, write: () => { throw new Error('written'); } });
    q.update(1);
    q.clear();
    expect(q.active).toBe(false);
  });
});
