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

// Issue 11: the v2 finding list is golden. Every finding has a written verdict in
// docs/review-v2-findings.md; a change to this list must change that page too.
describeIf(mbox)('the v2 document\'s whole finding list (docs/review-v2-findings.md)', () => {
  test('exactly the findings judged there, by rule and line', () => {
    expect(lint(doc, PATH).map((f) => `${f.line} ${f.rule}`)).toEqual([
      '1 overgeneral-umbrella', '2 overgeneral-umbrella', '12 imprecise-term', '13 overgeneral-umbrella', '25 memory-integrity',
      '32 imprecise-term', '35 imprecise-term', '39 attestation-report', '44 interrupt-control',
      '44 memory-integrity', '44 register-protection', '82 misfit-example', '132 untrusted-host',
      '138 untrusted-host', '140 host-device-io', '172 memory-integrity', '172 register-protection',
      '206 attestation-report', '234 attestation-report',
    ]);
  });
  test('R5, R6, R7 name the technologies the review names as breaking', () => {
    const m = lintText(doc, { path: PATH, ruleSets: [ruleSet!] }).messages;
    const breaks = (rule: string, line: number) => m.find((x) => x.ruleId === rule && x.line === line)?.message ?? '';
    expect(breaks('host-device-io', 140)).toMatch(/does not hold for pKVM \(x86\)/);
    expect(breaks('memory-integrity', 172)).toMatch(/does not hold for SEV and SEV-ES/);
    expect(breaks('attestation-report', 206)).toMatch(/does not hold for SEV, SEV-ES and pKVM \(x86\)/);
  });
  test('the table\'s untrusted-host rows and "cannot help to mitigate" are silent', () => {
    const lines = lint(doc, PATH).map((f) => f.line);
    // The line of the word a finding would stand at (the trigger: these sentences name no scope).
    for (const [phrase, trigger] of [['A misbehaving host modifies one of the following', 'misbehaving'], ['The attestation or signing process cannot help', 'attestation'], ['it is not possible to\n use attestation mechanisms', 'attestation']] as const) {
      expect(lines).not.toContain(at(doc, phrase, trigger).line);
    }
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
  test('"x86" in its title and first sentence, "virtualized environments", the definition\'s "integrity of data in use" and "all available mechanisms" are flagged, and nothing else', () => {
    const x = (rule: string, context: string, word: string) => ({ rule, ...at(text, context, word), actual: word.replace(/\s+/g, ' ') });
    expect(found).toEqual([
      x('overgeneral-umbrella', 'Linux for x86 virtualization', 'x86'),
      x('imprecise-term', 'virtualized\nenvironments in x86', 'virtualized\nenvironments'),
      x('overgeneral-umbrella', 'environments in x86 operate', 'x86'),
      x('memory-integrity', 'Confidential Computing (CoCo) is', 'Confidential Computing'),
      x('imprecise-term', 'targeting virtualized environments', 'virtualized environments'),
      x('imprecise-term', 'virtualized environments (VE)', 'virtualized environments'),
      x('interrupt-control', 'all available\nmechanisms', 'all available\nmechanisms'),
      x('memory-integrity', 'all available\nmechanisms', 'all available\nmechanisms'),
      x('register-protection', 'all available\nmechanisms', 'all available\nmechanisms'),
    ]);
  });
});
