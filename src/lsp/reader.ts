/**
 * Reading JSON-RPC from stdin, forgiving bad input. vscode-jsonrpc's stream reader stops at
 * a malformed header and leaves what followed it in the same chunk unread until more bytes
 * come; here a bad header block, a body that is not JSON or not an object is reported
 * (onError: the connection logs it) and skipped, and reading goes on with what follows.
 */
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** A header block longer than this without its end is junk: drop it. */
const MAX_HEADER = 64 * 1024;

export class LenientMessageReader extends AbstractMessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** The body length of the message being read, once its header is in. */
  private length = -1;
  private callback: DataCallback | undefined;

  constructor(private readonly stream: NodeJS.ReadableStream) {
    super();
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

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (this.length < 0) {
        const end = this.buffer.indexOf(HEADER_END);
        if (end < 0) {
          if (this.buffer.length > MAX_HEADER) this.skip(this.buffer.length, 'a header block without an end');
          return;
        }
        const header = this.buffer.subarray(0, end).toString('latin1');
        this.buffer = this.buffer.subarray(end + HEADER_END.length);
        // Junk before a header is skipped; the last Content-Length of the block counts.
        const at = header.toLowerCase().lastIndexOf('content-length:');
        const m = at < 0 ? null : /^content-length:[ \t]*(\d+)[ \t]*(?:\r\n|$)/i.exec(header.slice(at));
        if (!m?.[1]) {
          this.fireError(new Error(`JSON-RPC: a header block without Content-Length skipped: ${JSON.stringify(header.slice(0, 80))}`));
          continue;
        }
        if (at > 0 && !header.slice(0, at).endsWith('\r\n')) {
          this.fireError(new Error(`JSON-RPC: junk before a header skipped: ${JSON.stringify(header.slice(0, Math.min(at, 80)))}`));
        }
        this.length = Number(m[1]);
      }
      if (this.buffer.length < this.length) return;
      const body = this.buffer.subarray(0, this.length).toString('utf8');
      this.buffer = this.buffer.subarray(this.length);
      this.length = -1;
      this.deliver(body);
    }
  }

  private skip(bytes: number, what: string): void {
    this.buffer = this.buffer.subarray(bytes);
    this.fireError(new Error(`JSON-RPC: ${what} skipped`));
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
      this.fireError(new Error('JSON-RPC: a message that is not an object skipped (batches are not supported)'));
      return;
    }
    this.callback?.(message as Message);
  }
}
