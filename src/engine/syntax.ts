/**
 * Which markup a document is written in, and its parser. Everything after the document tree
 * (prose units, scope, rules, reports, suppression, fixes) is shared by both syntaxes.
 */
import type { Root as Mdast } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { parseRst } from '../rst/parse.js';
import { parseRstIncremental, type RstParseState } from '../rst/incremental.js';
import { parseMarkdown, parseMdast, type ReadOptions } from '../md/parse.js';
import { checkMarkdownNesting, type Nesting } from '../md/limits.js';
import { readingDeadlineMs } from '../md/deadline.js';
import { makeSource, pointAt } from '../rst/source.js';
import type { Root } from '../rst/types.js';
import { DocumentError } from './document-error.js';

export type Syntax = 'rst' | 'markdown';

/** File extensions read as Markdown; every other document is reStructuredText. */
const MARKDOWN = /\.(?:md|markdown)$/i;

/** The syntax of a document by its path, or by the editor's language id when it has one. */
export function syntaxOf(path: string, languageId?: string): Syntax {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'restructuredtext' || languageId === 'rst') return 'rst';
  return MARKDOWN.test(path) ? 'markdown' : 'rst';
}

export interface ParseDocumentOptions {
  syntax: Syntax;
  /** RST: the text starts mid-document (a patch hunk). Markdown needs no such reading. */
  fragment?: boolean;
}

/**
 * The document tree. A Markdown document the reader cannot read within bounds is refused with
 * a DocumentError at its place: nested too deeply (src/md/limits.ts, before reading), too
 * costly to read (src/md/guard.ts, while reading), or, as a last resort, a reader that ran out
 * of stack. RST is never refused: its parser reads whatever it is given.
 */
export function parseDocument(text: string, options: ParseDocumentOptions & ReadOptions): Root {
  return options.syntax === 'markdown' ? readMarkdown(text, (t) => parseMarkdown(t, withDeadline(t, options))) : parseRst(text, { fragment: options.fragment ?? false });
}

/** Markdown's mdast, under the same limits as parseDocument (the editor's quick fixes read it). */
export function readMdast(text: string, options: ReadOptions = {}): Mdast {
  return readMarkdown(text, (t) => parseMdast(t, withDeadline(t, options)));
}

const withDeadline = (text: string, options: ReadOptions): ReadOptions => ({ deadlineMs: options.deadlineMs ?? readingDeadlineMs(text.length), heapShare: options.heapShare });

function readMarkdown<T>(text: string, read: (text: string) => T): T {
  const nesting = checkMarkdownNesting(text);
  try {
    return read(text);
  } catch (err) {
    throw asDocumentError(err, text, nesting) ?? err;
  }
}

/** A refusal of the Markdown reader (guard.ts's ReaderRefusal, from this bundle or the Markdown one) or a RangeError, as a DocumentError. */
function asDocumentError(err: unknown, text: string, nesting: Nesting): DocumentError | undefined {
  const at = (offset: number, reason: string) => {
    const o = Math.max(0, Math.min(offset, text.length));
    const p = pointAt(makeSource(text), o);
    return new DocumentError(p.line, p.column, o, reason);
  };
  const refusal = err as { readerRefusal?: unknown; offset?: unknown; reason?: unknown } | null;
  if (refusal && refusal.readerRefusal === true && typeof refusal.offset === 'number' && typeof refusal.reason === 'string') return at(refusal.offset, refusal.reason);
  if (err instanceof RangeError) {
    // The reader's stack or memory gave out (micromark and mdast-util-from-markdown recurse on
    // deep emphasis, for one). Where: the deepest nesting of containers, if there is any.
    const deep = nesting.depth > 1;
    return at(deep ? nesting.offset : 0, `Markdown nested too deeply to read: the reader ran out of room (${err.message})${deep ? `; the document's deepest nesting of block quotes and list items is here (${nesting.depth} levels)` : ''}`);
  }
  return undefined;
}

/**
 * unified parser plugin: the document's syntax from `file.data.syntax` (the editor's language
 * id) or its path; `file.data.rstFragment` reads RST as a fragment.
 */
export function documentParse(this: Processor): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this;
  self.parser = (doc, file) => {
    const syntax = (file.data['syntax'] as Syntax | undefined) ?? syntaxOf(file.path ?? '');
    const holder = previousParses.get(file);
    if (holder && syntax === 'rst' && !file.data['rstFragment']) return parseAfterEdit(doc, holder) as never;
    return parseDocument(doc, { syntax, fragment: Boolean(file.data['rstFragment']) }) as never;
  };
}

/** The last parse of an open document, kept by the editor between its versions. */
export interface ParseHolder {
  state?: RstParseState;
}

/** Not in `file.data`: that is copied to a budget's worker, and a parse state is large. */
const previousParses = new WeakMap<VFile, ParseHolder>();

/** Parse `file` (RST, not a fragment) from `holder`'s parse of an earlier version, and keep this one there. */
export function parseFromPrevious(file: VFile, holder: ParseHolder): VFile {
  previousParses.set(file, holder);
  return file;
}

function parseAfterEdit(text: string, holder: ParseHolder): Root {
  // Taken out first: the parse moves the previous state's blocks, so one that failed midway is not kept.
  const previous = holder.state;
  holder.state = undefined;
  const { root, state } = parseRstIncremental(text, previous);
  holder.state = state;
  return root;
}
