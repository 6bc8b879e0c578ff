/**
 * Reading patch input within limits: a patch file, an mbox series or a single
 * mail (named on the command line), stdin, or what git prints for a commit.
 * Each input is read up to MAX_PATCH_BYTES and the run up to
 * MAX_PATCH_RUN_BYTES; past a limit the input is an error that says so, so a
 * runaway input (`--patch /dev/zero`, a generated mbox) ends with exit status
 * 2 instead of exhausting memory. Patch mode keeps every input's lines and
 * post-images for its report: a 62 MB patch (one new file of 1.2 million
 * lines) was linted in 25 s within a 1 GB heap (`--max-old-space-size=1000`),
 * and the limits are sized so that a run stays within Node's default heap.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError, decodeText } from '../cli/read.js';

/** Largest patch input (a file, stdin, one commit's patch): a tree-wide series is a few MiB. */
export const MAX_PATCH_BYTES = 64 * 1024 * 1024;
/** Largest total of all inputs of one run (several files, or the commits of a --git range). */
export const MAX_PATCH_RUN_BYTES = 64 * 1024 * 1024;
/** Largest file read from the tree (or from git) for scope; a larger one is linted from the hunks. */
export const MAX_TREE_FILE_BYTES = 64 * 1024 * 1024;

export const mib = (bytes: number) => `${bytes / (1024 * 1024)} MiB`;

const CHUNK = 1 << 20;

/** Reads from an open descriptor until its end; undefined once more than `limit` bytes came. */
function readAll(fd: number, name: string, limit: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, CHUNK, null);
    } catch (err) {
      throw new InputError(`${name}: cannot read: ${(err as Error).message}`);
    }
    if (n === 0) break;
    total += n;
    if (total > limit) return undefined;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/**
 * A patch input named on the command line. A directory is refused; a regular
 * file larger than the limit is refused before it is read; a pipe or device
 * (`--patch <(git diff)`, `/dev/stdin`) is read up to the limit.
 */
export function readPatchFile(path: string, limit = MAX_PATCH_BYTES): string {
  let fd: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a directory, not a patch`);
    if (st.isFile() && st.size > limit) throw new InputError(`${path}: ${st.size} bytes, larger than ${mib(limit)}, the limit for a patch input`);
    fd = openSync(path, 'r');
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`);
  }
  try {
    const buf = readAll(fd, path, limit);
    if (!buf) throw new InputError(`${path}: larger than ${mib(limit)}, the limit for a patch input`);
    return decodeText(buf, path);
  } finally {
    closeSync(fd);
  }
}

/** A stream (standard input: "-" in messages), up to the limit; past it the stream is left unread. */
export async function readPatchStream(stream: NodeJS.ReadableStream, name = '-', limit = MAX_PATCH_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > limit) throw new InputError(`${name}: larger than ${mib(limit)}, the limit for a patch input`);
    chunks.push(buf);
  }
  return decodeText(Buffer.concat(chunks, total), name);
}

export type TreeFile =
  | { text: string }
  /** The path is there but is not read: why, for the note ("is a directory", "is larger than ..."). */
  | { refused: string }
  | undefined;

/**
 * A file of the tree, for scope: only a regular file is opened (a FIFO's open
 * blocks, a device's may act), checked by type before it is opened and again
 * on the open descriptor (O_NONBLOCK: nothing swapped in between can block);
 * one larger than the limit is refused. undefined when there is no such file.
 */
export function readTreeFile(full: string, limit = MAX_TREE_FILE_BYTES): TreeFile {
  const refuse = (what: string): TreeFile => ({ refused: what });
  const kind = (st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }) =>
    st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a named pipe' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a regular file';
  let fd: number;
  try {
    const st = statSync(full);
    if (!st.isFile()) return refuse(`is ${kind(st)}, not a regular file`);
    if (st.size > limit) return refuse(`is larger than ${mib(limit)}`);
    fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return refuse(`cannot be read (${code === 'EACCES' ? 'permission denied' : (err as Error).message})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return refuse(`is ${kind(st)}, not a regular file`);
    const buf = readAll(fd, full, limit);
    // Read leniently, as git would show it: the tree only supplies scope, and the patch is what must be UTF-8.
    return buf ? { text: buf.toString('utf8') } : refuse(`is larger than ${mib(limit)}`);
  } catch (err) {
    return refuse(`cannot be read (${(err as Error).message})`);
  } finally {
    closeSync(fd);
  }
}
