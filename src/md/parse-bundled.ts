/**
 * The single-file bundle's stand-in for ./parse.ts (scripts/build-bundle.mjs puts it in place):
 * the Markdown reader (remark and micromark, about 400 KB) lives in claimlint-md.cjs beside the
 * bundle and is loaded by the first Markdown document, so that a run on RST alone, a patch check
 * say, does not compile it at start-up. Same exports, same behaviour (a refusal is that bundle's
 * ReaderRefusal, which src/engine/syntax.ts recognises by its fields).
 */
import { createRequire } from 'node:module';
import type { Root as Mdast } from 'mdast';
import type { Processor } from 'unified';
import type { Root } from '../rst/types.js';

export interface ReadOptions {
  /** The reading's time limit (default: guard.ts's readingDeadlineMs for the text's length). */
  deadlineMs?: number;
  /** The share of the heap the reading may fill (default: guard.ts's MAX_HEAP_SHARE). */
  heapShare?: number;
}

interface MarkdownReader {
  parseMarkdown(text: string, options?: ReadOptions): Root;
  parseMdast(text: string, options?: ReadOptions): Mdast;
}

let reader: MarkdownReader | undefined;
const load = (): MarkdownReader => (reader ??= createRequire(import.meta.url)('./claimlint-md.cjs') as MarkdownReader);

export function parseMdast(text: string, options: ReadOptions = {}): Mdast {
  return load().parseMdast(text, options);
}

export function parseMarkdown(text: string, options: ReadOptions = {}): Root {
  return load().parseMarkdown(text, options);
}

/** unified parser plugin: `unified().use(markdownParse)`. */
export function markdownParse(this: Processor): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this;
  self.parser = (doc) => parseMarkdown(doc) as never;
}
