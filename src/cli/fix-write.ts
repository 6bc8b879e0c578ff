/**
 * Writing a fixed file without changing what the file is: the same inode (hard links stay
 * linked), owner, group and mode, and never a file its mode says is read-only.
 *
 *  - A read-only file (no write permission for us; as root, no write bit at all, as in 0444)
 *    is not written: the caller reports it as not fixed.
 *  - A file with other hard links, or owned by someone else, is written in place: opened for
 *    writing, its content checked against what was linted, then overwritten and truncated.
 *    (A rename would unlink it from its other names, or hand it to us.)
 *  - Otherwise it is replaced atomically: a temporary file beside it with its mode (and group,
 *    when that is ours to set; else in place), its content checked once more, then a rename.
 *
 * A symlink is followed: its target is written.
 */
import {
  accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync,
  realpathSync, renameSync, rmSync, statSync, writeSync, type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './read.js';

const message = (err: unknown) => (err as Error).message;

/** No write permission for this process (root: no write bit for anyone). */
export function isReadOnly(path: string, st: Stats): boolean {
  if ((st.mode & 0o222) === 0) return true;
  if (process.geteuid?.() === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * Write `data` over the file at `path`, which held `original` when it was linted; an
 * InputError (naming the file) when it is read-only, has changed since, or cannot be written.
 */
export function writeFixed(path: string, original: Uint8Array, data: Uint8Array): void {
  let target: string;
  let st: Stats;
  try {
    target = realpathSync(path);
    st = statSync(target);
  } catch (err) {
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
  if (!st.isFile()) throw new InputError(`${path}: not a regular file; not fixed`);
  if (isReadOnly(target, st)) throw new InputError(`${path}: read-only (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}); not fixed`);
  if (st.nlink > 1 || (process.geteuid !== undefined && st.uid !== process.geteuid())) {
    writeInPlace(path, target, original, data);
    return;
  }
  if (!replaceAtomically(path, target, st, original, data)) writeInPlace(path, target, original, data);
}

function readAll(fd: number): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, at);
    if (n === 0) return Buffer.concat(parts);
    parts.push(buf.subarray(0, n));
    at += n;
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) off += writeSync(fd, data, off, data.length - off, off);
}

const changed = (path: string) => new InputError(`${path}: changed since it was linted; not fixed`);

/** Overwrite the file through a descriptor, after checking it still holds `original`. */
function writeInPlace(path: string, target: string, original: Uint8Array, data: Uint8Array): void {
  let fd: number;
  try {
    fd = openSync(target, 'r+');
  } catch (err) {
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
  try {
    if (!readAll(fd).equals(original)) throw changed(path);
    writeAll(fd, data);
    ftruncateSync(fd, data.length);
    fsyncSync(fd);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  } finally {
    closeSync(fd);
  }
}

/** A temporary file, then a rename; false (nothing changed) when the file's group cannot be kept that way. */
function replaceAtomically(path: string, target: string, st: Stats, original: Uint8Array, data: Uint8Array): boolean {
  const tmp = join(dirname(target), `.${basename(target)}.claimlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      if (fstatSync(fd).gid !== st.gid) {
        try {
          fchownSync(fd, st.uid, st.gid);
        } catch {
          rmSync(tmp, { force: true });
          return false;
        }
      }
      fchmodSync(fd, st.mode & 0o7777);
      writeAll(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const now = statSync(target);
    if (now.ino !== st.ino || now.dev !== st.dev || !readAllAt(target).equals(original)) throw changed(path);
    renameSync(tmp, target);
    return true;
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
}

function readAllAt(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    return readAll(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write a new file, or replace one, atomically: a temporary file beside it, then a rename
 * (baselines). An existing file keeps its mode, and a symlink is followed (its target is replaced).
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  let target = resolve(path);
  let mode: number | undefined;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
  const tmp = join(dirname(target), `.${basename(target)}.claimlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', 0o666);
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      writeAll(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
}
