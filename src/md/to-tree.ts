/**
 * mdast → the document tree the rest of claimlint reads (src/rst/types.ts). Markdown's blocks map
 * onto a subset of RST's node types, so prose units, scope, rules, suppression and fixes are the
 * same code for both syntaxes:
 *
 *   heading → title (nested into sections by depth)   paragraph → paragraph
 *   list / listItem → bulletList | enumeratedList / listItem     blockquote → blockQuote
 *   "> [!NOTE]" (a GitHub alert) → an admonition directive       table → table (kind "pipe")
 *   <!-- ... --> → comment (suppression and scope comments)       footnoteDefinition → footnote
 *   code, HTML, front matter (YAML, TOML) → literalBlock   definition → target   thematicBreak → transition
 *   a front matter's one-line title (YAML `title:`, TOML `title =`) → the title of a section around the page
 *
 * Inline: text, emphasis and link text are prose; inline code is a literal; autolinks are URLs;
 * images, inline HTML, breaks, struck-through text, emphasis markers and a link's brackets and
 * destination are markup, not prose, kept so that a block's inline content has the extent
 * cmark-gfm gives it (test/md/cmark.test.ts). Every node gets its position from the mdast
 * offsets, recomputed over claimlint's own line table so that columns count as they do for RST
 * (UTF-16 code units, a tab is one column).
 */
import type * as md from 'mdast';
import { parse as parseYaml } from 'yaml';
import { makeSource, positionOf, type Source } from '../rst/source.js';
import type {
  Block, Comment, Inline, ListItem, Paragraph, Position, Root, Section, Table, TableCell, TableRow, Text, Title,
} from '../rst/types.js';

interface Ctx {
  src: Source;
  /** Inside a block quote: continuation lines of a paragraph start with ">" markers. */
  quoted: boolean;
}

const startOf = (n: md.Node): number => n.position?.start.offset ?? 0;
const endOf = (n: md.Node): number => n.position?.end.offset ?? 0;

/** GitHub's alert syntax: a block quote whose first line is `[!NOTE]` and the like. */
const ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*/i;

export function treeFromMdast(root: md.Root, text: string): Root {
  const src = makeSource(text);
  const ctx: Ctx = { src, quoted: false };
  let title: Title | undefined;
  for (const child of root.children) {
    if (child.type === 'yaml' || (child.type as string) === 'toml') title ??= frontMatterTitle(child, ctx);
  }
  const children = nestSections(blocks(root.children, ctx), title, src);
  return { type: 'root', children, position: positionOf(src, 0, text.length) };
}

function pos(ctx: Ctx, start: number, end: number): Position {
  return positionOf(ctx.src, start, end);
}

function literal(n: md.Node & { value?: string }, kind: 'fenced' | 'indented' | 'html' | 'front-matter', ctx: Ctx): Block {
  return { type: 'literalBlock', kind, value: ctx.src.text.slice(startOf(n), endOf(n)), position: pos(ctx, startOf(n), endOf(n)) };
}

/**
 * The blocks of `children`, each mapped by `leaf` or, for containers (lists, block quotes,
 * footnote definitions), built with an explicit stack of the containers being read: the input
 * nests as deep as the reader allows, the call stack does not follow it.
 */
function blocks(children: md.RootContent[], ctx: Ctx): Block[] {
  interface Frame { children: md.RootContent[]; next: number; ctx: Ctx; out: Block[]; done: (out: Block[]) => void }
  let result: Block[] = [];
  const frames: Frame[] = [{ children, next: 0, ctx, out: [], done: (out) => { result = out; } }];
  const open = (kids: md.RootContent[], inner: Ctx, done: (out: Block[]) => void) => frames.push({ children: kids, next: 0, ctx: inner, out: [], done });
  while (frames.length) {
    const f = frames[frames.length - 1] as Frame;
    if (f.next >= f.children.length) {
      frames.pop();
      markLeadIns(f.out);
      f.done(f.out);
      continue;
    }
    const n = f.children[f.next++] as md.RootContent;
    const c = f.ctx;
    const p = pos(c, startOf(n), endOf(n));
    if (n.type === 'list') {
      const items: ListItem[] = n.children.map((item) => ({ type: 'listItem', children: [], position: pos(c, startOf(item), endOf(item)) }));
      f.out.push(n.ordered ? { type: 'enumeratedList', marker: '1.', children: items, position: p } : { type: 'bulletList', marker: '-', children: items, position: p });
      for (let k = n.children.length - 1; k >= 0; k--) {
        const item = items[k] as ListItem;
        open((n.children[k] as md.ListItem).children, c, (out) => { item.children = out; });
      }
    } else if (n.type === 'blockquote') {
      const at = f.out.length;
      const out = f.out;
      out.push({ type: 'blockQuote', children: [], position: p });
      open(n.children, { ...c, quoted: true }, (body) => { out[at] = quote(n, body, c); });
    } else if (n.type === 'footnoteDefinition') {
      const note: Block = { type: 'footnote', label: n.label ?? n.identifier, children: [], position: p };
      f.out.push(note);
      open(n.children, c, (out) => { note.children = out; });
    } else {
      f.out.push(...leaf(n, c, p));
    }
  }
  return result;
}

