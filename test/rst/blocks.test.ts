import { describe, expect, test } from '@jest/globals';
import { parseRst } from '../../src/rst/parse.js';
import { proseUnits } from '../../src/prose/units.js';
import { positionProblems } from '../helpers/invariants.js';
import { all, at, slice } from '../helpers/tree.js';

const parse = (text: string) => {
  const tree = parseRst(text);
  expect(positionProblems(tree, text)).toEqual([]);
  return tree;
};
const prose = (text: string) => proseUnits(parseRst(text), text).map((u) => u.text.replace(/\s+/g, ' ').trim());

describe('sections', () => {
  const text = '=====\nTitle\n=====\n\nIntro.\n\nPart\n====\n\nBody.\n\nSub\n---\n\nDeep.\n\nPart two\n========\n\nMore.\n';
  test('over- and underlined titles nest by adornment style', () => {
    const tree = parse(text);
    const sections = all(tree, 'section');
    expect(sections.map((s) => [s.depth, slice(text, s.children[0]!).split('\n').join('|')])).toEqual([
      [1, '=====|Title|====='], [2, 'Part|===='], [3, 'Sub|---'], [2, 'Part two|========'],
    ]);
  });
  test('prose units carry the chain of section titles', () => {
    const units = proseUnits(parseRst(text), text);
    const deep = units.find((u) => u.text.includes('Deep'))!;
    expect(deep.sections).toEqual(['Title', 'Part', 'Sub']);
    const title = units.find((u) => u.kind === 'title' && u.text.includes('Sub'))!;
    expect(title.sections).toEqual(['Title', 'Part']);
  });
  test('a short underline below a longer line is text, a transition needs blank lines around it', () => {
    const t = 'A long line of text\n--\n\nPara.\n\n----------\n\nAfter.\n';
    const tree = parse(t);
    expect(all(tree, 'section')).toHaveLength(0);
    expect(all(tree, 'transition')).toHaveLength(1);
  });
});

describe('lists', () => {
  test('bullet list items with nested lists and continuation lines', () => {
    const t = '- one\n  continues\n\n  - nested\n- two\n';
    const tree = parse(t);
    expect(all(tree, 'bulletList')).toHaveLength(2);
    expect(all(tree, 'listItem').map((i) => slice(t, i))).toEqual(['- one\n  continues\n\n  - nested', '- nested', '- two']);
    expect(prose(t)).toEqual(['one continues', 'nested', 'two']);
  });
  test('enumerated lists need a blank, indented or enumerated next line', () => {
    expect(all(parse('1. first\n2. second\n'), 'enumeratedList')).toHaveLength(1);
    expect(all(parse('(a) first\n(b) second\n'), 'listItem')).toHaveLength(2);
    expect(all(parse('#. auto\n#. auto\n'), 'listItem')).toHaveLength(2);
    // "1. Preserve ...\nmemory ..." with an unindented second line is a paragraph, as in docutils
    expect(all(parse('1. Preserve the\nmemory.\n'), 'enumeratedList')).toHaveLength(0);
  });
  test('definition lists: a term line followed by an indented definition', () => {
    const t = 'term : classifier\n    The definition.\n\nother\n    More.\n';
    const tree = parse(t);
    expect(all(tree, 'term').map((x) => slice(t, x))).toEqual(['term : classifier', 'other']);
    expect(all(tree, 'definition')).toHaveLength(2);
    expect(proseUnits(tree, t).map((u) => u.kind)).toEqual(['term', 'definition', 'term', 'definition']);
  });
  test('field lists keep the name; the body is prose', () => {
    const t = ':Technology: sev-snp\n:Author: Someone\n  continued\n\nText with :c:func:`foo` role.\n';
    const tree = parse(t);
    const fields = all(tree, 'field');
    expect(fields.map((f) => f.name)).toEqual(['Technology', 'Author']);
    expect(at(fields[0]!)).toBe('1:1-1:21');
    expect(proseUnits(tree, t).map((u) => [u.kind, u.text.trim().replace(/\s+/g, ' ')])).toEqual([
      ['field-body', 'sev-snp'], ['field-body', 'Someone continued'], ['paragraph', 'Text with role.'],
    ]);
  });
  test('option lists', () => {
    const t = '-a            all of it\n--verbose, -v  say more\n';
    expect(all(parse(t), 'optionListItem').map((o) => o.options)).toEqual(['-a', '--verbose, -v']);
    expect(prose(t)).toEqual(['all of it', 'say more']);
  });
  test('200-deep nested lists parse without a throw', () => {
    let t = '';
    for (let d = 0; d < 200; d++) t += `${' '.repeat(2 * d)}- level ${d}\n\n`;
    const tree = parse(t);
    expect(all(tree, 'bulletList').length).toBeGreaterThan(100);
    expect(prose(t).join(' ')).toContain('level 199');
  });
});

