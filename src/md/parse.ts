/**
 * parseMarkdown: Markdown text → the document tree (src/rst/types.ts), through remark-parse
 * with GitHub's extensions (tables, footnotes, autolinks, strikethrough) and YAML/TOML front
 * matter. Also `markdownParse`, the same as a unified parser plugin.
 */
import type { Root as Mdast } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from '../rst/types.js';
import { treeFromMdast } from './to-tree.js';
import { guarded, guardExtension } from './guard.js';

let reader: Processor<Mdast> | undefined;

export interface ReadOptions {
  /** The reading's time limit (default: guard.ts's readingDeadlineMs for the text's length). */
  deadlineMs?: number;
  /** The share of the heap the reading may fill (default: guard.ts's MAX_HEAP_SHARE). */
  heapShare?: number;
}

/**
 * GitHub's autolink literals as the reader finds them, and no more: mdast-util-gfm-autolink-literal
 * also looks for addresses in the text afterwards (where the reader did not take one, after an
 * unmatched "[" say), and the nodes it makes have no positions, nor have the pieces of text it
 * leaves around them: a paragraph "[the https://example.org x" lost its words and got a URL at
 * 1:1 (the md fuzz target found it). Such an address stays text.
 */
function autolinksAsRead(this: Processor): void {
  const data = this.data();
  const strip = (e: unknown): unknown => {
    if (Array.isArray(e)) return e.map(strip);
    const ext = e as { enter?: Record<string, unknown>; transforms?: unknown[] };
    return ext.enter && 'literalAutolink' in ext.enter ? { ...ext, transforms: [] } : e;
  };
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map(strip) as typeof data.fromMarkdownExtensions;
}

/** The guard's micromark extension, after GitHub's and front matter's (so that its constructs are tried first). */
function guard(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(guardExtension);
}

/**
 * The mdast of `text`, as remark reads it. A document the reader cannot read in bounded time
 * is refused with a ReaderRefusal (guard.ts).
 */
export function parseMdast(text: string, options: ReadOptions = {}): Mdast {
  reader ??= unified().use(remarkParse).use(remarkGfm).use(autolinksAsRead).use(remarkFrontmatter, ['yaml', 'toml']).use(guard).freeze() as unknown as Processor<Mdast>;
  const r = reader;
  return guarded(text, options, () => r.parse(text));
}

export function parseMarkdown(text: string, options: ReadOptions = {}): Root {
  return treeFromMdast(parseMdast(text, options), text);
}

/** unified parser plugin: `unified().use(markdownParse)`. */
export function markdownParse(this: Processor): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this;
  self.parser = (doc) => parseMarkdown(doc) as never;
}
