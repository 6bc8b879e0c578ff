/**
 * How each directive's body is read. The policy is shared with the docutils
 * reference used to measure the parser (scripts/docutils-units.py).
 */

/** Bodies that are code, file lists or markup for other tools: kept raw, never prose. */
const RAW = new Set([
  'code-block', 'code', 'sourcecode', 'literalinclude', 'kernel-doc', 'raw', 'only', 'math', 'highlight',
  'include', 'kernel-include', 'toctree', 'tabularcolumns', 'kernel-figure', 'kernel-render', 'kernel-feat',
  'kernel-abi', 'contents', 'sectnum', 'cssclass', 'csv-table', 'image', 'graphviz', 'parsed-literal', 'index',
  'default-role', 'role', 'meta', 'glossary', 'title', 'highlight', 'literalinclude', 'program', 'productionlist',
]);

/** docutils admonitions and Sphinx prose directives: the body is RST prose. */
const PROSE = new Set([
  'note', 'warning', 'attention', 'caution', 'danger', 'error', 'hint', 'important', 'tip',
  'seealso', 'todo', 'versionadded', 'versionchanged', 'deprecated', 'hlist',
  'epigraph', 'highlights', 'pull-quote', 'compound', 'container', 'class', 'figure',
]);

/** Directives whose argument is a title (prose); their body is RST too. */
const TITLED = new Set(['admonition', 'topic', 'sidebar']);

/** The argument itself is the prose, and there is no body. */
const ARGUMENT_PROSE = new Set(['rubric', 'centered']);

export const TABLE_DIRECTIVES = new Set(['list-table', 'flat-table', 'table']);

/** Directives whose first line is body text, not an argument. */
const NO_ARGUMENT = new Set([
  'note', 'warning', 'attention', 'caution', 'danger', 'error', 'hint', 'important', 'tip',
  'seealso', 'todo', 'hlist', 'epigraph', 'highlights', 'pull-quote', 'compound',
]);

export type DirectiveKind = 'raw' | 'prose' | 'titled' | 'argument-prose' | 'table';

export function directiveKind(name: string): DirectiveKind {
  const n = name.toLowerCase();
  if (TABLE_DIRECTIVES.has(n)) return 'table';
  if (PROSE.has(n)) return 'prose';
  if (TITLED.has(n)) return 'titled';
  if (ARGUMENT_PROSE.has(n)) return 'argument-prose';
  // RAW, domain directives (c:function, ...) and directives nobody registered.
  return 'raw';
}

export function takesArgument(name: string): boolean {
  return !NO_ARGUMENT.has(name.toLowerCase());
}

export function isKnownRaw(name: string): boolean {
  return RAW.has(name.toLowerCase()) || /^(c|cpp|py|js|rst|std):/.test(name);
}

/** Admonitions, in the sense of DESIGN §1: their paragraphs are "admonition" prose units. */
export function isAdmonition(name: string): boolean {
  const n = name.toLowerCase();
  return PROSE.has(n) || n === 'admonition';
}
