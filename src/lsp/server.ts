/**
 * `claimlint lsp --stdio`: a Language Server Protocol server around the engine the CLI uses
 * (vscode-languageserver), for reStructuredText and Markdown documents (language ids
 * `restructuredtext`/`rst` and `markdown`; a `.md` file is Markdown whatever its id).
 * Incremental text sync with UTF-16 positions; diagnostics on open, change (debounced:
 * initializationOptions.debounceMs, default 150) and save; quick fixes, "disable for this
 * block" and "explain" code actions; hover with a rule's rationale and provenance;
 * `.claimlint.yml` and rule files re-read when they change.
 *
 * stdout carries JSON-RPC only: console output goes to the client's log (window/logMessage).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  CodeActionKind, DidChangeWatchedFilesNotification, MessageType, ProposedFeatures, ShowMessageNotification, StreamMessageWriter,
  TextDocumentSyncKind, TextDocuments, createConnection,
  type ClientCapabilities, type Connection, type Disposable, type FileSystemWatcher, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { packageRoot } from '../package-root.js';
import { warmTagger } from '../prose/nlp-service.js';
import { detachKeys } from '../memo.js';
import { defaultRuleFiles, loadRuleFile } from '../rules/load.js';
import { codeActions, EXPLAIN_COMMAND } from './actions.js';
import { fileUri, isWatchedFile, Workspace } from './config.js';
import { ClampedTextDocument, DocumentLinter } from './documents.js';
import { createGate, type Gate } from './gate.js';
import { LenientMessageReader } from './reader.js';
import { findRule, hoverAt, ruleMarkdown, ruleText } from './hover.js';

export const DEFAULT_DEBOUNCE_MS = 150;

export interface InitializationOptions {
  /** Milliseconds between the last change and the lint (default 150; 0 lints after every change). */
  debounceMs?: number;
  /** Documents longer than this (UTF-16 code units) get one diagnostic instead of a lint (default 1 MiB). */
  maxDocumentLength?: number;
}

const USAGE = 'usage: claimlint lsp [--stdio]   (a Language Server Protocol server on stdin/stdout)';

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Console output would corrupt the JSON-RPC stream on stdout: send it to the client's log. */
function redirectConsole(connection: Connection): void {
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = log;
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  console.trace = log;
  console.dir = (x: unknown) => log(x);
}

/**
 * Run the server on stdin/stdout. Returns (with the exit status) only for a usage error;
 * otherwise the process ends on the client's `exit` notification (status 0 after `shutdown`,
 * else 1) or when stdin closes.
 */
export function runLanguageServer(argv: string[], err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const unknown = argv.filter((a) => a !== '--stdio');
  if (unknown.length) {
    err(`claimlint lsp: unknown argument ${unknown[0]}\n${USAGE}\n`);
    return Promise.resolve(2);
  }
  // Said on stderr (stdout is the JSON-RPC stream; clients show a server's stderr in its log).
  const log = (line: string) => { process.stderr.write(`claimlint lsp: ${line}\n`); };
  const { connection, gate, reader } = serverConnection(process.stdin, process.stdout, log);
  redirectConsole(connection);
  // The server outlives a bug in one request or timer: report it, keep serving.
  // (To stderr: the failure may be the connection's own.)
  process.on('uncaughtException', (e) => { process.stderr.write(`claimlint lsp: ${e.stack ?? e.message}\n`); });
  startServer(connection);
  // The client went away: exit as the protocol says (0 after shutdown, else 1).
  reader.onClose(() => process.exit(gate.state === 'shutdown' ? 0 : 1));
  const done = new Promise<number>((resolve) => connection.onExit(() => resolve(0)));
  connection.listen();
  return done;
}

/**
 * The connection `claimlint lsp` serves on, over any pair of streams (the fuzz tests use
 * in-memory ones): the lenient reader, with the lifecycle and params gate in front of the
 * handlers (gate.ts answers what it refuses), and a writer. Call startServer on it, then listen.
 */
export function serverConnection(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, log: (line: string) => void): { connection: Connection; gate: Gate; reader: LenientMessageReader } {
  const writer = new StreamMessageWriter(output);
  const gate = createGate((response) => { void writer.write(response); }, log);
  const reader = new LenientMessageReader(input, { accept: (m) => gate.accept(m) });
  // Bad input is skipped and said so.
  reader.onError((e) => log(e.message));
  return { connection: createConnection(ProposedFeatures.all, reader, writer), gate, reader };
}

/**
 * Wire the handlers on a connection. Without serverConnection's gate (tests may pass any
 * connection), params of the wrong shape must still not fail a handler or a lint.
 */
