/**
 * The single-file bundle's stand-in for ./parse.ts (scripts/build-bundle.mjs puts it in place):
 * the Markdown reader (remark and micromark, about 400 KB) lives in claimlint-md.cjs beside the
 * bundle and is loaded by the first Markdown document, so that a run on RST alone, a patch check
 * say, does not compile it at start-up. Same exports, same behaviour.
 */
import { createRequire } from 'node:module';
import type { Root as Mdast } from 'mdast';
import type { Processor } from 'unified';
import type { Root } from '../rst/types.js';

interface MarkdownReader {
  parseMarkdown(text: string): Root;
  parseMdast(text: string): Mdast;
}

let reader: MarkdownReader | undefined;
const load = (): MarkdownReader => (reader ??= createRequire(import.meta.url)('./claimlint-md.cjs') as MarkdownReader);

export function parseMdast(text: string): Mdast {
  return load().parseMdast(text);
}

export function parseMarkdown(text: string): Root {
  return load().parseMarkdown(text);
}

/** unified parser plugin: `unified().use(markdownParse)`. */
export function markdownParse(this: Processor): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this;
  self.parser = (doc) => parseMarkdown(doc) as never;
}
