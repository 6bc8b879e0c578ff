/** judgeLabels (src/eval/claims.ts): what `npm run eval` reports for a labelled precision set. */
import { expect, test } from '@jest/globals';
import { judgeLabels, type TreeClaim, type TreeLabel } from '../../src/eval/claims.js';

const claim = (hash: string, breaks: string[]): TreeClaim => ({ file: 'a.rst', line: 1, hash, property: 'p', negated: false, breaks });
const label = (hash: string, finding: 'expected' | 'none'): TreeLabel => ({ file: 'a.rst', hash, property: 'p', finding, why: 'a reason given' });

test('findings, false findings, labelled misses and unlabelled claims', () => {
  const claims = [claim('right', ['sev']), claim('wrong', ['sev']), claim('missed', []), claim('quiet', []), claim('new', [])];
  const r = judgeLabels(claims, [label('right', 'expected'), label('wrong', 'none'), label('missed', 'expected'), label('quiet', 'none')]);
  expect(r.findings.map((c) => c.hash)).toEqual(['right', 'wrong']);
  expect(r.falseFindings.map((c) => c.hash)).toEqual(['wrong']);
  expect(r.misses.map((c) => c.hash)).toEqual(['missed']);
  expect(r.unlabelled.map((c) => c.hash)).toEqual(['new']);
});