describe('literal blocks', () => {
  test('"::" opens a literal block; "Text::" keeps one colon, "Text ::" none, a lone "::" nothing', () => {
    const t = 'Example::\n\n    x86 guests have integrity\n\nExample ::\n\n    code\n\n::\n\n    code\n\nAfter.\n';
    const tree = parse(t);
    expect(all(tree, 'literalBlock')).toHaveLength(3);
    expect(prose(t)).toEqual(['Example:', 'Example', 'After.']);
  });
  test('a quoted literal block', () => {
    const t = 'Quoted::\n\n> line one\n> line two\n\nAfter.\n';
    expect(all(parse(t), 'literalBlock').map((b) => b.kind)).toEqual(['quoted']);
    expect(prose(t)).toEqual(['Quoted:', 'After.']);
  });
  test('an indented literal inside a list item is measured from the item text', () => {
    const t = '- Item::\n\n    literal\n\n- Next\n';
    expect(prose(t)).toEqual(['Item:', 'Next']);
  });
  test('doctest blocks', () => {
    expect(all(parse('>>> print(1)\n1\n\nText.\n'), 'literalBlock').map((b) => b.kind)).toEqual(['doctest']);
  });
  test('a file that is only "::"', () => {
    const tree = parse('::');
    expect(proseUnits(tree, '::')).toEqual([]);
  });
});

describe('directives', () => {
  test('name, argument and options are kept; code-like bodies are raw', () => {
    const t = '.. code-block:: c\n   :linenos:\n\n   int x86_guest_integrity;\n\n.. kernel-doc:: arch/x86/coco/core.c\n   :export:\n';
    const tree = parse(t);
    const [code, doc] = all(tree, 'directive');
    expect(code).toMatchObject({ name: 'code-block', argument: 'c', options: { linenos: '' } });
    expect(code!.value).toContain('int x86_guest_integrity;');
    expect(doc).toMatchObject({ name: 'kernel-doc', argument: 'arch/x86/coco/core.c', options: { export: '' } });
    expect(proseUnits(tree, t)).toEqual([]);
  });
  test('admonition bodies are parsed as RST, including text on the directive line', () => {
    const t = '.. note:: SEV guests lack integrity.\n   Second line.\n\n   - a list\n\n.. warning::\n\n   Body.\n';
    const tree = parse(t);
    expect(all(tree, 'directive').map((d) => d.name)).toEqual(['note', 'warning']);
    expect(proseUnits(tree, t).map((u) => [u.kind, u.text.trim().replace(/\s+/g, ' ')])).toEqual([
      ['admonition', 'SEV guests lack integrity. Second line.'], ['list-item', 'a list'], ['admonition', 'Body.'],
    ]);
  });
  test('the argument of admonition/topic/rubric is a title', () => {
    const t = '.. admonition:: On SNP only\n\n   Body.\n\n.. rubric:: A rubric\n';
    expect(prose(t)).toEqual(['On SNP only', 'Body.', 'A rubric']);
  });
  test('toctree, only, raw and c: domain directives are not prose', () => {
    const t = '.. toctree::\n   :maxdepth: 1\n\n   intro\n\n.. c:function:: int foo(void)\n\n   Does foo.\n\n.. only:: html\n\n   Index.\n';
    expect(prose(t)).toEqual([]);
  });
  test('comments, targets and substitution definitions', () => {
    const t = '.. claimlint: disable-next coco-scope\n\n.. _label:\n\n.. _site: https://example.org\n\n.. |x86| replace:: x86-64\n\n..\n\n   quoted after an empty comment\n';
    const tree = parse(t);
    expect(all(tree, 'comment').map((c) => c.value)).toEqual(['claimlint: disable-next coco-scope', '']);
    expect(all(tree, 'target').map((x) => [x.name, x.url])).toEqual([['label', ''], ['site', 'https://example.org']]);
    expect(all(tree, 'substitutionDefinition').map((s) => s.name)).toEqual(['x86']);
    expect(prose(t)).toEqual(['quoted after an empty comment']);
  });
  test('footnote bodies are prose', () => {
    const t = 'See [#]_.\n\n.. [#] The footnote text.\n';
    const units = proseUnits(parseRst(t), t);
    expect(units.map((u) => [u.kind, u.text.trim()])).toEqual([['paragraph', 'See     .'], ['footnote', 'The footnote text.']]);
  });
});

