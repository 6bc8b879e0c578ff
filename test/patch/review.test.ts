/**
 * The real v2 mail, as archived (no "From " line, tabs turned into spaces in
 * its MAINTAINERS hunk), in patch mode: every R1–R8 finding at its post-image
 * line, the MAINTAINERS title and F: line, the commit body's "x86" sentence,
 * and nothing on the index.rst toctree line.
 */
import { expect, test } from '@jest/globals';
import { lintPatch } from '../../src/patch/lint-patch.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import { newFileFromPatch, reviewFileOrSkip } from '../helpers/review.js';
import { describeIf } from '../helpers/skip.js';

const mbox = reviewFileOrSkip('v2-patch.mbox', 'patch mode on the v2 mail');
const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
const DOC = 'Documentation/security/x86-confidential-computing.rst';

describeIf(mbox)('patch mode on the v2 mail', () => {
  const doc = mbox ? newFileFromPatch(mbox, DOC) : '';
  const lines = doc.split('\n');
  /** The post-image line holding `phrase` (its first word, when the phrase wraps). */
  const lineOf = (phrase: string) => lines.findIndex((l) => l.includes(phrase)) + 1;
  const mboxLine = (phrase: string) => (mbox as string).split('\n').findIndex((l) => l.includes(phrase)) + 1;
  let findings: { rule: string; file?: string; line: number; input: number }[] = [];

  test('is read as one mail with a commit message and three files', async () => {
    const report = await lintPatch(mbox as string, 'v2-patch.mbox', 'v2-patch.mbox', { ruleSets: [ruleSet!] });
    expect(report.mails).toHaveLength(1);
    expect(report.mails[0]!.subject?.text).toMatch(/^\[PATCH v2\] docs: security: Confidential computing/);
    findings = report.findings.map((f) => ({ rule: f.ruleId, file: f.file, line: f.line, input: f.inputLine }));
  });
  test.each([
    ['R1', 'overgeneral-umbrella', 'environments in x86 operate'],
    ['R2', 'imprecise-term', 'Kernel developers working on confidential computing for virtualized'],
    ['R3', 'misfit-example', '`Protected kernel-based virtual machine (pKVM)'],
    ['R4', 'untrusted-host', 'Confidential Computing adds a new type of attacker'],
    ['R5', 'host-device-io', 'and has control over the guest'],
    ['R6', 'memory-integrity', "1. Preserve the confidentiality and integrity of CoCo guest's private"],
    ['R6', 'register-protection', "1. Preserve the confidentiality and integrity of CoCo guest's private"],
    ['R7', 'attestation-report', 'authenticity is established via attestation.'],
    ['R8 (title)', 'overgeneral-umbrella', 'Confidential Computing in Linux for x86 virtualization'],
  ])('%s: %s at its post-image line', (_r, rule, phrase) => {
    expect(findings).toContainEqual(expect.objectContaining({ rule, file: DOC, line: lineOf(phrase) }));
  });
  test('R8: the file name at line 1, and the MAINTAINERS title and F: line', () => {
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'overgeneral-umbrella', file: DOC, line: 1 }));
    const title = mboxLine('+CONFIDENTIAL COMPUTING THREAT MODEL FOR X86 VIRTUALIZATION');
    const f = mboxLine('+F:    Documentation/security/x86-confidential-computing.rst');
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'overgeneral-umbrella', file: 'MAINTAINERS', input: title }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'overgeneral-umbrella', file: 'MAINTAINERS', input: f }));
  });
  test('the commit body\'s "x86" sentence is prose', () => {
    const body = mboxLine('environments in x86 operate under a set of assumptions regarding the Linux');
    expect(body).toBeLessThan(mboxLine('---'));
    expect(findings).toContainEqual({ rule: 'overgeneral-umbrella', file: undefined, line: body, input: body });
  });
  test('nothing on the index.rst toctree line', () => {
    expect(findings.filter((f) => f.file === 'Documentation/security/index.rst')).toEqual([]);
  });
  test('every finding in the document is on a line the patch adds (the whole file is new)', () => {
    for (const f of findings.filter((x) => x.file === DOC)) expect(f.line).toBeLessThanOrEqual(lines.length);
  });
});
