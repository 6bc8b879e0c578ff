/**
 * The lint pipeline around one document: a vfile in, the same vfile out with
 * its messages. Every surface (CLI, patch mode, editor) goes through here.
 */
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { rstParse } from '../rst/parse.js';
import type { Root } from '../rst/types.js';

/** The processor: parse RST; claim rules attach here as transformer plugins. */
export function createProcessor() {
  return unified().use(rstParse);
}

export async function lintFile(file: VFile): Promise<VFile> {
  const processor = createProcessor();
  const tree = processor.parse(file) as unknown as Root;
  await processor.run(tree as never, file);
  return file;
}
