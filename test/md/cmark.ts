/**
 * An independent reference for the Markdown reader: cmark-gfm (GitHub's C implementation of
 * CommonMark + GFM) run on a file with --sourcepos -t xml, its XML read back, and every block with
 * inline content (paragraph, heading, table cell) compared with claimlint's prose units: the same
 * source range, the same text modulo what claimlint masks on purpose.
 *
 * cmark-gfm's source positions are 1-based line numbers and 1-based *byte* columns, the end
 * inclusive; claimlint's offsets count UTF-16 code units. They are converted through each line's
 * UTF-8 bytes. Where cmark-gfm 0.29.0.gfm.6's positions are known to be off, the reading below
 * corrects them and says why (each correction was measured on a small input first).
 */
import { spawnSync } from 'node:child_process';
import { parseDocument } from '../../src/engine/syntax.js';
import { proseUnits, type ProseKind, type ProseUnit } from '../../src/prose/units.js';

export const CMARK = 'cmark-gfm';
export const EXTENSIONS = ['table', 'autolink', 'strikethrough', 'footnotes'];

/** Why cmark-gfm cannot be the reference here, or undefined when it can. */
export function cmarkProblem(): string | undefined {
  const run = spawnSync(CMARK, ['--list-extensions'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return `${CMARK} not found (Debian package cmark-gfm, installed by .ci/run)`;
  const missing = EXTENSIONS.filter((e) => !new RegExp(`^${e}$`, 'm').test(run.stdout));
  return missing.length ? `${CMARK} lacks the extensions ${missing.join(', ')}` : undefined;
}

/** cmark-gfm's XML of the file at `path`, or of `input` when given (read from stdin). */
export function cmarkXml(path: string, input?: string): string {
  const args = ['--sourcepos', ...EXTENSIONS.flatMap((e) => ['-e', e]), '-t', 'xml', ...(input === undefined ? [path] : [])];
  const run = spawnSync(CMARK, args, { encoding: 'utf8', input, maxBuffer: 64 << 20 });
  if (run.error || run.status !== 0) throw new Error(`${CMARK} failed on ${path}: ${run.error?.message ?? run.stderr}`);
  return run.stdout;
}

// ---------------------------------------------------------------- the XML

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  /** Character data directly inside the element (a text node's text), unescaped. */
  text: string;
}

const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

/**
 * cmark's XML writer: one element per line, attributes in double quotes, character data only in
 * leaf elements. The footnote nodes of the footnotes extension have no XML name and come out as
 * `<<unknown> ...>`: a self-closing one is a footnote reference, one with children a definition.
 */
export function readXml(xml: string): XNode {
  const token = /<\?[^>]*\?>|<!DOCTYPE[^>]*>|<\/(<unknown>|[\w:]+)>|<(<unknown>|[\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  const root: XNode = { name: '#root', attrs: {}, children: [], text: '' };
  const open: XNode[] = [root];
  let at = 0;
  for (const m of xml.matchAll(token)) {
    if (m.index !== at) throw new Error(`cmark XML: unreadable at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    at = m.index + m[0].length;
    const top = open[open.length - 1] as XNode;
    if (m[1] !== undefined) {
      const want = m[1] === '<unknown>' ? /^footnote_/ : new RegExp(`^${m[1]}$`);
      if (!want.test(top.name)) throw new Error(`cmark XML: </${m[1]}> closes <${top.name}>`);
      open.pop();
    } else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1] as string] = unescapeXml(a[2] as string);
      const selfClosing = m[4] === '/';
      const name = m[2] === '<unknown>' ? (selfClosing ? 'footnote_reference' : 'footnote_definition') : m[2];
      const node: XNode = { name, attrs, children: [], text: '' };
      top.children.push(node);
      if (!selfClosing) open.push(node);
    } else if (m[5] !== undefined) {
      top.text += unescapeXml(m[5]);
    }
  }
  if (at !== xml.length || open.length !== 1) throw new Error('cmark XML: unbalanced');
  const doc = root.children.find((c) => c.name === 'document');
  if (!doc) throw new Error('cmark XML: no <document>');
  return doc;
}

// ---------------------------------------------------------------- positions

/** CommonMark's lines (ended by LF, CR LF or a lone CR), their UTF-16 starts and UTF-8 bytes. */
export class Lines {
  readonly starts: number[] = [];
  readonly texts: string[] = [];
  private readonly bytes: Buffer[] = [];

  constructor(readonly source: string) {
    const re = /\r\n|\r|\n/g;
    let start = 0;
    for (const m of source.matchAll(re)) {
      this.push(start, source.slice(start, m.index));
      start = m.index + m[0].length;
    }
    this.push(start, source.slice(start));
  }

  private push(start: number, text: string): void {
    this.starts.push(start);
    this.texts.push(text);
    this.bytes.push(Buffer.from(text, 'utf8'));
  }

  /** The UTF-16 offset of the point just before byte `byteIndex` (0-based) of 1-based line `line`. */
  offset(line: number, byteIndex: number): number {
    const bytes = this.bytes[line - 1];
    if (!bytes || byteIndex < 0 || byteIndex > bytes.length) throw new Error(`cmark position ${line}:${byteIndex + 1} is outside the source`);
    const head = bytes.subarray(0, byteIndex).toString('utf8');
    if (head.includes('\uFFFD') && !(this.texts[line - 1] as string).includes('\uFFFD')) throw new Error(`cmark position ${line}:${byteIndex + 1} falls inside a character`);
    return (this.starts[line - 1] as number) + head.length;
  }

  /** 1-based line and byte column of a UTF-16 offset (for messages). */
  where(offset: number): string {
    let line = 0;
    while (line + 1 < this.starts.length && (this.starts[line + 1] as number) <= offset) line++;
    const col = Buffer.byteLength(this.source.slice(this.starts[line], offset), 'utf8') + 1;
    return `${line + 1}:${col}`;
  }
}

interface Pos { sl: number; sc: number; el: number; ec: number }

function sourcepos(n: XNode): Pos | undefined {
  const m = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(n.attrs['sourcepos'] ?? '');
  return m ? { sl: Number(m[1]), sc: Number(m[2]), el: Number(m[3]), ec: Number(m[4]) } : undefined;
}

// ---------------------------------------------------------------- the blocks

export interface RefBlock {
  /** paragraph, heading or table_cell, and where it is (for messages). */
  what: string;
  kind: ProseKind;
  start: number;
  end: number;
  /** The block's prose as cmark reads it. */
  text: string;
  /** Where the extent comes from: the paragraph's own position, its inline children's, or a fallback of contentExtent's. */
  extent: 'block' | 'inline' | 'cell' | 'atx-line' | 'setext-lines';
  /** The first paragraph of a GitHub alert, which claimlint leaves out when it held only the marker. */
  alertOnly?: boolean;
}

const ALERT = /^\[!(note|tip|important|warning|caution)\]/i;
const INLINE_CONTAINERS = new Set(['paragraph', 'heading', 'table_cell']);

/**
 * An autolink (<url>, or a bare www. / https:// / e-mail address the autolink extension links)
 * rather than a link written as [text](url): claimlint reads those as a URL, not prose. Told by
 * its text being its address, unless the block's source writes it in brackets. (Not by its
 * position: cmark-gfm gives the extension's links none, and the columns of inlines on a
 * paragraph's continuation lines miss the indentation it stripped from them.)
 */
function isAutolink(n: XNode, block: string): boolean {
  const text = n.children.map((c) => c.text).join('');
  const dest = n.attrs['destination'] ?? '';
  if (dest !== text && dest !== `mailto:${text}` && dest !== `http://${text}`) return false;
  return !block.includes(`[${text}]`);
}

/**
 * cmark's text of an inline sequence, as claimlint should read it: text and link text are prose;
 * code spans, images, inline HTML and footnote references are not; line breaks are spaces.
 * Two of claimlint's readings differ from a renderer's on purpose (src/md/to-tree.ts): an
 * autolinked address is a URL, not prose, and struck-through text (~~...~~) is withdrawn text,
 * not a claim the document makes; both are left out here too.
 */
function inlineText(children: XNode[], block: string): string {
  let out = '';
  for (const c of children) {
    switch (c.name) {
      case 'text':
        out += c.text;
        break;
      case 'softbreak':
      case 'linebreak':
        out += ' ';
        break;
      case 'emph':
      case 'strong':
        out += inlineText(c.children, block);
        break;
      case 'link':
        if (!isAutolink(c, block)) out += inlineText(c.children, block);
        break;
      case 'code':
      case 'image':
      case 'html_inline':
      case 'strikethrough':
      case 'footnote_reference':
        break;
      default:
        throw new Error(`cmark XML: unexpected inline <${c.name}>`);
    }
  }
  return out;
}

/** The whole lines a block's sourcepos touches: where its links are written. */
function blockLines(n: XNode, lines: Lines): string {
  const p = sourcepos(n) as Pos;
  const last = Math.min(Math.max(p.el, p.sl), lines.texts.length);
  return lines.texts.slice(p.sl - 1, last).join('\n');
}

/** A link of the autolink extension's (its position is wrong or missing), not a <url> one. */
function extensionLink(n: XNode, lines: Lines, block: string): boolean {
  if (n.name !== 'link' || !isAutolink(n, block)) return false;
  const p = sourcepos(n);
  if (!p || p.sc < 1) return true;
  return Buffer.from(lines.texts[p.sl - 1] ?? '', 'utf8')[p.sc - 1] !== 0x3c;
}

/**
 * The source extent of a heading's or a cell's inline content, from its first inline child's
 * start to its last one's end, with cmark-gfm 0.29.0.gfm.6's known position errors corrected:
 *  - a code span's sourcepos is its content, without the backtick strings (and the one space
 *    CommonMark strips inside them): widened to the backticks;
 *  - in a table cell, the table extension removes the backslash of each "\|" before the inline
 *    parse, and the inline positions after it are short by one per backslash removed: counted back.
 * Where cmark-gfm's inline positions cannot be used, the extent is read from the block's own
 * position, which is right, and its lines:
 *  - the autolink extension gives its links no position or one a byte early, and shortens the
 *    text node before them: a cell is then its span between the pipes, trimmed; an ATX heading
 *    its line without the "#" markers;
 *  - the columns of inlines on a continuation line miss the indentation cmark stripped from it:
 *    a setext heading of more than one line (or with such an autolink) runs from its start to
 *    the end of the line above its underline.
 */
function contentExtent(n: XNode, lines: Lines): { start: number; end: number; how: RefBlock['extent'] } | undefined {
  const own = sourcepos(n) as Pos;
  const kids = n.children;
  if (kids.length === 0) return undefined;
  const block = blockLines(n, lines);
  const cell = n.name === 'table_cell';
  const autolinked = kids.some((c) => extensionLink(c, lines, block));
  const lastLine = sourcepos(kids[kids.length - 1] as XNode)?.el;
  if (cell && autolinked) {
    const s = lines.offset(own.sl, own.sc - 1);
    const e = lines.offset(own.el, own.ec);
    const span = lines.source.slice(s, e);
    const lead = span.length - span.trimStart().length;
    return { start: s + lead, end: s + span.trimEnd().length, how: 'cell' };
  }
  // A setext heading's sourcepos ends after its underline, an ATX heading's on its one line.
  const setext = !cell && own.el > own.sl;
  if (setext && (autolinked || lastLine !== own.sl)) {
    // A setext heading on more than one line: its underline is the first line after its start
    // that is only "=" or "-" (after any quote markers).
    let last = own.sl;
    while (last < lines.texts.length && !/^(?:[ \t]*>)*[ \t]*(?:=+|-+)[ \t]*$/.test(lines.texts[last] as string)) last++;
    if (last === own.sl) throw new Error(`cmark XML: heading ${n.attrs['sourcepos']} spans lines but has no underline`);
    const s = lines.offset(own.sl, own.sc - 1);
    const lastText = lines.texts[last - 1] as string;
    return { start: s, end: (lines.starts[last - 1] as number) + lastText.trimEnd().length, how: 'setext-lines' };
  }
  if (autolinked && !cell) {
    const line = lines.texts[own.sl - 1] as string;
    const atx = /^((?:[ \t]*>)*[ \t]*#{1,6}(?:[ \t]+|$))(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!atx) throw new Error(`cmark XML: heading ${n.attrs['sourcepos']} with an autolink is not an ATX heading`);
    const s = (lines.starts[own.sl - 1] as number) + (atx[1] as string).length;
    return { start: s, end: s + (atx[2] as string).length, how: 'atx-line' };
  }
  // Byte index in the line of a cmark column, undoing the cell's unescaped pipes.
  const byteIndex = (line: number, col: number): number => {
    if (!cell) return col;
    const cellStart = own.sc - 1;
    const bytes = Buffer.from(lines.texts[line - 1] as string, 'utf8');
    let k = cellStart;
    let left = col - cellStart;
    while (left > 0 && k < bytes.length) {
      if (bytes[k] === 0x5c && bytes[k + 1] === 0x7c) k++; // the "\" of "\|" was not counted
      k++;
      left--;
    }
    return k;
  };
  const firstKid = kids[0] as XNode;
  const lastKid = kids[kids.length - 1] as XNode;
  const fp = sourcepos(firstKid);
  const lp = sourcepos(lastKid);
  if (!fp || !lp) throw new Error(`cmark XML: an inline child of <${n.name}> at ${n.attrs['sourcepos']} has no position`);
  let start = lines.offset(fp.sl, byteIndex(fp.sl, fp.sc - 1));
  let end = lines.offset(lp.el, byteIndex(lp.el, lp.ec));
  const src = lines.source;
  if (firstKid.name === 'code') {
    if (src[start - 1] === ' ' && src[start - 2] === '`') start--;
    while (src[start - 1] === '`') start--;
  }
  if (lastKid.name === 'code') {
    if (src[end] === ' ' && src[end + 1] === '`') end++;
    while (src[end] === '`') end++;
  }
  return { start, end, how: 'inline' };
}

/** Every block of `doc` with inline content, with the kind of prose unit claimlint should make of it. */
export function referenceBlocks(doc: XNode, lines: Lines): RefBlock[] {
  const out: RefBlock[] = [];
  const walk = (n: XNode, kind: ProseKind): void => {
    if (INLINE_CONTAINERS.has(n.name)) {
      const p = sourcepos(n);
      if (!p) throw new Error(`cmark XML: <${n.name}> without a position`);
      const what = `${n.name} ${n.attrs['sourcepos']}`;
      let text = inlineText(n.children, blockLines(n, lines));
      if (n.name === 'paragraph') {
        // A paragraph's sourcepos runs to the end of its last line: trailing blanks, which
        // CommonMark strips from the content, are not part of it.
        const start = lines.offset(p.sl, p.sc - 1);
        const end = start + lines.source.slice(start, lines.offset(p.el, p.ec)).replace(/[ \t]+$/, '').length;
        let alertOnly: boolean | undefined;
        if (kind === 'admonition' && n.attrs['alert'] === 'first') {
          // cmark reads GitHub's alert marker as text; claimlint masks it.
          text = text.replace(ALERT, '');
          alertOnly = !/\S/.test(text);
        }
        out.push({ what, kind, start, end, text, extent: 'block', alertOnly });
      } else {
        const ext = contentExtent(n, lines);
        if (ext) out.push({ what, kind: n.name === 'heading' ? 'title' : 'table-cell', start: ext.start, end: ext.end, text, extent: ext.how });
      }
      return;
    }
    let inner = kind;
    if (n.name === 'item') inner = 'list-item';
    else if (n.name === 'footnote_definition') inner = 'footnote';
    else if (n.name === 'block_quote') {
      const first = n.children[0];
      if (first?.name === 'paragraph' && ALERT.test(inlineText(first.children, blockLines(first, lines)))) {
        inner = 'admonition';
        first.attrs['alert'] = 'first';
      } else inner = 'block-quote';
    }
    for (const c of n.children) walk(c, inner);
  };
  walk(doc, 'paragraph');
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- the comparison

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  mdash: '—', ndash: '–', hellip: '…', rarr: '→', larr: '←', times: '×', eacute: 'é', laquo: '«', raquo: '»',
};

/** Character references decoded (the few named ones these documents use, and numeric ones). */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]*));/g, (m, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec) || 0xfffd);
    if (hex) return String.fromCodePoint(parseInt(hex, 16) || 0xfffd);
    return ENTITIES[name as string] ?? m;
  });
}

