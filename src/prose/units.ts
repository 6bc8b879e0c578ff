/**
 * Prose units: the paragraph-level pieces of text a claim can live in, each
 * with its text at identity offsets (same length as its source span; markup,
 * literals, URLs, role targets and substitutions turned into spaces, newlines
 * kept), its kind, and the chain of enclosing section titles.
 */
import type { Inline, Parent, Paragraph, Root, RstNode, Section, Term, Title, Line } from '../rst/types.js';
import { isAdmonition } from '../rst/directives.js';
import { detached } from '../memo.js';

export type ProseKind =
  | 'title' | 'paragraph' | 'list-item' | 'definition' | 'term' | 'field-body' | 'table-cell'
  | 'admonition' | 'footnote' | 'line' | 'option' | 'block-quote';

export type UnitNode = Paragraph | Title | Term | Line;

export interface ProseUnit {
  kind: ProseKind;
  node: UnitNode;
  /** Source offsets of the unit's span; `text.length === end - start`. */
  start: number;
  end: number;
  text: string;
  /**
   * Enclosing section titles, outermost first (a section's own title is not in its chain). Units
   * under the same nodes share this array and `ancestors`: read them, never change them.
   */
  sections: string[];
  /** The nodes enclosing `node`, root first. */
  ancestors: Parent[];
}

/** The [start, end) source ranges of an inline sequence that are prose. */
function proseRanges(children: Inline[], out: [number, number][]): void {
  for (const c of children) {
    switch (c.type) {
      case 'text':
        out.push([c.position.start.offset ?? 0, c.position.end.offset ?? 0]);
        break;
      case 'emphasis':
      case 'strong':
        proseRanges(c.children, out);
        break;
      case 'reference':
      case 'inlineTarget':
        out.push([c.textPosition.start.offset ?? 0, c.textPosition.end.offset ?? 0]);
        break;
      case 'role':
        if (c.titlePosition) out.push([c.titlePosition.start.offset ?? 0, c.titlePosition.end.offset ?? 0]);
        break;
      default: // literals, URLs, substitutions, footnote references: not prose
    }
  }
}

/** Everything but line ends as spaces. */
const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');

/** The innermost section a unit stands in, if any. */
export function innermostSection(unit: ProseUnit): Parent | undefined {
  for (let k = unit.ancestors.length - 1; k >= 0; k--) if (unit.ancestors[k]?.type === 'section') return unit.ancestors[k];
  return undefined;
}

/**
 * The unit's prose text over [start, end) of `source`. Line ends stay line
 * ends: "\n" as is, "\r\n" as " \n", a lone "\r" (a line end too: see
 * makeSource) as "\n", so sentences see lines whatever the file's line ends.
 */
export function maskedText(source: string, node: UnitNode, start: number, end: number): string {
  const ranges: [number, number][] = [];
  proseRanges(node.children, ranges);
  let out = '';
  let at = start;
  for (const [a, b] of ranges) {
    if (a < at || b > end) continue;
    out += blank(source.slice(at, a));
    // Backslash escapes: the backslash is markup, the escaped character is text.
    out += source.slice(a, b).replace(/\\(.)/g, ' $1').replace(/\\/g, ' ').replace(/[\t\v\f\0\uFEFF]/g, ' ');
    at = b;
  }
  out += blank(source.slice(at, end));
  return out.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'));
}

/**
 * maskedText of a node over [start, end), remembered per node: the editor's next parse keeps the
 * nodes an edit did not touch (rst/incremental.ts), and the same text, as the same string, lets
 * every memo after this one find it again without reading it. A node's source never changes
 * while it lives: a parse makes new nodes for what it reads, and keeps or moves only nodes whose
 * lines an edit left alone (moving a node moves its whole span, and the text is relative to it).
 */
export function nodeText(source: string, node: UnitNode, start: number, end: number): string {
  const known = nodeTexts.get(node);
  if (known !== undefined && known.length === end - start) return known;
  // A text of its own in a long-lived process (memo.ts detached): a masked paragraph without
  // markup is a view of the version of the document it was read from, which a kept node (and
  // the memos keyed by its text, `ownKeys`) would keep alive.
  const text = detached(maskedText(source, node, start, end));
  nodeTexts.set(node, text);
  return text;
}
const nodeTexts = new WeakMap<UnitNode, string>();

const CONTAINER_KIND: Partial<Record<RstNode['type'], ProseKind>> = {
  listItem: 'list-item', definition: 'definition', fieldBody: 'field-body', tableCell: 'table-cell',
  footnote: 'footnote', optionListItem: 'option', blockQuote: 'block-quote',
};

