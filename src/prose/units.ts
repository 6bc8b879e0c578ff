/**
 * Prose units: the paragraph-level pieces of text a claim can live in, each
 * with its text at identity offsets (same length as its source span; markup,
 * literals, URLs, role targets and substitutions turned into spaces, newlines
 * kept), its kind, and the chain of enclosing section titles.
 */
import type { Inline, Parent, Paragraph, Root, RstNode, Section, Term, Title, Line } from '../rst/types.js';
import { isAdmonition } from '../rst/directives.js';

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
  /** Enclosing section titles, outermost first (a section's own title is not in its chain). */
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
  const text = maskedText(source, node, start, end);
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
  const unit = (node: UnitNode, ancestors: Parent[]) => {
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (!first || !last) return;
    const start = first.position.start.offset ?? 0;
    const end = last.position.end.offset ?? 0;
    units.push({
      kind: kindOf(node, ancestors), node, start, end, text: nodeText(source, node, start, end),
      sections: chain(ancestors, node), ancestors,
    });
  };
  // Depth-first, in document order, with a stack of its own: nesting depth follows the input.
  const stack: [RstNode, Parent[]][] = [[tree, []]];
  while (stack.length) {
    const [node, ancestors] = stack.pop() as [RstNode, Parent[]];
    switch (node.type) {
      case 'paragraph': case 'title': case 'term': case 'line':
        unit(node, ancestors);
        continue;
      case 'directive':
        if (node.title) unit(node.title, [...ancestors, node]);
        break;
      default:
    }
    if ('children' in node && node.type !== 'emphasis' && node.type !== 'strong') {
      const inner = [...ancestors, node as Parent];
      const children = node.children as RstNode[];
      for (let k = children.length - 1; k >= 0; k--) stack.push([children[k] as RstNode, inner]);
    }
  }
  return units;
}
