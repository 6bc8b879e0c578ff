/**
 * The founding review, R1–R8 (DESIGN §2): each objection is a finding on the
 * real v2 document, with the rule and the primary range this test names.
 */
import { expect, test } from '@jest/globals';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import { lintText } from '../../src/engine/lint.js';
import { newFileFromPatch, reviewFileOrSkip } from '../helpers/review.js';
import { corpusOrSkip, readCorpusFile } from '../helpers/corpus.js';
import { describeIf } from '../helpers/skip.js';

const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
const PATH = 'Documentation/security/x86-confidential-computing.rst';
const mbox = reviewFileOrSkip('v2-patch.mbox', 'R1-R8 on the v2 document');
const doc = mbox ? newFileFromPatch(mbox, PATH) : '';

interface Got { rule: string; line: number; column: number; actual: string }
function lint(text: string, path: string): Got[] {
  return lintText(text, { path, ruleSets: [ruleSet!] }).messages.map((m) => ({
    rule: m.ruleId ?? '', line: m.line ?? 0, column: m.column ?? 0, actual: (m.actual ?? '').replace(/\s+/g, ' '),
  }));
}
/** Line and column (1-based) of `word` inside the first occurrence of `context` (any whitespace matches any whitespace). */
function at(text: string, context: string, word: string): { line: number; column: number } {
  const flexible = (s: string) => s.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const c = new RegExp(flexible(context)).exec(text);
  if (!c) throw new Error(`'${context}' not in the document`);
  const w = new RegExp(flexible(word)).exec(c[0]);
  if (!w) throw new Error(`'${word}' not in '${context}'`);
  const offset = c.index + w.index;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describeIf(mbox)('R1–R8 on the real v2 document', () => {
  const found = lint(doc, PATH);
  const expectFinding = (rule: string, context: string, word: string) => {
    const where = at(doc, context, word);
    expect(found).toContainEqual({ rule, ...where, actual: word.replace(/\s+/g, ' ') });
  };

  test('the document is extracted from the patch: 298 lines, its title first', () => {
    expect(doc.split('\n')[1]).toBe('Confidential Computing in Linux for x86 virtualization');
  });
  test('R1: "x86" scoping the document in its first paragraph', () => {
    expectFinding('overgeneral-umbrella', 'environments in x86 operate', 'x86');
  });
  test('R2: "virtualized environments" (suggesting cloud computing / off-premise environments)', () => {
    expectFinding('imprecise-term', 'virtualized\nenvironments in x86', 'virtualized\nenvironments');
    const m = lintText(doc, { path: PATH, ruleSets: [ruleSet!] }).messages.find((x) => x.ruleId === 'imprecise-term');
    expect(m?.expected).toEqual(['cloud computing environments', 'off-premise environments']);
  });
  test('R3: pKVM cited as an example of a CoCo security manager', () => {
    expectFinding('misfit-example', 'such as for the `Protected kernel-based virtual machine', 'Protected kernel-based virtual machine');
  });
  test('R4: "Confidential Computing adds a new type of attacker"', () => {
    expectFinding('untrusted-host', 'Confidential Computing adds a new type of attacker', 'Confidential Computing');
  });
  test('R5: "has control over the guest kernel communication with most of the HW"', () => {
    expectFinding('host-device-io', 'has control over the guest\nkernel communication', 'control');
  });
  test('R6: integrity of CoCo guest private memory and registers', () => {
    expectFinding('memory-integrity', "integrity of CoCo guest's private", 'CoCo guest');
    expectFinding('register-protection', "integrity of CoCo guest's private", 'CoCo guest');
  });
  test('R7: "established via attestation"', () => {
    expectFinding('attestation-report', 'is established via attestation', 'attestation');
  });
  test('R8: "x86" in the title and in the file name (at 1:1)', () => {
    expectFinding('overgeneral-umbrella', 'Linux for x86 virtualization', 'x86');
    expect(found).toContainEqual({ rule: 'overgeneral-umbrella', line: 1, column: 1, actual: '' });
  });
});

const corpus = corpusOrSkip('the merged document', ['Documentation/security/snp-tdx-threat-model.rst']);
describeIf(corpus)('the merged document, snp-tdx-threat-model.rst', () => {
  const PATH2 = 'Documentation/security/snp-tdx-threat-model.rst';
  const text = corpus ? readCorpusFile(corpus, 'security/snp-tdx-threat-model.rst') : '';
  const found = corpus ? lint(text, PATH2) : [];
  test('its file name scopes it to SNP and TDX: objective 1 and "via attestation" are silent', () => {
    const line = (phrase: string) => at(text, phrase, phrase).line;
    expect(found.filter((f) => f.line === line('Preserve the confidentiality and integrity'))).toEqual([]);
    expect(found.filter((f) => f.line === line('established via attestation'))).toEqual([]);
    expect(found.filter((f) => f.rule === 'attestation-report' || f.rule === 'misfit-example')).toEqual([]);
  });
  test('"x86" in its title and first sentence, "virtualized environments", and "all available mechanisms" are flagged, and nothing else', () => {
    const x = (rule: string, context: string, word: string) => ({ rule, ...at(text, context, word), actual: word.replace(/\s+/g, ' ') });
    expect(found).toEqual([
      x('overgeneral-umbrella', 'Linux for x86 virtualization', 'x86'),
      x('imprecise-term', 'virtualized\nenvironments in x86', 'virtualized\nenvironments'),
      x('overgeneral-umbrella', 'environments in x86 operate', 'x86'),
      x('imprecise-term', 'targeting virtualized environments', 'virtualized environments'),
      x('imprecise-term', 'virtualized environments (VE)', 'virtualized environments'),
      x('interrupt-control', 'all available\nmechanisms', 'all available\nmechanisms'),
      x('memory-integrity', 'all available\nmechanisms', 'all available\nmechanisms'),
      x('register-protection', 'all available\nmechanisms', 'all available\nmechanisms'),
    ]);
  });
});
