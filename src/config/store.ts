/**
 * Where configuration and rule files are read from: the file system, or a git revision
 * (git-store.ts, `claimlint --config-rev REV`). Both backends answer the same few questions,
 * so the trust rules (trust.ts) are written once.
 *
 * Reading is careful in both: only a regular file is read, its type checked before it is
 * opened (opening a FIFO for reading blocks until a writer comes), and never more than a
 * size limit. Problems are ReadRefusal errors whose message names no content of the file.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';

/** What is at a path, without following a symlink in its last component. */
export type Entry =
  | { kind: 'file'; size: number; mode: number }
  | { kind: 'dir'; mode: number }
  | { kind: 'symlink' }
  | { kind: 'other'; what: string }
  | { kind: 'missing' }
  | { kind: 'error'; message: string };

export interface FileStore {
  /** Said in messages: "the file system", "git revision 1a2b3c4d5e6f". */
  readonly label: string;
  /** What is at `abs` (symlinks in its last component not followed). */
  entry(abs: string): Entry;
  /** What `abs` leads to, following symlinks (the file system only; git never follows them). */
  target(abs: string): Entry;
  /** The real path of `abs` (symlinks resolved), or undefined when it does not lead anywhere. */
  realpath(abs: string): string | undefined;
  /** Whether `dir` is the top of a git work tree (holds `.git`). */
  isGitRoot(dir: string): boolean;
  /** The bytes of the regular file `abs`; throws ReadRefusal past `limit` bytes or for anything else. */
  read(abs: string, limit: number): Buffer;
}

/** A file that is not read: missing, of the wrong type, too large or unreadable. The message quotes nothing of it. */
export class ReadRefusal extends Error {}

/** "is a directory", "is a FIFO", ...: why an entry that is not a regular file is not read. */
export function notAFile(e: Entry): string {
  switch (e.kind) {
    case 'file': return 'is a regular file';
    case 'dir': return 'is a directory';
    case 'symlink': return 'is a symbolic link';
    case 'other': return `is ${e.what}`;
    case 'missing': return 'no such file';
    case 'error': return e.message;
  }
}

/** A binary size for messages: 1 MiB, 512 KiB, 20 bytes. */
export function formatSize(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1 << 10 && n % (1 << 10) === 0) return `${n / (1 << 10)} KiB`;
  return `${n} bytes`;
}

export function tooLarge(limit: number): string {
  return `is larger than ${formatSize(limit)}, the limit for this kind of file`;
}

function errnoMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file';
    case 'ENOTDIR': return 'no such file (a component of the path is not a directory)';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return e.code ? `cannot read (${e.code})` : 'cannot read';
  }
}

function fromStats(st: Stats): Entry {
  if (st.isFile()) return { kind: 'file', size: st.size, mode: st.mode };
  if (st.isDirectory()) return { kind: 'dir', mode: st.mode };
  if (st.isSymbolicLink()) return { kind: 'symlink' };
  if (st.isFIFO()) return { kind: 'other', what: 'a FIFO (named pipe)' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { kind: 'other', what: 'a device' };
  if (st.isSocket()) return { kind: 'other', what: 'a socket' };
  return { kind: 'other', what: 'not a regular file' };
}

function statEntry(stat: () => Stats): Entry {
  try {
    return fromStats(stat());
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'error', message: errnoMessage(err) };
  }
}

const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOCTTY = constants.O_NOCTTY ?? 0;

/**
 * Read the regular file `path` (symlinks followed), at most `limit` bytes. Its type is
 * checked with stat before it is opened, and again with fstat on the open descriptor (opened
 * non-blocking, so a FIFO swapped in between does not hang); a file that grows past the
 * limit while read (or reports a wrong size, as /proc files do) is refused too.
 */
export function readRegularFile(path: string, limit: number): Buffer {
  const before = statEntry(() => statSync(path));
  if (before.kind !== 'file') throw new ReadRefusal(notAFile(before));
  if (before.size > limit) throw new ReadRefusal(tooLarge(limit));
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | O_NONBLOCK | O_NOCTTY);
  } catch (err) {
    throw new ReadRefusal(errnoMessage(err));
  }
  try {
    const now = fromStats(fstatSync(fd));
    if (now.kind !== 'file') throw new ReadRefusal(notAFile(now));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit is enough to know the file is too large.
      const chunk = Buffer.allocUnsafe(Math.min(limit - total + 1, Math.max(now.size - total + 1, 1 << 16)));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (err) {
        throw new ReadRefusal(errnoMessage(err));
      }
      if (n === 0) break;
      total += n;
      if (total > limit) throw new ReadRefusal(tooLarge(limit));
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** The file system as it is. */
export const fsStore: FileStore = {
  label: 'the file system',
  entry: (abs) => statEntry(() => lstatSync(abs)),
  target: (abs) => statEntry(() => statSync(abs)),
  realpath(abs) {
    try {
      return realpathSync.native(abs);
    } catch {
      return undefined;
    }
  },
  isGitRoot(dir) {
    return fsStore.entry(join(dir, '.git')).kind !== 'missing';
  },
  read: readRegularFile,
};
