/**
 * The precision set of issue 10: every property claim the frames (or patterns) recognise in the
 * CoCo documents of Linux 6.12 is labelled by hand in fixtures/claims-linux-6.12.yml, by file,
 * sentence hash and property. An unlabelled match fails (a new frame must be read against the
 * real tree before it lands), and so does a label whose claim is no longer recognised (the file
 * stays exact). A label says what is right for its sentence, a finding or none, so that a
 * change of outcome either way fails: a finding where none is right is a false positive, no
 * finding where one is expected is a miss.
 */
import { expect, test } from '@jest/globals';
import { join } from 'node:path';
import { readTreeLabels, treeClaims, type TreeClaim } from '../../src/eval/claims.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import { corpusOrSkip } from '../helpers/corpus.js';
import { describeIf } from '../helpers/skip.js';

const corpus = corpusOrSkip('the labelled claims of the kernel tree');
const key = (c: { file: string; hash: string; property: string }) => `${c.file} ${c.hash} ${c.property}`;

describeIf(corpus)('claims recognised in Linux 6.12 Documentation/', () => {
  const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
  let claims: TreeClaim[] = [];
  const labels = readTreeLabels(join(process.cwd(), 'fixtures', 'claims-linux-6.12.yml'));
  const byKey = new Map(labels.map((l) => [key(l), l]));

  test('every recognised claim is labelled, and every label is a recognised claim', () => {
    claims = treeClaims(corpus!.documentation, [ruleSet!]);
    expect(claims.length).toBeGreaterThan(50);
    const seen = new Set(claims.map(key));
    expect(claims.filter((c) => !byKey.has(key(c))).map((c) => `${c.file}:${c.line} ${c.property} (${c.hash})`)).toEqual([]);
    expect(labels.filter((l) => !seen.has(key(l))).map((l) => `${l.file} ${l.hash} ${l.property}`)).toEqual([]);
    for (const l of labels) expect(l.why.length).toBeGreaterThan(10);
  }, 300_000);

  // Issue 10 asks for none.
  test('no false positive: no finding where none is right', () => {
    if (!claims.length) claims = treeClaims(corpus!.documentation, [ruleSet!]);
    const wrong = claims.filter((c) => c.breaks.length && byKey.get(key(c))?.finding === 'none');
    expect(wrong.map((c) => `${c.file}:${c.line} ${c.property}`)).toEqual([]);
  }, 300_000);

  test('no miss: a finding wherever one is expected', () => {
    if (!claims.length) claims = treeClaims(corpus!.documentation, [ruleSet!]);
    const missed = claims.filter((c) => !c.breaks.length && byKey.get(key(c))?.finding === 'expected');
    expect(missed.map((c) => `${c.file}:${c.line} ${c.property}: ${byKey.get(key(c))?.why}`)).toEqual([]);
  }, 300_000);
});
