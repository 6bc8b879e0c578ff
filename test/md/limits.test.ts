/**
 * What claimlint refuses to read as Markdown, and that it reads everything else as before:
 * nesting past MAX_NESTING levels (src/md/limits.ts, before the reader), a paragraph too long
 * or too costly to read (src/md/guard.ts, while reading), each a DocumentError naming the line
 * and column; corpus-dev's and fixtures/markdown's documents read, with the same mdast as
 * remark gives without the guard; the reader's EditMap replacement applying edits as the
 * original does; the mdast → tree conversion taking any depth without recursing. Inputs are
 * generated here; every refusal comes in seconds at most.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';
import { parseDocument } from '../../src/engine/syntax.js';
import { DocumentError } from '../../src/engine/document-error.js';
import { checkMarkdownNesting, MAX_NESTING } from '../../src/md/limits.js';
import {
  fastConsume, MAX_BRACKET_DEPTH, MAX_DELIMITERS, MAX_INLINE_CHARS, MAX_LAZY, MAX_LONG_TICKS, MAX_SCAN_AHEAD, originalConsume, SCAN_AHEAD_PER_CHAR,
} from '../../src/md/guard.js';
import { parseMarkdown, parseMdast } from '../../src/md/parse.js';
import { pointAt, makeSource } from '../../src/rst/source.js';
import { sharedDir } from '../helpers/shared.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLAIM = 'AMD SEV-SNP guests have memory integrity.';

/** The DocumentError parseDocument throws on `text`, checked to name a place inside it. */
function refusal(text: string, deadlineMs?: number): DocumentError {
  let caught: unknown;
  try {
    parseDocument(text, { syntax: 'markdown', deadlineMs });
  } catch (err) {
    caught = err;
  }
  if (!(caught instanceof DocumentError)) throw new Error(`not refused as a DocumentError: ${String(caught)}`);
  expect(caught.offset).toBeGreaterThanOrEqual(0);
  expect(caught.offset).toBeLessThanOrEqual(text.length);
  const at = pointAt(makeSource(text), caught.offset);
  expect([caught.line, caught.column]).toEqual([at.line, at.column]);
  expect(caught.message).toBe(`${caught.line}:${caught.column}: ${caught.reason}`);
  return caught;
}

const where = (e: DocumentError) => `${e.line}:${e.column}`;

/** How long `f` takes, in ms. */
function timed(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

/** The Markdown files under `dir`. */
function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|markdown)$/.test(f) && statSync(join(dir, f)).isFile())
    .map((f) => join(dir, f));
}

