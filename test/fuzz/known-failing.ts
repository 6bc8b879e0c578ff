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
    id: 'grid-table-spread',
    target: 'rst-large',
    description: 'a grid table of more than ~120,000 lines throws RangeError (Math.max(...) over its lines, src/rst/tables.ts scanGrid); issue 9 item 8',
  },
  {
    id: 'grid-table-wide',
    target: 'rst-large',
    description: 'a grid table with many columns takes quadratic time (src/rst/tables.ts scanGrid sorts the corner list after every cell; parseGridTable looks up each column with indexOf): 4,000 columns (72 kB) take 3 s, 18,000 columns (3 lines, 215 kB) over a minute',
  },
  {
    id: 'stylish-spread',
    target: 'report',
    description: 'the stylish format throws RangeError for a file with more than ~120,000 findings (Math.max(...) over the rows, src/report/stylish.ts); issue 9 item 8',
  },
  {
    id: 'post-image-spread',
    target: 'patch-large',
    description: 'patch mode throws RangeError when a patched file has more than ~120,000 lines before a hunk (out.push(...pre.slice()) in src/patch/post-image.ts apply)',
  },
  {
    id: 'plain-diff-deletion',
    target: 'patch',
    description: 'a plain (non-git) diff that deletes a file ("--- a/x.rst" then "+++ /dev/null", no "deleted file mode") is an internal error: lint-patch.ts takes it for a modification and post-image.ts reads an undefined path (TypeError from path.resolve)',
  },
  {
    id: 'encoded-body-lines',
    target: 'patch',
    description: 'in a mail with a base64 body, decoded lines are numbered as if they were input lines (split.ts readMail), so "#N" of a finding and the line of a patch error can lie past the end of the input',
  },
  {
    id: 'regex-polynomial',
    target: 'rules',
    description: 'the regex check (src/rules/regex-safety.ts) accepts patterns with polynomial backtracking such as a*a*a*a*a*a*b; issue 9 item 5',
  },
  {
    id: 'yaml-deep-nesting',
    target: 'rules',
    description: 'a rule or config file nested ~800 deep (e.g. "scopes: [[[[...]]]]", 4 kB) overflows the yaml library\'s stack: the error ("Maximum call stack size exceeded") and its position vary from run to run, and parsing such a config again in the same process (as the language server does on each change) aborts node with "FATAL ERROR: RegExpCompiler Allocation failed - process out of memory" (2,000 deep, 5th parse). A nesting limit before parsing is needed (src/config/parse.ts, src/rules/load.ts)',
  },
  {
    id: 'config-glob-redos',
    target: 'config',
    description: 'a scopes or ignore glob of a .claimlint.yml such as "**/*a*a*a*a*a*ab.rst" compiles (picomatch, src/config/glob.ts) to a regex that backtracks polynomially on a long file name that does not match: with a 200-character name, 4 wildcards take 2.3 s, 5 take 49 s, 6 or more hours (a config and a file name in a pull request are enough to hang a run)',
  },
  {
    id: 'config-errors-spread',
    target: 'config',
    description: 'a .claimlint.yml naming ~130,000 unknown technologies (scopes: {"**": [u0, u1, ...]}, 1.5 MB) is an internal error, RangeError: Maximum call stack size exceeded, instead of its errors (errors.push(...checkConfigNames(...)) in src/cli/lint-files.ts lintPaths; the same pattern collects rule-file and config errors there)',
  },
  {
    id: 'lsp-odd-params',
    target: 'lsp',
    description: 'the language server fails on params of the wrong shape: "params": null to initialize answers InternalError (vscode-languageserver reads params.processId; issue 9 item 9), and so do params without capabilities ({}, [], 42: src/lsp/server.ts onInitialize reads params.capabilities.workspace)',
  },
  {
    id: 'lone-cr-line-end',
    target: 'lsp',
    description: 'a lone CR is not a line end for claimlint but is for LSP clients: diagnostics land on the wrong line and cover other text (src/rst/source.ts makeSource, src/lsp/documents.ts pointRange); issue 9 item 9',
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
    id: 'long-sentence-cues',
    target: 'patch-large',
    description: 'one long sentence with many example cues takes cubic time: "such as pKVM, the host has memory integrity.\\nline\\n" repeated (lowercase lines continue the sentence) takes 0.4 s at 50 kB, 18 s at 200 kB, 89 s at 400 kB (src/scope/sentence.ts cueSpan: for each cue, mentions.find tests /^\\s*$/ on text.slice(at, mention.start) for every later mention; scopes() also slices the rest of the sentence per mention)',
  },
  {
    id: 'patch-findings-quadratic',
    target: 'patch-large',
    description: 'patch mode takes time quadratic in findings times post-image size: a patch adding a 40,000-line file with 13,000 findings takes 10 s (lintText of the same text 2 s), 130,000 lines ~90 s (src/patch/lint-patch.ts addedLineOf calls lineOfOffset, a scan from the start of the text, for every finding)',
  },
  {
    id: 'checkpatch-long-line',
    target: 'patch-large',
    description: 'the checkpatch format quotes the whole input line under every finding on it: a 900 kB commit-message line holding ~10,000 claims makes a report of gigabytes and patch mode fails with RangeError: Invalid string length (src/report/checkpatch.ts block/formatCheckpatch); the quoted line could be cut around the finding',
  },
];

export function isKnown(id: string): boolean {
  return KNOWN_FAILING.some((k) => k.id === id);
}
