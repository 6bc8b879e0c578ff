/**
 * Language-server sessions: JSON-RPC messages in any order (requests before `initialize`
 * and after `shutdown`, `exit` mid-session), documents opened, changed incrementally with
 * ranges in and out of the text, saved and closed, hover, code actions and commands at any
 * position, odd params (null, arrays, strings) and ids, unknown methods, cancellations,
 * batches; framed with right and wrong Content-Length headers, extra headers, junk, bodies
 * that are not JSON, and split into chunks anywhere.
 */
import fc from 'fast-check';
import { isKnown } from '../known-failing.js';
import { rstDocument } from './rst.js';
import { claim, sentence } from './text.js';

export interface Framing {
  /** Added to the true body length in Content-Length (0: right). */
  lengthDelta: number;
  extraHeader?: string;
  junkBefore?: string;
}

export type LspEvent =
  | { kind: 'message'; body: unknown; framing: Framing }
  | { kind: 'raw'; text: string };

export interface LspSession {
  events: LspEvent[];
  /** Where the byte stream is cut into writes (fractions of its length). */
  cuts: number[];
  /** The documents' directory is filled in by the harness. */
  uris: string[];
}

const URI_NAMES = ['coco.rst', 'snp-tdx-threat-model.rst', 'ü 😀.rst', '.claimlint.yml', 'rules.yaml'];
const ODD_URIS = ['untitled:Untitled-1', 'file:///', 'foo:bar', ''];
/** File URIs that fileURLToPath rejects are never linted (a known defect). */
const oddUris = () => (isKnown('lsp-bad-file-uri') ? ODD_URIS : [...ODD_URIS, 'file://host/share/x.rst', 'file:///%E0%A4%A.rst']);

type Action =
  | { a: 'open'; doc: number; text: string; lang: string }
  | { a: 'change'; doc: number; changes: { range?: [number, number, number, number]; text: string }[]; version: number }
  | { a: 'save' | 'close'; doc: number }
  | { a: 'hover' | 'action'; doc: number; at: [number, number, number, number] }
  | { a: 'command'; args: unknown }
  | { a: 'shutdown' | 'exit' | 'initialized' | 'watched' | 'cancel' | 'unknown-request' | 'unknown-notification' }
  | { a: 'odd-params'; method: string; params: unknown }
  | { a: 'junk'; text: string }
  | { a: 'batch' };

const ODD_PARAMS: unknown[] = [null, [], 'text', 42, {}, { textDocument: null }, { textDocument: { uri: 42 } }, { position: { line: -1, character: 1e9 } }];
/** Params of the wrong shape fail in the server's handlers (a known defect): until fixed, every request has well-shaped params. */
const oddParams = (): fc.Arbitrary<unknown> => (isKnown('lsp-odd-params')
  ? fc.constant({ textDocument: { uri: 'file:///nowhere.rst' }, position: { line: 0, character: 0 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] }, contentChanges: [], capabilities: {}, changes: [] })
  : fc.constantFrom(...ODD_PARAMS));

const METHODS = ['initialize', 'textDocument/hover', 'textDocument/codeAction', 'workspace/executeCommand', 'textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave', 'workspace/didChangeWatchedFiles', 'shutdown'];
const pos = fc.tuple(fc.nat(60), fc.nat(120), fc.nat(60), fc.nat(120));

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ a: fc.constant('open' as const), doc: fc.nat(4), text: rstDocument.map((d) => d.text.slice(0, 4000)), lang: fc.constantFrom('restructuredtext', 'restructuredtext', 'yaml', 'plaintext', '') }) },
  { weight: 6, arbitrary: fc.record({ a: fc.constant('change' as const), doc: fc.nat(4), version: fc.integer({ min: -2, max: 3 }), changes: fc.array(fc.record({ range: fc.option(pos, { nil: undefined, freq: 5 }), text: fc.oneof(claim, sentence, fc.constantFrom('', '\n', '\r\n', '\t', '- ', '::\n\n    code', '.. note::\n\n   ', '=====\n')) }), { minLength: 0, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ a: fc.constantFrom('save' as const, 'close' as const), doc: fc.nat(4) }) },
  { weight: 3, arbitrary: fc.record({ a: fc.constantFrom('hover' as const, 'action' as const), doc: fc.nat(4), at: pos }) },
  { weight: 1, arbitrary: fc.record({ a: fc.constant('command' as const), args: fc.constantFrom<unknown>(undefined, [], ['memory-integrity'], ['memory-integrity', 'file:///x.rst'], ['no-such-rule'], [42], 'x') }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constantFrom('shutdown' as const, 'exit' as const, 'initialized' as const, 'watched' as const, 'cancel' as const, 'unknown-request' as const, 'unknown-notification' as const) }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constant('odd-params' as const), method: fc.constantFrom(...METHODS), params: oddParams() }) },
  { weight: 1, arbitrary: fc.record({ a: fc.constant('junk' as const), text: fc.constantFrom('Content-Length: x\r\n\r\n', 'garbage\r\n\r\n', 'Content-Length: 2\r\n\r\n{]', 'Content-Length: 4\r\n\r\nnull', 'Content-Length: 2\r\n\r\n[]', '\r\n\r\n', 'Content-Length: 7\r\n\r\n"a str"', 'Content-Length: 13\r\n\r\n{"id":1,"x":1}') }) },
  { weight: 1, arbitrary: fc.constant({ a: 'batch' as const }) },
);

