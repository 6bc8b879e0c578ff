/**
 * Issue 13: the Markdown reader's prose units agree in position and text with an independent
 * reference, cmark-gfm (installed by .ci/run), block by block, on the third-party Markdown of
 * ../shared/corpus-dev and on fixtures/markdown (written for this test: nested lists, quotes
 * with lazy continuation, tables with code and escaped pipes, both heading styles, CRLF, tabs,
 * non-ASCII text, hard breaks, entities, footnotes, front matter). See test/md/cmark.ts for the
 * reading of cmark's XML and each difference allowed.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseMdast } from '../../src/md/parse.js';
import { parseDocument } from '../../src/engine/syntax.js';
import { positionProblems } from '../helpers/invariants.js';
import { sharedDir } from '../helpers/shared.js';
import { describeIf, skipOrFail } from '../helpers/skip.js';
import { cmarkProblem, cmarkXml, compare, Lines, readXml } from './cmark.js';

const problem = cmarkProblem();
const cmark = problem ? skipOrFail(problem, 'agreement with cmark-gfm') : true;
const root = join(sharedDir(), 'corpus-dev');
const corpus = existsSync(root) ? root : skipOrFail(`${root} not found`, 'agreement with cmark-gfm on corpus-dev');
const fixtures = join(process.cwd(), 'fixtures', 'markdown');

const markdownFiles = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.(?:md|markdown)$/i.test(f))
    .map((f) => join(dir, f))
    .sort();

/** Front matter: not CommonMark, so cmark reads it as a thematic break and a setext heading. */
function frontMatter(text: string): [number, number][] {
  const first = parseMdast(text).children[0];
  return first && (first.type === 'yaml' || (first.type as string) === 'toml')
    ? [[first.position?.start.offset ?? 0, first.position?.end.offset ?? 0]]
    : [];
}

function check(file: string, minBlocks: number): void {
  const text = readFileSync(file, 'utf8');
  const result = compare(text, cmarkXml(file), frontMatter(text));
  expect(result.blocks.length).toBeGreaterThanOrEqual(minBlocks);
  expect(result.mismatches).toEqual([]);
  // And the tree's own invariants: every node inside the file and inside its parent.
  expect(positionProblems(parseDocument(text, { syntax: 'markdown' }), text)).toEqual([]);
}

describeIf(cmark && corpus)('cmark-gfm and claimlint agree on ../shared/corpus-dev', () => {
  // The corpus's own README.md (top level) describes the corpus; it is not one of its documents.
  const files = corpus ? markdownFiles(corpus).filter((f) => relative(corpus, f) !== 'README.md') : [];
  test('the corpus has its Markdown documents', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  test.each(files.map((f) => [relative(root, f), f]))('%s', (_name, file) => check(file, 10));
});

describeIf(cmark)('cmark-gfm and claimlint agree on fixtures/markdown', () => {
  const files = markdownFiles(fixtures);
  test('the fixtures are there', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });
  test.each(files.map((f) => [relative(fixtures, f), f]))('%s', (_name, file) => check(file, 5));
});

describe('the reading of cmark-gfm\'s positions', () => {
  test('byte columns become UTF-16 offsets through each line\'s UTF-8 (CR LF, é, emoji)', () => {
    const lines = new Lines('é🔐x\r\nab\rc');
    expect([lines.offset(1, 0), lines.offset(1, 2), lines.offset(1, 6), lines.offset(1, 7)]).toEqual([0, 1, 3, 4]);
    expect([lines.offset(2, 1), lines.offset(3, 0)]).toEqual([7, 9]);
    expect(() => lines.offset(1, 1)).toThrow(/inside a character/);
    expect(lines.where(3)).toBe('1:7');
  });
  test('the XML reader keeps text, attributes and the footnote extension\'s unnamed nodes', () => {
    const doc = readXml('<?xml version="1.0"?>\n<!DOCTYPE document SYSTEM "CommonMark.dtd">\n<document sourcepos="1:1-1:9">\n  <paragraph sourcepos="1:1-1:9">\n    <text sourcepos="1:1-1:5" xml:space="preserve">a &amp; &lt;b&gt;</text>\n    <<unknown> sourcepos="1:6-1:9" />\n  </paragraph>\n  <<unknown> sourcepos="3:1-3:9">\n  </<unknown>>\n</document>\n');
    const para = doc.children[0];
    expect(para?.children.map((c) => [c.name, c.text])).toEqual([['text', 'a & <b>'], ['footnote_reference', '']]);
    expect(doc.children[1]?.name).toBe('footnote_definition');
  });
});

describeIf(cmark)('the comparison fails where it should', () => {
  const against = (text: string, reference: string) => compare(text, cmarkXml('<stdin>', reference)).mismatches;
  test('a range that differs', () => {
    expect(against('Memory is *encrypted* there.\n', 'Memory is *encrypted* here.\n').join('\n')).toMatch(/cmark's range 1:1\.\.1:28 .*claimlint's paragraph 1:1\.\.1:29/);
  });
  test('a text that differs', () => {
    expect(against('Memory is encrypted here.\n', 'Memory is decrypted here.\n').join('\n')).toMatch(/text differs[^]*claimlint: Memoryisencryptedhere\.[^]*cmark: +Memoryisdecryptedhere\./);
  });
  test('a unit of claimlint\'s that cmark has no block for', () => {
    expect(against('One.\n\nTwo.\n', 'One.\n').join('\n')).toMatch(/claimlint's paragraph unit 3:1\.\.3:5 "Two\." is no block of cmark's/);
  });
  test('a kind that differs', () => {
    expect(against('- Item text.\n', '> Item text.\n').join('\n')).toMatch(/kind list-item, cmark's block is block-quote/);
  });
});
