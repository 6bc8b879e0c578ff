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
