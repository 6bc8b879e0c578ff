/**
 * The resident server, as eslint_d is for ESLint: one process that keeps the rule sets, the
 * tagger's model and a warm JIT, so that the jobs that run claimlint many times in a row (b4
 * over a series, a pre-commit hook) do not pay for Node's start, the bundle and the model each
 * time. `claimlint server start` starts it in the background, `stop` and `status` talk to it;
 * while it is up, `claimlint ...` hands its run to it (resident-client.ts) and prints what the
 * same run would print by itself.
 *
 * It listens only on a Unix socket in a directory closed to other users (resident-socket.ts),
 * serves one run at a time (the working directory and environment are the client's for the
 * run), re-reads configuration files on every run and rule files whenever their text changes
 * (rules/load.ts keys its cache by content), stops itself after CLAIMLINT_SERVER_IDLE seconds
 * without a request (default 900), and makes way for a newer build: a client whose bundle
 * differs gets `stale` and runs claimlint itself, and the server exits.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { packageRoot } from '../package-root.js';
import { clearConfigCache } from '../config/index.js';
import { readPatchStream } from '../patch/read-input.js';
import { main, type Io } from './main.js';
import { bundleIdentity, makePrivateDir, onMessages, socketDir, socketPath, type Reply, type Request } from './resident-socket.js';
import { detachKeys } from '../memo.js';

const USAGE = 'usage: claimlint server start|stop|status|run';
const bundle = () => join(packageRoot(), 'dist', 'claimlint.mjs');

export async function serverCommand(args: string[], io: Io): Promise<number> {
  switch (args.length === 1 ? args[0] : undefined) {
    case 'run': {
      const code = await runServer(io);
      // The tagger's worker thread would keep the process up after the socket is closed.
      setImmediate(() => process.exit(code));
      return code;
    }
    case 'start': return start(io);
    case 'stop': return control('stop', io);
    case 'status': return control('status', io);
    default:
      io.err(`claimlint: ${USAGE}\n`);
      return 2;
  }
}

/** Is a server answering on the socket? */
function answering(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection(path);
    s.on('connect', () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

/** One request and its replies (for stop and status). */
function ask(path: string, request: Request, io: Io): Promise<number | undefined> {
  return new Promise((resolve) => {
    const s = createConnection(path);
    let code: number | undefined;
    s.on('connect', () => s.write(`${JSON.stringify(request)}\n`));
    onMessages<Reply>(s, (reply) => {
      if ('out' in reply) io.out(reply.out);
      if ('err' in reply) io.err(reply.err);
      if ('exit' in reply) code = reply.exit;
      if ('stale' in reply) code = 0;
    });
    s.on('error', () => resolve(undefined));
    s.on('close', () => resolve(code));
  });
}

async function control(what: 'stop' | 'status', io: Io): Promise<number> {
  const path = socketPath();
  const code = existsSync(path) ? await ask(path, { id: bundleIdentity(bundle()), control: what }, io) : undefined;
  if (code === undefined) {
    io.out(`claimlint server: not running (${path})\n`);
    return what === 'status' ? 3 : 0;
  }
  return code;
}

async function start(io: Io): Promise<number> {
  const path = socketPath();
  if (await answering(path)) {
    io.out(`claimlint server: already running on ${path}\n`);
    return 0;
  }
  const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'claimlint.js'), 'server', 'run'], {
    detached: true, stdio: 'ignore', env: { ...process.env, CLAIMLINT_NO_SERVER: '1' },
  });
  child.unref();
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (await answering(path)) {
      io.out(`claimlint server: listening on ${path} (pid ${child.pid})\n`);
      return 0;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  io.err(`claimlint: server did not start (run 'claimlint server run' to see why)\n`);
  return 2;
}

