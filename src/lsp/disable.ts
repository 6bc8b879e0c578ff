/**
 * "Disable RULE for this block": where to put `.. claimlint: disable-next RULE -- reason` so
 * that it silences the finding (suppress.ts: the comment covers the next sibling block that
 * is not a comment or target) and the document renders the same.
 *
 * The block is the innermost block containing the finding's start that begins its own line,
 * and before which a comment can stand as a sibling: a paragraph, line block, directive,
 * table, list, field list, section... A list item, table row or field cannot have a comment
 * put before it without splitting its list or table, so a finding in the first paragraph of
 * a list item gets the comment inside the item (`- .. claimlint: ...`, then the paragraph on
 * its own line with the item's indentation); a finding in a table row or a field disables the
 * whole table or field list. A comment already standing before the block (`disable-next
 * OTHER`) gets the rule added to its list. A zero-width finding at the start of the file
 * (the file name's scope) gets `disable-file`, after any leading comments (SPDX).
 */
import { parseRst } from '../rst/parse.js';
import type { Root, RstNode } from '../rst/types.js';

export interface DisableEdit {
  /** What the comment covers, for the action's title ("paragraph", "list", "file"...). */
  what: string;
  /** Insert `text` at this UTF-16 offset. */
  offset: number;
  text: string;
}

/** Blocks that a comment can stand before (the item-level nodes are not among them). */
const BLOCKS = new Set([
  'paragraph', 'lineBlock', 'literalBlock', 'directive', 'table', 'bulletList', 'enumeratedList',
  'definitionList', 'fieldList', 'optionList', 'blockQuote', 'footnote', 'section', 'comment',
  'substitutionDefinition', 'transition',
]);

const NAMES: Record<string, string> = {
  lineBlock: 'line block', literalBlock: 'literal block', bulletList: 'list', enumeratedList: 'list',
  definitionList: 'definition list', fieldList: 'field list', optionList: 'option list',
  blockQuote: 'block quote', substitutionDefinition: 'substitution definition',
};

/** Table directives hold exactly one table: a comment inside them breaks them. */
const TABLE_DIRECTIVES = new Set(['table', 'list-table', 'flat-table', 'csv-table']);

export const REASON = 'TODO: why the claim is right here';

type Node = RstNode & { children?: RstNode[] };

const startOf = (n: RstNode) => n.position.start.offset ?? 0;
const endOf = (n: RstNode) => n.position.end.offset ?? 0;

/** The start of the line holding `offset` ("\n", "\r\n" and a lone "\r" end lines, as in the parser). */
function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** Where the line end just before `at` (a line's start) begins. */
function lineEndBefore(text: string, at: number): number {
  return text.charCodeAt(at - 1) === 10 && text.charCodeAt(at - 2) === 13 ? at - 2 : at - 1;
}

/** The document's line end (its first one; "\n" when it has none): inserted lines use it. */
function eolOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}

/** The blocks containing `offset`, outermost first. */
function chainAt(root: Node, offset: number): Node[] {
  const chain: Node[] = [root];
  for (let n: Node | undefined = root; n?.children;) {
    n = (n.children as Node[]).find((c) => startOf(c) <= offset && offset < Math.max(endOf(c), startOf(c) + 1));
    if (n) chain.push(n);
  }
  return chain;
}

/** The edit that disables `rule` for the block holding a finding at [start, end), if there is a place for it. */
export function disableEdit(text: string, rule: string, start: number, end: number, tree: Root = parseRst(text)): DisableEdit | undefined {
  const root = tree as Node;
  if (start === 0 && end === 0) return disableFile(text, root, rule);
  const chain = chainAt(root, start);
  for (let i = chain.length - 1; i > 0; i--) {
    const node = chain[i] as Node;
    const parent = chain[i - 1] as Node;
    if (!BLOCKS.has(node.type)) continue;
    if (node.type === 'table' && parent.type === 'directive' && TABLE_DIRECTIVES.has((parent as { name: string }).name)) continue;
    const s = startOf(node);
    const ls = lineStart(text, s);
    const indent = text.slice(ls, s);
    if (/^[ \t]*$/.test(indent)) return before(text, parent, node, rule, indent);
    // The first paragraph of a list item, after its marker: the comment goes inside the item.
    if (parent.type === 'listItem' && parent.children?.[0] === node) {
      const width = s - ls;
      return {
        what: 'list item',
        offset: s,
        text: `${directive(rule)}${eolOf(text).repeat(2)}${' '.repeat(width)}`,
      };
    }
  }
  return undefined;
}

function directive(rule: string, kind = 'disable-next'): string {
  return `.. claimlint: ${kind} ${rule} -- ${REASON}`;
}

function before(text: string, parent: Node, node: Node, rule: string, indent: string): DisableEdit {
  const what = node.type === 'directive' ? `${(node as { name: string }).name} directive` : NAMES[node.type] ?? node.type;
  const siblings = (parent.children ?? []) as Node[];
  let k = siblings.indexOf(node);
  // Keep targets (`.. _label:`) with the block they label: the comment goes before them.
  while (k > 0 && siblings[k - 1]?.type === 'target') k--;
  const previous = siblings[k - 1];
  const existing = previous?.type === 'comment' ? extendComment(text, previous, rule) : undefined;
  if (existing) return { what, ...existing };
  const first = siblings[k] ?? node;
  const at = lineStart(text, startOf(first));
  // A non-blank line just above at the same or a deeper indentation (a title's underline)
  // needs a blank line between it and the comment; a definition's term above does not.
  const aboveEnd = Math.max(0, lineEndBefore(text, at));
  const above = text.slice(lineStart(text, aboveEnd), aboveEnd);
  const eol = eolOf(text);
  const blankBefore = at > 0 && above.trim() !== '' && leading(above) >= indent.length ? eol : '';
  return { what, offset: at, text: `${blankBefore}${indent}${directive(rule)}${eol}${eol}` };
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
}

/** `.. claimlint: disable-next A -- why` before the block: add the rule to its list. */
function extendComment(text: string, comment: Node, rule: string): { offset: number; text: string } | undefined {
  const s = startOf(comment);
  const firstLine = text.slice(s, endOf(comment)).split(/\r\n?|\n/)[0] ?? '';
  const m = /^\.\.\s+claimlint:\s*disable-next\s+/.exec(firstLine);
  if (!m) return undefined;
  const rest = firstLine.slice(m[0].length);
  const list = rest.slice(0, reasonAt(rest)).trimEnd();
  if (!list) return undefined;
  return { offset: s + m[0].length + list.length, text: `, ${rule}` };
}

/** Where " -- reason" starts in a comment's rule list (its length when there is none). */
function reasonAt(rest: string): number {
  for (let k = rest.indexOf('--'); k >= 0; k = rest.indexOf('--', k + 1)) {
    if ((k === 0 || /\s/.test(rest[k - 1] as string)) && (k + 2 === rest.length || /\s/.test(rest[k + 2] as string))) return k;
  }
  return rest.length;
}

function disableFile(text: string, root: Node, rule: string): DisableEdit {
  const children = (root.children ?? []) as Node[];
  // After leading comments (the SPDX line stays first).
  const first = children.find((c) => c.type !== 'comment');
  const at = first ? lineStart(text, startOf(first)) : text.length;
  const eol = eolOf(text);
  const blankBefore = at > 0 && text.slice(0, at).trimEnd().length > 0 && !/(?:\r\n|\r(?!\n)|\n){2}$/.test(text.slice(0, at)) ? eol : '';
  return { what: 'file', offset: at, text: `${blankBefore}${directive(rule, 'disable-file')}${eol}${eol}` };
}
