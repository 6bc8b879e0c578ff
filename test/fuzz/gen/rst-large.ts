/**
 * RST at the sizes where a recursion or an argument spread whose depth or length follows the
 * input gives way: nesting 10,000 deep (on one line) and 2,000 deep (by indentation), tables
 * and lists of 130,000 rows, a 1 MB line, thousands of sections and of claims (findings).
 * `scale` 1 is what `npm test` runs; `npm run fuzz` passes more for the costliest kinds.
 */
import fc from 'fast-check';
import { isKnown } from '../known-failing.js';
import { CLAIMS } from './text.js';
import type { RstInput } from './rst.js';

const claimAt = (i: number) => CLAIMS[i % CLAIMS.length] as string;
const MARKERS = ['- ', '* ', '1. ', '#. ', ':f: ', '(a) ', '+ ', 'i. '];

/** Rows a grid table may have: above ~60,000 the table scanner's spread overflows the stack (a known defect). */
const gridRows = () => (isKnown('grid-table-spread') ? 50_000 : 70_000);
/** Lines of one sentence full of example cues: the cue scan is cubic in its length (a known defect). */
const sentenceLines = () => (isKnown('long-sentence-cues') ? 1_000 : 20_000);
/** Columns: the scanner is quadratic in them (a known defect). */
const gridColumns = () => (isKnown('grid-table-wide') ? 1_000 : 20_000);

function build(kind: string, n: number, salt: number): string {
  const out: string[] = [];
  switch (kind) {
    case 'deep-same-line': {
      let line = '';
      for (let i = 0; i < n; i++) line += MARKERS[(i * salt) % MARKERS.length];
      return `${line}${claimAt(salt)}\n`;
    }
    case 'deep-indent':
      for (let i = 0; i < n; i++) out.push(`${' '.repeat(i)}${claimAt(i)}`, '');
      break;
    case 'deep-list':
      for (let i = 0; i < n; i++) out.push(`${'  '.repeat(i)}${MARKERS[salt % 3]}${claimAt(i)}`);
      break;
    case 'grid-table': {
      out.push('+------+----------------------------------------------------+', '| x    | y                                                  |', '+======+====================================================+');
      for (let i = 0; i < n; i++) out.push(`| ${String(i).padEnd(4).slice(0, 4)} | ${(i % 97 ? 'cell' : claimAt(i)).padEnd(50).slice(0, 50)} |`, '+------+----------------------------------------------------+');
      break;
    }
    case 'wide-grid-table': {
      const cols = Array.from({ length: n }, (_, i) => (i % 50 ? 'x' : 'TDX'));
      out.push(`+${cols.map(() => '-----').join('+')}+`, `|${cols.map((c) => ` ${c.padEnd(4)}`).join('|')}|`, `+${cols.map(() => '-----').join('+')}+`);
      break;
    }
    case 'simple-table':
      out.push('=====  =====', 'A      B', '=====  =====');
      for (let i = 0; i < n; i++) out.push(i % 101 ? `x      ${i}` : `SEV    ${claimAt(i)}`);
      out.push('=====  =====');
      break;
    case 'list':
      for (let i = 0; i < n; i++) out.push(i % 89 ? `- item ${i}` : `- ${claimAt(i)}`);
      break;
    case 'field-list':
      for (let i = 0; i < n; i++) out.push(`:f${i}: ${i % 89 ? 'value' : claimAt(i)}`);
      break;
    case 'long-line': {
      const parts: string[] = [];
      for (let len = 0, i = 0; len < n; i++) { const s = i % 5 ? `*x ${'`'}y ${claimAt(i)}` : claimAt(i); parts.push(s); len += s.length + 1; }
      return `${parts.join(' ')}\n`;
    }
    case 'sections': {
      const styles = ['=', '-', '~', '^', '"', "'", '`', '#', '*', '+', ':', '.', '_', '<', '>', '!', '%', '&', '$', '@', ';', ',', '/', '?'];
      for (let i = 0; i < n; i++) {
        const s = styles[(i * salt) % styles.length] as string;
        const over = (i + salt) % 2 === 0;
        const t = `Title ${i} ${i % 7 ? '' : claimAt(i)}`.trim();
        out.push(...(over ? [s.repeat(t.length), t, s.repeat(t.length)] : [t, s.repeat(t.length)]), '', claimAt(i + 1), '');
      }
      break;
    }
    case 'long-sentence': // one sentence: lowercase lines continue it
      for (let i = 0; i < n; i++) out.push(i % 2 ? `line ${i}` : 'such as pKVM, the host has memory integrity.');
      break;
    default: // 'claims': one finding or more per paragraph
      for (let i = 0; i < n; i++) out.push(claimAt(i), '');
  }
  return `${out.join('\n')}\n`;
}

/** [kind, largest n at scale 1, largest n at full scale] */
const KINDS: [string, number, number][] = [
  ['deep-same-line', 10_000, 10_000],
  ['deep-indent', 300, 2_000],
  ['deep-list', 300, 2_000],
  ['grid-table', 0, 0], // from gridRows()
  ['wide-grid-table', 0, 0], // from gridColumns()
  ['simple-table', 30_000, 130_000],
  ['list', 30_000, 130_000],
  ['field-list', 30_000, 130_000],
  ['long-line', 200_000, 1_000_000],
  ['sections', 3_000, 10_000],
  ['claims', 3_000, 45_000],
  ['long-sentence', 0, 0], // from sentenceLines()
];

export function rstLarge(full: boolean): fc.Arbitrary<RstInput> {
  return fc.tuple(fc.constantFrom(...KINDS), fc.double({ min: 0.5, max: 1, noNaN: true }), fc.nat(1000), fc.boolean()).map(([[kind, small, big], f, salt, crlf]) => {
    const max = kind === 'grid-table' ? gridRows() : kind === 'wide-grid-table' ? gridColumns() : kind === 'long-sentence' ? sentenceLines() : full ? big : small;
    const text = build(kind, Math.max(1, Math.floor(max * f)), salt + 1);
    return { text: crlf ? text.replace(/\n/g, '\r\n') : text, fragment: false, path: `Documentation/large/${kind}.rst` };
  });
}
