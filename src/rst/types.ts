/**
 * The document tree: a unist tree in which every node has a `position`
 * (1-based line and column, 0-based offset; columns count UTF-16 code units of
 * the source as given, so a tab is one column, as in LSP, SARIF and ESLint).
 * The RST parser builds it; Markdown maps onto a subset of it (src/md/to-tree.ts).
 */
import type { Position } from 'unist';

export type { Point, Position } from 'unist';

interface Base {
  position: Position;
  data?: Record<string, unknown>;
}

interface ParentBase<C> extends Base {
  children: C[];
}

// ---------------------------------------------------------------- inline

export interface Text extends Base { type: 'text'; value: string }
/** ``literal`` */
export interface InlineLiteral extends Base { type: 'inlineLiteral'; value: string }
export interface Emphasis extends ParentBase<Text> { type: 'emphasis' }
export interface Strong extends ParentBase<Text> { type: 'strong' }
/**
 * Interpreted text: :role:`content` (domain roles such as :c:func: included) or
 * `content` with the default role. `title` is the display text of
 * :ref:`title <target>`, which is prose; everything else is not.
 */
export interface Role extends Base { type: 'role'; role: string; value: string; title?: string; titlePosition?: Position }
/** `text <url>`_, `text`_, name_ : the link text is prose, the URL is not. */
export interface Reference extends Base { type: 'reference'; text: string; url?: string; textPosition: Position }
/** _`inline target`: its text is prose. */
export interface InlineTarget extends Base { type: 'inlineTarget'; text: string; textPosition: Position }
export interface SubstitutionReference extends Base { type: 'substitutionReference'; name: string }
export interface FootnoteReference extends Base { type: 'footnoteReference'; label: string }
/** A bare URL or e-mail address in running text. */
export interface Url extends Base { type: 'url'; value: string }
/** Markdown's markup that is not prose: an image, inline HTML, a hard break, struck-through text, a quote's ">" markers. */
export interface Markup extends Base { type: 'markup'; value: string }

export type Inline =
  | Text | InlineLiteral | Emphasis | Strong | Role | Reference | InlineTarget
  | SubstitutionReference | FootnoteReference | Url | Markup;

// ---------------------------------------------------------------- blocks

/** The inline content of a prose block. */
export interface Paragraph extends ParentBase<Inline> {
  type: 'paragraph';
  /**
   * Set on a paragraph that ends in ":" and is directly followed by the list,
   * table or block it introduces (`data.introduces` is that sibling's index).
   */
  data?: { leadIn?: boolean; introduces?: number } & Record<string, unknown>;
}
export interface Title extends ParentBase<Inline> { type: 'title' }
export interface Section extends ParentBase<Block> {
  type: 'section';
  depth: number;
  /** The adornment style, e.g. "=" or "=/=" when over- and underlined. */
  style: string;
}
export interface BulletList extends ParentBase<ListItem> { type: 'bulletList'; marker: string }
export interface EnumeratedList extends ParentBase<ListItem> { type: 'enumeratedList'; marker: string }
export interface ListItem extends ParentBase<Block> { type: 'listItem' }
export interface DefinitionList extends ParentBase<DefinitionItem> { type: 'definitionList' }
export interface DefinitionItem extends ParentBase<Term | Definition> { type: 'definitionItem' }
export interface Term extends ParentBase<Inline> { type: 'term' }
export interface Definition extends ParentBase<Block> { type: 'definition' }
export interface FieldList extends ParentBase<Field> { type: 'fieldList' }
export interface Field extends ParentBase<FieldBody> { type: 'field'; name: string; namePosition: Position }
export interface FieldBody extends ParentBase<Block> { type: 'fieldBody' }
export interface OptionList extends ParentBase<OptionListItem> { type: 'optionList' }
export interface OptionListItem extends ParentBase<Block> { type: 'optionListItem'; options: string }
export interface BlockQuote extends ParentBase<Block> { type: 'blockQuote' }
/** A literal block (after "::"), a doctest block, or a raw directive body. */
export interface LiteralBlock extends Base { type: 'literalBlock'; value: string; kind: 'indented' | 'quoted' | 'doctest' | 'fenced' | 'html' | 'front-matter' }
export interface LineBlock extends ParentBase<Line> { type: 'lineBlock' }
export interface Line extends ParentBase<Inline> { type: 'line' }
/**
 * A directive. `argument` and `options` as written; `value` holds the raw body
 * of code-like directives (code-block, kernel-doc, toctree, ...). Admonitions
 * and other prose directives have their body parsed into `children`; table
 * directives (list-table, flat-table, table) have a single `table` child.
 * An admonition's argument (the title of `.. admonition::`, `.. topic::`,
 * `.. rubric::`) is parsed as inline content in `title`.
 */
export interface Directive extends ParentBase<Block> {
  type: 'directive';
  name: string;
  argument: string;
  options: Record<string, string>;
  value?: string;
  title?: Title;
}
export interface Comment extends Base { type: 'comment'; value: string }
/** `.. _name: url` or `__ url` */
export interface Target extends Base { type: 'target'; name: string; url: string }
export interface SubstitutionDefinition extends Base { type: 'substitutionDefinition'; name: string; value: string }
/** `.. [1] text` and citations `.. [name] text`: the body is prose. */
export interface Footnote extends ParentBase<Block> { type: 'footnote'; label: string }
export interface Transition extends Base { type: 'transition' }
/** Grid, simple, list-table and flat-table tables share this shape. */
export interface Table extends ParentBase<TableRow> {
  type: 'table';
  kind: 'grid' | 'simple' | 'list-table' | 'flat-table' | 'pipe';
}
export interface TableRow extends ParentBase<TableCell> {
  type: 'tableRow';
  /** A header row (above the "=" border, or within :header-rows:). */
  header: boolean;
}
export interface TableCell extends ParentBase<Block> {
  type: 'tableCell';
  header: boolean;
  /** The first column of a body row, or within :stub-columns:. */
  stub: boolean;
  column: number;
}

export type Block =
  | Paragraph | Section | Title | BulletList | EnumeratedList | DefinitionList | FieldList
  | OptionList | BlockQuote | LiteralBlock | LineBlock | Directive | Comment | Target
  | SubstitutionDefinition | Footnote | Transition | Table;

export interface Root extends ParentBase<Block> { type: 'root' }

export type Parent =
  | Root | Section | BulletList | EnumeratedList | ListItem | DefinitionList | DefinitionItem
  | Term | Definition | FieldList | Field | FieldBody | OptionList | OptionListItem | BlockQuote
  | LineBlock | Line | Directive | Footnote | Table | TableRow | TableCell | Paragraph | Title
  | Emphasis | Strong;

export type RstNode =
  | Root | Block | Inline | ListItem | DefinitionItem | Term | Definition | Field | FieldBody
  | OptionListItem | Line | TableRow | TableCell;

export interface ParseOptions {
  /**
   * The text is a fragment that starts mid-document (a patch hunk): indented
   * lines at its start, whose context is unknown, are taken as literal, and
   * titles are recognised anywhere.
   */
  fragment?: boolean;
}
