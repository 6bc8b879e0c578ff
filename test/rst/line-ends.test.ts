/**
 * Line ends (issue 9, item 9): "\n", "\r\n" and a lone "\r" each end a line, for the RST
 * structure (as docutils reads a file: Python's splitlines), the prose, and every position
 * claimlint reports (as LSP, SARIF and ESLint count lines). On main a lone "\r" was not a line
 * end: "Title\r=====" was a paragraph, and positions after it were lines off in the editor.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../../src/engine/lint.js';
import { proseUnits } from '../../src/prose/units.js';
import { parseRst } from '../../src/rst/parse.js';
import { lineEnd, makeSource, pointAt } from '../../src/rst/source.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import type { RstNode } from '../../src/rst/types.js';
import { CLAIM } from './capped.js';

const ruleSets = defaultRuleFiles().flatMap((f) => loadRuleFile(f).ruleSet ?? []);
const units = (text: string) => proseUnits(parseRst(text), text);
const types = (node: RstNode): string => ('children' in node ? `${node.type}(${(node.children as RstNode[]).map(types).join(',')})` : node.type);

describe('the source model', () => {
  test('"\\n", "\\r\\n" and a lone "\\r" each end a line', () => {
    const src = makeSource('a\nb\r\nc\rd\r');
    expect(src.lineStarts).toEqual([0, 2, 5, 7, 9]);
    expect([0, 1, 2, 3, 4].map((l) => src.text.slice(src.lineStarts[l], lineEnd(src, l)))).toEqual(['a', 'b', 'c', 'd', '']);
    expect(pointAt(src, 6)).toEqual({ line: 3, column: 2, offset: 6 });
    expect(pointAt(src, 7)).toEqual({ line: 4, column: 1, offset: 7 });
  });

  test('a file with old Mac line ends has the structure docutils gives it', () => {
    // docutils: <title>Title, <paragraph>First para continues., <bullet_list><list_item><paragraph>item
    const text = 'Title\r=====\r\rFirst para\rcontinues.\r\r- item\r';
    expect(units(text).map((u) => [u.kind, u.text.replace(/\s+/g, ' ').trim()])).toEqual([
      ['title', 'Title'], ['paragraph', 'First para continues.'], ['list-item', 'item'],
    ]);
  });

  test('prose keeps the lines: a lone "\\r" is "\\n" in a unit\'s text, "\\r\\n" is " \\n"', () => {
    expect(units('One\rtwo\r\nthree.\r').map((u) => u.text)).toEqual(['One\ntwo \nthree.']);
  });
});

/** Each finding's start and end as (line, column), from the engine and as an LSP client counts them. */
function positions(text: string) {
  const doc = TextDocument.create('file:///x.rst', 'rst', 1, text);
  return lintText(text, { path: 'Documentation/coco.rst', ruleSets }).messages.map((m) => {
    const place = m.place as { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
    const lsp = (o: number) => { const p = doc.positionAt(o); return `${p.line + 1}:${p.character + 1}`; };
    return {
      engine: `${m.ruleId} ${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`,
      lsp: `${m.ruleId} ${lsp(place.start.offset)}-${lsp(place.end.offset)}`,
    };
  });
}

const LINES = ['Title', '=====', '', CLAIM, 'More text.', '', '- An item.', `- ${CLAIM}`, '', '  Quoted text on x86.', '', '.. note::', '', `   ${CLAIM}`, ''];

describe('positions are the same whatever the line ends, and the same as the editor\'s', () => {
  test('one document with "\\n", "\\r\\n" and "\\r" line ends', () => {
    const [lf, crlf, cr] = ['\n', '\r\n', '\r'].map((eol) => positions(LINES.join(eol)));
    expect(lf!.length).toBeGreaterThanOrEqual(6);
    for (const p of [lf!, crlf!, cr!]) for (const x of p) expect(x.engine).toBe(x.lsp);
    expect(cr!.map((x) => x.engine)).toEqual(lf!.map((x) => x.engine));
    expect(crlf!.map((x) => x.engine)).toEqual(lf!.map((x) => x.engine));
  });

  test('documents of random lines with random line ends (seeded)', () => {
    const line = fc.constantFrom(...LINES, '  - nested', 'Sub', '---', '+----+', '| x86 guests have integrity |', ':Technology: sev-snp');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(fc.property(fc.array(fc.tuple(line, eol), { maxLength: 30 }), (parts) => {
      // "\r" then an empty line's "\n" would be one line end, "\r\n": keep the lines apart.
      const mixed = parts.map(([l, e], k) => l + (l === '' && e === '\n' && parts[k - 1]?.[1] === '\r' ? '\r' : e)).join('');
      const plain = parts.map(([l]) => `${l}\n`).join('');
      const a = positions(mixed);
      for (const x of a) expect(x.engine).toBe(x.lsp);
      expect(a.map((x) => x.engine)).toEqual(positions(plain).map((x) => x.engine));
      expect(types(parseRst(mixed))).toBe(types(parseRst(plain)));
    }), { seed: 9, numRuns: 60 });
  });
});