const framing: fc.Arbitrary<Framing> = fc.oneof(
  { weight: 12, arbitrary: fc.constant({ lengthDelta: 0 }) },
  { weight: 1, arbitrary: fc.record({ lengthDelta: fc.integer({ min: -5, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ lengthDelta: fc.constant(0), extraHeader: fc.constantFrom('Content-Type: application/vscode-jsonrpc; charset=utf-8', 'X-Odd: 1', 'content-length: 0') }) },
  { weight: 1, arbitrary: fc.record({ lengthDelta: fc.constant(0), junkBefore: fc.constantFrom('junk', '\r\n', 'Content-Length: 99\r\n') }) },
);

function build(actions: Action[], framings: Framing[], init: { initialize: boolean; debounce: number; nullInit: boolean }): LspEvent[] {
  const events: LspEvent[] = [];
  let id = 1;
  const versions = new Map<number, number>();
  const frame = (k: number) => framings[k % framings.length] as Framing;
  const msg = (body: unknown, k = 0) => events.push({ kind: 'message', body: { jsonrpc: '2.0', ...(body as object) }, framing: frame(k) });
  const doc = (n: number) => ({ uri: `$URI${n}` });
  if (init.initialize) {
    const params = init.nullInit && !isKnown('lsp-odd-params') ? null : { processId: null, rootUri: null, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, initializationOptions: { debounceMs: init.debounce } };
    msg({ id: id++, method: 'initialize', params });
    msg({ method: 'initialized', params: {} });
  }
  actions.forEach((x, k) => {
    switch (x.a) {
      case 'open': versions.set(x.doc, 1); msg({ method: 'textDocument/didOpen', params: { textDocument: { ...doc(x.doc), languageId: x.lang, version: 1, text: x.text } } }, k); break;
      case 'change': {
        const v = (versions.get(x.doc) ?? 1) + 1;
        versions.set(x.doc, v);
        const contentChanges = x.changes.map((c) => (c.range ? { range: { start: { line: c.range[0], character: c.range[1] }, end: { line: c.range[2], character: c.range[3] } }, text: c.text } : { text: c.text }));
        // Mostly the next version; sometimes an older number, which the protocol does not forbid either.
        msg({ method: 'textDocument/didChange', params: { textDocument: { ...doc(x.doc), version: x.version < 0 ? v - 5 : v }, contentChanges } }, k);
        break;
      }
      case 'save': msg({ method: 'textDocument/didSave', params: { textDocument: doc(x.doc) } }, k); break;
      case 'close': versions.delete(x.doc); msg({ method: 'textDocument/didClose', params: { textDocument: doc(x.doc) } }, k); break;
      case 'hover': msg({ id: id++, method: 'textDocument/hover', params: { textDocument: doc(x.doc), position: { line: x.at[0], character: x.at[1] } } }, k); break;
      case 'action': msg({ id: id++, method: 'textDocument/codeAction', params: { textDocument: doc(x.doc), range: { start: { line: x.at[0], character: x.at[1] }, end: { line: x.at[2], character: x.at[3] } }, context: { diagnostics: [] } } }, k); break;
      case 'command': msg({ id: id++, method: 'workspace/executeCommand', params: { command: 'claimlint.explain', arguments: x.args } }, k); break;
      case 'shutdown': msg({ id: id++, method: 'shutdown' }, k); break;
      case 'exit': msg({ method: 'exit' }, k); break;
      case 'initialized': msg({ method: 'initialized', params: {} }, k); break;
      case 'watched': msg({ method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: '$URI3', type: 2 }] } }, k); break;
      case 'cancel': msg({ method: '$/cancelRequest', params: { id: id - 1 } }, k); break;
      case 'unknown-request': msg({ id: id++, method: 'claimlint/nothing', params: {} }, k); break;
      case 'unknown-notification': msg({ method: 'claimlint/nothing', params: {} }, k); break;
      case 'odd-params': msg(x.method.startsWith('textDocument/did') || x.method.startsWith('workspace/did') ? { method: x.method, params: x.params } : { id: id++, method: x.method, params: x.params }, k); break;
      case 'junk': events.push({ kind: 'raw', text: x.text }); break;
      case 'batch': msg({ $batch: [{ jsonrpc: '2.0', id: id++, method: 'shutdown' }, { jsonrpc: '2.0', method: 'exit' }] }, k); break;
    }
  });
  return events;
}

export const lspSession: fc.Arbitrary<LspSession> = fc.record({
  actions: fc.array(action, { minLength: 1, maxLength: 25 }),
  framings: fc.array(framing, { minLength: 1, maxLength: 4 }),
  init: fc.record({ initialize: fc.constantFrom(true, true, true, true, false), debounce: fc.constantFrom(0, 0, 0, 5), nullInit: fc.boolean() }),
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
  odd: fc.constantFrom(...oddUris()),
}).map((r) => ({ events: build(r.actions, r.framings, r.init), cuts: r.cuts, uris: [...URI_NAMES.slice(0, 4), r.odd] }));

export { URI_NAMES };