/** A block that holds no blocks. */
function leaf(n: md.RootContent, ctx: Ctx, p: Position): Block[] {
  switch (n.type) {
    case 'heading':
      return [{ type: 'title', children: inlines(n.children, ctx), position: p, data: { depth: n.depth } }];
    case 'paragraph':
      return [paragraph(n.children, ctx, startOf(n), endOf(n))];
    case 'table':
      return [table(n, ctx)];
    case 'code':
      return [literal(n, /^(?:```|~~~)/.test(ctx.src.text.slice(startOf(n), startOf(n) + 3)) ? 'fenced' : 'indented', ctx)];
    case 'html': {
      const comments = commentsOf(n, ctx);
      return comments ?? [literal(n, 'html', ctx)];
    }
    case 'definition':
      return [{ type: 'target', name: n.label ?? n.identifier, url: n.url, position: p }];
    case 'thematicBreak':
      return [{ type: 'transition', position: p }];
    case 'yaml':
      return [literal(n, 'front-matter', ctx)];
    default:
      if ((n.type as string) === 'toml') return [literal(n as md.Node, 'front-matter', ctx)];
      // Anything an extension adds: not prose.
      return [literal(n as md.Node, 'html', ctx)];
  }
}

/** A paragraph; masked content (an image, inline HTML) counts in its extent but is not prose. */
function paragraph(children: md.PhrasingContent[], ctx: Ctx, start: number, end: number): Paragraph {
  const kids = inlines(children, ctx);
  return { type: 'paragraph', children: kids, position: pos(ctx, start, end) };
}

/** A block quote from its body (built with the quote's context), or a GitHub alert. */
function quote(n: md.Blockquote, body: Block[], ctx: Ctx): Block {
  const first = n.children[0];
  const head = first?.type === 'paragraph' ? first.children[0] : undefined;
  const alert = head?.type === 'text' ? ALERT.exec(ctx.src.text.slice(startOf(head), endOf(head))) : null;
  const p = pos(ctx, startOf(n), endOf(n));
  if (!alert) return { type: 'blockQuote', children: body, position: p };
  // The marker is markup: the first paragraph starts after it (or goes when it held only the marker).
  const para = body[0] as Paragraph;
  const cut = startOf(head as md.Node) + (alert[0] as string).length;
  para.children = para.children.flatMap((c) => {
    const s = c.position.start.offset ?? 0;
    const e = c.position.end.offset ?? 0;
    if (e <= cut) return [markup(ctx, s, e)];
    if (s < cut && c.type === 'text') return [markup(ctx, s, cut), { ...c, value: ctx.src.text.slice(cut, e), position: pos(ctx, cut, e) }];
    return [c];
  });
  if (!para.children.some((c) => c.type !== 'markup' || /\S/.test(ctx.src.text.slice(c.position.start.offset ?? 0, c.position.end.offset ?? 0).replace(ALERT, '')))) body.shift();
  return { type: 'directive', name: (alert[1] as string).toLowerCase(), argument: '', options: {}, children: body, position: p };
}

function table(n: md.Table, ctx: Ctx): Table {
  const rows: TableRow[] = n.children.map((row, r) => {
    const cells: TableCell[] = row.children.map((cell, column) => {
      const kids = inlines(cell.children, ctx);
      const first = kids[0];
      const last = kids[kids.length - 1];
      const children: Block[] = first && last
        ? [{ type: 'paragraph', children: kids, position: pos(ctx, first.position.start.offset ?? 0, last.position.end.offset ?? 0) }]
        : [];
      return { type: 'tableCell', header: r === 0, stub: false, column, children, position: pos(ctx, startOf(cell), endOf(cell)) };
    });
    return { type: 'tableRow', header: r === 0, children: cells, position: pos(ctx, startOf(row), endOf(row)) };
  });
  return { type: 'table', kind: 'pipe', children: rows, position: pos(ctx, startOf(n), endOf(n)) };
}

/**
 * An HTML block that is only comments: each becomes a comment node with the text between its
 * markers. One pass with indexOf (a regular expression over "<!--a--><!--a-->...X" backtracks
 * exponentially, and a document is untrusted input).
 */
function commentsOf(n: md.Html, ctx: Ctx): Comment[] | undefined {
  const start = startOf(n);
  const raw = ctx.src.text.slice(start, endOf(n));
  const out: Comment[] = [];
  let at = 0;
  for (;;) {
    while (at < raw.length && /\s/.test(raw[at] as string)) at++;
    if (at >= raw.length) break;
    if (!raw.startsWith('<!--', at)) return undefined;
    const close = raw.indexOf('-->', at + 4);
    if (close < 0) return undefined;
    const s = start + at;
    out.push({ type: 'comment', value: raw.slice(at + 4, close), position: pos(ctx, s, start + close + 3) });
    at = close + 3;
  }
  return out.length ? out : undefined;
}

function markup(ctx: Ctx, start: number, end: number): Inline {
  return { type: 'markup', value: ctx.src.text.slice(start, end), position: pos(ctx, start, end) };
}

/** Continuation lines of a text node: the indentation (and in a quote the ">" markers) is not text. */
function textNodes(n: md.Text, ctx: Ctx, out: Inline[]): void {
  const text = ctx.src.text;
  const end = endOf(n);
  let at = startOf(n);
  const prefix = ctx.quoted ? /^[ \t]*(?:>[ \t]?[ \t]*)*/ : /^[ \t]*/;
  for (;;) {
    const nl = text.slice(at, end).search(/\r\n?|\n/);
    const lineEnd = nl < 0 ? end : at + nl;
    if (lineEnd > at) out.push(textNode(ctx, at, lineEnd));
    if (nl < 0) return;
    let next = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
    const lead = prefix.exec(text.slice(next, end));
    if (lead && lead[0].length) {
      out.push(markup(ctx, next, next + lead[0].length));
      next += lead[0].length;
    }
    at = next;
  }
}

function textNode(ctx: Ctx, start: number, end: number): Text {
  return { type: 'text', value: ctx.src.text.slice(start, end), position: pos(ctx, start, end) };
}

/**
 * The inlines of `children`, flattened: emphasis and link text are read in place, their
 * delimiters kept as markup. An explicit stack (emphasis nests as deep as its delimiters go).
 */
function inlines(children: md.PhrasingContent[], ctx: Ctx, out: Inline[] = []): Inline[] {
  type Work = md.PhrasingContent | { close: number; start: number; end: number };
  const work: Work[] = [];
  const push = (kids: md.PhrasingContent[]) => { for (let k = kids.length - 1; k >= 0; k--) work.push(kids[k] as md.PhrasingContent); };
  const enter = (c: md.Parent, s: number, e: number) => {
    // Its delimiters once its content is read: `close` is where that content starts in `out`.
    work.push({ close: out.length, start: s, end: e });
    push(c.children as md.PhrasingContent[]);
  };
  push(children);
  while (work.length) {
    const c = work.pop() as Work;
    if ('close' in c) {
      delimiters(ctx, c.start, c.end, out, c.close);
      continue;
    }
    const s = startOf(c);
    const e = endOf(c);
    switch (c.type) {
      case 'text':
        textNodes(c, ctx, out);
        break;
      case 'emphasis':
      case 'strong':
        // Flattened, the markers kept as markup (a unit starting or ending in emphasis spans them).
        enter(c, s, e);
        break;
      case 'inlineCode':
        out.push({ type: 'inlineLiteral', value: c.value, position: pos(ctx, s, e) });
        break;
      case 'link':
      case 'linkReference': {
        const written = ctx.src.text.slice(s, e);
        // An autolink (<https://...>, a bare www. or https:// address): the address, not prose.
        if (written.startsWith('<') || (c.type === 'link' && !written.startsWith('['))) out.push({ type: 'url', value: written.replace(/^<|>$/g, ''), position: pos(ctx, s, e) });
        else enter(c, s, e);
        break;
      }
      case 'footnoteReference':
        out.push({ type: 'footnoteReference', label: c.label ?? c.identifier, position: pos(ctx, s, e) });
        break;
      default:
        // Images, inline HTML, hard breaks, struck-through text: markup.
        out.push(markup(ctx, s, e));
    }
  }
  return out;
}

/**
 * The delimiters ("**", "[" and "](url)") of a node spanning [start, end) whose content was
 * added to `out` from index `from` on, and whose delimiters are not among its children's
 * positions: as markup, so that the inline content of a block keeps its extent (cmark-gfm's,
 * test/md/cmark.test.ts) whatever it starts or ends with.
 */
function delimiters(ctx: Ctx, start: number, end: number, out: Inline[], from: number): void {
  if (out.length === from) {
    out.push(markup(ctx, start, end));
    return;
  }
  const first = (out[from] as Inline).position.start.offset ?? 0;
  if (first > start) out.splice(from, 0, markup(ctx, start, first));
  const last = (out[out.length - 1] as Inline).position.end.offset ?? 0;
  if (last < end) out.push(markup(ctx, last, end));
}

/**
 * A front matter's `title` when it is a one-line string: the document's title, at its place in
 * the front matter. YAML is parsed; in TOML, a top-level `title = "..."` (a basic string without
 * escapes, or a literal string in single quotes) is read.
 */
function frontMatterTitle(n: md.Node & { value?: string }, ctx: Ctx): Title | undefined {
  const start = startOf(n);
  const raw = ctx.src.text.slice(start, endOf(n));
  let at: number;
  let value: string;
  if (n.type === 'yaml') {
    let data: unknown;
    try {
      data = parseYaml(n.value ?? '', { schema: 'failsafe', maxAliasCount: 0 });
    } catch {
      return undefined;
    }
    const title = data && typeof data === 'object' ? (data as Record<string, unknown>)['title'] : undefined;
    if (typeof title !== 'string' || !title.trim() || /[\r\n]/.test(title)) return undefined;
    // Find the value on its `title:` line (plain, or in quotes).
    const line = /^title[ \t]*:[ \t]*(["']?)(.*?)\1[ \t]*$/m.exec(raw);
    if (!line) return undefined;
    value = line[2] as string;
    if (!value || value !== title) return undefined;
    at = start + (line.index ?? 0) + line[0].indexOf(value, line[0].indexOf(':') + 1);
  } else {
    // Keys after a [table] header belong to that table, not to the document.
    const line = /^title[ \t]*=[ \t]*(?:"([^"\\\r\n]*)"|'([^'\r\n]*)')[ \t]*(?:#[^\r\n]*)?$/m.exec(raw);
    if (!line || /^[ \t]*\[/m.test(raw.slice(0, line.index))) return undefined;
    value = line[1] ?? line[2] ?? '';
    if (!value.trim()) return undefined;
    at = start + line.index + line[0].indexOf(value, line[0].indexOf('=') + 1);
  }
  return { type: 'title', children: [textNode(ctx, at, at + value.length)], position: pos(ctx, at, at + value.length), data: { depth: 0, frontMatter: true } };
}

/**
 * Headings come out flat; nest them into sections by depth, a heading closing every open
 * section of its depth or deeper. A front-matter title is the section around the whole page.
 */
function nestSections(blocks: Block[], frontTitle: Title | undefined, src: Source): Block[] {
  const root: Block[] = [];
  const open: Section[] = [];
  if (frontTitle) {
    // The page's section starts with the front matter the title stands in (the first block).
    const first = blocks[0]?.position.start.offset ?? 0;
    const page: Section = { type: 'section', depth: 0, style: 'front-matter', children: [frontTitle], position: positionOf(src, Math.min(first, frontTitle.position.start.offset ?? 0), frontTitle.position.end.offset ?? 0) };
    root.push(page);
    open.push(page);
  }
  for (const b of blocks) {
    if (b.type === 'title') {
      const depth = Number(b.data?.['depth'] ?? 1);
      while (open.length && (open[open.length - 1] as Section).depth >= depth) open.pop();
      const section: Section = { type: 'section', depth, style: `h${depth}`, children: [b], position: b.position };
      const parent = open[open.length - 1];
      (parent ? parent.children : root).push(section);
      open.push(section);
      continue;
    }
    const parent = open[open.length - 1];
    (parent ? parent.children : root).push(b);
  }
  // A section ends where its last child ends.
  const close = (s: Section): void => {
    for (const c of s.children) if (c.type === 'section') close(c);
    const last = s.children[s.children.length - 1];
    if (last) s.position = positionOf(src, s.position.start.offset ?? 0, last.position.end.offset ?? 0);
  };
  for (const b of root) if (b.type === 'section') close(b);
  return root;
}

/** A paragraph ending in ":" introduces the list, table or block after it (as in the RST parser). */
function markLeadIns(blocks: Block[]): void {
  for (let k = 0; k + 1 < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (b.type !== 'paragraph') continue;
    const last = [...b.children].reverse().find((c) => c.type !== 'markup');
    if (!last || last.type !== 'text' || !/:\s*$/.test(last.value)) continue;
    const next = blocks[k + 1] as Block;
    if (next.type === 'comment' || next.type === 'target' || next.type === 'paragraph' || next.type === 'title' || next.type === 'section') continue;
    b.data = { ...b.data, leadIn: true, introduces: k + 1 };
  }
}
