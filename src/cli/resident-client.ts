/**
 * The client side of the resident server, run by bin/claimlint.js before the bundle is loaded:
 * when a server of this same claimlint listens on the user's socket, the run is handed to it
 * (arguments, working directory, environment; standard input only if the server asks) and its
 * output and exit status are this process's. Undefined, and claimlint runs by itself, when no
 * server is up, the socket directory is not private, or the server was built from another
 * bundle. CLAIMLINT_NO_SERVER=1 never uses one.
 */
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname } from 'node:path';
import { bundleIdentity, isPrivateDir, onMessages, socketPath, type Reply, type Request } from './resident-socket.js';

/** Commands that never go to the server (it runs them itself, or they hold the terminal). */
const LOCAL = new Set(['server', 'lsp']);

export function viaServer(argv: string[], bundle: string): Promise<number | undefined> {
  if (process.env['CLAIMLINT_NO_SERVER'] === '1' || LOCAL.has(argv[0] ?? '')) return Promise.resolve(undefined);
  const path = socketPath();
  if (!existsSync(path) || !isPrivateDir(dirname(path))) return Promise.resolve(undefined);
  let id: string;
  try {
    id = bundleIdentity(bundle);
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    let started = false;
    let settled = false;
    const done = (code: number | undefined) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(code);
    };
    const socket = createConnection(path);
    const send = (r: Request) => socket.write(`${JSON.stringify(r)}\n`);
    socket.on('connect', () => send({
      id, argv, cwd: process.cwd(), env: { ...process.env },
      tty: { in: process.stdin.isTTY === true, out: process.stdout.isTTY === true, err: process.stderr.isTTY === true },
    }));
    onMessages<Reply>(socket, (reply) => {
      if ('stale' in reply) return done(started ? 2 : undefined);
      if ('out' in reply) { started = true; process.stdout.write(reply.out); }
      if ('err' in reply) { started = true; process.stderr.write(reply.err); }
      if ('needStdin' in reply) {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (c: Buffer) => chunks.push(c));
        process.stdin.on('end', () => send({ id, stdin: Buffer.concat(chunks).toString('base64') }));
        process.stdin.on('error', () => send({ id, stdin: '' }));
      }
      if ('exit' in reply) done(reply.exit);
    });
    // Not up (a socket left by a server that died): claimlint runs by itself. Gone after it
    // started writing: say so, rather than print the report twice.
    const lost = () => {
      if (started && !settled) process.stderr.write('claimlint: the resident server stopped during the run\n');
      done(started ? 2 : undefined);
    };
    socket.on('error', lost);
    socket.on('close', lost);
  });
}
