/**
 * Linting open documents: from the editor's text (never the disk), under the configuration
 * the CLI would use for the document's path. On open and save at once, on change after a
 * debounce; the latest version wins: a result is published only while its version is still
 * the document's version, and is published with that version. A document is read as
 * Markdown when its language id is `markdown` or its file is a `.md` (syntaxOfDocument),
 * else as reStructuredText.
 */
import type { Connection, Diagnostic, Range, TextDocuments, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VFile } from 'vfile';
import { lintFile, type ClaimMessage } from '../engine/lint.js';
import { DocumentError } from '../engine/document-error.js';
import { parseFromPrevious, syntaxOf, type ParseHolder, type Syntax } from '../engine/syntax.js';
import type { RuleSet } from '../rules/types.js';
import { isWatchedFile, localPath, type Workspace } from './config.js';

/**
 * How open documents are kept (the TextDocuments configuration): as the library keeps them,
 * with each change's range first moved inside the text it changes, as LSP says of a character
 * past the end of a line. The library takes the range as it comes: a change at line 28 of a
 * 3-line document left it with 31 lines and positions at character NaN, so diagnostics pointed
 * nowhere. A line past the last is the end of the text; changes apply one after another.
 */
export const ClampedTextDocument: TextDocumentsConfiguration<TextDocument> = {
  create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
  update(document, changes, version) {
    let doc = document;
    for (const change of changes) {
      const clamped = 'range' in change && change.range
        ? { text: change.text, range: { start: doc.positionAt(doc.offsetAt(change.range.start)), end: doc.positionAt(doc.offsetAt(change.range.end)) } }
        : change;
      doc = TextDocument.update(doc, [clamped], version);
    }
    return doc;
  },
};

/** What code actions and hover need of a finding (also carried on the diagnostic as `data`). */
export interface FindingData {
  ruleId: string;
  /** Replacements for the range, the preferred first. */
  expected?: string[];
  /** The text of the range when it was linted (a fix applies only while it is still there). */
  actual?: string;
  /** The claim's sentence. */
  sentence?: Range;
}

export interface Finding {
  diagnostic: Diagnostic & { data: FindingData };
  /** UTF-16 offsets of the range. */
  start: number;
  end: number;
}

export interface LintResult {
  uri: string;
  version: number;
  findings: Finding[];
  ruleSets: RuleSet[];
}

/**
 * The file-system path a document URI stands for (what configuration and file-name scope use);
 * undefined for a file URI that names no local file: one with a host (file://server/share/x.rst,
 * a UNC path, which Linux has no path for) or a malformed escape (file:///%E0%A4%A.rst).
 */
export function pathOfUri(uri: string): string | undefined {
  if (uri.startsWith('file:')) return localPath(uri);
  try {
    return decodeURIComponent(new URL(uri).pathname) || 'untitled.rst';
  } catch {
    return 'untitled.rst';
  }
}

/**
 * The markup of an open document: Markdown for the language id `markdown` (an untitled buffer
 * too) and for a `.md` or `.markdown` file whatever language the client names; otherwise what
 * the language id says, and reStructuredText for any other id.
 */
export function syntaxOfDocument(doc: { uri: string; languageId: string }): Syntax {
  const path = pathOfUri(doc.uri) ?? nameOfUri(doc.uri);
  return syntaxOf(path) === 'markdown' ? 'markdown' : syntaxOf(path, doc.languageId);
}

/** The last segment of a URI, decoded where it can be: the file name of a document with no local path. */
function nameOfUri(uri: string): string {
  const last = uri.split(/[/\\]/).pop() || 'untitled.rst';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function severity(m: ClaimMessage): 1 | 2 | 3 {
  return m.fatal === true ? 1 : m.fatal === false ? 2 : 3;
}

function pointRange(m: ClaimMessage): { range: Range; start: number; end: number } {
  const place = m.place && 'start' in m.place ? m.place : { start: m.place ?? { line: 1, column: 1 }, end: undefined };
  const start = place.start;
  const end = place.end ?? start;
  const pos = (p: { line: number; column: number }) => ({ line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) });
  return { range: { start: pos(start), end: pos(end) }, start: start.offset ?? 0, end: end.offset ?? start.offset ?? 0 };
}

