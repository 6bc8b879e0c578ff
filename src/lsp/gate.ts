/**
 * What the server accepts, checked before a message reaches the connection (the reader calls
 * `accept`): the LSP lifecycle and the shape of each handled method's params.
 *
 *  - Before `initialize`, a request is answered ServerNotInitialized and a notification is
 *    dropped (`exit` excepted); `initialize` is accepted once.
 *  - After `shutdown`, every request is answered InvalidRequest and every notification but
 *    `exit` is dropped, as the LSP specification says.
 *  - A request whose params are null, missing or not the shape its method reads is answered
 *    InvalidParams; such a notification is dropped with a log line. (vscode-languageserver
 *    would run the handler and fail inside it: `$/cancelRequest` with null params throws in
 *    the connection itself.)
 *
 * Responses to the server's own requests pass unchecked.
 */
import { ErrorCodes, type Message, type NotificationMessage, type RequestMessage, type ResponseMessage } from 'vscode-languageserver/node';

export type Lifecycle = 'new' | 'running' | 'shutdown';

export interface Gate {
  readonly state: Lifecycle;
  /** Check a message: true to pass it on; otherwise it was answered (`reply`) or dropped (`log`). */
  accept(message: Message): boolean;
}

type Params = Record<string, unknown>;
type Shape = (p: Params) => boolean;

const isObject = (x: unknown): x is Params => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isPosition = (x: unknown) => isObject(x) && isCount(x['line']) && isCount(x['character']);
const isRange = (x: unknown) => isObject(x) && isPosition(x['start']) && isPosition(x['end']);
const isDocument = (x: unknown): x is Params => isObject(x) && typeof x['uri'] === 'string';
const hasDocument: Shape = (p) => isDocument(p['textDocument']);

/** The params each handled method reads (beyond "an object"); `shutdown`, `exit` and `initialized` read none. */
const SHAPES: Record<string, Shape> = {
  'initialize': (p) => isObject(p['capabilities']),
  'textDocument/didOpen': (p) => {
    const d = p['textDocument'];
    return isDocument(d) && typeof d['text'] === 'string' && typeof d['version'] === 'number' && typeof d['languageId'] === 'string';
  },
  'textDocument/didChange': (p) => {
    const d = p['textDocument'];
    const changes = p['contentChanges'];
    return isDocument(d) && typeof d['version'] === 'number' && Array.isArray(changes)
      && changes.every((c) => isObject(c) && typeof c['text'] === 'string' && (c['range'] === undefined || isRange(c['range'])));
  },
  'textDocument/didClose': hasDocument,
  'textDocument/didSave': hasDocument,
  'textDocument/willSave': hasDocument,
  'textDocument/hover': (p) => hasDocument(p) && isPosition(p['position']),
  'textDocument/codeAction': (p) => {
    const context = p['context'];
    return hasDocument(p) && isRange(p['range']) && isObject(context) && Array.isArray(context['diagnostics'])
      && context['diagnostics'].every((d) => isObject(d) && isRange(d['range']))
      && (context['only'] === undefined || (Array.isArray(context['only']) && context['only'].every((k) => typeof k === 'string')));
  },
  'workspace/executeCommand': (p) => typeof p['command'] === 'string' && (p['arguments'] === undefined || Array.isArray(p['arguments'])),
  'workspace/didChangeWatchedFiles': (p) => Array.isArray(p['changes']) && p['changes'].every(isDocument),
  'workspace/didChangeConfiguration': () => true,
  '$/cancelRequest': (p) => typeof p['id'] === 'number' || typeof p['id'] === 'string',
  '$/setTrace': (p) => typeof p['value'] === 'string',
};

const isRequest = (m: Message): m is RequestMessage =>
  typeof (m as RequestMessage).method === 'string' && (typeof (m as RequestMessage).id === 'number' || typeof (m as RequestMessage).id === 'string');
const isNotification = (m: Message): m is NotificationMessage =>
  typeof (m as NotificationMessage).method === 'string' && (m as RequestMessage).id === undefined;

const kindOf = (x: unknown) => (x === undefined ? 'missing' : x === null ? 'null' : Array.isArray(x) ? 'an array' : `a ${typeof x}`);

/** Why the params do not fit a handled method, or undefined when they do (or the method is not handled: the connection answers it). */
function paramsProblem(method: string, params: unknown): string | undefined {
  const shape = SHAPES[method];
  if (!shape) return undefined;
  if (!isObject(params)) return `${method}: params must be an object, not ${kindOf(params)}`;
  return shape(params) ? undefined : `${method}: params lack fields the method reads (or have the wrong types)`;
}

export function createGate(reply: (response: ResponseMessage) => void, log: (line: string) => void): Gate {
  let state: Lifecycle = 'new';
  const refuse = (m: RequestMessage, code: number, message: string) => {
    reply({ jsonrpc: '2.0', id: m.id, error: { code, message } });
    return false;
  };
  return {
    get state() { return state; },
    accept(m: Message): boolean {
      if (isRequest(m)) {
        if (state === 'shutdown') return refuse(m, ErrorCodes.InvalidRequest, `${m.method}: the server is shutting down (only exit is accepted after shutdown)`);
        if (m.method === 'initialize' && state === 'running') return refuse(m, ErrorCodes.InvalidRequest, 'initialize: the server is already initialized');
        if (m.method !== 'initialize' && state === 'new') return refuse(m, ErrorCodes.ServerNotInitialized, `${m.method}: the server is not initialized yet`);
        const problem = paramsProblem(m.method, m.params);
        if (problem) return refuse(m, ErrorCodes.InvalidParams, problem);
        if (m.method === 'initialize') state = 'running';
        if (m.method === 'shutdown') state = 'shutdown';
        return true;
      }
      if (isNotification(m)) {
        if (m.method === 'exit') return true;
        if (state !== 'running') {
          log(`${m.method} ignored: the server is ${state === 'new' ? 'not initialized yet' : 'shutting down'}`);
          return false;
        }
        const problem = paramsProblem(m.method, m.params);
        if (problem) {
          log(`${problem}; notification ignored`);
          return false;
        }
        return true;
      }
      return true; // a response, or what the connection reports as an invalid message
    },
  };
}