describe('nesting (src/md/limits.ts)', () => {
  test(`block quotes: ${MAX_NESTING} levels are read, one more is refused at its ">"`, () => {
    expect(() => parseDocument(`${'>'.repeat(MAX_NESTING)} ${CLAIM}\n`, { syntax: 'markdown' })).not.toThrow();
    const e = refusal(`# Title\n\n${'>'.repeat(MAX_NESTING + 1)} ${CLAIM}\n`);
    expect(where(e)).toBe(`3:${MAX_NESTING + 1}`);
    expect(e.reason).toBe(`Markdown nested too deeply: ${MAX_NESTING + 1} levels of block quotes, list items and footnotes here; claimlint reads up to ${MAX_NESTING} levels`);
    expect(where(refusal(`${'> '.repeat(MAX_NESTING + 1)}x`))).toBe(`1:${2 * MAX_NESTING + 1}`);
    expect(where(refusal(`${'>\t'.repeat(MAX_NESTING + 1)}x`))).toBe(`1:${2 * MAX_NESTING + 1}`);
  });

  test('list markers on one line, and block quotes and lists mixed', () => {
    expect(where(refusal(`${'- '.repeat(MAX_NESTING + 1)}x`))).toBe(`1:${2 * MAX_NESTING + 1}`);
    expect(where(refusal(`${'1. '.repeat(MAX_NESTING + 1)}x`))).toBe(`1:${3 * MAX_NESTING + 1}`);
    expect(where(refusal(`${'> - '.repeat(MAX_NESTING / 2)}> x`))).toBe(`1:${2 * MAX_NESTING + 1}`);
    expect(where(refusal(`${'[^a]: '.repeat(MAX_NESTING + 1)}x`))).toBe(`1:${6 * MAX_NESTING + 1}`);
    expect(() => parseDocument(`${'- '.repeat(MAX_NESTING)}x`, { syntax: 'markdown' })).not.toThrow();
  });

  test('lists nested by indentation, line after line (with lazy lines between, tabs, CRLF or CR line ends)', () => {
    const stair = (n: number, indent: (i: number) => string, marker: string, lazy: boolean, eol: string) =>
      Array.from({ length: n }, (_, i) => `${indent(i)}${marker} item ${i}${lazy ? `${eol}lazy` : ''}`).join(eol);
    for (const eol of ['\n', '\r\n', '\r']) {
      for (const lazy of [false, true]) {
        const e = refusal(stair(MAX_NESTING + 1, (i) => '  '.repeat(i), '-', lazy, eol));
        expect(where(e)).toBe(`${lazy ? 2 * MAX_NESTING + 1 : MAX_NESTING + 1}:${2 * MAX_NESTING + 1}`);
        expect(() => parseDocument(stair(MAX_NESTING, (i) => '  '.repeat(i), '-', lazy, eol), { syntax: 'markdown' })).not.toThrow();
      }
    }
    expect(where(refusal(stair(MAX_NESTING + 1, (i) => '   '.repeat(i), '1.', false, '\n')))).toBe(`${MAX_NESTING + 1}:${3 * MAX_NESTING + 1}`);
    // A tab is 4 columns: "\t" × i then "- " nests a level each line.
    expect(refusal(stair(MAX_NESTING + 1, (i) => '\t'.repeat(i), '-', false, '\n')).line).toBe(MAX_NESTING + 1);
    // Footnote definitions nest by 4 columns.
    expect(refusal(stair(MAX_NESTING + 1, (i) => '    '.repeat(i), '[^n]:', false, '\n')).line).toBe(MAX_NESTING + 1);
  });

  test('many lists, quotes and code blocks one after another do not add up', () => {
    const part = `- a\n  - b\n    - c\n      - d\n\n> > > quoted\n\nText.\n\n    - code\n      - code\n\n`;
    const text = part.repeat(2000);
    expect(checkMarkdownNesting(text).depth).toBeLessThanOrEqual(10);
    expect(() => parseDocument(text, { syntax: 'markdown' })).not.toThrow();
  });

  test('deep nesting is refused fast however long the document', () => {
    // The check is one pass over the lines: 16 MiB of them in well under a second or two.
    const text = `${`${'> '.repeat(50)}${CLAIM}\n`.repeat(Math.floor((16 * 1024 * 1024) / 150))}${'>'.repeat(MAX_NESTING + 1)} x\n`;
    expect(timed(() => expect(() => checkMarkdownNesting(text)).toThrow(DocumentError))).toBeLessThan(3000);
  });
});

