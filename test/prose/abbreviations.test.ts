/** Abbreviations a document defines (src/prose/abbreviations.ts), on sentences written for these tests. */
import { describe, expect, test } from '@jest/globals';
import { abbreviationsIn, documentAbbreviations, longFormBefore } from '../../src/prose/abbreviations.js';

describe('longFormBefore: the words whose initials the abbreviation spells', () => {
  test('capitals of the words before the bracket', () => {
    expect(longFormBefore('The Key Broker Service ', 'KBS')).toBe('Key Broker Service');
    expect(longFormBefore('a hardware Root of Trust ', 'RoT')).toBe('Root of Trust');
    expect(longFormBefore('the Request-Challenge-Attestation-Response ', 'RCAR')).toBe('Request-Challenge-Attestation-Response');
  });
  test('initials that do not match, a single letter or a sentence break: no long form', () => {
    expect(longFormBefore('The Key Broker Service ', 'AS')).toBeUndefined();
    expect(longFormBefore('the Service ', 'S')).toBeUndefined();
    expect(longFormBefore('It attests. Service ', 'IAS')).toBeUndefined();
  });
});

describe('documentAbbreviations: the definitions across a document', () => {
  test('"Long Form (ABBR)", "(ABBR or other)" and "(ABBR, ...)" define', () => {
    const m = documentAbbreviations([
      'The Attestation Service (AS or CoCo-AS) verifies evidence.',
      'A Key Broker Service (KBS, see below) releases secrets.',
    ]);
    expect(Object.fromEntries(m)).toEqual({ AS: 'Attestation Service', KBS: 'Key Broker Service' });
  });
  test('an abbreviation defined two ways is left alone', () => {
    const m = documentAbbreviations(['The Attestation Service (AS) verifies.', 'The Attestation Agent (AA) and the Agent Service (AS) talk.']);
    expect(m.has('AS')).toBe(false);
    expect(m.get('AA')).toBe('Attestation Agent');
  });
  test('a bracket that is no abbreviation defines nothing', () => {
    expect(documentAbbreviations(['The service (see below) verifies.', 'Memory is encrypted (AES).']).size).toBe(0);
  });
  test('abbreviationsIn: the defined ones standing as words, sorted', () => {
    const m = new Map([['AS', 'Attestation Service'], ['KBS', 'Key Broker Service']]);
    expect(abbreviationsIn('The KBS asks the AS; ASK is a key.', m)).toEqual(['AS', 'KBS']);
  });
});
