/**
 * `claimlint lsp` runs in a child Node with a larger young generation.
 *
 * Every keystroke re-lints the document: a version of a large page (virt/kvm/api.rst) is some
 * 14 MB of short-lived objects, and with V8's default semi-spaces (16 MB) a scavenge ran on
 * almost every keystroke, about a fifth of an edit's time. With 64 MB semi-spaces the edit-to-
 * diagnostics time of api.rst fell from about 33 to 27 ms and the server's resident memory after
 * 200 edits did not grow (it fell, fewer objects reaching the old generation): see
 * docs/semantics.md, "Cost". V8 reads the size only when the process starts, hence the child.
 * One-shot runs keep the default: a larger young generation only costs the whole tree memory.
 *
 * The parent does nothing but wait: the child inherits stdin, stdout and stderr, its exit
 * status (or signal) is the parent's, and the signals an editor or a terminal sends the parent
 * are passed on. A --max-semi-space-size of the user's own (on the command line or in
 * NODE_OPTIONS) is kept, and then the server runs in this process.
 */
import { spawn } from 'node:child_process';

/** What the child adds to the parent's own Node options. */
export const LSP_NODE_FLAGS = ['--max-semi-space-size=64'];

const FORWARDED: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];

/** Does this process already run with a semi-space size chosen (ours or the user's)? */
export function hasSemiSpaceFlag(execArgv: string[], nodeOptions: string | undefined): boolean {
  const chosen = (a: string) => /^--max[-_]semi[-_]space[-_]size(?:=|$)/.test(a);
  return execArgv.some(chosen) || (nodeOptions ?? '').split(/\s+/).some(chosen);
}

/**
 * Run `script argv` in a child Node with LSP_NODE_FLAGS and resolve with its exit status; undefined
 * when no child is needed (the flags are set) or none could be started: then serve here, as
 * nothing has read the client's stdin yet.
 */
export function runInLargerHeap(script: string, argv: string[]): Promise<number | undefined> {
  if (hasSemiSpaceFlag(process.execArgv, process.env['NODE_OPTIONS'])) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(process.execPath, [...process.execArgv, ...LSP_NODE_FLAGS, script, ...argv], { stdio: 'inherit' });
    } catch {
      resolve(undefined);
      return;
    }
    let started = false;
    const forward = (signal: NodeJS.Signals) => { child.kill(signal); };
    child.on('spawn', () => {
      started = true;
      for (const s of FORWARDED) process.on(s, forward);
    });
    child.on('error', () => {
      if (!started) resolve(undefined);
    });
    child.on('exit', (code, signal) => {
      for (const s of FORWARDED) process.off(s, forward);
      // Ended by a signal: end the same way, so the editor sees what happened to its server.
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