describe('what the reader is spared (src/md/guard.ts)', () => {
  test(`a paragraph over ${MAX_INLINE_CHARS} characters is refused; a long line in a code block is not a paragraph`, () => {
    const e = refusal(`# Title\n\n${CLAIM}\n\n${'word '.repeat(MAX_INLINE_CHARS / 4)}\n`);
    expect(e.line).toBe(5);
    expect(e.reason).toContain(`Markdown paragraph too long: more than ${MAX_INLINE_CHARS} characters`);
    expect(() => parseDocument(`\`\`\`\n${'word '.repeat(MAX_INLINE_CHARS / 2)}\n\`\`\`\n`, { syntax: 'markdown' })).not.toThrow();
    expect(() => parseDocument(`${'word '.repeat(MAX_INLINE_CHARS / 8)}\n\n`.repeat(4), { syntax: 'markdown' })).not.toThrow();
  });

  test(`more than ${MAX_DELIMITERS} emphasis delimiters in a paragraph, or one run that long, are refused`, () => {
    expect(() => parseDocument('*a* '.repeat(MAX_DELIMITERS / 2 - 10), { syntax: 'markdown' })).not.toThrow();
    expect(refusal('*a* '.repeat(MAX_DELIMITERS / 2 + 10)).reason).toContain(`more than ${MAX_DELIMITERS} emphasis delimiters`);
    expect(refusal(`${'*'.repeat(MAX_DELIMITERS)}a${'*'.repeat(MAX_DELIMITERS)}`).reason).toContain('emphasis delimiters');
    expect(refusal(`x ${'~~a~~ '.repeat(MAX_DELIMITERS / 4 + 10)}`).reason).toContain('emphasis delimiters');
    // Per paragraph: the same delimiters in many paragraphs are read.
    expect(() => parseDocument(`${'*a* '.repeat(MAX_DELIMITERS / 4)}\n\n`.repeat(4), { syntax: 'markdown' })).not.toThrow();
  });

  test(`"<" that may be read to the end of their paragraph again are charged for it; ${MAX_LONG_TICKS} runs of "\`\`\`" and longer in a paragraph at most`, () => {
    // 1,000 "<!--" in front of 300 kB without a blank line: 300 million characters to read again.
    let e: DocumentError | undefined;
    const tail = 'word '.repeat(60_000);
    const text = `x ${'<!--'.repeat(1000)} ${tail}\n`;
    expect(timed(() => { e = refusal(text); })).toBeLessThan(5000);
    expect(e?.reason).toBe(`Markdown too costly to read: "<" the reader may read to the end of their paragraph again (an unclosed "<!--", say) add up to more than ${MAX_SCAN_AHEAD + SCAN_AHEAD_PER_CHAR * text.length} characters, claimlint's limit for this document`);
    // Inline HTML in ordinary paragraphs costs little: 40,000 tags in 2,000 paragraphs are read.
    expect(() => parseDocument(`${'x <b>a</b> <kbd>b</kbd> '.repeat(10)}\n\n`.repeat(2000), { syntax: 'markdown' })).not.toThrow();
    const ticks = (n: number) => Array.from({ length: n }, (_, i) => '`'.repeat(i + 3)).join(' a ');
    expect(refusal(ticks(MAX_LONG_TICKS + 1)).reason).toContain(`more than ${MAX_LONG_TICKS} runs of three or more`);
    expect(() => parseDocument(ticks(MAX_LONG_TICKS), { syntax: 'markdown' })).not.toThrow();
    expect(() => parseDocument('`a` ``b`` '.repeat(5000), { syntax: 'markdown' })).not.toThrow();
  });

  test('lazy lines that make the reader walk back over their paragraph again and again are refused in seconds', () => {
    // A quote's paragraph of 40,000 lines, all but the first lazy: 800 million lines walked.
    for (const text of [`> ${CLAIM}\n${'x\n'.repeat(40_000)}`, `- ${CLAIM}\n${'x\n'.repeat(40_000)}`, `> a\n${'x\n> y\n'.repeat(20_000)}`]) {
      let e: DocumentError | undefined;
      expect(timed(() => { e = refusal(text); })).toBeLessThan(10_000);
      expect(e?.reason).toMatch(/^Markdown too costly to read: lines that go on a block quote's or a list item's paragraph without its ">" or indentation \(lazy lines\)/);
    }
    expect(MAX_LAZY).toBeGreaterThan(0);
    // Lazy lines in ordinary quotes and list items: read.
    expect(() => parseDocument(`> ${CLAIM}\n${CLAIM}\n\n- item\ncontinued\n\n`.repeat(5000), { syntax: 'markdown' })).not.toThrow();
  });

  test(`brackets open ${MAX_BRACKET_DEPTH} deep are refused; links one after another are not`, () => {
    expect(refusal(`${'['.repeat(MAX_BRACKET_DEPTH + 1)}a`).reason).toContain(`more than ${MAX_BRACKET_DEPTH} brackets`);
    expect(refusal(`${'!['.repeat(MAX_BRACKET_DEPTH + 1)}a${'](u)'.repeat(MAX_BRACKET_DEPTH + 1)}`).reason).toContain('brackets');
    expect(() => parseDocument(`${'[a](u) [b][c] ![d](e) [^f] '.repeat(2000)}\n\n[c]: /x\n\n[^f]: note\n`, { syntax: 'markdown' })).not.toThrow();
  });

  test('brackets that make the reader walk back over the paragraph again and again are refused in seconds', () => {
    for (const text of ['a]'.repeat(60_000), `[ ${'word '.repeat(25_000)}`, '[a]('.repeat(30_000)]) {
      let e: DocumentError | undefined;
      expect(timed(() => { e = refusal(text); })).toBeLessThan(10_000);
      expect(e?.reason).toMatch(/walk back|brackets/);
    }
  });

  test('a reading past its deadline is refused where the reader had got to', () => {
    const text = `# Title\n\n${`${CLAIM}\n\n- ${CLAIM}\n\n> ${CLAIM}\n\n`.repeat(3000)}`;
    const e = refusal(text, 1);
    expect(e.reason).toMatch(/^Markdown too costly to read: the reader took longer than 0 s/);
    expect(e.offset).toBeGreaterThan(0);
    expect(() => parseDocument(text, { syntax: 'markdown' })).not.toThrow();
  });

  test('the reader running out of stack is refused as a DocumentError (built program, small stack)', () => {
    const dist = join(ROOT, 'dist/engine/syntax.js');
    if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    // Emphasis 1,200 deep (two runs of 2,400 "*"): remark recurses on it (read with the default stack, not with 90 kB).
    const read = (text: string) => `const { parseDocument } = await import(${JSON.stringify(dist)});
      try { parseDocument(${JSON.stringify(text)}, { syntax: 'markdown' }); console.log('read'); }
      catch (e) { console.log(e.name, e.line + ':' + e.column, e.reason); }`;
    const run = (text: string) => spawnSync(process.execPath, ['--stack-size=90', '--input-type=module', '-e', read(text)], { encoding: 'utf8', timeout: 60_000 });
    const emphasis = `# T\n\n${'*'.repeat(2400)}x${'*'.repeat(2400)}\n`;
    expect(run(emphasis).stdout).toBe('DocumentError 1:1 Markdown nested too deeply to read: the reader ran out of room (Maximum call stack size exceeded)\n');
    const quoted = `# T\n\n${'> '.repeat(20)}${'*'.repeat(2400)}x${'*'.repeat(2400)}\n`;
    expect(run(quoted).stdout).toBe("DocumentError 3:39 Markdown nested too deeply to read: the reader ran out of room (Maximum call stack size exceeded); the document's deepest nesting of block quotes and list items is here (20 levels)\n");
  });
});