describe('tables', () => {
  test('grid tables, with a header row, a spanning cell, and RST in cells', () => {
    const t = [
      '+------------+----------------------+',
      '| Technology | Integrity            |',
      '+============+======================+',
      '| SEV-SNP    | - yes, RMP           |',
      '|            | - checked            |',
      '+------------+----------------------+',
      '| spans both columns                |',
      '+-----------------------------------+',
      '',
    ].join('\n');
    const tree = parse(t);
    const rows = all(tree, 'tableRow');
    expect(rows.map((r) => [r.header, r.children.length])).toEqual([[true, 2], [false, 2], [false, 1]]);
    const cells = all(tree, 'tableCell');
    expect(cells.map((c) => [c.header, c.stub, c.column])).toEqual([
      [true, false, 0], [true, false, 1], [false, true, 0], [false, false, 1], [false, true, 0],
    ]);
    expect(all(cells[3]!, 'listItem')).toHaveLength(2);
    expect(prose(t)).toEqual(['Technology', 'Integrity', 'SEV-SNP', 'yes, RMP', 'checked', 'spans both columns']);
    // No unit's text leaks the neighbouring cell.
    for (const u of proseUnits(tree, t)) expect(u.text).not.toContain('|');
  });
  test('simple tables, with a header and a continuation line', () => {
    const t = '=======  ==========\nTech     Integrity\n=======  ==========\nSEV      no\nSNP      yes, via\n         the RMP\n=======  ==========\n\nAfter.\n';
    const tree = parse(t);
    const rows = all(tree, 'tableRow');
    expect(rows.map((r) => r.header)).toEqual([true, false, false]);
    expect(prose(t)).toEqual(['Tech', 'Integrity', 'SEV', 'no', 'SNP', 'yes, via the RMP', 'After.']);
  });
  test('list-table and flat-table: header rows and stub columns', () => {
    const t = '.. list-table:: Properties\n   :header-rows: 1\n\n   * - Tech\n     - Integrity\n   * - SNP\n     - yes\n\n.. flat-table::\n\n   * - TDX\n     - :cspan:`1` yes\n';
    const tree = parse(t);
    const tables = all(tree, 'table');
    expect(tables.map((x) => x.kind)).toEqual(['list-table', 'flat-table']);
    expect(all(tables[0]!, 'tableCell').map((c) => [c.header, c.stub])).toEqual([[true, false], [true, false], [false, true], [false, false]]);
    expect(prose(t)).toEqual(['Properties', 'Tech', 'Integrity', 'SNP', 'yes', 'TDX', 'yes']);
  });
  test('an unterminated grid table does not throw and is not prose', () => {
    const t = '+-----+-----+\n| a   | b   |\n+-----+\n\nAfter.\n';
    parse(t);
    expect(prose(t)).toEqual(['After.']);
  });
  test('an unterminated simple table ends at the first blank line', () => {
    const t = '=====  =====\nA      B\n\nAfter.\n';
    parse(t);
    expect(prose(t)).toContain('After.');
  });
});

describe('lead-ins, line blocks, block quotes', () => {
  test('a paragraph ending in ":" is linked to the list it introduces', () => {
    const t = 'On SNP and TDX:\n\n- the host cannot read guest memory\n';
    const tree = parse(t);
    const [p] = all(tree, 'paragraph');
    expect(p!.data).toMatchObject({ leadIn: true, introduces: 1 });
    expect(tree.children[1]!.type).toBe('bulletList');
  });
  test('line blocks and block quotes', () => {
    const t = '| line one\n| line two\n\n    A quote.\n';
    const tree = parse(t);
    expect(all(tree, 'line')).toHaveLength(2);
    expect(all(tree, 'blockQuote')).toHaveLength(1);
    expect(prose(t)).toEqual(['line one', 'line two', 'A quote.']);
  });
});

describe('fragments (patch hunks)', () => {
  test('indented lines at the start of a fragment are literal, later ones parse normally', () => {
    const t = '    x86 guests have integrity\n    more code\n\nA paragraph.\n\n    A quote.\n';
    const tree = parseRst(t, { fragment: true });
    expect(all(tree, 'literalBlock')).toHaveLength(1);
    expect(all(tree, 'blockQuote')).toHaveLength(1);
    expect(proseUnits(tree, t).map((u) => u.text.trim())).toEqual(['A paragraph.', 'A quote.']);
  });
});
