/**
 * The text test that decides which sentences are tagged and read by the frames
 * (rules/word-prefilter.ts): it must pass every sentence a frame reads (else a claim is
 * lost without a trace), and it should pass few others (each costs a tagging and a frame match).
 */
import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { readCorpus } from '../../src/eval/claims.js';
import { compileRuleSet } from '../../src/rules/compile.js';
import { matchFrames, tagged } from '../../src/rules/frames.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';

const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
const compiled = compileRuleSet(ruleSet!);
const property = (id: string) => compiled.properties.find((p) => p.property.id === id)!;
const mayRead = (id: string, text: string, loose = false) => property(id).framePrefilter!.test(text, loose);

describe('it passes every sentence a frame reads', () => {
  // Every sentence of the paraphrase corpora, whatever its property: a frame of another
  // property may read it too.
  const sentences = ['claims', 'claims-long', 'claims-holdout'].flatMap((c) => readCorpus(join(process.cwd(), 'fixtures', c), c));

  test(`${sentences.length} corpus sentences, every frame alone`, () => {
    const lost: string[] = [];
    let read = 0;
    for (const s of sentences) {
      const t = tagged(compiled.tagger.tag(s.text));
      for (const p of compiled.properties) {
        for (const f of p.frames) {
          if (!matchFrames(t, [f], compiled.lexicon, true) && !matchFrames(t, [f], compiled.lexicon, false)) continue;
          read++;
          if (!p.framePrefilter?.test(s.text, false) || !compiled.prefilter.test(s.text)) lost.push(`${p.property.id} (${f.act.join(',')}): ${s.text}`);
        }
      }
    }
    expect(read).toBeGreaterThan(300);
    expect(lost).toEqual([]);
  });
});

describe('what it reads', () => {
  test('a phrase needs all its words, not only its first ("in the clear")', () => {
    expect(mayRead('memory-encryption', 'The guest keeps its pages in the clear.')).toBe(true);
    expect(mayRead('memory-encryption', 'The guest keeps its pages in a list.')).toBe(false);
  });

  test('a frame that needs its patient needs one of its words', () => {
    // control-io on devices: "runs" is an act word, but no device is named.
    expect(mayRead('host-device-io', 'The host runs the guest.')).toBe(false);
    expect(mayRead('host-device-io', 'The host runs the guest devices.')).toBe(true);
    // "I/O" is one word to the tagger ("io").
    expect(mayRead('host-device-io', 'The host mediates all I/O.')).toBe(true);
    // An abbreviation the document defines may stand for the patient.
    expect(mayRead('host-device-io', 'The host runs the VDM.', true)).toBe(true);
  });

  test('a blocked frame needs no patient ("remapping is blocked")', () => {
    expect(mayRead('memory-integrity', 'The hypervisor cannot remap anything.')).toBe(true);
  });

  test('irregular forms the tagger lemmatises count ("rewound", "held")', () => {
    expect(mayRead('physical-replay-protection', 'The memory cannot be rewound by anyone.')).toBe(true);
  });
});
