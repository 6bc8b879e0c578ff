import { describe, expect, test } from '@jest/globals';
import { structuralProblem as unsafeRegex } from '../../src/rules/regex-structure.js';

describe('structuralProblem', () => {
  test.each([
    ['(a+)+$', "nested quantifier: 'a+' inside '(a+)+'"],
    ['(\\w+\\s?)+', "nested quantifier: '\\w+' inside '(\\w+\\s?)+'"],
    ['(\\w*\\s?)*', "nested quantifier: '\\w*' inside '(\\w*\\s?)*'"],
    ['(?:\\w+\\s+){0,3}', "nested quantifier: '\\w+' inside '(?:\\w+\\s+){0,3}'"],
    ['(?:a{1,3}b)+', "nested quantifier: 'a{1,3}' inside '(?:a{1,3}b)+'"],
    ['((a+)?)*', "nested quantifier: '(a+)?' inside '((a+)?)*'"],
    ['(?=(a+)+$)', "nested quantifier: 'a+' inside '(a+)+'"],
    ['(?:a+?)+?', "nested quantifier: 'a+?' inside '(?:a+?)+?'"],
    ['(x|x?)+', "alternative 'x?' can match the empty string inside '(x|x?)+'"],
    ['(a|)+', "alternative '' can match the empty string inside '(a|)+'"],
    ['(a|a)*', "alternatives 'a' and 'a' can match the same text inside '(a|a)*'"],
    ['(\\s|\\W)+', "alternatives '\\s' and '\\W' can match the same text inside '(\\s|\\W)+'"],
    ['(?:A|a)+', "alternatives 'A' and 'a' can match the same text inside '(?:A|a)+'"],
    ['(?:[a-f]|\\d|c)*', "alternatives '[a-f]' and 'c' can match the same text inside '(?:[a-f]|\\d|c)*'"],
    ['(?:host|hostile)+', "alternatives 'host' and 'hostile' can match the same text inside '(?:host|hostile)+'"],
  ])('%s is refused', (source, reason) => {
    expect(unsafeRegex(source)).toBe(reason);
  });

  test.each([
    '\\b(?:host|hypervisor)s?\\b',
    '\\b(?:hosts?|hypervisors?)\\b',
    '(a+)?',
    '(?:ab{2})+',
    '(?:the|this)+',
    '(?:a|b)*',
    '(?:\\s|,)+',
    '\\(a+\\)+',
    '[(+*]+a+',
    '[\\]a+]+',
    'a{2,}',
    'a{,3}+',
    '[^]*',
    '(?<=x)(?<n>a)\\k<n>+',
    '(?:[a-z]\\.)+',
    '\\bintegrity\\b[^.]{0,40}\\bprotect',
    '\\bcontrol(?:s|led|ling)?\\b.*\\b(?:I/O|devices?)\\b',
  ])('%s is accepted', (source) => {
    expect(unsafeRegex(source)).toBeUndefined();
  });

  test('never throws, even on invalid sources', () => {
    for (const source of ['(', ')', 'a)b+', '[', '\\', '(?', '(?<', '{', 'a{1', '\\x', '\\u12', '\\c']) {
      expect(() => unsafeRegex(source)).not.toThrow();
    }
  });
});
