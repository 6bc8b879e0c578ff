/**
 * forDocument reads a document piece by piece (scope/document.ts documentPieces: the file name,
 * the blocks, the text between them that has a letter or a digit), remembering each block's
 * names by its node. It must give the matcher that reading the whole text gives, and in the
 * editor it must not read a block again that the next parse kept.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileRuleSet } from '../../src/rules/compile.js';
import { parseRstIncremental } from '../../src/rst/incremental.js';
import { parseRst } from '../../src/rst/parse.js';
import { documentPieces } from '../../src/scope/document.js';
import type { DocumentPiece } from '../../src/scope/mentions.js';
import { corpusOrSkip, readCorpusFile, rstFiles } from '../helpers/corpus.js';
import { ruleSet } from './helpers.js';

const { matcher } = compileRuleSet(ruleSet);
const fixtureDir = join(process.cwd(), 'fixtures');
const fixtures = (readdirSync(fixtureDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.rst')).sort();

/** The matcher from pieces is the one from the whole text (forDocument gives one matcher per reading). */
function expectSameMatcher(path: string, text: string): void {
  const pieces = documentPieces(parseRst(text), text, path);
  for (const extra of [[], ['sev']]) {
    expect(matcher.forDocument(pieces, extra)).toBe(matcher.forDocument(`${basename(path)}\n${text}`, extra));
  }
}

describe('a document read piece by piece', () => {
  test.each(fixtures)('%s: the same matcher as the whole text', (f) => {
    expectSameMatcher(join('Documentation', f), readFileSync(join(fixtureDir, f), 'utf8'));
  });

  test('names in blocks, in a title, in text the blocks leave out, and in the file name', () => {
    const cases: [string, string][] = [
      ['Documentation/virt/uv.rst', 'The Ultravisor\n==============\n\nSecure Execution guests talk to the UV.\n'],
      ['Documentation/x86/sev.rst', 'SEV\n===\n\nThis page covers SEV-ES and ``KVM_SEV_SNP_LAUNCH_START``.\n\n.. note:: vanilla SEV has no integrity.\n'],
      ['Documentation/arm64/pkvm-x86.rst', 'pKVM on x86\n\nand pKVM (arm64) in a second paragraph.\n'],
      ['Documentation/s390/pv.rst', '  Protected Virtualization\n\n   indented UV text\n'],
    ];
    for (const [path, text] of cases) expectSameMatcher(path, text);
  });

  test('the editor reads again only the blocks its next parse made anew', () => {
    const path = 'Documentation/x86/sev.rst';
    const before = 'SEV\n===\n\nThis page covers SEV-ES.\n\nA second paragraph about the UV.\n\nA third one.\n\nA fourth one.\n\nThe last one.\n';
    const first = parseRstIncremental(before);
    const read: string[] = [];
    const counted = (pieces: DocumentPiece[]) => pieces.map((p) => ({ ...p, text: () => { const t = p.text(); read.push(t); return t; } }));
    matcher.forDocument(counted(documentPieces(first.root, before, path)));
    expect(read).toContain('This page covers SEV-ES.');
    read.length = 0;
    const after = before.replace('The last one.', 'The last one, edited.');
    const second = parseRstIncremental(after, first.state);
    const m = matcher.forDocument(counted(documentPieces(second.root, after, path)));
    // The file name (not a block) and the edited paragraph, not the title and paragraphs the parse kept.
    expect(read).toContain('sev.rst');
    expect(read).toContain('The last one, edited.');
    for (const keptText of ['SEV', 'This page covers SEV-ES.', 'A second paragraph about the UV.']) expect(read).not.toContain(keptText);
    expect(m).toBe(matcher.forDocument(`sev.rst\n${after}`));
  });
});

describe('the kernel tree read piece by piece', () => {
  const corpus = corpusOrSkip('the documents about confidential computing, read piece by piece');
  const files = corpus ? rstFiles(corpus).filter((f) => /^(?:virt|arch\/x86|security|arch\/powerpc|arch\/s390)\//.test(f)) : [];
  (corpus ? test : test.skip)('the same matcher as the whole text in virt/, arch/x86/, arch/powerpc/, arch/s390/ and security/', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) expectSameMatcher(join('Documentation', f), readCorpusFile(corpus!, f));
  });
});
