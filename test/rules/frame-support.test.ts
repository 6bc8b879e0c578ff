/**
 * Issue 10: "a frame entry that only one corpus sentence supports is tuning, not recognition".
 * Each frame of the shipped rules must, on its own, recognise at least two sentences of the
 * development corpora (fixtures/claims, fixtures/claims-long) labelled with its property: an
 * over-claim or a negated twin. The hold-out corpus is not counted (it is not tuned on).
 */
import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { readCorpus } from '../../src/eval/claims.js';
import { compileRuleSet } from '../../src/rules/compile.js';
import { matchFrames, tagged } from '../../src/rules/frames.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';

const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
const compiled = compileRuleSet(ruleSet!);
const sentences = ['claims', 'claims-long'].flatMap((c) => readCorpus(join(process.cwd(), 'fixtures', c), c)).filter((s) => !s.silent || s.silent === 'negated-correct');

describe('every frame is supported by more than one corpus sentence', () => {
  for (const p of compiled.properties) {
    if (!p.frames.length) continue;
    test(p.property.id, () => {
      const mine = sentences.filter((s) => s.property === p.property.id);
      const support = p.frames.map(() => 0);
      for (const s of mine) {
        const t = tagged(compiled.tagger.tag(s.text));
        p.frames.forEach((f, i) => { if (matchFrames(t, [f], compiled.lexicon, true)) support[i] = (support[i] ?? 0) + 1; });
      }
      const weak = p.frames.map((f, i) => [`${f.claim} ${f.act.join(",")} / ${(f.patient ?? []).join(",")} (line ${f.place?.line})`, support[i]] as const).filter(([, n]) => (n as number) < 2);
      expect(weak).toEqual([]);
    });
  }
});
