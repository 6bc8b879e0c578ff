/**
 * Very long prose (issue 9, item 8): spreads whose length follows the input were RangeErrors
 * past ~125,000 elements. parse-english's own `push(...children)` broke on a sentence of that
 * many tokens (so long texts are read in pieces: sentences.ts), claimlint's abbreviation
 * mending on as many words after "Fig.", and the scope of "x86 (SNP/SNP/.../TDX)" on as many
 * bracketed names. These fail fast (a throw), so they run in process.
 */
import { describe, expect, test } from '@jest/globals';
import { MAX_PIECE, sentencesOfText } from '../../src/prose/sentences.js';
import { sentenceScope } from '../../src/scope/sentence.js';
import type { Mention } from '../../src/scope/mentions.js';
import type { Umbrella } from '../../src/rules/types.js';

describe('sentences of very long text', () => {
  test('140,000 words after "a." (parse-english merges a sentence that starts in lower case)', () => {
    const text = `It is a. ${'word '.repeat(140_000)}end.`;
    const sentences = sentencesOfText(text, 10);
    const words = sentences.flatMap((s) => s.words);
    expect(words).toHaveLength(2 + 140_000 + 1 + 1);
    for (const w of words) expect(text.slice(w.start - 10, w.end - 10)).toBe(w.value);
    // Pieces: no sentence is longer than a piece, and they follow each other.
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_PIECE);
    for (let k = 1; k < sentences.length; k++) expect(sentences[k]!.start).toBeGreaterThanOrEqual(sentences[k - 1]!.end);
  });

  test('140,000 words after "Fig." (claimlint mends the sentence parse-english ends there)', () => {
    const text = `See Fig. Word ${'word '.repeat(140_000)}end.`;
    expect(sentencesOfText(text).flatMap((s) => s.words)).toHaveLength(2 + 1 + 140_000 + 1);
  });

  test('a long text is cut after a sentence end: short sentences are what they were', () => {
    const sentence = 'SEV-SNP guests have memory integrity. ';
    const text = sentence.repeat(3000);
    const got = sentencesOfText(text);
    expect(got).toHaveLength(3000);
    for (const s of got) expect(s.text.trim()).toBe(sentence.trim());
  });
});

describe('the scope of a sentence naming very many technologies', () => {
  test('"x86 (SNP/SNP/.../TDX)" with 200,000 names in the brackets', () => {
    const n = 200_000;
    const text = `x86 (${'SNP/'.repeat(n)}TDX) guests have it.`;
    const umbrella: Umbrella = { id: 'x86', phrases: ['x86'], covers: ['sev-snp', 'tdx'], overgeneral: true, coco: false, needsContext: false };
    const mentions: Mention[] = [{ start: 0, end: 3, text: 'x86', ids: ['sev-snp', 'tdx'], kind: 'umbrella', umbrella }];
    for (let i = 0; i <= n; i++) {
      const s = 5 + 4 * i;
      mentions.push({ start: s, end: s + 3, text: i < n ? 'SNP' : 'TDX', ids: [i < n ? 'sev-snp' : 'tdx'], kind: 'technology' });
    }
    // Main: group.mentions.push(...200,001 mentions), a RangeError.
    const scope = sentenceScope(text, mentions, ['sev', 'sev-snp', 'tdx']);
    expect(scope.groups).toHaveLength(1);
    expect(scope.groups[0]?.mentions).toHaveLength(n + 2);
  });
});