/** Serve until stopped, idle or superseded; exit status 2 when the socket cannot be made. */
export async function runServer(io: Io): Promise<number> {
  // Patch after patch: memos must not keep each one's documents alive.
  detachKeys();
  const dir = socketDir();
  const problem = makePrivateDir(dir);
  if (problem) { io.err(`claimlint: ${problem}\n`); return 2; }
  const path = socketPath();
  if (existsSync(path)) {
    if (await answering(path)) { io.err(`claimlint: a server already listens on ${path}\n`); return 2; }
    // Left by a server that died: only a socket is removed.
    if (!lstatSync(path).isSocket()) { io.err(`claimlint: ${path} is not a socket; not removing it\n`); return 2; }
    unlinkSync(path);
  }
  const id = bundleIdentity(bundle());
  const idleMs = 1000 * (Number(process.env['CLAIMLINT_SERVER_IDLE']) || 900);
  const started = Date.now();
  let runs = 0;
  let queue = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  // Connections open (a run holds its own until it is done): idle is counted from the last one's end.
  let open = 0;

  return new Promise((resolve) => {
    const server = createServer((socket) => {
      clearTimeout(idle);
      open++;
      socket.on('close', () => { if (--open === 0) armIdle(); });
      let stdinWaiter: ((text: string) => void) | undefined;
      onMessages<Request>(socket, (request) => {
        if (request.stdin !== undefined && stdinWaiter) { stdinWaiter(request.stdin); stdinWaiter = undefined; return; }
        queue = queue.then(() => serve(request, socket, (w) => { stdinWaiter = w; }));
      });
      socket.on('error', () => undefined);
    });

    const stop = () => {
      clearTimeout(idle);
      server.close();
      try { unlinkSync(path); } catch { /* gone already */ }
      resolve(0);
    };
    const armIdle = () => { clearTimeout(idle); idle = setTimeout(stop, idleMs); idle.unref?.(); };

    async function serve(request: Request, socket: Socket, onStdin: (w: (text: string) => void) => void): Promise<void> {
      const send = (r: Reply) => { if (!socket.destroyed) socket.write(`${JSON.stringify(r)}\n`); };
      if (request.id !== id) { send({ stale: true }); socket.end(); stop(); return; }
      if (request.control === 'stop') { send({ out: 'claimlint server: stopped\n' }); send({ exit: 0 }); socket.end(); stop(); return; }
      if (request.control === 'status') {
        send({ out: `claimlint server: running on ${path} (pid ${process.pid}, up ${Math.round((Date.now() - started) / 1000)} s, ${runs} runs)\n` });
        send({ exit: 0 });
        socket.end();
        return;
      }
      runs++;
      send({ exit: await runFor(request, send, onStdin) });
      socket.end();
    }

    server.on('error', (err) => { io.err(`claimlint: server: ${err.message}\n`); resolve(2); });
    server.listen(path, () => {
      chmodSync(path, 0o600);
      armIdle();
    });
  });
}

/** One client's run, in its directory and environment. */
async function runFor(request: Request, send: (r: Reply) => void, onStdin: (w: (text: string) => void) => void): Promise<number> {
  const home = process.cwd();
  const env = { ...process.env };
  try {
    process.chdir(request.cwd ?? home);
  } catch (err) {
    send({ err: `claimlint: ${request.cwd}: ${(err as Error).message}\n` });
    return 2;
  }
  for (const k of Object.keys(process.env)) delete process.env[k];
  Object.assign(process.env, request.env ?? {});
  clearConfigCache();
  const io: Io = {
    out: (s) => send({ out: s }),
    err: (s) => send({ err: s }),
    errIsTTY: request.tty?.err === true,
    outIsTTY: request.tty?.out === true,
    inIsTTY: request.tty?.in === true,
    // The client's standard input, read there only when a patch is to come from it.
    readStdin: () => new Promise<string>((resolve) => {
      onStdin(resolve);
      send({ needStdin: true });
    }).then((b64) => readPatchStream(Readable.from([Buffer.from(b64, 'base64')]))),
  };
  try {
    return await main(request.argv ?? [], io);
  } finally {
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, env);
    process.chdir(home);
  }
}
