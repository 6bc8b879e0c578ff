/**
 * Sets a page defines and names a reader reads through the page: the rows of a support table
 * that carry a status ("all GA platforms"), a product's name built on an umbrella ("Orbit
 * Confidential Containers"), and a key released after attestation (the owner's flow, which SEV's
 * launch attestation serves too). Each reading has a twin that the same page still flags.
 */
import { describe, expect, test } from '@jest/globals';
import { lint } from './helpers.js';

const rules = (text: string): string[] => lint(text, { path: 'Documentation/orbit/runtime.md' }).messages.map((m) => `${m.ruleId}@${m.line}`);

const TABLE = [
  '| Platform | Runtime class | Status |',
  '|---|---|---|',
  '| AMD SEV-SNP | `rc-snp` | GA |',
  '| Intel TDX | `rc-tdx` | GA |',
  '| AMD SEV | `rc-sev` | Deprecated |',
  '',
].join('\n');
const page = (claim: string) => `# Orbit runtime\n\nOrbit runs each pod in a confidential VM.\n\n${TABLE}\n${claim}\n`;

describe('a support table\'s status column defines sets of rows', () => {
  test('"on all GA platforms" is the rows that say GA; "on all deprecated platforms" the one that says Deprecated', () => {
    expect(rules(page('On all GA platforms, the host cannot silently remap guest memory.'))).toEqual([]);
    expect(rules(page('On all deprecated platforms, the host cannot silently remap guest memory.'))).toEqual(['memory-integrity@11']);
  });
  test('"the GA platforms" too', () => {
    expect(rules(page('The GA platforms stop the host from silently remapping guest memory.'))).toEqual([]);
    expect(rules(page('All platforms stop the host from silently remapping guest memory.'))).toEqual(['memory-integrity@11']);
  });
});

describe('an umbrella in a product\'s name', () => {
  const body = 'Each node runs the Orbit agent, which starts every pod on AMD SEV-SNP or Intel TDX.\n\nThe host cannot remap guest memory.\n';
  test('"Orbit Confidential Containers" in the title covers what the page says Orbit runs on', () => {
    expect(rules(`# Orbit Confidential Containers\n\n${body}`)).toEqual([]);
  });
  test('"Confidential Containers" alone still covers every technology it names', () => {
    expect(rules(`# Confidential Containers\n\n${body}`)).toEqual(['memory-integrity@5']);
  });
});

describe('attestation before a key is released', () => {
  test('"releases a key only to a workload that has proven, through attestation, ..." is the owner\'s flow SEV has too', () => {
    expect(rules('# Keys\n\nThe broker releases a key only to a workload that has proven, through attestation, that it runs inside a genuine TEE.\n')).toEqual([]);
    expect(rules('# Keys\n\nLockwell releases a key only to a workload that has proven, through attestation, that it runs inside a genuine TEE.\n')).toEqual([]);
    expect(rules('# Keys\n\nLockwell serves only a workload that has proven, through attestation, that it runs inside a genuine TEE.\n')).toEqual(['attestation-report@3']);
  });
});

describe('a preventer takes the act it keeps someone from', () => {
  test('"stop the host from silently remapping" claims integrity; "do not stop ..." denies it', () => {
    expect(rules('# Pods\n\nConfidential VMs stop the host from silently remapping guest pages.\n')).toEqual(['memory-integrity@3']);
    const denied = lint('# Pods\n\nConfidential VMs do not stop the host from silently remapping guest pages.\n', { path: 'Documentation/orbit/runtime.md' }).messages;
    expect(denied.map((m) => [m.ruleId, (m as { data?: { negated?: boolean } }).data?.negated])).toEqual([['memory-integrity', true]]);
    const asserted = lint('# Pods\n\nConfidential VMs stop the host from silently remapping guest pages.\n', { path: 'Documentation/orbit/runtime.md' }).messages;
    expect(asserted.map((m) => (m as { data?: { negated?: boolean } }).data?.negated)).toEqual([false]);
  });
});