function kindOf(node: UnitNode, ancestors: Parent[]): ProseKind {
  if (node.type === 'title') return 'title';
  if (node.type === 'term') return 'term';
  if (node.type === 'line') return 'line';
  for (let k = ancestors.length - 1; k >= 0; k--) {
    const a = ancestors[k] as Parent;
    if (a.type === 'directive' && isAdmonition(a.name)) return 'admonition';
    const kind = CONTAINER_KIND[a.type];
    if (kind) return kind;
  }
  return 'paragraph';
}

/** A unit found under a block, with the ancestors it has inside that block: all a kept block gives again. */
interface Found {
  node: UnitNode;
  kind: ProseKind;
  /** The unit's ancestors from the block down (empty for the block itself). */
  inner: Parent[];
  /** Is one of them a section (not in RST, where sections hold blocks, never the reverse)? */
  sectionInside: boolean;
}

/**
 * Each block's units, by the block (a node below the root and the sections). The editor's next
 * parse keeps the blocks an edit did not touch (rst/incremental.ts): they are not walked again.
 * A kept block never changes but for its offsets (moved in place), which a unit reads anew; nor
 * does a unit's kind depend on anything above its block (the root and sections set no kind).
 */
const foundIn = new WeakMap<RstNode, readonly Found[]>();

function unitsUnder(block: RstNode): readonly Found[] {
  const known = foundIn.get(block);
  if (known) return known;
  const found: Found[] = [];
  // Depth-first, in document order, with a stack of its own: nesting depth follows the input.
  const stack: [RstNode, Parent[], boolean][] = [[block, [], false]];
  while (stack.length) {
    const [node, inner, sectionInside] = stack.pop() as [RstNode, Parent[], boolean];
    switch (node.type) {
      case 'paragraph': case 'title': case 'term': case 'line':
        found.push({ node, kind: kindOf(node, inner), inner, sectionInside });
        continue;
      case 'directive':
        if (node.title) {
          const a = [...inner, node];
          found.push({ node: node.title, kind: kindOf(node.title, a), inner: a, sectionInside });
        }
        break;
      default:
    }
    if ('children' in node && node.type !== 'emphasis' && node.type !== 'strong') {
      const next = [...inner, node as Parent];
      const children = node.children as RstNode[];
      for (let k = children.length - 1; k >= 0; k--) stack.push([children[k] as RstNode, next, sectionInside || node.type === 'section']);
    }
  }
  foundIn.set(block, found);
  return found;
}

export function proseUnits(tree: Root, source: string): ProseUnit[] {
  const units: ProseUnit[] = [];
  const titleText = new Map<Section, string>();
  const chain = (ancestors: Parent[], self?: UnitNode): string[] => {
    const out: string[] = [];
    for (const a of ancestors) {
      if (a.type !== 'section') continue;
      const t = a.children[0];
      if (!t || t.type !== 'title' || t === self) continue;
      let s = titleText.get(a);
      if (s === undefined) {
        s = nodeText(source, t, t.children[0]?.position.start.offset ?? 0, t.children[t.children.length - 1]?.position.end.offset ?? 0).replace(/\s+/g, ' ').trim();
        titleText.set(a, s);
      }
      out.push(s);
    }
    return out;
  };
  // Units with the same ancestors share them. The units of a section's blocks share its chain:
  // only sections hold sections, and only a section's own title leaves its section out.
  const fullAncestors = new Map<Parent[], Parent[]>();
  const chains = new Map<Parent[], string[]>();
  const unit = (found: Found, outer: Parent[]) => {
    const { node } = found;
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (!first || !last) return;
    let ancestors = outer;
    if (found.inner.length) {
      ancestors = fullAncestors.get(found.inner) as Parent[];
      if (!ancestors) fullAncestors.set(found.inner, (ancestors = outer.concat(found.inner)));
    }
    let sections: string[] | undefined;
    if (node.type === 'title' || found.sectionInside) sections = chain(ancestors, node);
    else if (!(sections = chains.get(outer))) chains.set(outer, (sections = chain(outer)));
    const start = first.position.start.offset ?? 0;
    const end = last.position.end.offset ?? 0;
    units.push({ kind: found.kind, node, start, end, text: nodeText(source, node, start, end), sections, ancestors });
  };
  // The root and its sections, in document order; each other node's units come from unitsUnder.
  const stack: [RstNode, Parent[]][] = [[tree, []]];
  while (stack.length) {
    const [node, ancestors] = stack.pop() as [RstNode, Parent[]];
    if (node.type === 'root' || node.type === 'section') {
      const inner = [...ancestors, node as Parent];
      const children = node.children as RstNode[];
      for (let k = children.length - 1; k >= 0; k--) stack.push([children[k] as RstNode, inner]);
      continue;
    }
    for (const found of unitsUnder(node)) unit(found, ancestors);
  }
  return units;
}
