/**
 * `claimlint parse` and `claimlint prose`: what the parser and the prose stage see, in the
 * document's own syntax (by its path: .md and .markdown are Markdown, anything else RST).
 */
import type { VFile } from 'vfile';
import { parseDocument, syntaxOf } from '../engine/syntax.js';
import type { Root } from '../rst/types.js';
import { proseUnits } from '../prose/units.js';
import { sentencesOf } from '../prose/sentences.js';
import { makeSource, pointAt } from '../rst/source.js';

const treeOf = (file: VFile, text: string): Root => parseDocument(text, { syntax: syntaxOf(file.path ?? '') });

export function printTree(file: VFile): string {
  return `${JSON.stringify(treeOf(file, String(file.value)), null, 2)}\n`;
}

export function printProse(file: VFile): string {
  const text = String(file.value);
  const src = makeSource(text);
  const at = (offset: number) => { const p = pointAt(src, offset); return `${p.line}:${p.column}`; };
  let out = '';
  for (const unit of proseUnits(treeOf(file, text), text)) {
    const chain = unit.sections.length ? `  [${unit.sections.join(' > ')}]` : '';
    out += `${at(unit.start)}  ${unit.kind}${chain}\n`;
    for (const s of sentencesOf(unit)) out += `  ${at(s.start)}  ${s.text.replace(/\s+/g, ' ').trim()}\n`;
  }
  return out;
}
