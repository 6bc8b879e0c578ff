/**
 * An address in text where the reader takes no autolink (after an unmatched "[", say) stays
 * text, with its position: mdast-util-gfm-autolink-literal's second search made position-less
 * nodes there, and the paragraph lost its words (found by the md fuzz target).
 */
import { describe, expect, test } from '@jest/globals';
import { parseDocument } from '../../src/engine/syntax.js';
import { proseUnits } from '../../src/prose/units.js';
import { positionProblems } from '../helpers/invariants.js';

const CLAIM = 'Confidential computing preserves the integrity of guest private memory.';

describe('autolink literals', () => {
  test('after an unmatched "[": the words stay prose, every node has its place', () => {
    const text = `# Notes\n\n- - [the\nhttps://example.org/11_x and www.example.org ${CLAIM}\n`;
    const tree = parseDocument(text, { syntax: 'markdown' });
    expect(positionProblems(tree, text)).toEqual([]);
    expect(JSON.stringify(tree)).not.toContain('"type":"url"');
    const units = proseUnits(tree, text);
    expect(units.some((u) => u.text.includes(CLAIM))).toBe(true);
  });

  test('where the reader takes them, addresses are URLs, not prose', () => {
    const text = `A https://example.org/a and www.example.org. and a@example.org ${CLAIM}\n`;
    const tree = parseDocument(text, { syntax: 'markdown' });
    expect(positionProblems(tree, text)).toEqual([]);
    const urls = JSON.stringify(tree).match(/"type":"url"/g) ?? [];
    expect(urls).toHaveLength(3);
  });
});
