/**
 * Very large and very deep RST (issue 9, item 8): nothing crashes, hangs or is lost. Whole
 * runs go through the CLI in a child process with a time and a memory cap (capped.ts), so a
 * reintroduced spread (`Math.max(...lines)`: a RangeError past ~125,000 arguments), recursion or
 * quadratic step fails its test instead of taking the suite down. The sizes are the ones that
 * broke: tables of more than 125,000 lines, rows of 50,000 cells, 10,000-deep nesting.
 */
import { describe, expect, test } from '@jest/globals';
import { parseRst } from '../../src/rst/parse.js';
import { MAX_DEPTH } from '../../src/rst/blocks.js';
import { proseUnits } from '../../src/prose/units.js';
import type { RstNode } from '../../src/rst/types.js';
import { CLAIM, claimlintCapped, withTree } from './capped.js';

interface JsonMessage { ruleId: string; line: number; column: number }

/** `claimlint --format json FILE` on `text`, capped: the findings of the one file. */
function lintCapped(text: string, opts: { timeoutMs?: number; heapMb?: number } = {}): JsonMessage[] {
  return withTree({ 'doc.rst': text }, (root) => {
    const r = claimlintCapped(['--format', 'json', 'doc.rst'], { cwd: root, ...opts });
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    return (JSON.parse(r.stdout) as { messages: JsonMessage[] }[])[0]?.messages ?? [];
  });
}

/** Where memory-integrity flags the last CLAIM of `text` (its scope, "x86"), as 1-based line and column. */
function claimAt(text: string): { line: number; column: number } {
  const at = text.lastIndexOf(CLAIM) + CLAIM.indexOf('x86');
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

const memoryIntegrity = (ms: JsonMessage[]) => ms.filter((m) => m.ruleId === 'memory-integrity').map((m) => ({ line: m.line, column: m.column }));

describe('long and wide tables', () => {
  test('a grid table of 130,001 lines is a table: the claim in its last row is found there', () => {
    const width = CLAIM.length + 2;
    const rule = `+${'-'.repeat(width)}+`;
    const rows: string[] = [rule];
    for (let r = 0; r < 65_000; r++) rows.push(`| ${(r === 64_999 ? CLAIM : `row ${r}`).padEnd(width - 1)}|`, rule);
    const text = `${rows.join('\n')}\n`;
    // Main: RangeError (Math.max(...130001 line lengths)), an internal error, exit status 2.
    const found = memoryIntegrity(lintCapped(text, { timeoutMs: 120_000, heapMb: 512 }));
    expect(found).toEqual([{ line: 130_000, column: 3 + CLAIM.indexOf('x86') }]);
  });

  test('a grid table row of 50,000 cells', () => {
    const cells = 50_000;
    const text = [
      `${'+---'.repeat(cells)}+`,
      `${'| a '.repeat(cells - 1)}| x |`,
      `${'+---'.repeat(cells)}+`,
      '',
      CLAIM,
      '',
    ].join('\n');
    // Main: quadratic in the cells of a row (a spread into the row's list per cell, indexOf per cell).
    expect(memoryIntegrity(lintCapped(text, { timeoutMs: 60_000, heapMb: 512 }))).toEqual([claimAt(text)]);
  });

  test('a simple table 50,000 columns wide, its claim in the last column', () => {
    const cols = 50_000;
    const border = Array(cols).fill('==').join(' ');
    const text = `${border}\n${Array(cols - 1).fill('ab').join(' ')} ${CLAIM}\n${border}\n`;
    // Main: each cell's offsets walked from the start of its line (quadratic in the line's width).
    expect(memoryIntegrity(lintCapped(text, { timeoutMs: 60_000, heapMb: 512 }))).toEqual([claimAt(text)]);
  });

  test('parsed in process: 130,001 lines, every row a row and no cell lost', () => {
    const rows: string[] = ['+-----+-----+'];
    for (let r = 0; r < 65_000; r++) rows.push('| a   | b   |', '+-----+-----+');
    const tree = parseRst(`${rows.join('\n')}\n`);
    const table = tree.children[0] as RstNode & { children: RstNode[] };
    expect(table.type).toBe('table');
    expect(table.children).toHaveLength(65_000);
  });
});

describe('regular expressions and scans that backtracked over long lines', () => {
  test('a reference whose text holds 300,000 spaces', () => {
    // /^([\s\S]*?)\s*<([^<>]*)>$/ on the reference text: quadratic, minutes on main.
    const text = `See \`a${' '.repeat(300_000)}b\`_ here.\n\n${CLAIM}\n`;
    expect(memoryIntegrity(lintCapped(text, { timeoutMs: 30_000 }))).toEqual([claimAt(text)]);
  });

  test('a simple table followed by a line with 200,000 tabs inside', () => {
    // /[ \t]+$/ on each line after a simple table's top border: quadratic on main.
    const text = `=====  =====\nA      B\nx${'\t'.repeat(200_000)}y\n\n${CLAIM}\n`;
    expect(memoryIntegrity(lintCapped(text, { timeoutMs: 30_000 }))).toEqual([claimAt(text)]);
  });
});

describe('deep nesting', () => {
  /** The nodes from the root down the first child of each node, to the deepest. */
  const spine = (node: RstNode): RstNode[] => {
    const out: RstNode[] = [];
    for (let n: RstNode | undefined = node; n; n = 'children' in n ? (n.children as RstNode[])[0] : undefined) out.push(n);
    return out;
  };

  test(`200-deep nested lists and block quotes parse as nesting (the cap is ${MAX_DEPTH} levels)`, () => {
    const lists = `${'- '.repeat(200)}${CLAIM}\n`;
    const path = spine(parseRst(lists));
    // Main: the nesting stopped at 120 levels and the rest, markers and all, became a paragraph.
    expect(path.filter((n) => n.type === 'bulletList').length).toBe(200);
    const units = proseUnits(parseRst(lists), lists);
    expect(units.map((u) => [u.kind, u.text])).toEqual([['list-item', CLAIM]]);

    let quotes = '';
    for (let d = 0; d < 200; d++) quotes += `${' '.repeat(d)}level ${d}\n\n`;
    const quoteUnits = proseUnits(parseRst(quotes), quotes);
    expect(quoteUnits).toHaveLength(200);
    expect(quoteUnits[199]?.ancestors.filter((a) => a.type === 'blockQuote')).toHaveLength(199);
  });

  const forms: [string, string][] = [
    ['bullet lists', `${'- '.repeat(10_000)}${CLAIM}\n`],
    ['enumerated lists', `${'1. '.repeat(10_000)}${CLAIM}\n`],
    ['field lists', `${':f: '.repeat(10_000)}${CLAIM}\n`],
    ['block quotes', `${Array.from({ length: 3000 }, (_, d) => `${' '.repeat(d)}level\n\n`).join('')}${' '.repeat(3000)}${CLAIM}\n`],
    ['definition lists', `${Array.from({ length: 3000 }, (_, d) => `${' '.repeat(d)}term\n`).join('')}${' '.repeat(3000)}${CLAIM}\n`],
    ['notes', `${Array.from({ length: 1500 }, (_, d) => `${' '.repeat(3 * d)}.. note::\n\n`).join('')}${' '.repeat(4500)}${CLAIM}\n`],
  ];
  test.each(forms)('nested 10,000 (or as deep as a 5 MB file goes) deep: %s; the claim at the bottom is found', (_, text) => {
    expect(memoryIntegrity(lintCapped(text, { timeoutMs: 60_000, heapMb: 512 }))).toEqual([claimAt(text)]);
  });
});
