/**
 * parseRst: RST text → unist tree. Also `rstParse`, the same as a unified
 * parser plugin (`unified().use(rstParse).parse(file)`).
 */
import type { Processor } from 'unified';
import type { Block, ParseOptions, Root, Section, Title } from './types.js';
import { makeSource, positionOf, sourceViews } from './source.js';
import { parseBody } from './blocks.js';

export function parseRst(text: string, options: ParseOptions = {}): Root {
  const src = makeSource(text);
  const blocks = parseBody({ src, fragment: options.fragment ?? false, depth: 0 }, sourceViews(src), true);
  return { type: 'root', children: nestSections(blocks), position: positionOf(src, 0, text.length) };
}

/**
 * Titles come out of the block parser flat; nest them into sections. As in
 * docutils, the first adornment style seen is level 1, the next new one
 * level 2, and so on; a known style closes deeper sections.
 */
export function nestSections(blocks: Block[]): Block[] {
  const root: Block[] = [];
  const styles: string[] = [];
  const open: Section[] = [];
  for (const b of blocks) {
    if (b.type === 'title') {
      const style = String((b as Title).data?.['style'] ?? '=');
      let level = styles.indexOf(style);
      if (level < 0) {
        // A new style is one level deeper than the innermost open section.
        level = open.length;
        styles.splice(level, styles.length - level, style);
      }
      open.length = Math.min(open.length, level);
      const section: Section = { type: 'section', depth: level + 1, style, children: [b], position: { start: b.position.start, end: b.position.end } };
      const parent = open[open.length - 1];
      (parent ? parent.children : root).push(section);
      open.push(section);
      continue;
    }
    const parent = open[open.length - 1];
    (parent ? parent.children : root).push(b);
  }
  // A section ends where its last child ends.
  const close = (s: Section): void => {
    for (const c of s.children) if (c.type === 'section') close(c);
    const last = s.children[s.children.length - 1];
    if (last) s.position = { start: s.position.start, end: last.position.end };
  };
  for (const b of root) if (b.type === 'section') close(b);
  return root;
}

/** unified parser plugin: `unified().use(rstParse)`; file.data.rstFragment parses a fragment. */
export function rstParse(this: Processor, options: ParseOptions = {}): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this;
  self.parser = (doc, file) => parseRst(doc, { ...options, fragment: options.fragment ?? Boolean(file.data['rstFragment']) }) as never;
}
