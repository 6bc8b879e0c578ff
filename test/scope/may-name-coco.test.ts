/**
 * Matcher.mayNameCoco remembers where the last text it was asked about had its match, and looks
 * there first in the next text (the editor asks it of every version of a document). Its answer
 * must be the plain scan's for every text, whatever came before: edits before, on and after the
 * match, edits that remove it, and unrelated texts in turn.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { makeMatcher } from '../../src/scope/mentions.js';
import { ruleSet } from './helpers.js';

const matcher = makeMatcher(ruleSet);
/** The answer of a scan that remembers nothing. */
const scanned = (text: string) => matcher.gates.some((g) => new RegExp(g.source, g.flags).test(text));

const base = [
  'Plain KVM guests share memory with the host.',
  '',
  'A guest under AMD SEV-SNP keeps its memory encrypted; so does a TDX guest.',
  '',
  'Nothing else here.',
].join('\n');

describe('mayNameCoco across versions of a text', () => {
  test('edits before, on and after the match, and one that removes it', () => {
    const at = base.indexOf('SEV-SNP');
    const versions = [
      base,
      `x${base}`, // before the match: it moves by one
      `x${base}y`, // after it
      base.replace('SEV-SNP', 'SEV-XYZ'), // on it: "SEV" still names a technology
      base.replace('AMD SEV-SNP', 'a').replace('TDX', 'other'), // both gone
      base.replace('SEV-SNP', 'S E V'),
      base,
      base.slice(0, at) + base.slice(at + 3), // the match cut short
      'confidential computing, in lower case',
      'no such words at all',
    ];
    for (const text of versions) expect([text, matcher.mayNameCoco(text)]).toEqual([text, scanned(text)]);
  });

  test('random edits of a text that names CoCo technologies', () => {
    const words = fc.constantFrom(' ', '\n\n', 'SEV', 'SEV-SNP', 'TDX', 'the', 'guest', '-', '.', 'x', 'confidential', 'computing', 'Confidential VM', 'A');
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: fc.array(words, { maxLength: 4 }).map((w) => w.join('')) });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
      let text = base;
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        expect(matcher.mayNameCoco(text)).toBe(scanned(text));
      }
    }), { numRuns: 300, seed: 12 });
  });
});
