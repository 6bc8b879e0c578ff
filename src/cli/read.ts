/**
 * Reading inputs into vfiles. Bad input is an InputError naming the file and,
 * where there is one, the position: the CLI prints it and exits 2.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { VFile } from 'vfile';

export class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of a byte offset in a buffer. */
function bytePosition(buf: Uint8Array, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) if (buf[i] === 10) { line++; lineStart = i + 1; }
  const column = new TextDecoder().decode(buf.subarray(lineStart, at)).length + 1;
  return `${line}:${column}`;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return buf.length;
}

/** Decode UTF-8 strictly and drop a byte-order mark. */
export function decodeText(buf: Uint8Array, path: string): string {
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const at = firstInvalidByte(buf);
    throw new InputError(`${path}:${bytePosition(buf, at)}: not valid UTF-8 (byte 0x${(buf[at] ?? 0).toString(16).padStart(2, '0')})`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Documents larger than this are refused: the kernel's largest .rst is well under 1 MiB. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** What a non-regular file is, for the error that refuses it. */
function fileKind(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'is a directory';
  if (st.isFIFO()) return 'is a FIFO (named pipe), not a regular file';
  if (st.isCharacterDevice()) return 'is a character device, not a regular file';
  if (st.isBlockDevice()) return 'is a block device, not a regular file';
  if (st.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

const tooLarge = (path: string, size: string) => new InputError(`${path}: too large (${size} bytes; the limit is ${MAX_DOCUMENT_BYTES})`);

/**
 * A regular file's bytes, refusing any other type before reading: the type
 * is checked with stat before opening (opening a device can have effects)
 * and again on the open descriptor, which O_NONBLOCK keeps a FIFO swapped in
 * meanwhile from blocking. Reads stop past the size limit even where the
 * size stat reports is 0 or wrong (procfs) or the file grows.
 */
function readDocumentBytes(path: string): Buffer {
  let fd: number | undefined;
  try {
    const refuse = (st: Stats) => {
      const kind = fileKind(st);
      if (kind) throw new InputError(`${path}: cannot read: ${kind}`);
      if (st.size > MAX_DOCUMENT_BYTES) throw tooLarge(path, String(st.size));
    };
    refuse(statSync(path));
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    refuse(st);
    let buf = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > MAX_DOCUMENT_BYTES) throw tooLarge(path, `more than ${MAX_DOCUMENT_BYTES}`);
        const bigger = Buffer.allocUnsafe(Math.min(Math.max(2 * n, 65536), MAX_DOCUMENT_BYTES + 1));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) return buf.subarray(0, n);
      n += got;
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: cannot read: ${describeFsError(err)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A document as a vfile; refused with an InputError when it is not a readable regular UTF-8 file within the size limit. */
export async function readVFile(path: string): Promise<VFile> {
  return readVFileSync(path);
}

/** The same, synchronously: a whole-tree run reads thousands of small files, and async reads cost more than they save. */
export function readVFileSync(path: string): VFile {
  return new VFile({ path, value: decodeText(readDocumentBytes(path), path) });
}

/** A file-system error in words: the C library's for the common codes, else libuv's ("EACCES: permission denied, open 'x'"). */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'file name too long',
  };
  return (e.code && words[e.code]) ?? /^[A-Z0-9]+: ([^,]+)/.exec(e.message ?? '')?.[1] ?? String(e.message ?? err);
}
