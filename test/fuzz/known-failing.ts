/**
 * Defects the fuzzers found (or the issue names) that other work is fixing. While an entry
 * is here, the generators leave out the input that triggers it (see each `isKnown` call), so
 * the fuzz tests stay green; known-failing.test.ts keeps each minimal reproduction as a
 * `test.failing`, which starts to fail (and so asks for the entry to go) once the defect is
 * fixed. Empty this list as the fixes land: the generators then cover those inputs again.
 */
export interface KnownFailure {
  id: string;
  /** The fuzz target that found it. */
  target: string;
  /** What goes wrong, and where. */
  description: string;
}

export const KNOWN_FAILING: KnownFailure[] = [
  {
    id: 'yaml-deep-nesting',
    target: 'rules',
    description: 'a rule or config file nested ~800 deep (e.g. "scopes: [[[[...]]]]", 4 kB) overflows the yaml library\'s stack: the error ("Maximum call stack size exceeded") and its position vary from run to run, and parsing such a config again in the same process (as the language server does on each change) aborts node with "FATAL ERROR: RegExpCompiler Allocation failed - process out of memory" (2,000 deep, 5th parse). A nesting limit before parsing is needed (src/config/parse.ts, src/rules/load.ts)',
  },
  {
    id: 'lsp-odd-params',
    target: 'lsp',
    description: 'the language server fails on params of the wrong shape: "params": null to initialize answers InternalError (vscode-languageserver reads params.processId; issue 9 item 9), and so do params without capabilities ({}, [], 42: src/lsp/server.ts onInitialize reads params.capabilities.workspace)',
  },
  {
    id: 'lsp-bad-file-uri',
    target: 'lsp',
    description: 'a file URI that fileURLToPath rejects is never linted and the server logs "linting ... failed" with a stack: pathOfUri (src/lsp/documents.ts) lets the throw through for a host (file://host/share/x.rst, a UNC path: ERR_INVALID_FILE_URL_HOST on Linux) and for a malformed escape (file:///%E0%A4%A.rst: URIError)',
  },
  {
    id: 'lsp-after-shutdown',
    target: 'lsp',
    description: 'the language server answers requests after shutdown normally instead of with InvalidRequest (src/lsp/server.ts); issue 9 item 9',
  },
  {
    id: 'lsp-change-past-end',
    target: 'lsp',
    description: 'a didChange whose range lies past the end of the document corrupts the document\'s line index (vscode-languageserver-textdocument 1.0.16 TextDocument.update: "a\\nb\\nc" changed at line 28 has lineCount 31 and positionAt gives character NaN), so diagnostics carry a sentence range {line: 28, character: null}; the server could clamp change ranges before applying them (src/lsp/server.ts TextDocuments)',
  },
  {
    id: 'patch-findings-quadratic',
    target: 'patch-large',
    description: 'patch mode takes time quadratic in findings times post-image size: a patch adding a 40,000-line file with 13,000 findings takes 10 s (lintText of the same text 2 s), 130,000 lines ~90 s (src/patch/lint-patch.ts addedLineOf calls lineOfOffset, a scan from the start of the text, for every finding)',
  },
];

export function isKnown(id: string): boolean {
  return KNOWN_FAILING.some((k) => k.id === id);
}
