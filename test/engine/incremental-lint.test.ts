/**
 * The editor lints each version of a document parsed from the version before (rst/incremental.ts),
 * and what follows the parse finds unchanged paragraphs, sections and cells by identity (a kept
 * node's text, per-matcher memos). Whatever the edits, its messages must be those of a lint of
 * the same text from nothing: checked under random edits of the CoCo fixtures.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { lintFile, lintText } from '../../src/engine/lint.js';
import { parseFromPrevious, type ParseHolder } from '../../src/engine/syntax.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';

const ruleSets = defaultRuleFiles().map((f) => loadRuleFile(f).ruleSet!);
const PIECES = ['SEV-SNP ', 'TDX ', 'every confidential guest ', 'integrity-protected memory. ', '\n\n', '\n', '- ', '::\n\n   x\n\n', 'Title\n=====\n\n', '| a | b |\n', '`snp` ', 'not ', 'Kestrel '];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  insert: fc.boolean(),
  piece: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
});

const messages = (file: VFile) => file.messages.map((m) => `${m.line}:${m.column}-${m.place && 'end' in m.place ? `${m.place.end.line}:${m.place.end.column}` : ''} ${m.ruleId} ${m.reason}`);

describe('a lint after an edit is the lint of the new text from nothing', () => {
  test.each(['demo/coco-threat-model.rst', 'editors/coco-editors.rst', 'probes/set-j/coco-guest-attestation.rst'])('%s under random edits', (fixture) => {
    const path = join('Documentation', 'virt', 'coco', fixture.split('/').pop() as string);
    const original = readFileSync(join(process.cwd(), 'fixtures', fixture), 'utf8');
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const parse: ParseHolder = {};
      let text = original;
      lintFile(parseFromPrevious(new VFile({ path, value: text }), parse), { ruleSets });
      for (const e of edits) {
        const at = Math.floor(e.at * (text.length + 1));
        text = e.insert ? text.slice(0, at) + PIECES[e.piece % PIECES.length] + text.slice(at) : text.slice(0, at) + text.slice(at + e.length);
        const warm = messages(lintFile(parseFromPrevious(new VFile({ path, value: text }), parse), { ruleSets }));
        // Parsed through the editor's path (the holder has this version), and the same messages.
        expect(parse.state?.text).toBe(text);
        expect(warm).toEqual(messages(lintText(text, { path, ruleSets })));
      }
    }), { numRuns: 12, seed: 21 });
  }, 120_000);
});

describe('block levels the editor keeps (scope/document.ts keptBlockLevels)', () => {
  // A term, a lead-in inside a list item and a lead-in at the top level each scope a claim with "x86".
  const doc = [
    'Confidential guests', '===================', '',
    'This page covers AMD SEV-SNP, Intel TDX and AMD SEV guests.', '',
    'Guest types', '   x86 confidential guests', '      The hypervisor cannot read guest registers.', '',
    '   SEV-SNP guests', '      The hypervisor cannot read guest registers.', '',
    '- Notes on the platforms:', '', '  On x86 platforms:', '', '  - The hypervisor cannot read guest registers.', '',
    'On x86 platforms:', '', '- The hypervisor cannot read guest registers.', '',
  ].join('\n');
  const path = join('Documentation', 'virt', 'coco', 'guests.rst');
  const versions = [
    doc,
    // Every block moves: a level read where a block was is not where it is now.
    doc.replace('\n\nThis page', '\n\nA first paragraph.\n\nThis page'),
    // The top-level lead-in changes and the list after it is kept where it was (the same length):
    // its level depends on its sibling and is read again.
    doc.replace('\nOn x86 platforms:\n\n- The', '\nOn TDX platforms:\n\n- The'),
    doc,
    // A kept block edited after the levels inside it were read, then the text before it.
    doc.replace('x86 confidential guests', 'TDX confidential guests'),
    doc.replace('x86 confidential guests', 'TDX confidential guests').replace('AMD SEV guests.', 'AMD SEV guests, here.'),
  ];

  test('each version, linted from the one before, is the lint from nothing', () => {
    const parse: ParseHolder = {};
    const counts: number[] = [];
    for (const text of versions) {
      const warm = messages(lintFile(parseFromPrevious(new VFile({ path, value: text }), parse), { ruleSets }));
      expect(warm).toEqual(messages(lintText(text, { path, ruleSets })));
      counts.push(warm.length);
    }
    // The levels matter here: x86 scopes three claims, then two once a lead-in or term names TDX.
    expect(counts).toEqual([6, 6, 4, 6, 4, 4]);
  });
});
