/**
 * Where the resident server listens and how a client knows it is the same claimlint: shared by
 * the server (resident.ts) and the small client that bin/claimlint.js runs before loading the
 * bundle (resident-client.ts), so it imports only Node's own modules.
 *
 * The socket lives in a directory only its user can enter: $XDG_RUNTIME_DIR/claimlint (the
 * runtime directory is the user's, mode 0700), else $TMPDIR/claimlint-UID. Either is used only
 * when it is a real directory (not a link) owned by this user with no permission for anyone
 * else: another user cannot plant a socket there to read a patch, and cannot connect to ours.
 * Never a TCP port.
 */
import { lstatSync, mkdirSync, statSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';

const uid = () => process.getuid?.() ?? -1;

export function socketDir(env: NodeJS.ProcessEnv = process.env): string {
  const runtime = env['XDG_RUNTIME_DIR'];
  return runtime && isAbsolute(runtime) ? join(runtime, 'claimlint') : join(tmpdir(), `claimlint-${uid()}`);
}

export function socketPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(socketDir(env), 'server.sock');
}

/** Is `dir` a real directory of this user's, closed to everyone else? */
export function isPrivateDir(dir: string): boolean {
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && st.uid === uid() && (st.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

/** Make the socket directory (mode 0700); a reason when it exists and is not private. */
export function makePrivateDir(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    return `cannot create ${dir}: ${(err as Error).message}`;
  }
  return isPrivateDir(dir) ? undefined : `${dir} is not a directory of this user's closed to others (mode 0700); not using it`;
}

/** The running code's identity: a server built from another bundle is stale and makes way. */
export function bundleIdentity(bundle: string): string {
  const st = statSync(bundle);
  return `${st.size}:${Math.trunc(st.mtimeMs)}`;
}

/** Each message (one JSON line) that arrives on the socket; a line that is not JSON ends it. */
export function onMessages<T>(socket: Socket, handle: (message: T) => void): void {
  let buffer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    for (let nl = buffer.indexOf('\n'); nl >= 0 && !socket.destroyed; nl = buffer.indexOf('\n')) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      let message: T;
      try {
        message = JSON.parse(line) as T;
      } catch {
        socket.destroy();
        return;
      }
      handle(message);
    }
  });
}

/** One message per line, JSON, both ways. */
export interface Request {
  /** The client's bundleIdentity. */
  id: string;
  argv?: string[];
  cwd?: string;
  env?: Record<string, string | undefined>;
  tty?: { in: boolean; out: boolean; err: boolean };
  /** Control requests: `claimlint server stop|status`. */
  control?: 'stop' | 'status';
  /** The client's standard input, base64, when the server asked for it. */
  stdin?: string;
}

export type Reply =
  | { out: string }
  | { err: string }
  | { needStdin: true }
  | { exit: number }
  /** Built from another bundle: the client runs claimlint itself; the server stops. */
  | { stale: true };
