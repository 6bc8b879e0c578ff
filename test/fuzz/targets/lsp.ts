/**
 * The language server in this process (startServer on the connection `claimlint lsp` builds,
 * serverConnection: the lenient reader and the lifecycle and params gate, over in-memory
 * streams) driven by generated sessions. Properties: no
 * handler fails (no InternalError response, no "handler failed" or "linting failed" log);
 * every well-formed request gets one response; after `shutdown`, requests get an error;
 * every diagnostic is for a version of a document the client sent, with its range inside
 * that text and covering exactly the text the finding quotes. A session ends with a
 * sentinel request; an `exit` notification is caught (process.exit is stubbed meanwhile).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createGate } from '../../../src/lsp/gate.js';
import { serverConnection, startServer } from '../../../src/lsp/server.js';
import { lspSession, type LspEvent, type LspSession } from '../gen/lsp.js';
import { budget, digest, fail, type Target } from '../target.js';

interface Message { jsonrpc?: string; id?: unknown; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } }
interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
interface Diagnostic { range: Range; data?: { actual?: unknown; sentence?: Range } }

let dir: string | undefined;
/** Documents live in a temporary directory with a `.git`, so configuration lookup stops there. */
function documentsDir(): string {
  if (!dir) {
    const d = mkdtempSync(join(tmpdir(), 'claimlint-fuzz-lsp-'));
    mkdirSync(join(d, '.git'));
    process.on('exit', removeDocumentsDir);
    dir = d;
  }
  return dir;
}

/** Remove the documents' directory (at exit; jest, which does not run exit handlers, calls it from afterAll). */
export function removeDocumentsDir(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}

function frame(body: string, delta = 0, extra?: string, junk = ''): string {
  return `${junk}Content-Length: ${Buffer.byteLength(body, 'utf8') + delta}\r\n${extra ? `${extra}\r\n` : ''}\r\n${body}`;
}

function serialize(e: LspEvent, uris: string[]): string {
  if (e.kind === 'raw') return e.text;
  const body = e.body as { $batch?: unknown };
  const json = JSON.stringify(body.$batch ?? body).replace(/\$URI(\d)/g, (_, n: string) => uris[Number(n)] ?? '');
  return frame(json, e.framing.lengthDelta, e.framing.extraHeader, e.framing.junkBefore);
}

const CRASH = /handler '.*' failed|Processing message queue failed|linting .* failed|failed unexpectedly/;

/** The documents the client sent: every text by URI and version, and the open ones. */
class Model {
  open = new Map<string, TextDocument>();
  history = new Map<string, Map<number, string[]>>();
  record(d: TextDocument): void {
    const byVersion = this.history.get(d.uri) ?? new Map<number, string[]>();
    byVersion.set(d.version, [...(byVersion.get(d.version) ?? []), d.getText()]);
    this.history.set(d.uri, byVersion);
  }
  /** Move a didChange's ranges inside the document they change; true when the message was changed. */
  clamp(m: Message): boolean {
    const p = m.params as { textDocument?: { uri?: unknown }; contentChanges?: { range?: Range; text: string }[] } | null;
    const d = typeof p?.textDocument?.uri === 'string' ? this.open.get(p.textDocument.uri) : undefined;
    if (m.method !== 'textDocument/didChange' || !d || !Array.isArray(p?.contentChanges)) return false;
    let scratch = TextDocument.create(d.uri, d.languageId, d.version, d.getText());
    for (const c of p.contentChanges) {
      if (c.range) c.range = { start: scratch.positionAt(scratch.offsetAt(c.range.start)), end: scratch.positionAt(scratch.offsetAt(c.range.end)) };
      scratch = TextDocument.create(d.uri, d.languageId, d.version, TextDocument.applyEdits(scratch, [{ range: c.range ?? { start: scratch.positionAt(0), end: scratch.positionAt(scratch.getText().length) }, newText: c.text }]));
    }
    return true;
  }

  apply(m: Message): void {
    const p = m.params as { textDocument?: { uri?: unknown; version?: unknown; text?: unknown; languageId?: unknown }; contentChanges?: unknown } | null;
    const td = p?.textDocument;
    if (!td || typeof td.uri !== 'string') return;
    if (m.method === 'textDocument/didOpen' && typeof td.text === 'string' && typeof td.version === 'number') {
      const d = TextDocument.create(td.uri, String(td.languageId), td.version, td.text);
      this.open.set(td.uri, d);
      this.record(d);
    } else if (m.method === 'textDocument/didChange' && Array.isArray(p.contentChanges) && p.contentChanges.length && typeof td.version === 'number') {
      const d = this.open.get(td.uri);
      if (!d) return;
      TextDocument.update(d, p.contentChanges as never, td.version);
      this.record(d);
    } else if (m.method === 'textDocument/didClose') {
      this.open.delete(td.uri);
    }
  }
}

