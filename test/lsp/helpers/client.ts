/**
 * A small hand-written LSP client for the tests: starts `node bin/claimlint.js lsp --stdio`
 * (the bundle `npm run build` makes), frames JSON-RPC with Content-Length headers, answers the
 * server's requests (client/registerCapability ...) with null, and keeps every notification
 * in order, so tests wait on what was published (a document's version), never on timers.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = path.join(ROOT, 'bin/claimlint.js');

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  data?: { ruleId: string; expected?: string[]; actual?: string; sentence?: Range };
}
export interface PublishDiagnostics { uri: string; version?: number; diagnostics: Diagnostic[] }
export interface Message { jsonrpc: '2.0'; id?: number | string | null; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } }

const DEADLINE_MS = 60_000;

type Waiter = { test: (m: Message) => boolean; resolve: (m: Message) => void; reject: (e: Error) => void };

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  /** Every notification and server request, in arrival order. */
  readonly received: Message[] = [];
  /** Server requests (method and params), in order. */
  readonly serverRequests: Message[] = [];
  stderr = '';
  /** Bytes on stdout that were not a well-framed JSON-RPC message (must stay empty). */
  junk = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];
  readonly exited: Promise<number | null>;

  /** `nodeArgs` go to node before the script (a heap cap: `--max-old-space-size=N`). */
  constructor(args: string[] = ['lsp', '--stdio'], nodeArgs: string[] = []) {
    if (!existsSync(path.join(ROOT, 'dist/claimlint.mjs'))) throw new Error('dist/claimlint.mjs is missing: run `npm run build` first');
    this.proc = spawn(process.execPath, [...nodeArgs, BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => {
      const err = new Error(`the server exited (${code})\n${this.stderr}`);
      for (const p of this.pending.values()) p.reject(err);
      for (const w of this.waiters) w.reject(err);
      resolve(code);
    }));
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const m = /^Content-Length: (\d+)$/im.exec(header);
      if (!m || !/^Content-Length: \d+(\r\nContent-Type: [^\r\n]+)?$/i.test(header)) {
        this.junk += header;
        this.buffer = this.buffer.subarray(end + 4);
        continue;
      }
      const length = Number(m[1]);
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(msg: Message): void {
    if (msg.method === undefined && typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      p?.resolve(msg);
      return;
    }
    this.received.push(msg);
    if (msg.id !== undefined && msg.id !== null) {
      this.serverRequests.push(msg);
      this.write({ jsonrpc: '2.0', id: msg.id, result: null });
    }
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(msg)) return true;
      w.resolve(msg);
      return false;
    });
  }

  write(msg: Message, prefix = ''): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(prefix, 'utf8'), Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Raw bytes, for malformed input. */
  writeRaw(data: string | Buffer): void {
    this.proc.stdin.write(data);
  }

  /** A request (after `prefix`, raw bytes in the same write); resolves with the whole response. */
  requestRaw(method: string, params?: unknown, prefix = ''): Promise<Message> {
    const id = this.nextId++;
    const p = new Promise<Message>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.write({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }, prefix);
    return p;
  }

  async request<T>(method: string, params?: unknown): Promise<T> {
    const r = await this.requestRaw(method, params);
    if (r.error) throw new Error(`${method}: ${r.error.message}`);
    return r.result as T;
  }

  notify(method: string, params?: unknown): void {
    this.write({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  /**
   * The first message, from index `from` of `received` on, that passes `test`. (The deadline
   * only turns a hang into a failure that says what was awaited; nothing waits on a timer.)
   */
  waitFor(test: (m: Message) => boolean, from = 0, what = 'a message'): Promise<Message> {
    const found = this.received.slice(from).find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.test !== test);
        const last = this.received.slice(-3).map((m) => JSON.stringify(m).slice(0, 300)).join('\n');
        reject(new Error(`no ${what} within ${DEADLINE_MS} ms; the last messages:\n${last}\n${this.stderr}`));
      }, DEADLINE_MS);
      this.waiters.push({
        test,
        resolve: (m) => { clearTimeout(timer); resolve(m); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
    });
  }

  /** The diagnostics published for `uri` at `version` (from index `from` of `received` on). */
  async diagnostics(uri: string, version?: number, from = 0): Promise<PublishDiagnostics> {
    const m = await this.waitFor((x) => {
      if (x.method !== 'textDocument/publishDiagnostics') return false;
      const p = x.params as PublishDiagnostics;
      return p.uri === uri && (version === undefined || p.version === version);
    }, from, `publishDiagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`);
    return m.params as PublishDiagnostics;
  }

  /** Every publishDiagnostics for `uri` so far. */
  published(uri: string): PublishDiagnostics[] {
    return this.received
      .filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnostics).uri === uri)
      .map((m) => m.params as PublishDiagnostics);
  }

  async initialize(initializationOptions: unknown = {}, capabilities: unknown = defaultCapabilities): Promise<{ capabilities: Record<string, unknown> }> {
    const r = await this.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid, rootUri: null, capabilities, initializationOptions,
    });
    this.notify('initialized', {});
    return r;
  }

  open(uri: string, text: string, version = 1, languageId = 'rst'): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: ({ range: Range; text: string } | { text: string })[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** shutdown, exit: resolves with the exit status. */
  async shutdown(): Promise<number | null> {
    await this.request('shutdown');
    this.notify('exit');
    return this.exited;
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

export const defaultCapabilities = {
  general: { positionEncodings: ['utf-16'] },
  workspace: {
    workspaceEdit: { documentChanges: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
  },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } },
    hover: { contentFormat: ['markdown'] },
  },
};
