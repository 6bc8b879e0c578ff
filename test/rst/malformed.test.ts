import { describe, expect, test } from '@jest/globals';
import { parseRst } from '../../src/rst/parse.js';
import { proseUnits } from '../../src/prose/units.js';
import { sentencesOf } from '../../src/prose/sentences.js';
import { positionProblems } from '../helpers/invariants.js';

/** Parse, check structure, and run the prose stage: nothing may throw. */
function survive(text: string) {
  const tree = parseRst(text);
  expect(positionProblems(tree, text)).toEqual([]);
  const units = proseUnits(tree, text);
  for (const u of units) sentencesOf(u);
  return units;
}

describe('malformed input parses without a throw', () => {
  test('an unterminated grid table', () => {
    survive('+-----+-----+\n| a   | b   |\n| c   | d\n');
  });
  test('an unterminated simple table', () => {
    survive('=====  =====\nA      B\nC      D\n');
  });
  test('a 100 kB line', () => {
    const units = survive(`${'SEV-SNP guests have integrity. '.repeat(3300)}\n\n${'`'.repeat(100_000)}\n`);
    expect(units[0]!.text.length).toBeGreaterThan(100_000);
  });
  test('a 100 kB line of unclosed inline markup', () => {
    survive(`${'*a ``b :c:`d |e _`f '.repeat(5000)}\n`);
  });
  test('200-deep nested block quotes and lists', () => {
    let t = '';
    for (let d = 0; d < 200; d++) t += `${' '.repeat(4 * d)}${d % 2 ? '- ' : ''}level ${d}\n\n`;
    survive(t);
  });
  test('2,000-deep nesting is cut off, not a stack overflow', () => {
    let t = '';
    for (let d = 0; d < 2000; d++) t += `${' '.repeat(2 * d)}- level ${d}\n`;
    const units = survive(t);
    expect(units.map((u) => u.text).join(' ')).toContain('level 1999');
  });
  test('NUL bytes', () => {
    const units = survive('Text\0with NUL.\n\n\0\0\0\n\n.. \0::\n');
    expect(units.length).toBeGreaterThan(0);
  });
  test('invalid UTF-8, decoded with replacement characters', () => {
    const text = new TextDecoder().decode(Uint8Array.from([0x41, 0xff, 0xfe, 0x20, 0x42, 0x0a, 0x3d, 0x3d, 0x0a]));
    survive(text);
  });
  test('a file that is only "::", only "..", or empty', () => {
    expect(survive('::')).toEqual([]);
    expect(survive('..')).toEqual([]);
    expect(survive('')).toEqual([]);
    survive('\n\n\n');
  });
  test('a BOM and CRLF line ends', () => {
    const units = survive('\uFEFFTitle\r\n=====\r\n\r\nText.\r\n');
    expect(units.map((u) => u.kind)).toEqual(['title', 'paragraph']);
  });
  test('directive with no body, options without values, and odd markers', () => {
    survive('.. note::\n.. list-table::\n   :header-rows: x\n\n   * not a row list\n\n.. flat-table::\n\n   plain\n');
    survive('- \n-\n1.\n#.\n:field:\n:: \n| \n');
  });
});