function inside(d: TextDocument, r: Range): boolean {
  const ok = (p: { line: number; character: number }) => {
    const back = d.positionAt(d.offsetAt(p));
    return back.line === p.line && back.character === p.character;
  };
  return ok(r.start) && ok(r.end) && d.offsetAt(r.start) <= d.offsetAt(r.end);
}

function checkDiagnostics(uri: string, version: number | undefined, diagnostics: Diagnostic[], model: Model): void {
  if (!diagnostics.length || /\.ya?ml$/.test(uri)) return;
  const texts = version === undefined ? undefined : model.history.get(uri)?.get(version);
  if (!texts) fail(`diagnostics for ${uri} version ${String(version)}, which the client never sent`);
  const ok = texts.some((text) => {
    const d = TextDocument.create(uri, 'rst', 0, text);
    return diagnostics.every((g) => inside(d, g.range) && (typeof g.data?.actual !== 'string' || d.getText(g.range) === g.data.actual) && (!g.data?.sentence || inside(d, g.data.sentence)));
  });
  if (!ok) {
    const d = TextDocument.create(uri, 'rst', 0, texts[0] as string);
    const bad = diagnostics.find((g) => !inside(d, g.range) || (typeof g.data?.actual === 'string' && d.getText(g.range) !== g.data.actual) || (g.data?.sentence && !inside(d, g.data.sentence)));
    fail(`a diagnostic's range or sentence is outside version ${version} of ${uri} (${d.lineCount} lines), or its range does not cover the text it quotes: range ${JSON.stringify(bad?.range)} covers ${JSON.stringify(bad ? d.getText(bad.range) : '')}, quotes ${JSON.stringify(bad?.data?.actual)}; sentence ${JSON.stringify(bad?.data?.sentence)}`);
  }
}

