/**
 * Reading inputs into vfiles. Bad input is an InputError naming the file and,
 * where there is one, the position: the CLI prints it and exits 2.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

export async function readVFile(path: string): Promise<VFile> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw new InputError(`${path}: cannot read: ${readError(err)}`);
  }
  return new VFile({ path, value: decodeText(buf, path) });
}

/** The same, synchronously: a whole-tree run reads thousands of small files, and async reads cost more than they save. */
export function readVFileSync(path: string): VFile {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new InputError(`${path}: cannot read: ${readError(err)}`);
  }
  return new VFile({ path, value: decodeText(buf, path) });
}

function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String((err as Error).message);
}
