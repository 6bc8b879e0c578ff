import { expect, test } from '@jest/globals';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rstParse } from '../../src/rst/parse.js';
import type { Root } from '../../src/rst/types.js';

test('rstParse is a unified parser plugin; file.data.rstFragment parses a fragment', () => {
  const processor = unified().use(rstParse);
  const tree = processor.parse(new VFile({ path: 'a.rst', value: 'Title\n=====\n\nText.\n' })) as unknown as Root;
  expect(tree.children[0]!.type).toBe('section');
  const fragment = new VFile({ value: '    indented start\n\nText.\n', data: { rstFragment: true } });
  const frag = processor.parse(fragment) as unknown as Root;
  expect(frag.children.map((c) => c.type)).toEqual(['literalBlock', 'paragraph']);
});
