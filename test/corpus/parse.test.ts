import { expect, test } from '@jest/globals';
import { parseRst } from '../../src/rst/parse.js';
import { proseUnits } from '../../src/prose/units.js';
import { sentencesOf } from '../../src/prose/sentences.js';
import { corpusOrSkip, readCorpusFile, rstFiles } from '../helpers/corpus.js';
import { positionProblems } from '../helpers/invariants.js';
import { describeIf } from '../helpers/skip.js';

const corpus = corpusOrSkip('corpus parse tests');
const maybe = describeIf(corpus);

maybe('the Linux Documentation tree', () => {
  const files = corpus ? rstFiles(corpus) : [];

  test('has the .rst files the manifest recorded', () => {
    expect(files.length).toBe(corpus!.rstFiles);
  });

  test('every file parses without a throw, positions inside the file and children inside parents', () => {
    const problems: string[] = [];
    for (const rel of files) {
      const text = readCorpusFile(corpus!, rel);
      let tree;
      try {
        tree = parseRst(text);
      } catch (err) {
        problems.push(`${rel}: threw ${(err as Error).message}`);
        continue;
      }
      for (const p of positionProblems(tree, text).slice(0, 3)) problems.push(`${rel}: ${p}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('identity: every word of every prose unit is the source text at its offset', () => {
    let words = 0;
    const mismatches: string[] = [];
    for (const rel of files) {
      const text = readCorpusFile(corpus!, rel);
      for (const unit of proseUnits(parseRst(text), text)) {
        if (unit.text.length !== unit.end - unit.start) mismatches.push(`${rel}@${unit.start}: unit length`);
        for (const s of sentencesOf(unit)) {
          for (const w of s.words) {
            words++;
            if (text.slice(w.start, w.end) !== w.value) mismatches.push(`${rel}@${w.start}: ${w.value}`);
          }
        }
      }
    }
    expect(words).toBeGreaterThan(1_000_000);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});
