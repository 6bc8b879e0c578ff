/**
 * Which markup a document is written in, and its parser. Everything after the document tree
 * (prose units, scope, rules, reports, suppression, fixes) is shared by both syntaxes.
 */
import type { Processor } from 'unified';
import { parseRst } from '../rst/parse.js';
import { parseMarkdown } from '../md/parse.js';
import type { Root } from '../rst/types.js';

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

export function parseDocument(text: string, options: ParseDocumentOptions): Root {
  return options.syntax === 'markdown' ? parseMarkdown(text) : parseRst(text, { fragment: options.fragment ?? false });
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
    return parseDocument(doc, { syntax, fragment: Boolean(file.data['rstFragment']) }) as never;
  };
}