/**
 * Both texts without white space, and without backslashes: claimlint's masking (maskedText in
 * src/prose/units.ts, shared with RST, where a backslash escapes any character) blanks the
 * backslash of "\x" whatever x is, where CommonMark keeps it as text before a character that is
 * not ASCII punctuation ("C:\Program Files"). The one difference allowed in the text: a
 * backslash is never a word of a claim.
 */
const squash = (s: string): string => s.replace(/[\s\\]+/g, '');

export interface Comparison {
  blocks: RefBlock[];
  units: ProseUnit[];
  mismatches: string[];
  /** How many block extents came from each reading (see contentExtent). */
  extents: Record<string, number>;
}

/**
 * cmark's blocks against claimlint's units of `source`: each block has a unit of the same range,
 * kind and text; every unit is some block's (but a front-matter title, which CommonMark does not
 * know). `skip` ranges (front matter) are not compared: cmark reads YAML between "---" lines
 * as a thematic break and a setext heading.
 */
export function compare(source: string, xml: string, skip: [number, number][] = []): Comparison {
  const lines = new Lines(source);
  const inSkip = (s: number, e: number) => skip.some(([a, b]) => s < b && e > a);
  const blocks = referenceBlocks(readXml(xml), lines).filter((b) => !inSkip(b.start, b.end));
  const units = proseUnits(parseDocument(source, { syntax: 'markdown' }), source);
  const mismatches: string[] = [];
  const extents: Record<string, number> = {};
  const at = (s: number, e: number) => `${lines.where(s)}..${lines.where(e)} ${JSON.stringify(source.slice(s, e).slice(0, 60))}`;
  const used = new Set<ProseUnit>();
  for (const b of blocks) {
    extents[b.extent] = (extents[b.extent] ?? 0) + 1;
    const unit = units.find((u) => u.start === b.start && u.end === b.end);
    if (b.alertOnly) {
      const over = units.filter((u) => u.start < b.end && u.end > b.start);
      if (over.length) mismatches.push(`${b.what}: an alert marker alone, yet claimlint has units ${over.map((u) => at(u.start, u.end)).join('; ')}`);
      continue;
    }
    if (!unit) {
      const over = units.filter((u) => u.start < b.end && u.end > b.start);
      mismatches.push(`${b.what}: cmark's range ${at(b.start, b.end)}; claimlint's ${over.length ? over.map((u) => `${u.kind} ${at(u.start, u.end)}`).join('; ') : 'none'}`);
      continue;
    }
    used.add(unit);
    if (unit.kind !== b.kind) mismatches.push(`${b.what}: kind ${unit.kind}, cmark's block is ${b.kind} (${at(b.start, b.end)})`);
    const mine = squash(decodeEntities(unit.text));
    const theirs = squash(b.text);
    if (mine !== theirs) mismatches.push(`${b.what}: text differs (${at(b.start, b.end)})\n  claimlint: ${mine}\n  cmark:     ${theirs}`);
  }
  for (const u of units) {
    if (used.has(u) || inSkip(u.start, u.end)) continue;
    if (u.kind === 'title' && u.node.data?.['frontMatter']) continue;
    mismatches.push(`claimlint's ${u.kind} unit ${at(u.start, u.end)} is no block of cmark's`);
  }
  return { blocks, units, mismatches, extents };
}
