/**
 * The language server's message loop against a client that breaks the protocol (issue 9,
 * item 9), as a child process (helpers/client.ts; `npm run build` first): requests after
 * `shutdown` or before `initialize`, null or missing params, very large documents, lone "\r"
 * line ends, a comment line built to make a regex backtrack. Every wait is on a response or a
 * published version (the client's deadline turns a hang into a failure).
 */
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from '../../src/lsp/server.js';
import { LspClient, type Message, type PublishDiagnostics } from './helpers/client.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'claimlint-lsp-protocol-'));
mkdirSync(path.join(tmp, '.git'));
writeFileSync(path.join(tmp, '.claimlint.yml'), 'root: true\n');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const clients: LspClient[] = [];
function client(nodeArgs: string[] = []): LspClient {
  const c = new LspClient(['lsp', '--stdio'], nodeArgs);
  clients.push(c);
  return c;
}
afterEach(() => {
  for (const c of clients.splice(0)) {
    expect(c.junk).toBe('');
    c.kill();
  }
});

const CLAIM = 'Confidential computing guarantees memory integrity on x86.';
const uri = (name: string) => pathToFileURL(path.join(tmp, 'Documentation', name)).href;
const hover = (u: string) => ({ textDocument: { uri: u }, position: { line: 0, character: 0 } });
const codeAction = (u: string) => ({ textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
/** The error code of a response (undefined: it succeeded). */
const errorCode = (m: Message) => m.error?.code;

const INVALID_REQUEST = -32600;
const INVALID_PARAMS = -32602;
const SERVER_NOT_INITIALIZED = -32002;

describe('the lifecycle', () => {
  test('before initialize: requests get ServerNotInitialized; initialize is accepted once', async () => {
    const c = client();
    expect(errorCode(await c.requestRaw('textDocument/hover', hover(uri('a.rst'))))).toBe(SERVER_NOT_INITIALIZED);
    expect(errorCode(await c.requestRaw('shutdown'))).toBe(SERVER_NOT_INITIALIZED);
    await c.initialize();
    expect(errorCode(await c.requestRaw('initialize', { processId: null, rootUri: null, capabilities: {} }))).toBe(INVALID_REQUEST);
    expect(await c.shutdown()).toBe(0);
  });

  test('after shutdown: every request but exit gets InvalidRequest, notifications are dropped, exit ends it with 0', async () => {
    const c = client();
    await c.initialize();
    const u = uri('after-shutdown.rst');
    expect((await c.requestRaw('shutdown')).error).toBeUndefined();
    // Main: the hover was answered (null) and the document linted after shutdown.
    expect(errorCode(await c.requestRaw('textDocument/hover', hover(u)))).toBe(INVALID_REQUEST);
    expect(errorCode(await c.requestRaw('textDocument/codeAction', codeAction(u)))).toBe(INVALID_REQUEST);
    expect(errorCode(await c.requestRaw('workspace/executeCommand', { command: 'claimlint.explain', arguments: ['memory-integrity'] }))).toBe(INVALID_REQUEST);
    expect(errorCode(await c.requestRaw('shutdown'))).toBe(INVALID_REQUEST);
    c.open(u, `${CLAIM}\n`);
    // A request after the notification: once it is answered, the notification was read.
    expect(errorCode(await c.requestRaw('claimlint/anything', {}))).toBe(INVALID_REQUEST);
    c.notify('exit');
    expect(await c.exited).toBe(0);
    expect(c.published(u)).toEqual([]);
  });
});

describe('null, missing and malformed params', () => {
  const bad: [string, unknown][] = [['null', null], ['missing', undefined], ['an array', [1]], ['a number', 5], ['an empty object', {}]];

  test.each(bad)('params %s: each handled request gets InvalidParams and the server goes on', async (_, params) => {
    const c = client();
    await c.initialize();
    for (const method of ['textDocument/hover', 'textDocument/codeAction', 'workspace/executeCommand']) {
      // Main: InternalError ("Cannot read properties of null") from inside the handler.
      expect([method, errorCode(await c.requestRaw(method, params))]).toEqual([method, INVALID_PARAMS]);
    }
    const u = uri('after-bad-params.rst');
    c.open(u, `${CLAIM}\n`);
    expect((await c.diagnostics(u, 1)).diagnostics.map((d) => d.code)).toContain('memory-integrity');
    expect(await c.shutdown()).toBe(0);
  });

  test.each([['null', null], ['an empty object', {}], ['an array', []], ['a number', 42], ['capabilities null', { processId: null, rootUri: null, capabilities: null }]])(
    'initialize with params %s gets InvalidParams, not InternalError; a good one after it works', async (_, params) => {
      const c = client();
      expect(errorCode(await c.requestRaw('initialize', params))).toBe(INVALID_PARAMS);
      await c.initialize();
      expect(await c.shutdown()).toBe(0);
    },
  );

  test.each([
    ['a workspace folder and root URI with no local path (a host)', { rootUri: 'file://host/share', workspaceFolders: [{ uri: 'file://host/share', name: 's' }] }],
    ['workspaceFolders not a list, rootUri not a string', { rootUri: 7, workspaceFolders: 'x' }],
  ])('initialize with %s is answered, not InternalError', async (_, odd) => {
    const c = client();
    // Main: InternalError (fileURLToPath threw; "workspaceFolders.map is not a function").
    const r = await c.requestRaw('initialize', { processId: null, capabilities: {}, ...odd });
    expect(r.error).toBeUndefined();
    expect(await c.shutdown()).toBe(0);
  });

  test('notifications with null, missing or malformed params are ignored, in the same chunk as a request', async () => {
    const c = client();
    await c.initialize();
    const frame = (m: object) => { const b = JSON.stringify(m); return `Content-Length: ${Buffer.byteLength(b)}\r\n\r\n${b}`; };
    const methods = [
      'textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave',
      'workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration', '$/cancelRequest', '$/setTrace',
    ];
    const junk = methods.flatMap((method) => [
      frame({ jsonrpc: '2.0', method, params: null }),
      frame({ jsonrpc: '2.0', method }),
      frame({ jsonrpc: '2.0', method, params: { textDocument: 5, changes: [null], contentChanges: 'x', id: {} } }),
    ]).join('');
    // Main: "$/cancelRequest" with null params threw inside the connection and the request
    // after it, read in the same chunk, was never answered.
    const answered = await c.requestRaw('textDocument/hover', hover(uri('x.rst')), junk);
    expect(answered.error).toBeUndefined();
    expect(c.stderr).toContain('$/cancelRequest: params must be an object, not null; notification ignored');
    const u = uri('after-bad-notifications.rst');
    c.open(u, `${CLAIM}\n`);
    expect((await c.diagnostics(u, 1)).diagnostics.map((d) => d.code)).toContain('memory-integrity');
    expect(await c.shutdown()).toBe(0);
  });
});

describe('framing', () => {
  test('a message over the size limit is skipped as it arrives (never buffered), and the next one is answered', async () => {
    const c = client(['--max-old-space-size=64']);
    await c.initialize();
    // 70 MB (the limit is 64 MiB) in one frame: an oversized didOpen.
    const text = 'x'.repeat(70 * 1024 * 1024);
    c.notify('textDocument/didOpen', { textDocument: { uri: uri('huge.rst'), languageId: 'rst', version: 1, text } });
    const answered = await c.requestRaw('claimlint/noSuchMethod', {});
    expect(answered.error?.code).toBe(-32601);
    expect(c.stderr).toMatch(/a message of \d+ bytes skipped \(the limit is 67108864\)/);
    expect(await c.shutdown()).toBe(0);
  });

  test('a Content-Length that is missing, not a number or absurd; a body that is not JSON, null, or a batch', async () => {
    const c = client();
    await c.initialize();
    const junk = [
      'Content-Type: application/json\r\n\r\n',
      'Content-Length: ten\r\n\r\n',
      'Content-Length: -5\r\n\r\n',
      'Content-Length: 10\r\n\r\n{not json}',
      'Content-Length: 4\r\n\r\nnull',
      'Content-Length: 47\r\n\r\n[{"jsonrpc":"2.0","id":99,"method":"shutdown"}]',
      `${'junk without a header end '.repeat(1000)}\r\n\r\n`,
    ].join('');
    const answered = await c.requestRaw('textDocument/hover', hover(uri('y.rst')), junk);
    expect(answered.error).toBeUndefined();
    for (const said of ['without a Content-Length number', 'not JSON', 'not an object', 'batches are not supported']) expect(c.stderr).toContain(said);
    expect(await c.shutdown()).toBe(0);
  });
});

describe('documents', () => {
  test('a document over the size limit gets one diagnostic saying so; under it, a lint', async () => {
    const c = client();
    await c.initialize();
    const u = uri('big.rst');
    const big = `${CLAIM}\n\n${'Filler text.\n\n'.repeat(80_000)}`;
    expect(big.length).toBeGreaterThan(1024 * 1024);
    c.open(u, big);
    // Main: the 1.1 MB document was linted, its findings published.
    const d1 = await c.diagnostics(u, 1);
    expect(d1.diagnostics).toHaveLength(1);
    expect(d1.diagnostics[0]).toMatchObject({ code: 'document-too-large', source: 'claimlint', range: { start: { line: 0, character: 0 } } });
    expect(d1.diagnostics[0]?.message).toContain(`it is ${big.length} characters long, more than the limit of 1048576`);
    c.change(u, 2, [{ text: `${CLAIM}\n` }]);
    expect((await c.diagnostics(u, 2)).diagnostics.map((d) => d.code)).toContain('memory-integrity');
    expect(await c.shutdown()).toBe(0);
  });

  test('initializationOptions.maxDocumentLength sets the limit', async () => {
    const c = client();
    await c.initialize({ maxDocumentLength: 100 });
    const u = uri('small-limit.rst');
    c.open(u, `${CLAIM}\n\n${CLAIM}\n`);
    expect((await c.diagnostics(u, 1)).diagnostics.map((d) => d.code)).toEqual(['document-too-large']);
    expect(await c.shutdown()).toBe(0);
  });

  test('lone "\\r", "\\r\\n" and "\\n" line ends: each diagnostic is where the editor has its words', async () => {
    const c = client();
    await c.initialize();
    for (const [name, eol] of [['lf', '\n'], ['crlf', '\r\n'], ['cr', '\r']] as const) {
      const text = ['Title', '=====', '', 'Intro.', '', `- ${CLAIM}`, '', `  ${CLAIM}`, ''].join(eol);
      const u = uri(`${name}.rst`);
      c.open(u, text);
      const d = await c.diagnostics(u, 1);
      const doc = TextDocument.create(u, 'rst', 1, text);
      const flagged = d.diagnostics.filter((x) => x.code === 'memory-integrity');
      expect(flagged).toHaveLength(2);
      // Main, with "\r": every range on line 0, far to the right.
      for (const x of flagged) expect(doc.getText(x.range)).toBe('x86');
      expect(flagged.map((x) => x.range.start.line)).toEqual([5, 7]);
    }
    expect(await c.shutdown()).toBe(0);
  });

  test.each([['a host (a UNC path)', 'file://host/share/x.rst'], ['a malformed escape', 'file:///%E0%A4%A.rst']])(
    'a file URI with no local path, %s: linted with the shipped rules, said once in the log without a stack', async (_, u) => {
      const c = client();
      await c.initialize();
      c.open(u, `${CLAIM}\n`);
      // Main: never linted; "linting ... failed" and a stack in the log (fileURLToPath threw).
      expect((await c.diagnostics(u, 1)).diagnostics.map((d) => d.code)).toContain('memory-integrity');
      c.change(u, 2, [{ text: `${CLAIM}\n\n${CLAIM}\n` }]);
      expect((await c.diagnostics(u, 2)).diagnostics.filter((d) => d.code === 'memory-integrity')).toHaveLength(2);
      const log = c.received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
      expect(log.filter((l) => l.includes(u))).toEqual([`claimlint: ${u} names no local file: linted with the shipped rules, without configuration, by its file name only`]);
      expect(log.join('\n')).not.toMatch(/failed|\n\s+at /);
      expect(await c.shutdown()).toBe(0);
    },
  );

  test('a change whose range lies past the end of the document applies at its end (positions are clamped, as LSP says)', async () => {
    const c = client();
    await c.initialize();
    const u = uri('past-end.rst');
    c.open(u, 'a\nb\nc');
    const inserted = `X\n\n${CLAIM}`;
    c.change(u, 2, [{ range: { start: { line: 28, character: 0 }, end: { line: 30, character: 0 } }, text: inserted }]);
    const d = await c.diagnostics(u, 2);
    const doc = TextDocument.create(u, 'rst', 2, `a\nb\nc${inserted}`);
    const flagged = d.diagnostics.filter((x) => x.code === 'memory-integrity');
    expect(flagged).toHaveLength(1);
    // Main: the document had 31 lines, and the sentence range {line: 28, character: null}.
    for (const x of flagged) {
      expect(doc.getText(x.range)).toBe(x.data?.actual);
      expect(doc.getText(x.data?.sentence)).toBe(CLAIM);
    }
    // The text the server holds is the clamped one: a second change at its end lands there.
    c.change(u, 3, [{ range: { start: { line: 99, character: 99 }, end: { line: 99, character: 99 } }, text: `\n\n${CLAIM}\n` }]);
    expect((await c.diagnostics(u, 3)).diagnostics.filter((x) => x.code === 'memory-integrity').map((x) => x.range.start.line)).toEqual([4, 6]);
    expect(await c.shutdown()).toBe(0);
  });

  test('"disable for this block" next to a comment line of 400,000 spaces answers at once', async () => {
    const c = client();
    await c.initialize();
    const u = uri('spaces.rst');
    const text = `.. claimlint: disable-next other${' '.repeat(400_000)}x\n\n${CLAIM}\n`;
    c.open(u, text);
    const d = (await c.diagnostics(u, 1)) as PublishDiagnostics;
    const finding = d.diagnostics.find((x) => x.code === 'memory-integrity');
    expect(finding).toBeDefined();
    // Main: /^(...disable-next\s+)(.*?)(\s+--(?:\s.*)?|\s*)$/ backtracked over the spaces for minutes.
    const actions = await c.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri: u }, range: finding?.range, context: { diagnostics: [finding] },
    });
    expect(actions.map((a) => a.title)).toContain('Disable memory-integrity for this paragraph');
    expect(await c.shutdown()).toBe(0);
  });
});

