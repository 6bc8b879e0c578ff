/**
 * Reading JSON-RPC from stdin, forgiving bad input and bounded in memory. vscode-jsonrpc's
 * stream reader stops at a malformed header, leaves what followed it in the same chunk unread
 * until more bytes come, and buffers whatever Content-Length announces. Here:
 *
 *  - a header block without a usable Content-Length (missing, not a number), or longer than
 *    MAX_HEADER_BYTES without its end, is reported (onError: the server logs it) and skipped;
 *    reading goes on with what follows;
 *  - a body longer than `maxMessageBytes` is counted off as it arrives, never buffered, and
 *    reported: the framing stays in step and memory stays bounded;
 *  - a body that is not JSON, or JSON that is not an object (a batch array, null, a number),
 *    is reported and skipped (batches are not part of LSP);
 *  - `accept` (the server's lifecycle and parameter checks, gate.ts) sees each message first
 *    and may answer it itself; an exception in it or in the connection's callback is reported,
 *    and the messages after it are still read.
 *
 * A body arrives in chunks; they are joined once, when the body is complete.
 */
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/**
 * A header block longer than this without its end is junk: dropped but for its last
 * HEADER_TAIL bytes, which may hold the start of the next real header. (Real headers are
 * under 100 bytes; the limit also bounds the copying when a header trickles in byte by byte.)
 */
export const MAX_HEADER_BYTES = 16 * 1024;
const HEADER_TAIL = 256;
/** The largest message read (a didOpen carries a whole document: see MAX_DOCUMENT_LENGTH). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export interface ReaderOptions {
  maxMessageBytes?: number;
  /** Sees each well-formed message before the connection; false: the message is not passed on. */
  accept?: (message: Message) => boolean;
}

export class LenientMessageReader extends AbstractMessageReader {
  /** Bytes of a header block whose end has not arrived yet. */
  private header: Buffer = Buffer.alloc(0);
  /** The body length of the message being read, once its header is in (-1: reading a header). */
  private length = -1;
  private body: Buffer[] = [];
  private received = 0;
  /** Bytes of an oversized body still to be skipped. */
  private skipping = 0;
  /** Junk without a header end was reported (once until the next header). */
  private junkReported = false;
  private callback: DataCallback | undefined;
  private readonly maxMessageBytes: number;
  private readonly accept: (message: Message) => boolean;

  constructor(private readonly stream: NodeJS.ReadableStream, options: ReaderOptions = {}) {
    super();
    this.maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
    this.accept = options.accept ?? (() => true);
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const data = (d: Buffer | string) => this.onData(typeof d === 'string' ? Buffer.from(d, 'utf8') : d);
    const error = (e: Error) => this.fireError(e);
    const close = () => this.fireClose();
    this.stream.on('data', data);
    this.stream.on('error', error);
    this.stream.on('close', close);
    this.stream.on('end', close);
    return Disposable.create(() => {
      this.stream.off('data', data);
      this.stream.off('error', error);
      this.stream.off('close', close);
      this.stream.off('end', close);
    });
  }

  /** What the reader holds in memory now (tests check that it stays bounded). */
  get bufferedBytes(): number {
    return this.header.length + this.received;
  }

  private onData(input: Buffer): void {
    let chunk = input;
    let at = 0;
    while (at < chunk.length) {
      if (this.skipping > 0) {
        const n = Math.min(this.skipping, chunk.length - at);
        this.skipping -= n;
        at += n;
        continue;
      }
      if (this.length < 0) {
        if (this.header.length) {
          // The end of a header block may straddle two chunks.
          chunk = Buffer.concat([this.header, chunk.subarray(at)]);
          at = 0;
          this.header = Buffer.alloc(0);
        }
        const end = chunk.indexOf(HEADER_END, at);
        if (end < 0) {
          this.header = Buffer.from(chunk.subarray(at));
          if (this.header.length > MAX_HEADER_BYTES) {
            this.header = Buffer.from(this.header.subarray(this.header.length - HEADER_TAIL));
            if (!this.junkReported) this.fireError(new Error(`JSON-RPC: more than ${MAX_HEADER_BYTES} bytes without a header end skipped`));
            this.junkReported = true;
          }
          return;
        }
        const header = chunk.subarray(at, end).toString('latin1');
        at = end + HEADER_END.length;
        this.junkReported = false;
        this.startBody(header);
        continue;
      }
      const take = Math.min(this.length - this.received, chunk.length - at);
      this.body.push(chunk.subarray(at, at + take));
      this.received += take;
      at += take;
      if (this.received === this.length) {
        const body = this.body.length === 1 ? (this.body[0] as Buffer) : Buffer.concat(this.body, this.length);
        this.length = -1;
        this.body = [];
        this.received = 0;
        this.deliver(body.toString('utf8'));
      }
    }
  }

  /** A header block is in: read its Content-Length (the last one counts; junk before it is skipped). */
  private startBody(header: string): void {
    const at = header.toLowerCase().lastIndexOf('content-length:');
    const m = at < 0 ? null : /^content-length:[ \t]*(\d+)[ \t]*(?:\r\n|$)/i.exec(header.slice(at));
    if (!m?.[1]) {
      this.fireError(new Error(`JSON-RPC: a header block without a Content-Length number skipped: ${JSON.stringify(header.slice(0, 80))}`));
      return;
    }
    if (at > 0 && !header.slice(0, at).endsWith('\r\n')) {
      this.fireError(new Error(`JSON-RPC: junk before a header skipped: ${JSON.stringify(header.slice(0, Math.min(at, 80)))}`));
    }
    const length = Number(m[1]);
    if (length > this.maxMessageBytes) {
      this.skipping = length;
      this.fireError(new Error(`JSON-RPC: a message of ${m[1]} bytes skipped (the limit is ${this.maxMessageBytes})`));
      return;
    }
    if (length === 0) {
      this.deliver('');
      return;
    }
    this.length = length;
  }

  private deliver(body: string): void {
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch (e) {
      this.fireError(new Error(`JSON-RPC: a message that is not JSON skipped (${(e as Error).message})`));
      return;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.fireError(new Error(`JSON-RPC: a message that is not an object skipped${Array.isArray(message) ? ' (batches are not supported)' : ''}`));
      return;
    }
    try {
      if (this.accept(message as Message)) this.callback?.(message as Message);
    } catch (e) {
      // The connection's own handling failed on this message: report it, read on.
      this.fireError(new Error(`JSON-RPC: a message could not be handled: ${(e as Error).stack ?? String(e)}`));
    }
  }
}
