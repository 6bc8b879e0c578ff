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

let reader: Processor<Mdast> | undefined;

/** The mdast of `text`, as remark reads it. */
export function parseMdast(text: string): Mdast {
  reader ??= unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze() as unknown as Processor<Mdast>;
  return reader.parse(text);
}

export function parseMarkdown(text: string): Root {
  return treeFromMdast(parseMdast(text), text);
}

/** unified parser plugin: `unified().use(markdownParse)`. */
export function markdownParse(this: Processor): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this;
  self.parser = (doc) => parseMarkdown(doc) as never;
}
