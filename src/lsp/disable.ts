/**
 * "Disable RULE for this block": where to put `.. claimlint: disable-next RULE -- reason` (in
 * Markdown `<!-- claimlint: disable-next RULE -- reason -->`) so that it silences the finding
 * (suppress.ts: the comment covers the next sibling block that is not a comment or target) and
 * the document renders the same.
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
 *
 * Markdown (CommonMark's HTML block that starts with `<!--` ends on the line with `-->` and
 * may interrupt a paragraph): the comment is one line of its own, right before the block's
 * first line, with the block's own container prefix (its indentation, and a block quote's `>`
 * markers); no blank line is added before or after it, so no list becomes loose and no
 * paragraph takes it in. In the first paragraph of a list item it goes after the item's
 * marker (`- <!-- claimlint: ... -->`), the paragraph on the next line at the item's content
 * column; a task item (`- [ ] ...`), whose checkbox must stay first, gets the comment before
 * its list instead, and a GitHub alert's first paragraph (after `> [!NOTE]`) before the alert.
 * `disable-file` goes after the front matter and leading comments.
 */
import { parseDocument, readMdast, type Syntax } from '../engine/syntax.js';
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

export interface DisableOptions {
  /** The document's markup (default reStructuredText). */
  syntax?: Syntax;
  /** The document's tree, when the caller has it (else it is parsed here). */
  tree?: Root;
}

/** What differs between the syntaxes: how the comment is written, and what may stand before a block on its line. */
interface Form {
  syntax: Syntax;
  comment(rule: string, kind?: string): string;
  /** Text between a line's start and a block that still lets a comment line stand before the block. */
  prefix: RegExp;
}

const RST: Form = {
  syntax: 'rst',
  comment: (rule, kind = 'disable-next') => `.. claimlint: ${kind} ${rule} -- ${REASON}`,
  prefix: /^[ \t]*$/,
};

const MARKDOWN: Form = {
  syntax: 'markdown',
  comment: (rule, kind = 'disable-next') => `<!-- claimlint: ${kind} ${rule} -- ${REASON} -->`,
  // Indentation and block quote markers: the same prefix on the comment's line keeps it in the same container.
  prefix: /^[ \t>]*$/,
};

/** A task list item's checkbox, just before its paragraph. */
const CHECKBOX = /\[[ xX]\][ \t]+$/;

/** The edit that disables `rule` for the block holding a finding at [start, end), if there is a place for it. */
export function disableEdit(text: string, rule: string, start: number, end: number, options: DisableOptions = {}): DisableEdit | undefined {
  const form = options.syntax === 'markdown' ? MARKDOWN : RST;
  if (start === 0 && end === 0) return form === MARKDOWN ? disableMarkdownFile(text, rule) : disableFile(text, (options.tree ?? parseDocument(text, { syntax: 'rst' })) as Node, rule);
  const root = (options.tree ?? parseDocument(text, { syntax: form.syntax })) as Node;
  const chain = chainAt(root, start);
  for (let i = chain.length - 1; i > 0; i--) {
    const node = chain[i] as Node;
    const parent = chain[i - 1] as Node;
    if (!BLOCKS.has(node.type)) continue;
    // A table cell's paragraph can start a line (an RST simple table's first column, a Markdown
    // row without pipes): a comment there would break the table. The table gets it.
    if (parent.type === 'tableCell') continue;
    if (node.type === 'table' && parent.type === 'directive' && TABLE_DIRECTIVES.has((parent as { name: string }).name)) continue;
    const s = startOf(node);
    // A GitHub alert's marker (`> [!NOTE]`) must stay its first line: the comment goes before the alert.
    if (form === MARKDOWN && parent.type === 'directive' && text.startsWith('[!', s)) continue;
    // Markdown's sections are made from flat headings: a comment before one ends the section
    // above (it is that section's last child), and covers nothing.
    if (form === MARKDOWN && node.type === 'section') continue;
    const ls = lineStart(text, s);
    const indent = text.slice(ls, s);
    if (form.prefix.test(indent)) return before(text, parent, node, rule, indent, form);
    // The first paragraph of a list item, after its marker: the comment goes inside the item.
    if (parent.type === 'listItem' && parent.children?.[0] === node) {
      if (form === MARKDOWN) {
        if (CHECKBOX.test(indent)) continue;
        // The paragraph's line goes on at the item's content column, inside the same block
        // quotes: their markers stay, each with the space after it that a quote's content starts
        // after (`>- item` has none: written `>   item`, the item's content is where it was).
        const continued = indent.replace(/>(?![ \t])/g, '> ').replace(/[^>\t]/g, ' ');
        return { what: 'list item', offset: s, text: `${form.comment(rule)}${eolOf(text)}${continued}` };
      }
      const width = s - ls;
      return {
        what: 'list item',
        offset: s,
        text: `${form.comment(rule)}${eolOf(text).repeat(2)}${' '.repeat(width)}`,
      };
    }
  }
  return undefined;
}

