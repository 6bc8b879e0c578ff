/**
 * Code actions for claimlint's diagnostics: a quick fix per suggestion (the first one
 * preferred) that replaces only the diagnostic's range; "Disable RULE for this <block>"
 * (disable.ts), written in the document's markup (reStructuredText or Markdown); "Explain
 * RULE", which runs the `claimlint.explain` command.
 */
import type { CodeAction, CodeActionParams, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { UNUSED } from '../engine/suppress.js';
import { parseDocument } from '../engine/syntax.js';
import { DocumentError } from '../engine/document-error.js';
import type { Root } from '../rst/types.js';
import { disableEdit, removeMarkdownComment } from './disable.js';
import { syntaxOfDocument, type FindingData, type LintResult } from './documents.js';

export const EXPLAIN_COMMAND = 'claimlint.explain';

interface Target {
  diagnostic: Diagnostic;
  data: FindingData;
  start: number;
  end: number;
}

export interface ActionOptions {
  /** The client applies versioned `documentChanges` (else plain `changes`). */
  documentChanges: boolean;
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);

function isFindingData(x: unknown): x is FindingData {
  return typeof x === 'object' && x !== null && typeof (x as FindingData).ruleId === 'string';
}

/**
 * The findings an action request is about: the claimlint diagnostics the client sends in its
 * context, or, when it sends none, the current findings that touch the requested range.
 */
function targets(params: CodeActionParams, doc: TextDocument, result: LintResult | undefined): Target[] {
  const out: Target[] = [];
  for (const d of params.context.diagnostics) {
    if (d.source !== 'claimlint') continue;
    const known = result?.findings.find((f) => f.diagnostic.code === d.code && sameRange(f.diagnostic.range, d.range));
    const data = isFindingData(d.data) ? d.data : known?.diagnostic.data;
    if (!data) continue;
    out.push({ diagnostic: d, data, start: known?.start ?? doc.offsetAt(d.range.start), end: known?.end ?? doc.offsetAt(d.range.end) });
  }
  if (out.length || params.context.diagnostics.length) return out;
  for (const f of result?.findings ?? []) {
    const r = f.diagnostic.range;
    if (before(r.start, params.range.end) && before(params.range.start, r.end)) {
      out.push({ diagnostic: f.diagnostic, data: f.diagnostic.data, start: f.start, end: f.end });
    }
  }
  return out;
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[], options: ActionOptions): WorkspaceEdit {
  return options.documentChanges
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
    : { changes: { [doc.uri]: edits } };
}

function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 80 ? `'${one.slice(0, 77)}...'` : `'${one}'`;
}

export function codeActions(params: CodeActionParams, doc: TextDocument, result: LintResult | undefined, options: ActionOptions): CodeAction[] {
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const done = new Set<string>();
  let tree: Root | undefined;
  const text = doc.getText();
  const syntax = syntaxOfDocument(doc);
  for (const t of targets(params, doc, result)) {
    const rule = t.data.ruleId;
    const range = t.diagnostic.range;
    const current = doc.getText(range);
    // A suggestion replaces the text it was made for; after an edit it may no longer be there.
    if (t.data.expected && (t.data.actual === undefined || t.data.actual === current)) {
      t.data.expected.forEach((replacement, i) => {
        fixes.push({
          title: `Replace ${quote(current)} with ${quote(replacement)}`,
          kind: 'quickfix',
          diagnostics: [t.diagnostic],
          isPreferred: i === 0,
          edit: workspaceEdit(doc, [{ range, newText: replacement }], options),
        });
      });
    }
    if (rule === UNUSED) {
      const remove = removeComment(doc, t.diagnostic, options, syntax === 'markdown');
      if (remove) fixes.push(remove);
      continue;
    }
    let disable: ReturnType<typeof disableEdit>;
    try {
      tree ??= parseDocument(text, { syntax });
      disable = disableEdit(text, rule, t.start, t.end, { syntax, tree });
    } catch (err) {
      // The text has changed since the finding into one claimlint refuses to read: no such edit.
      if (!(err instanceof DocumentError)) throw err;
    }
    const key = `${rule}\0${disable?.offset}`;
    if (disable && !done.has(key)) {
      done.add(key);
      const at = doc.positionAt(disable.offset);
      others.push({
        title: `Disable ${rule} for this ${disable.what}`,
        kind: 'quickfix',
        diagnostics: [t.diagnostic],
        edit: workspaceEdit(doc, [{ range: { start: at, end: at }, newText: disable.text }], options),
      });
    }
    if (!done.has(rule)) {
      done.add(rule);
      const command = { title: `Explain ${rule}`, command: EXPLAIN_COMMAND, arguments: [rule, doc.uri] };
      others.push({ title: command.title, kind: 'quickfix', diagnostics: [t.diagnostic], command });
    }
  }
  const only = params.context.only;
  if (!only?.length) return [...fixes, ...others];
  const wanted = (kind: string) => only.some((k) => kind === k || kind.startsWith(`${k}.`));
  // Asked for refactorings (a "Refactor..." menu): the suggestions are rewrites of the claim.
  const rewrites = wanted('refactor.rewrite')
    ? fixes.filter((f) => f.title.startsWith('Replace ')).map(({ title, edit }): CodeAction => ({ title, kind: 'refactor.rewrite', ...(edit ? { edit } : {}) }))
    : [];
  return [...fixes, ...others, ...rewrites].filter((a) => a.kind !== undefined && wanted(a.kind));
}

/**
 * An unused suppression's quick fix: delete its comment lines and the blank line after them
 * (Markdown: removeMarkdownComment, which keeps the blocks around it apart).
 */
function removeComment(doc: TextDocument, diagnostic: Diagnostic, options: ActionOptions, markdown: boolean): CodeAction | undefined {
  const { start, end } = diagnostic.range;
  let range: Range;
  let newText = '';
  if (markdown) {
    let edit: ReturnType<typeof removeMarkdownComment>;
    try {
      edit = removeMarkdownComment(doc.getText(), doc.offsetAt(start), doc.offsetAt(end));
    } catch (err) {
      if (!(err instanceof DocumentError)) throw err;
    }
    if (!edit) return undefined;
    range = { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) };
    newText = edit.newText;
  } else {
    // Only a comment on lines of its own (not `- .. claimlint: ...` in a list item).
    if (doc.getText({ start: { line: start.line, character: 0 }, end: start }).trim() !== '') return undefined;
    let last = end.line + 1;
    if (last < doc.lineCount && doc.getText({ start: { line: last, character: 0 }, end: { line: last + 1, character: 0 } }).trim() === '') last++;
    range = { start: { line: start.line, character: 0 }, end: { line: last, character: 0 } };
  }
  return {
    title: 'Remove this unused suppression',
    kind: 'quickfix',
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: workspaceEdit(doc, [{ range, newText }], options),
  };
}
