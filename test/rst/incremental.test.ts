/**
 * Issue 12: the editor re-parses only what an edit changed (src/rst/incremental.ts). Whatever
 * the edit, the tree must be the tree a whole parse of the new text gives: checked under random
 * edits on the fixtures and, with the corpus, on a sample of the kernel's documents; and the
 * reuse must happen (blocks before the edit are the same objects), or nothing was built. The
 * prose units of a kept block are found again without a walk (src/prose/units.ts): they must be
 * the units of the whole parse too.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRstIncremental, type RstParseState } from '../../src/rst/incremental.js';
import { parseRst } from '../../src/rst/parse.js';
import type { Block, Root } from '../../src/rst/types.js';
import { proseUnits } from '../../src/prose/units.js';
import { corpusOrSkip, readCorpusFile, rstFiles } from '../helpers/corpus.js';
import { describeIf } from '../helpers/skip.js';

const corpus = corpusOrSkip('incremental parsing of kernel documents under random edits');

/** Text an editor types or pastes: words, line ends, and the markup that changes a block's kind. */
const PIECES = ['a', ' ', '\n', '\n\n', '::', '\n\n   ', '- ', '* item\n', '====\n', '\n.. note::\n\n   x\n', ':', '|', '+---+\n', '1. ', '``', '\n   ', 'Title\n=====\n\n', '\r\n', '\r', '   ', '\t'];

interface Edit { at: number; kind: 'insert' | 'delete' | 'lines'; piece: number; length: number }

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * (text.length + 1));
  if (e.kind === 'insert') return text.slice(0, at) + PIECES[e.piece % PIECES.length] + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + e.length);
  const end = text.indexOf('\n', at);
  return text.slice(0, at) + text.slice(end < 0 ? text.length : end + 1 + (e.length % 3));
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom<Edit['kind']>('insert', 'insert', 'delete', 'lines'),
  piece: fc.nat(),
  length: fc.integer({ min: 1, max: 60 }),
});

/** A tree's prose units as data: each with its ancestors by type and place. */
const unitsOf = (root: Root, text: string) => JSON.stringify(proseUnits(root, text).map((u) => ({
  ...u, node: u.node.position, ancestors: u.ancestors.map((a) => `${a.type}@${a.position.start.offset ?? ''}`),
})));

/** Each version of `text` under `edits`, parsed from the one before, is the whole parse of that version, and has its prose units. */
function checkEdits(text: string, edits: Edit[]): void {
  const first = parseRstIncremental(text);
  let state: RstParseState = first.state;
  proseUnits(first.root, text);
  let current = text;
  for (const e of edits) {
    current = apply(current, e);
    const next = parseRstIncremental(current, state);
    const whole = parseRst(current);
    expect(JSON.stringify(next.root)).toBe(JSON.stringify(whole));
    expect(unitsOf(next.root, current)).toBe(unitsOf(whole, current));
    state = next.state;
  }
}

const fixtureDir = join(process.cwd(), 'fixtures');
const fixtures = (readdirSync(fixtureDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.rst')).sort();

describe('an incremental parse is the whole parse', () => {
  test.each(fixtures)('%s under random edits', (f) => {
    const text = readFileSync(join(fixtureDir, f), 'utf8');
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => checkEdits(text, edits)), { numRuns: 25, seed: 12 });
  });

  test('a paragraph becomes a lead-in and stops being one, and the earlier tree keeps its own reading', () => {
    const before = 'Intro\n=====\n\nThe steps are:\n\nNot a list.\n';
    const first = parseRstIncremental(before);
    const kept = first.state.blocks[1] as Block;
    expect(kept.data?.['leadIn']).toBeUndefined();
    const after = before.replace('Not a list.', '- a list');
    const second = parseRstIncremental(after, first.state);
    expect(JSON.stringify(second.root)).toBe(JSON.stringify(parseRst(after)));
    expect((second.state.blocks[1] as Block).data?.['leadIn']).toBe(true);
    expect(kept.data?.['leadIn']).toBeUndefined();
    const third = parseRstIncremental(before, second.state);
    expect(JSON.stringify(third.root)).toBe(JSON.stringify(parseRst(before)));
  });

  test('a document of 150,000 paragraphs (more than a call takes arguments), every one of them changed', () => {
    const first = parseRstIncremental('a\n\n'.repeat(150_000));
    const text = 'cc\n\n'.repeat(150_000);
    const second = parseRstIncremental(text, first.state);
    expect(second.state.blocks).toHaveLength(150_000);
    expect((second.state.blocks.at(-1) as Block).position.start.offset).toBe(text.length - 4);
  });

  test('the blocks before an edit are kept, and those after it are moved, not parsed again', () => {
    const paragraphs = Array.from({ length: 40 }, (_, k) => `Paragraph ${k} says something.`);
    const text = `${paragraphs.join('\n\n')}\n`;
    const first = parseRstIncremental(text);
    const blocks = [...first.state.blocks];
    const edited = text.replace('Paragraph 20 says', 'Paragraph 20 now\nsays');
    const second = parseRstIncremental(edited, first.state);
    expect(JSON.stringify(second.root)).toBe(JSON.stringify(parseRst(edited)));
    // Before the edit: the same objects. After it: the same objects too, one line further down.
    expect(second.state.blocks[5]).toBe(blocks[5]);
    expect(second.state.blocks[30]).toBe(blocks[30]);
    expect((second.state.blocks[30] as Block).position.start.line).toBe(62);
    expect(second.state.blocks[20]).not.toBe(blocks[20]);
  });
});

describeIf(corpus)('an incremental parse is the whole parse on kernel documents', () => {
  test('a sample of Documentation/ under random edits', () => {
    const files = rstFiles(corpus!).filter((f) => !f.startsWith('translations/'));
    // Every 12th document (about 260), the same sample each run.
    const sample = files.filter((_, k) => k % 12 === 0);
    for (const f of sample) {
      const text = readCorpusFile(corpus!, f);
      fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => checkEdits(text, edits)), { numRuns: 2, seed: 34 });
    }
  }, 120_000);

  test('virt/kvm/api.rst: typing at its end, in its middle and near its start', () => {
    let text = readCorpusFile(corpus!, 'virt/kvm/api.rst');
    let state = parseRstIncremental(text).state;
    const typed = 'Confidential computing guarantees memory integrity.\n\n';
    for (const where of [() => text.length, () => text.indexOf('\n\n', text.length >> 1) + 2, () => text.indexOf('\n\n', 2000) + 2]) {
      for (let k = 0; k < typed.length; k += 7) {
        const at = where();
        text = text.slice(0, at) + typed.slice(k, k + 7) + text.slice(at);
        const next = parseRstIncremental(text, state);
        expect(JSON.stringify(next.root)).toBe(JSON.stringify(parseRst(text)));
        state = next.state;
      }
    }
  }, 120_000);
});