/**
 * startServer on a connection without serverConnection's gate, in this process (an embedder, or
 * a test, may wire it so): notifications of the wrong shape must not fail a lint there either.
 * The fuzz target once drove it so, and a didOpen without text killed the process ("Cannot read
 * properties of undefined (reading 'length')" in a lint run from setImmediate). (An initialize
 * without capabilities fails inside vscode-languageserver before any handler runs: only the gate
 * can answer that one, with InvalidParams, as tested above.)
 */
describe('startServer on a bare connection (no gate), in process', () => {
  async function bare(messages: object[]): Promise<Message[]> {
    const input = new PassThrough();
    const output = new PassThrough();
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output));
    startServer(connection);
    connection.listen();
    const received: Message[] = [];
    let buffer = Buffer.alloc(0);
    let answered = () => undefined as void;
    output.on('data', (d: Buffer) => {
      buffer = Buffer.concat([buffer, d]);
      for (let end = buffer.indexOf('\r\n\r\n'); end >= 0; end = buffer.indexOf('\r\n\r\n')) {
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
        if (buffer.length < end + 4 + length) return;
        const m = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
        buffer = buffer.subarray(end + 4 + length);
        received.push(m);
        if (m.id === 'last' && !m.method) answered();
      }
    });
    const last = new Promise<void>((resolve) => { answered = resolve; });
    const frame = (m: object) => { const b = JSON.stringify(m); return `Content-Length: ${Buffer.byteLength(b)}\r\n\r\n${b}`; };
    for (const m of messages) input.write(frame({ jsonrpc: '2.0', ...m }));
    // Lints run from setImmediate after the messages that scheduled them: a request after a turn sees them done.
    await new Promise((r) => setTimeout(r, 50));
    input.write(frame({ jsonrpc: '2.0', id: 'last', method: 'shutdown' }));
    await last;
    connection.dispose();
    input.end();
    return received;
  }
  const logs = (received: Message[]) => received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);

  test('a didOpen without text (or version, or languageId) is not linted, and fails nothing', async () => {
    const u = uri('bare-no-text.rst');
    const received = await bare([
      { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } } },
      { method: 'initialized', params: {} },
      { method: 'textDocument/didOpen', params: { textDocument: { uri: uri('bare-nothing.rst') } } },
      { method: 'textDocument/didOpen', params: { textDocument: { uri: u, languageId: 'rst', version: 1, text: `${CLAIM}\n` } } },
    ]);
    expect(logs(received).join('\n')).not.toMatch(/failed/);
    const published = received.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params as PublishDiagnostics);
    expect(published.map((p) => p.uri)).toEqual([u]);
    expect(published[0]?.diagnostics.map((d) => d.code)).toContain('memory-integrity');
  });
});