/** Run a session. */
export async function runSession(session: LspSession): Promise<string> {
  const base = documentsDir();
  const uris = session.uris.map((name) => (/^[\w.\- ü😀]+\.(?:rst|ya?ml)$/u.test(name) ? pathToFileURL(join(base, name)).href : name));
  const input = new PassThrough();
  const output = new PassThrough();
  // Bad input is skipped and reported (the gate's and the reader's log lines): that is the point.
  const { connection } = serverConnection(input, output, () => undefined);
  startServer(connection);
  connection.listen();

  const received: Message[] = [];
  const waiting = new Map<string, () => void>();
  let buffer = Buffer.alloc(0);
  output.on('data', (d: Buffer) => {
    buffer = Buffer.concat([buffer, d]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      const m = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      buffer = buffer.subarray(end + 4 + length);
      received.push(m);
      // The server's own requests (client/registerCapability) get an empty answer.
      if (m.method && m.id !== undefined) input.write(frame(JSON.stringify({ jsonrpc: '2.0', id: m.id, result: null })));
      if (m.id !== undefined && !m.method) waiting.get(String(m.id))?.();
    }
  });

  /** Resolves true when the request `id` is answered, false after 2 s. */
  const answer = (id: string) => new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 2_000);
    waiting.set(id, () => { clearTimeout(timer); resolve(true); });
  });
  const exit = process.exit;
  let exited = false;
  process.exit = ((): never => { exited = true; return undefined as never; }) as typeof process.exit;
  const model = new Model();
  // What the server's gate lets through, decided the same way (it depends only on the messages before).
  const gate = createGate(() => undefined, () => undefined);
  const requests: { id: unknown; afterShutdown: boolean }[] = [];
  let reliable = true;
  try {
    // After `exit` the process is gone: nothing after it is sent.
    const exitAt = session.events.findIndex((e) => e.kind === 'message' && !lost(e) && (e.body as Message).method === 'exit');
    const events = structuredClone(exitAt < 0 ? session.events : session.events.slice(0, exitAt + 1));
    for (const e of events) {
      // Past a frame that swallows part of the next one, what the server saw is not known exactly.
      if (e.kind === 'message' && e.framing.lengthDelta > 0) { reliable = false; break; }
      if (e.kind !== 'message' || lost(e)) continue;
      const body = e.body as Message & { $batch?: unknown };
      if (body.$batch) continue;
      const m = JSON.parse(JSON.stringify(body).replace(/\$URI(\d)/g, (_, n: string) => uris[Number(n)] ?? '')) as Message;
      const afterShutdown = gate.state === 'shutdown';
      if (m.id !== undefined) requests.push({ id: m.id, afterShutdown });
      if (m.method === 'exit') break;
      if (!gate.accept(m as Parameters<typeof gate.accept>[0])) continue;
      // The server moves a change's range inside the document (LSP): so does the model, its own way.
      model.clamp(m);
      model.apply(m);
    }
    const bytes = events.map((e) => serialize(e, uris)).join('');
    const cuts = [...new Set(session.cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
    let at = 0;
    for (const c of [...cuts, bytes.length]) { input.write(bytes.slice(at, c)); at = c; }
    // The sentinel: its answer means every message before it was handled. A frame that claimed
    // more bytes than it had swallows what follows, so the sentinel is sent again after padding.
    for (let k = 0; k < 4 && !exited; k++) {
      const id = `sentinel-${k}`;
      const answered = answer(id);
      input.write(`${' '.repeat(k ? 100 : 0)}${frame(JSON.stringify({ jsonrpc: '2.0', id, method: 'claimlint/sentinel' }))}`);
      if (await answered) break;
    }
    // The gate answers what it refuses at once, ahead of what the connection has queued (after
    // shutdown, the sentinel is one of those): wait for the answer to every request too.
    const unanswered = () => requests.some((r) => typeof r.id !== 'object' && !received.some((m) => !m.method && JSON.stringify(m.id) === JSON.stringify(r.id)));
    for (const until = Date.now() + 2_000; reliable && !exited && unanswered() && Date.now() < until;) await new Promise((r) => setTimeout(r, 5));
    // Cancel pending lints before the connection goes away.
    const done = answer('final');
    input.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 'final', method: 'shutdown' })));
    await done;
  } finally {
    process.exit = exit;
    connection.dispose();
    input.end();
  }

  const exitAt = session.events.findIndex((e) => e.kind === 'message' && (e.body as Message).method === 'exit');
  for (const m of received) {
    if (m.error?.code === -32603) fail(`a request failed inside the server: ${m.error.message}`);
    if (m.method === 'window/logMessage' && (m.params as { type: number }).type === 1 && CRASH.test((m.params as { message: string }).message)) fail(`the server logged a failure: ${(m.params as { message: string }).message.slice(0, 300)}`);
    if (m.method === 'textDocument/publishDiagnostics') {
      const p = m.params as { uri: string; version?: number; diagnostics: Diagnostic[] };
      if (reliable) checkDiagnostics(p.uri, p.version, p.diagnostics, model);
    }
  }
  // In the order of their ids: the gate's answers and the connection's may interleave either way.
  const responses = received.filter((m) => m.id !== undefined && !m.method && !String(m.id).startsWith('sentinel') && m.id !== 'final')
    .map((m) => ({ m, key: JSON.stringify(m.id) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((x) => x.m);
  if (exitAt < 0 && reliable) {
    for (const r of requests) {
      const answers = responses.filter((m) => JSON.stringify(m.id) === JSON.stringify(r.id));
      if (answers.length === 0 && typeof r.id !== 'object') fail(`request ${JSON.stringify(r.id)} got no response`);
      if (r.afterShutdown && answers.some((a) => !a.error)) fail(`request ${JSON.stringify(r.id)} after shutdown was answered without an error`);
    }
  }
  const stable = (m: Message) => JSON.stringify(m).split(base).join('<dir>');
  // With a debounce, what a hover or a publish sees depends on timing: compare only which requests were answered.
  if (!immediate(session)) return JSON.stringify({ answered: responses.map((m) => [m.id, m.error ? m.error.code : 'ok']) });
  return JSON.stringify({ responses: responses.map(stable), diagnostics: digest(received.filter((m) => m.method === 'textDocument/publishDiagnostics').map(stable).join('\n')) });
}

/**
 * A message the reader drops: cut short, or given a second Content-Length. What is left of it
 * becomes junk before the next header, which the reader skips. (Raw junk events are complete
 * frames or header blocks without a length: skipped too.)
 */
function lost(e: LspEvent): boolean {
  return e.kind === 'message' && (e.framing.lengthDelta < 0 || /content-length/i.test(e.framing.extraHeader ?? ''));
}

/** The session starts with an initialize that sets debounceMs 0: lints run before the next message. */
function immediate(session: LspSession): boolean {
  const first = session.events[0];
  if (first?.kind !== 'message' || first.framing.lengthDelta !== 0 || first.framing.junkBefore) return false;
  const m = first.body as Message;
  return m.method === 'initialize' && (m.params as { initializationOptions?: { debounceMs?: number } } | null)?.initializationOptions?.debounceMs === 0;
}

export const lspTarget: Target<LspSession> = {
  name: 'lsp',
  covers: 'the language server\'s message loop (lenient reader, handlers, document sync, diagnostics, hover, code actions, shutdown/exit) on generated sessions with odd framing, params and order',
  arbitrary: lspSession,
  run: (session) => runSession(session),
  budgetMs: (s) => budget(15_000, 60, s.events.reduce((n, e) => n + (e.kind === 'raw' ? e.text.length : JSON.stringify(e.body).length), 0)),
  save: (s) => s,
  load: (saved) => saved as LspSession,
};