/** A claimlint message as an LSP diagnostic; the scope's origin (the note) is the second line. */
export function toFinding(m: ClaimMessage, doc: TextDocument): Finding {
  const { range, start, end } = pointRange(m);
  const data: FindingData = { ruleId: m.ruleId ?? 'claimlint' };
  if (m.expected?.length) data.expected = [...m.expected];
  if (typeof m.actual === 'string') data.actual = m.actual;
  const sentence = m.data?.sentence;
  if (sentence) data.sentence = { start: doc.positionAt(sentence.start), end: doc.positionAt(sentence.end) };
  const diagnostic: Finding['diagnostic'] = {
    range,
    severity: severity(m),
    code: data.ruleId,
    source: 'claimlint',
    message: m.note ? `${m.reason}\n${m.note}` : m.reason,
    data,
  };
  if (m.url) diagnostic.codeDescription = { href: m.url };
  return { diagnostic, start, end };
}

/**
 * Documents longer than this (UTF-16 code units, as LSP counts) get one diagnostic saying so
 * instead of a lint: a lint runs on every change, and on the server's only thread. Three
 * times the largest document of the kernel tree (Documentation/virt/kvm/api.rst, 325 kB).
 */
export const MAX_DOCUMENT_LENGTH = 1024 * 1024;

/** The code of the diagnostic a document over the size limit gets. */
export const TOO_LARGE = 'document-too-large';

/** The one diagnostic of a document too large to lint (no `data`: it has no code actions). */
export function tooLargeDiagnostic(length: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 2,
    code: TOO_LARGE,
    source: 'claimlint',
    message: `claimlint: this document is not linted: it is ${length} characters long, more than the limit of ${limit} (initializationOptions.maxDocumentLength)`,
  };
}

/** The code of the diagnostic a document claimlint refuses to read gets. */
export const NOT_READ = 'document-not-read';

/**
 * The one diagnostic of a document claimlint refuses to read (a DocumentError: Markdown nested
 * too deeply or too costly to read), at the place it names (no `data`: no code actions).
 */
export function notReadDiagnostic(e: DocumentError): Diagnostic {
  const at = { line: Math.max(0, e.line - 1), character: Math.max(0, e.column - 1) };
  return {
    range: { start: at, end: at },
    severity: 1,
    code: NOT_READ,
    source: 'claimlint',
    message: `claimlint: this document is not linted: ${e.reason}`,
  };
}

export interface LinterOptions {
  debounceMs: number;
  /** Documents longer than this are not linted (default MAX_DOCUMENT_LENGTH). */
  maxDocumentLength?: number;
  /** After each lint (configuration problems may have changed). */
  afterLint?: () => void;
}