export function startServer(connection: Connection): { readonly shutdownReceived: boolean } {
  // A version of the document per keystroke: memos must not keep the old ones alive.
  detachKeys();
  let shutdownReceived = false;
  const documents = new TextDocuments(ClampedTextDocument);
  const workspace = new Workspace();
  let watch = { dynamic: false, relative: false };
  let documentChanges = false;
  let registration: Promise<Disposable | undefined> = Promise.resolve(undefined);
  /** The rule directories last registered (undefined: nothing registered yet). */
  let watchedDirs: string | undefined;
  let initialized = false;

  const publishProblems = () => {
    for (const p of workspace.problemDiagnostics()) void connection.sendDiagnostics(p);
    if (initialized) updateWatchers();
  };

  const linter = new DocumentLinter(connection, documents, workspace, { debounceMs: DEFAULT_DEBOUNCE_MS, afterLint: publishProblems });

  /** Watch the config files and the directories of the rule files they name (re-registered when those change). */
  const updateWatchers = () => {
    if (!watch.dynamic) return;
    const dirs = workspace.ruleDirs();
    const key = dirs.join('\0');
    if (key === watchedDirs) return;
    watchedDirs = key;
    const watchers: FileSystemWatcher[] = [
      { globPattern: '**/.claimlint.{yml,yaml}' },
      ...dirs.map((d): FileSystemWatcher => ({
        globPattern: watch.relative ? { baseUri: fileUri(d), pattern: '*.{yml,yaml}' } : `${d.replace(/[[\]{}*?]/g, '[$&]')}/*.{yml,yaml}`,
      })),
    ];
    registration = registration.then(async (old) => {
      old?.dispose();
      try {
        return await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      } catch (e) {
        connection.console.warn(`claimlint: cannot watch configuration files: ${(e as Error).message}`);
        return undefined;
      }
    });
  };

  connection.onInitialize((raw): InitializeResult => {
    // Missing params or capabilities are taken as none (the gate refuses them before they get here).
    const params: Partial<InitializeParams> = typeof raw === 'object' && raw !== null ? raw : {};
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) linter.setDebounce(options.debounceMs);
    if (typeof options.maxDocumentLength === 'number' && options.maxDocumentLength >= 0) linter.setMaxDocumentLength(options.maxDocumentLength);
    const caps: ClientCapabilities = typeof params.capabilities === 'object' && params.capabilities !== null ? params.capabilities : {};
    watch = {
      dynamic: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      relative: caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    };
    documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    const folders = Array.isArray(params.workspaceFolders) ? params.workspaceFolders.map((f) => f?.uri).filter((u) => typeof u === 'string') : undefined;
    workspace.setFolders(folders ?? (typeof params.rootUri === 'string' && params.rootUri ? [params.rootUri] : []));
    // The tagger's model loads on a second core while the client opens its first document and the
    // server parses it: the first diagnostics of a CoCo document come that much sooner.
    warmTagger();
    return {
      capabilities: {
        // Positions are UTF-16 code units, as the engine's columns are (LSP's default).
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        hoverProvider: true,
        executeCommandProvider: { commands: [EXPLAIN_COMMAND] },
      },
      serverInfo: { name: 'claimlint', version: version() },
    };
  });

  connection.onInitialized(() => {
    initialized = true;
    updateWatchers();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((c) => isWatchedFile(c.uri))) return;
    workspace.reload();
    linter.lintAllNow();
    publishProblems();
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return codeActions(params, doc, linter.current(doc.uri), { documentChanges });
  });

  connection.onHover((params) => hoverAt(linter.current(params.textDocument.uri), params.position));

  connection.onExecuteCommand((params) => {
    if (params.command !== EXPLAIN_COMMAND) return undefined;
    const [id, uri] = (params.arguments ?? []) as [unknown, unknown];
    if (typeof id !== 'string') return undefined;
    const ruleSets = (typeof uri === 'string' ? linter.current(uri)?.ruleSets : undefined)
      ?? (workspace.allRuleSets().length ? workspace.allRuleSets() : defaultRuleFiles().flatMap((f) => loadRuleFile(f).ruleSet ?? []));
    const rule = findRule(ruleSets, id);
    // A notification (window/showMessage): nothing to answer, nothing to wait for.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: ruleText(id, rule) });
    return { markdown: ruleMarkdown(id, rule) };
  });

  connection.onShutdown(() => {
    shutdownReceived = true;
    linter.dispose();
  });

  linter.listen();
  documents.listen(connection);
  return { get shutdownReceived() { return shutdownReceived; } };
}
