/**
 * `claimlint lsp` serves from a child Node with larger semi-spaces (src/lsp/launch.ts): the
 * child has the flag, the parent's exit status is the child's, a signal to the parent ends both,
 * and a semi-space size of the user's own keeps the server in the one process. The child is
 * found through /proc (Linux), where the tests that need it run; elsewhere they say so.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { hasSemiSpaceFlag, LSP_NODE_FLAGS } from '../../src/lsp/launch.js';
import { LspClient } from './helpers/client.js';

const clients: LspClient[] = [];
function client(nodeArgs: string[] = []): LspClient {
  const c = new LspClient(['lsp', '--stdio'], nodeArgs);
  clients.push(c);
  return c;
}
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});

/** The command lines of a process's children (Linux: /proc/PID/task/*\/children). */
function children(pid: number): { pid: number; argv: string[] }[] {
  const list = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return list ? list.split(/\s+/).map(Number).map((p) => ({ pid: p, argv: readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').filter(Boolean) })) : [];
}
const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

const withProc = existsSync('/proc/self/task') ? test : test.skip;
if (!existsSync('/proc/self/task')) console.warn('launch.test.ts: no /proc here: the tests that find the server\'s child process are skipped');

describe('hasSemiSpaceFlag', () => {
  test('a size on the command line or in NODE_OPTIONS, in either spelling', () => {
    expect(hasSemiSpaceFlag(['--max-semi-space-size=16'], undefined)).toBe(true);
    expect(hasSemiSpaceFlag(['--max_semi_space_size', '16'], undefined)).toBe(true);
    expect(hasSemiSpaceFlag([], '--trace-gc --max-semi-space-size=8')).toBe(true);
    expect(hasSemiSpaceFlag(['--max-old-space-size=512'], '--max-old-space-size=512')).toBe(false);
    expect(hasSemiSpaceFlag([], undefined)).toBe(false);
  });
});

describe('claimlint lsp in a child Node', () => {
  withProc('the server runs in a child with the flags, the parent\'s own options kept; shutdown and exit end both with 0', async () => {
    const c = client(['--max-old-space-size=1024']);
    await c.initialize();
    const [child, ...more] = children(c.proc.pid as number);
    expect(more).toEqual([]);
    expect(child?.argv).toEqual(expect.arrayContaining(['--max-old-space-size=1024', ...LSP_NODE_FLAGS, 'lsp', '--stdio']));
    expect(await c.shutdown()).toBe(0);
    expect(alive(child?.pid as number)).toBe(false);
  }, 60_000);

  withProc('an exit without shutdown is status 1 from the parent too', async () => {
    const c = client();
    await c.initialize();
    c.notify('exit');
    expect(await c.exited).toBe(1);
  }, 60_000);

  withProc('a signal to the parent ends the child', async () => {
    const c = client();
    await c.initialize();
    const [child] = children(c.proc.pid as number);
    expect(child).toBeDefined();
    c.proc.kill('SIGTERM');
    await c.exited;
    // The child may take a moment to go: wait on its /proc entry, not a timer's guess.
    for (let i = 0; i < 200 && alive(child?.pid as number); i++) await new Promise((r) => setTimeout(r, 25));
    expect(alive(child?.pid as number)).toBe(false);
  }, 60_000);

  withProc('a semi-space size of the user\'s own: the server runs in the one process', async () => {
    const c = client(['--max-semi-space-size=16']);
    const init = await c.initialize();
    expect(init.capabilities).toBeDefined();
    expect(children(c.proc.pid as number).filter((p) => p.argv.includes('lsp'))).toEqual([]);
    expect(await c.shutdown()).toBe(0);
  }, 60_000);
});