export class DocumentLinter {
  /** Pending lints by URI: a timer (the debounce) or an immediate (delay 0). */
  private timers = new Map<string, { cancel: () => void }>();
  private results = new Map<string, LintResult>();
  private opened = new Set<string>();
  /** Documents with no local path, said once each in the log. */
  private pathless = new Set<string>();
  /** Each open document's last parse: the next version re-parses only what its edit changed. */
  private parses = new Map<string, ParseHolder>();
  /** Within lintAllNow: the caller publishes configuration problems once, at the end. */
  private batch = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly options: LinterOptions,
  ) {}

  /** Wire the document events: open and save lint at once, a change after the debounce. */
  listen(): void {
    this.documents.onDidOpen(({ document }) => { this.opened.add(document.uri); });
    this.documents.onDidChangeContent(({ document }) => {
      const delay = this.opened.delete(document.uri) ? 0 : this.options.debounceMs;
      this.schedule(document.uri, delay);
    });
    this.documents.onDidSave(({ document }) => this.schedule(document.uri, 0));
    this.documents.onDidClose(({ document }) => this.close(document.uri));
  }

  /** The last published result for a document, if it is for the document's current version. */
  current(uri: string): LintResult | undefined {
    const r = this.results.get(uri);
    return r && this.documents.get(uri)?.version === r.version ? r : undefined;
  }

  /** Lint every open document again, now (the configuration changed). */
  lintAllNow(): void {
    this.batch = true;
    try {
      for (const doc of this.documents.all()) {
        this.cancel(doc.uri);
        this.lint(doc.uri);
      }
    } finally {
      this.batch = false;
    }
  }

  /** Cancel pending lints (shutdown). */
  dispose(): void {
    for (const t of this.timers.values()) t.cancel();
    this.timers.clear();
  }

  /** Set the debounce (initializationOptions.debounceMs). */
  setDebounce(ms: number): void {
    this.options.debounceMs = ms;
  }

  /** Set the document size limit (initializationOptions.maxDocumentLength). */
  setMaxDocumentLength(length: number): void {
    this.options.maxDocumentLength = length;
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    const run = () => {
      this.timers.delete(uri);
      this.lint(uri);
    };
    if (delay > 0) {
      const t = setTimeout(run, delay);
      this.timers.set(uri, { cancel: () => clearTimeout(t) });
    } else {
      // Not setTimeout(0), which waits at least a millisecond; still after the messages already read.
      const i = setImmediate(run);
      this.timers.set(uri, { cancel: () => clearImmediate(i) });
    }
  }

  private cancel(uri: string): void {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
  }

  private close(uri: string): void {
    this.cancel(uri);
    this.opened.delete(uri);
    this.pathless.delete(uri);
    this.parses.delete(uri);
    const had = this.results.delete(uri);
    if (had || !isWatchedFile(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private lint(uri: string): void {
    const doc = this.documents.get(uri);
    // Configuration and rule files are YAML: their problems are published by the workspace.
    if (!doc || isWatchedFile(uri) || doc.languageId === 'yaml') return;
    const version = doc.version;
    const text = doc.getText();
    // Without the gate (serverConnection), a didOpen without text makes such a document.
    if (typeof text !== 'string') return;
    const limit = this.options.maxDocumentLength ?? MAX_DOCUMENT_LENGTH;
    if (text.length > limit) {
      this.results.set(uri, { uri, version, findings: [], ruleSets: [] });
      void this.connection.sendDiagnostics({ uri, version, diagnostics: [tooLargeDiagnostic(text.length, limit)] });
      return;
    }
    let result: LintResult;
    let diagnostics: Diagnostic[] | undefined;
    try {
      const local = pathOfUri(uri);
      if (local === undefined && !this.pathless.has(uri)) {
        this.pathless.add(uri);
        this.connection.console.warn(`claimlint: ${uri} names no local file: linted with the shipped rules, without configuration, by its file name only`);
      }
      const path = local ?? nameOfUri(uri);
      const setup = local === undefined ? this.workspace.defaultSetup() : this.workspace.setupFor(path);
      // The syntax travels on the file (documentParse reads it; so does the budget's worker).
      try {
        let parse = this.parses.get(uri);
        if (!parse) this.parses.set(uri, (parse = {}));
        const file = lintFile(parseFromPrevious(new VFile({ path, value: text, data: { syntax: syntaxOfDocument(doc) } }), parse), setup.options);
        result = { uri, version, findings: file.messages.map((m) => toFinding(m as ClaimMessage, doc)), ruleSets: setup.ruleSets };
      } catch (err) {
        if (!(err instanceof DocumentError)) throw err;
        // Refused (bad input, not a failure of claimlint): said where, in place of findings.
        result = { uri, version, findings: [], ruleSets: setup.ruleSets };
        diagnostics = [notReadDiagnostic(err)];
      }
    } catch (err) {
      this.connection.console.error(`claimlint: linting ${uri} failed: ${(err as Error).stack ?? String(err)}`);
      return;
    }
    if (!this.batch) this.options.afterLint?.();
    // The latest version wins: a result for a version the document has left is dropped.
    if (this.documents.get(uri)?.version !== version) return;
    this.results.set(uri, result);
    void this.connection.sendDiagnostics({ uri, version, diagnostics: diagnostics ?? result.findings.map((f) => f.diagnostic) });
  }
}
