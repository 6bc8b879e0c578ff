/**
 * What claimlint refuses to hand to the Markdown reader, checked in one pass over the lines
 * before it is called: nesting deeper than MAX_NESTING levels of block quotes, list items and
 * footnote definitions.
 * The reader's time on a line grows with the square of the containers the line opens (5,000
 * ">" on one line: 1.2 s; 2,000 list markers: 1.6 s), a staircase of nested list items costs
 * the cube of its depth (500 deep: 3.2 s, 1,000: 28 s), and 10,000 ">" exhaust its stack
 * (scripts/md-stress.mjs measures them). No written document nests 100 levels deep (the
 * Markdown of corpus-dev and fixtures reach 4), and at 100 a line of "- " markers
 * takes the reader some 10 ms.
 *
 * This module belongs to the main bundle (src/engine/syntax.ts imports it): its DocumentError
 * is the one the surfaces catch.
 */
import { DocumentError } from '../engine/document-error.js';
import { makeSource, pointAt } from '../rst/source.js';

/** Levels of block quotes and list items one line may be inside. */
export const MAX_NESTING = 100;

export interface Nesting {
  /** The deepest nesting of a line, and where the container marker that reached it is. */
  depth: number;
  offset: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The nesting at each container marker: the ">" markers before it on its line plus the list
 * items open. A list item is open from its marker until a marker at or left of its column
 * comes (its content column is kept; a marker at column c closes the items whose content
 * starts right of c), so items nested by indentation over many lines count, lazy
 * continuation lines between them or not. This can count more levels than CommonMark makes
 * (the "- " lines of an indented code block, a list not closed by a marker), never fewer: a
 * block quote lasts only while its lines repeat its ">", and a list item nested in another
 * has its marker right of the other's. Columns count tabs to stops of 4, as CommonMark does.
 * Throws a DocumentError at the marker past `max` levels.
 */
export function checkMarkdownNesting(text: string, max = MAX_NESTING): Nesting {
  const items: number[] = [];
  let deepest: Nesting = { depth: 0, offset: 0 };
  const n = text.length;
  let i = 0;
  while (i < n) {
    let column = 0;
    let quotes = 0;
    // The container prefix: white space, ">" and list markers.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) { column++; i++; continue; }
      if (c === 9) { column = (column + 4) & ~3; i++; continue; }
      let marker = 0;
      let content = 1;
      if (c === 62) {
        quotes++;
      } else if (c === 91 && text.charCodeAt(i + 1) === 94) {
        // A footnote definition, "[^label]:", whose lines go on indented by 4.
        let k = i + 2;
        while (k < i + 1000 && k < n && !/[\]\r\n]/.test(text[k] as string)) k++;
        if (k > i + 2 && text.charCodeAt(k) === 93 && text.charCodeAt(k + 1) === 58) {
          marker = k + 2 - i;
          content = 4 - marker;
        }
      } else if (c === 45 || c === 43 || c === 42) {
        marker = 1;
      } else if (isDigit(c)) {
        let k = 1;
        while (k < 10 && isDigit(text.charCodeAt(i + k))) k++;
        const d = text.charCodeAt(i + k);
        if (k < 10 && (d === 46 || d === 41)) marker = k + 1;
      }
      if (c !== 62 && marker === 0) break;
      if (marker) {
        // A list marker is followed by white space or the line's end (a footnote's need not be).
        const after = text.charCodeAt(i + marker);
        if (c !== 91 && !(after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after))) break;
        while (items.length && (items[items.length - 1] as number) > column) items.pop();
        items.push(column + marker + content);
      }
      const depth = quotes + items.length;
      if (depth > deepest.depth) deepest = { depth, offset: i };
      if (depth > max) {
        const at = pointAt(makeSource(text), i);
        throw new DocumentError(at.line, at.column, i, `Markdown nested too deeply: ${depth} levels of block quotes, list items and footnotes here; claimlint reads up to ${max} levels`);
      }
      column += marker || 1;
      i += marker || 1;
    }
    // To the next line ("\n", "\r\n" or a lone "\r").
    while (i < n) {
      const c = text.charCodeAt(i++);
      if (c === 10) break;
      if (c === 13) { if (text.charCodeAt(i) === 10) i++; break; }
    }
  }
  return deepest;
}
