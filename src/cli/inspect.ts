/**
 * `claimlint parse` and `claimlint prose`: what the parser and the prose stage see, in the
 * document's own syntax (by its path: .md and .markdown are Markdown, anything else RST).
 */
import type { VFile } from 'vfile';
import { DocumentError, formatDocumentError } from '../engine/document-error.js';
import { parseDocument, syntaxOf } from '../engine/syntax.js';
import type { Root } from '../rst/types.js';
import { proseUnits } from '../prose/units.js';
import { sentencesOf } from '../prose/sentences.js';
import { makeSource, pointAt } from '../rst/source.js';
import { InputError } from './read.js';

/** The document's tree; a document claimlint refuses to read is bad input (`path:line:col: reason`, exit status 2). */
function treeOf(file: VFile, text: string): Root {
  try {
    return parseDocument(text, { syntax: syntaxOf(file.path ?? '') });
  } catch (err) {
    if (err instanceof DocumentError) throw new InputError(formatDocumentError(file.path ?? '-', err));
    throw err;
  }
}

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
