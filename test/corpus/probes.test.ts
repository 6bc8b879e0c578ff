/**
 * The probe sets (fixtures/probes/, docs/probes.md): Markdown pages written blind and labelled
 * by helpers that never saw claimlint's rules. Pins what docs/probes.md reports, so that a change
 * that finds fewer of their over-claims or makes more false findings on them is seen.
 */
import { describe, expect, test } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { evaluateProbeSet } from '../../src/eval/probes.js';
import { ruleSet } from '../scope/helpers.js';

const dir = (set: string) => fileURLToPath(new URL(`../../fixtures/probes/${set}/`, import.meta.url));

describe('probe sets written blind', () => {
  test('set A: 17 of 24 over-claims found, 6 false findings (docs/probes.md)', () => {
    const r = evaluateProbeSet(dir('set-a'), [ruleSet]);
    expect(r.overclaims).toBe(24);
    expect(r.found).toBeGreaterThanOrEqual(17);
    expect(r.falseFindings + r.unlabelled).toBeLessThanOrEqual(6);
  });
  test('set B: 13 of 18 over-claims found, 4 false findings and 2 on unlabelled lines (docs/probes.md)', () => {
    const r = evaluateProbeSet(dir('set-b'), [ruleSet]);
    expect(r.overclaims).toBe(18);
    expect(r.found).toBeGreaterThanOrEqual(13);
    expect(r.falseFindings + r.unlabelled).toBeLessThanOrEqual(6);
  });
  test('set C: 14 of 21 over-claims found, 8 false findings (docs/probes.md)', () => {
    const r = evaluateProbeSet(dir('set-c'), [ruleSet]);
    expect(r.overclaims).toBe(21);
    expect(r.found).toBeGreaterThanOrEqual(14);
    expect(r.falseFindings + r.unlabelled).toBeLessThanOrEqual(8);
  });
});
