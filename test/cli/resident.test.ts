/**
 * The resident server (src/cli/resident.ts) through the real command line: `claimlint server
 * start|status|stop`, runs handed to it that print exactly what the same run prints by itself
 * (files, a patch on stdin, --output in the client's directory), rule files re-read when they
 * change, a stale or absent server leaving claimlint to run by itself, the socket directory's
 * permissions, and the idle stop. Each test's server lives in its own runtime directory.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeAfterAll } from '../helpers/tmp.js';

const BIN = join(process.cwd(), 'bin', 'claimlint.js');
const DOC = 'Example\n=======\n\nAll confidential guests have integrity-protected memory.\n';
const PATCH = `From: A Writer <writer@example.org>
Subject: [PATCH] docs: add an example page

---
 Documentation/virt/coco/example.rst | 4 ++++
diff --git a/Documentation/virt/coco/example.rst b/Documentation/virt/coco/example.rst
new file mode 100644
--- /dev/null
+++ b/Documentation/virt/coco/example.rst
@@ -0,0 +1,4 @@
+Example
+=======
+
+All confidential guests have integrity-protected memory.
`;

let runtime = '';
const env = (extra: Record<string, string> = {}) => ({ ...process.env, XDG_RUNTIME_DIR: runtime, CI: '', ...extra });
const claimlint = (args: string[], opts: { cwd?: string; input?: string; extra?: Record<string, string> } = {}): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? process.cwd(), input: opts.input ?? '', encoding: 'utf8', env: env(opts.extra), timeout: 60_000 });
const alone = (args: string[], opts: { cwd?: string; input?: string } = {}) => claimlint(args, { ...opts, extra: { CLAIMLINT_NO_SERVER: '1' } });
const runs = () => Number(/(\d+) runs/.exec(claimlint(['server', 'status']).stdout)?.[1] ?? -1);
const socket = () => join(runtime, 'claimlint', 'server.sock');

function freshRuntime(): string {
  runtime = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-rt-')));
  chmodSync(runtime, 0o700);
  return runtime;
}

afterEach(() => {
  if (runtime && existsSync(socket())) claimlint(['server', 'stop']);
});

describe('claimlint server', () => {
  test('start, status, a run handed over, stop', () => {
    freshRuntime();
    expect(claimlint(['server', 'status'])).toMatchObject({ status: 3, stdout: expect.stringContaining('not running') });
    const started = claimlint(['server', 'start']);
    expect(started.status).toBe(0);
    expect(started.stdout).toContain(`listening on ${socket()}`);
    expect(runs()).toBe(0);

    const dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-rt-doc-')));
    writeFileSync(join(dir, 'page.rst'), DOC);
    const served = claimlint(['--format', 'json', 'page.rst'], { cwd: dir });
    const local = alone(['--format', 'json', 'page.rst'], { cwd: dir });
    expect(served.stdout).toBe(local.stdout);
    expect(served.stderr).toBe(local.stderr);
    expect(served.status).toBe(local.status);
    expect(served.status).toBe(1);
    expect(runs()).toBe(1);

    // --output is written in the client's directory, as by a run of its own.
    expect(claimlint(['-f', 'json', '-o', 'report.json', 'page.rst'], { cwd: dir }).status).toBe(1);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(local.stdout);

    expect(claimlint(['server', 'stop'])).toMatchObject({ status: 0, stdout: expect.stringContaining('stopped') });
    expect(existsSync(socket())).toBe(false);
    // No server: claimlint runs by itself, with the same result.
    expect(claimlint(['--format', 'json', 'page.rst'], { cwd: dir }).stdout).toBe(local.stdout);
  }, 120_000);

  test('a patch on standard input (as b4 runs it): the same report and exit status', () => {
    freshRuntime();
    expect(claimlint(['server', 'start']).status).toBe(0);
    const served = claimlint(['--patch', '--no-tree'], { input: PATCH });
    const local = alone(['--patch', '--no-tree'], { input: PATCH });
    expect(served.stdout).toBe(local.stdout);
    expect(served.stdout).toContain('WARNING: Memory integrity is not a property');
    expect(served.status).toBe(local.status);
    expect(runs()).toBe(1);
  }, 120_000);

  test('a rule file is read again when its text changes', () => {
    freshRuntime();
    expect(claimlint(['server', 'start']).status).toBe(0);
    const dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-rt-rules-')));
    const rules = readFileSync(join(process.cwd(), 'rules', 'coco.yml'), 'utf8');
    writeFileSync(join(dir, 'mine.yml'), rules);
    writeFileSync(join(dir, '.claimlint.yml'), 'rules: [mine.yml]\n');
    writeFileSync(join(dir, 'page.rst'), DOC);
    const before = claimlint(['-f', 'json', 'page.rst'], { cwd: dir });
    expect(before.stdout).toContain('memory-integrity');
    // The same rule set with its memory-integrity rule off.
    const off = rules.replace('    target: memory-integrity\n    severity: warning', '    target: memory-integrity\n    severity: off');
    expect(off).not.toBe(rules);
    writeFileSync(join(dir, 'mine.yml'), off);
    const after = claimlint(['-f', 'json', 'page.rst'], { cwd: dir });
    expect(after.stdout).toBe(alone(['-f', 'json', 'page.rst'], { cwd: dir }).stdout);
    expect(after.stdout).not.toContain('memory-integrity');
    expect(runs()).toBe(2);
  }, 120_000);

  test('a client of another build gets "stale" and the server makes way', async () => {
    freshRuntime();
    expect(claimlint(['server', 'start']).status).toBe(0);
    const reply = await new Promise<string>((resolve) => {
      const s = createConnection(socket());
      let got = '';
      s.on('connect', () => s.write(`${JSON.stringify({ id: 'another-build', argv: ['--version'] })}\n`));
      s.on('data', (d) => { got += d.toString(); });
      s.on('close', () => resolve(got));
    });
    expect(JSON.parse(reply.trim())).toEqual({ stale: true });
    for (let k = 0; k < 100 && existsSync(socket()); k++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(socket())).toBe(false);
  }, 120_000);

  test('a socket directory open to others is not used, by the client or the server', async () => {
    freshRuntime();
    mkdirSync(join(runtime, 'claimlint'), { mode: 0o755 });
    chmodSync(join(runtime, 'claimlint'), 0o755);
    const r = claimlint(['server', 'run']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('closed to others');
    // A listener planted there (as another user could) never hears from a client: claimlint runs by itself.
    let connections = 0;
    const planted = createServer(() => { connections++; });
    await new Promise<void>((resolve) => planted.listen(socket(), resolve));
    try {
      const run = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, '--version'], { env: env() });
        let stdout = '';
        child.stdout.on('data', (d) => { stdout += d; });
        child.on('close', (status) => resolve({ status, stdout }));
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
      expect(connections).toBe(0);
      // The same listener in a private directory is connected to (the check above is the directory's).
      chmodSync(join(runtime, 'claimlint'), 0o700);
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [BIN, '--version'], { env: env() });
        planted.once('connection', (s) => { s.destroy(); });
        child.on('close', () => resolve());
      });
      expect(connections).toBe(1);
    } finally {
      planted.close();
    }
  }, 120_000);

  test('it stops itself when idle, and removes its socket', async () => {
    freshRuntime();
    expect(claimlint(['server', 'start'], { extra: { CLAIMLINT_SERVER_IDLE: '1' } }).status).toBe(0);
    for (let k = 0; k < 100 && existsSync(socket()); k++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(socket())).toBe(false);
  }, 120_000);
});
