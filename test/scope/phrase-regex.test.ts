/**
 * The phrases' regular expression (src/scope/phrase-regex.ts) is a faster form of the flat
 * alternation, longest phrase first, behind `(?<![\w.-])`: it must find the same matches. Compared
 * on the shipped rule set's phrases over the repository's own fixtures, hand-made edge cases, and
 * the kernel corpus's CoCo-relevant files when it is there.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { AFTER, BEFORE, buildAlternation, phraseAlternation, phraseRegExp, rememberAlternations } from '../../src/scope/phrase-regex.js';
import { corpusOrSkip, readCorpusFile, rstFiles } from '../helpers/corpus.js';
import { ruleSet } from './helpers.js';

const phrases = [
  ...ruleSet.technologies.flatMap((t) => t.aliases),
  ...ruleSet.aliases.map((a) => a.phrase),
  ...ruleSet.umbrellas.flatMap((u) => u.phrases),
];

/** The expression as it was written before: every phrase an alternative, the longest first. */
function flat(list: string[], flags: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '(?:\\s+|-)');
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  return new RegExp(`${BEFORE}(?:${sorted.map(escape).join('|')})${AFTER}`, flags);
}

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

function expectSame(list: string[], texts: string[]): void {
  for (const flags of ['g', 'gi']) {
    const fast = phraseRegExp(list, flags);
    const slow = flat(list, flags);
    for (const text of texts) expect(matches(fast, text)).toEqual(matches(slow, text));
  }
}

const EDGES = [
  'SEV, SEV-ES and SEV-SNP; vanilla SEV, Vanilla SEV; SEV-SNPs; x86-64 and x86_64 and CONFIG_X86; arch/x86/coco/tdx/',
  'confidential-computing extensions, confidential  virtual\nmachines, Confidential VMs, CoCo, TDX.2, .TDX, -TDX, TDX-Module, TDX-module',
  'Intel Trust Domain Extensions (Intel TDX), trust-domain secrets, process-based TEEs, enclave-based TEE, Hyper-V isolated VMs, pKVM, PKVM',
];

function* fixtureTexts(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(?:rst|md|txt)$/.test(entry.name)) yield readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
}

describe('phraseRegExp matches as the flat alternation', () => {
  test('small cases: shared prefixes, a phrase that is a prefix of another, case folding, hyphens', () => {
    const list = ['SEV', 'SEV-ES', 'SEV-SNP', 'vanilla SEV', 'confidential VM', 'confidential VMs', 'confidential computing', 'x86', 'x86-64', 'a.b'];
    expectSame(list, ['SEV-ES and SEV; vanilla-SEV, Confidential VMs and confidential-computing on x86-64, x86, a.b and aXb', ...EDGES]);
    expect(phraseAlternation(['SEV', 'SEV-ES'], false)).toBe('(?:SEV(?:-ES)?)');
  });

  test('the shipped phrases, over the edge cases and every fixture of this repository', () => {
    expectSame(phrases, [...EDGES, ...fixtureTexts('fixtures')]);
  });

  test('the shipped phrases over the kernel corpus\'s documents that name one (skipped without the corpus)', () => {
    const corpus = corpusOrSkip('phrase-regex over the kernel corpus');
    if (!corpus) return;
    const any = flat(phrases, 'i');
    const texts = rstFiles(corpus).map((f) => readCorpusFile(corpus, f)).filter((t) => any.test(t)).slice(0, 400);
    expect(texts.length).toBeGreaterThan(100);
    expectSame(phrases, texts);
  });
});

describe('the alternations the build records (dist/rules.compiled.json)', () => {
  const record = new URL('../../dist/rules.compiled.json', import.meta.url);
  test('each recorded alternation is what its phrases build now', () => {
    if (!existsSync(record)) return; // npm test builds first; a bare jest run has no dist/
    const { alternations } = JSON.parse(readFileSync(record, 'utf8')) as { alternations: [string, string][] };
    expect(alternations.length).toBeGreaterThan(5);
    for (const [key, source] of alternations) {
      const [flags, list] = key.split('\u0000') as [string, string];
      expect(buildAlternation(list.split('\u0001'), flags === 'i')).toBe(source);
    }
  });
  test('a record that is not a list of pairs is ignored, and a remembered one is used as it stands', () => {
    rememberAlternations({ not: 'a list' });
    rememberAlternations([[1, 2], ['x']]);
    rememberAlternations([['\u0000alpha\u0001beta', '(?:recorded)']]);
    expect(phraseAlternation(['alpha', 'beta'], false)).toBe('(?:recorded)');
    expect(phraseAlternation(['alpha', 'gamma'], false)).toBe('(?:alpha|gamma)');
  });
});