function before(text: string, parent: Node, node: Node, rule: string, indent: string, form: Form): DisableEdit {
  const what = nameOf(node, form);
  const siblings = (parent.children ?? []) as Node[];
  let k = siblings.indexOf(node);
  // Keep targets (`.. _label:`, Markdown's `[label]: url`) with the block they label: the comment goes before them.
  while (k > 0 && siblings[k - 1]?.type === 'target') k--;
  const previous = siblings[k - 1];
  const existing = previous?.type === 'comment' ? extendComment(text, previous, rule, form) : undefined;
  if (existing) return { what, ...existing };
  let first = siblings[k] ?? node;
  const eol = eolOf(text);
  if (form === MARKDOWN) {
    let prefix = text.slice(lineStart(text, startOf(first)), startOf(first));
    if (!form.prefix.test(prefix)) [first, prefix] = [node, indent];
    return { what, offset: lineStart(text, startOf(first)), text: `${prefix}${form.comment(rule)}${eol}` };
  }
  const at = lineStart(text, startOf(first));
  // A non-blank line just above at the same or a deeper indentation (a title's underline)
  // needs a blank line between it and the comment; a definition's term above does not.
  const aboveEnd = Math.max(0, lineEndBefore(text, at));
  const above = text.slice(lineStart(text, aboveEnd), aboveEnd);
  const blankBefore = at > 0 && above.trim() !== '' && leading(above) >= indent.length ? eol : '';
  return { what, offset: at, text: `${blankBefore}${indent}${form.comment(rule)}${eol}${eol}` };
}

function nameOf(node: Node, form: Form): string {
  // A Markdown directive is a GitHub alert (`> [!NOTE]`).
  if (node.type === 'directive') return `${(node as { name: string }).name} ${form === MARKDOWN ? 'alert' : 'directive'}`;
  return NAMES[node.type] ?? node.type;
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
}

/** `.. claimlint: disable-next A -- why` (`<!-- claimlint: disable-next A -- why -->`) before the block: add the rule to its list. */
function extendComment(text: string, comment: Node, rule: string, form: Form): { offset: number; text: string } | undefined {
  const s = startOf(comment);
  const firstLine = text.slice(s, endOf(comment)).split(/\r\n?|\n/)[0] ?? '';
  const m = (form === MARKDOWN ? /^<!--\s*claimlint:\s*disable-next\s+/ : /^\.\.\s+claimlint:\s*disable-next\s+/).exec(firstLine);
  if (!m) return undefined;
  let rest = firstLine.slice(m[0].length);
  // The comment's end on the same line is not part of the list.
  if (form === MARKDOWN && rest.includes('-->')) rest = rest.slice(0, rest.indexOf('-->'));
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
  return { what: 'file', offset: at, text: `${blankBefore}${RST.comment(rule, 'disable-file')}${eol}${eol}` };
}

/**
 * Is an HTML block comments only (`<!-- SPDX-License-Identifier: ... -->`), which src/md/to-tree.ts
 * reads as comment nodes? A scan in one pass: a regular expression of repeated lazy comments
 * takes exponential time on a line of many comments followed by other text.
 */
function commentsOnly(html: string): boolean {
  let at = 0;
  let found = false;
  for (;;) {
    while (at < html.length && /\s/.test(html[at] as string)) at++;
    if (at === html.length) return found;
    if (!html.startsWith('<!--', at)) return false;
    const close = html.indexOf('-->', at + 4);
    if (close < 0) return false;
    at = close + 3;
    found = true;
  }
}

/** Markdown's `disable-file`: a line of its own after the front matter and the leading comments. */
function disableMarkdownFile(text: string, rule: string): DisableEdit {
  const first = readMdast(text).children.find((c) => c.type !== 'yaml' && (c.type as string) !== 'toml' && !(c.type === 'html' && commentsOnly(c.value)));
  const offset = first?.position?.start.offset;
  const at = offset === undefined ? text.length : lineStart(text, offset);
  const eol = eolOf(text);
  // At the end of a text whose last line has no line end, the comment starts a line of its own.
  const lineBefore = at > 0 && !/[\r\n]$/.test(text.slice(0, at)) ? eol : '';
  return { what: 'file', offset: at, text: `${lineBefore}${MARKDOWN.comment(rule, 'disable-file')}${eol}` };
}

/** Where the line after the one holding `offset` starts (the text's length on the last line). */
function nextLineStart(text: string, offset: number): number {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = offset;
  const found = m.exec(text);
  return found ? found.index + found[0].length : text.length;
}

/** Markdown's tree without positions and without its blocks of comments only: what renders. */
function rendered(text: string): string {
  const isComments = (c: object) => (c as { type: string }).type === 'html' && commentsOnly((c as { value: string }).value);
  return JSON.stringify(readMdast(text), (key, value: unknown) => {
    if (key === 'position') return undefined;
    return key === 'children' && Array.isArray(value) ? value.filter((c: object) => !isComments(c)) : value;
  });
}

/**
 * Markdown: the edit that removes an unused suppression comment written on lines of its own
 * (its UTF-16 range [start, end)): its lines (and a blank line after them when one is also
 * before them), or else, between two blocks with no blank line, a blank line instead of
 * them; whichever leaves the document rendering as it did. Undefined when neither does (the
 * comment is what parts two lists) or the comment shares a line with other text.
 */
export function removeMarkdownComment(text: string, start: number, end: number): { start: number; end: number; newText: string } | undefined {
  const from = lineStart(text, start);
  const to = nextLineStart(text, end);
  if (text.slice(from, start).trim() !== '' || text.slice(end, to).trim() !== '') return undefined;
  const blank = (a: number) => text.slice(a, nextLineStart(text, a)).trim() === '';
  const blankBefore = from === 0 || blank(lineStart(text, lineEndBefore(text, from)));
  const blankAfter = to < text.length && blank(to);
  const candidates = [
    { start: from, end: blankBefore && blankAfter ? nextLineStart(text, to) : to, newText: '' },
    ...(!blankBefore && !blankAfter && to < text.length ? [{ start: from, end: to, newText: eolOf(text) }] : []),
  ];
  const want = rendered(text);
  return candidates.find((c) => rendered(text.slice(0, c.start) + c.newText + text.slice(c.end)) === want);
}