describe('what is read is read as before', () => {
  const plain = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
  /** remark's mdast without the guard and with micromark's own EditMap. */
  function unguarded(text: string): string {
    EditMap.prototype.consume = originalConsume;
    try {
      return JSON.stringify(plain.parse(text));
    } finally {
      EditMap.prototype.consume = fastConsume as unknown as typeof EditMap.prototype.consume;
    }
  }

  const files = [...markdownFiles(join(sharedDir(), 'corpus-dev')), ...markdownFiles(join(ROOT, 'fixtures'))];

  test('corpus-dev and fixtures Markdown: read, with the mdast remark gives alone, and nested 4 levels at most (when written; 10 allowed)', () => {
    expect(files.length).toBeGreaterThan(5);
    let deepest = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(() => parseDocument(text, { syntax: 'markdown' })).not.toThrow();
      expect(JSON.stringify(parseMdast(text))).toBe(unguarded(text));
      deepest = Math.max(deepest, checkMarkdownNesting(text).depth);
    }
    expect(deepest).toBeLessThanOrEqual(10);
  });

  test('generated documents near the limits: the same mdast as remark alone', () => {
    const cases = [
      `${'> '.repeat(60)}${CLAIM}\n`,
      Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- ${CLAIM}`).join('\n'),
      `- a\n  - b\n\n  c\n- d\n${'> - > 1. x\n'.repeat(50)}`,
      `${'*a* _b_ **c** ~~d~~ '.repeat(200)}\n\n${'[a](u) [b] ![c](d) '.repeat(200)}\n\n[b]: /x\n`,
      `| a | b |\n|---|---|\n${'| *x* | [y](z) |\n'.repeat(500)}`,
      `[^1]\n\n[^1]: ${CLAIM}\n${'    more\n'.repeat(100)}`,
      `---\ntitle: T\n---\n\n<!-- claimlint: disable-next x -- y -->\n${CLAIM}\r\n\r\n> [!NOTE]\r\n> ${CLAIM}\r`,
    ];
    for (const text of cases) expect(JSON.stringify(parseMdast(text))).toBe(unguarded(text));
  });

  test('the EditMap replacement applies edits as micromark\'s own does', () => {
    const ev = (n: number) => ['enter', { type: `t${n}` }, {}] as unknown as Event;
    fc.assert(fc.property(
      // Edits inside the list, as micromark makes them (each may reach past the next one).
      fc.integer({ min: 0, max: 40 }).chain((length) => fc.tuple(fc.constant(length), fc.array(
        fc.integer({ min: 0, max: length }).chain((at) => fc.tuple(fc.constant(at), fc.integer({ min: 0, max: length - at }), fc.array(fc.nat(99), { maxLength: 4 }), fc.boolean())),
        { maxLength: 8 },
      ))),
      ([length, edits]) => {
        const run = (consume: (this: unknown, events: Event[]) => void) => {
          const events = Array.from({ length }, (_, i) => ev(i));
          const map = new EditMap();
          for (const [at, remove, add, before] of edits) {
            const list = add.map((a) => ev(1000 + a));
            if (before) map.addBefore(at, remove, list); else map.add(at, remove, list);
          }
          consume.call(map, events);
          return events.map((e) => e[1].type);
        };
        expect(run(fastConsume as never)).toEqual(run(originalConsume as never));
      },
    ), { numRuns: 2000 });
  });
});

describe('mdast → tree (src/md/to-tree.ts) keeps no stack of the input depth', () => {
  test('5,000 block quotes (read without the nesting check) and emphasis 2,400 deep become trees', () => {
    const quotes = `${'>'.repeat(5000)} ${CLAIM}\n`;
    let deepest = 0;
    let node: { children?: unknown[] } = parseMarkdown(quotes);
    while (node.children?.length) { node = node.children[0] as { children?: unknown[] }; deepest++; }
    expect(deepest).toBeGreaterThan(5000);
    const emphasis = `${'*'.repeat(2400)}${CLAIM}${'*'.repeat(2400)}\n`;
    const tree = parseDocument(emphasis, { syntax: 'markdown' });
    expect(JSON.stringify(tree)).toContain(CLAIM);
  });
});

describe('the heap guard counts what the reading itself filled', () => {
  test('a short document is read even where the heap in use is already past the share (garbage of a long-lived process)', () => {
    // heapShare 0: the heap in use is always past it; only the reading's own growth can refuse.
    const tree = parseMarkdown(`# Title\n\n${'A paragraph of words. '.repeat(200)}\n`, { heapShare: 0 });
    expect(tree.children.length).toBeGreaterThan(0);
  });
});
