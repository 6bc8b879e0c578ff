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

describe('what a sentence refers back to', () => {
  const head = '# Nodes\n\nWe offer AMD SEV-SNP, Intel TDX and IBM Secure Execution nodes.\n\nA legacy AMD SEV family is also available.\n\n';
  const at = (text: string) => lint(head + text, { path: 'docs/nodes.md' }).messages.filter((m) => !/umbrella|imprecise/.test(m.ruleId ?? '')).map((m) => m.ruleId);
  test('"It ..." after a sentence that names a technology is about it', () => {
    expect(at('The legacy family uses AMD SEV. It protects neither memory integrity nor register state.\n')).toEqual([]);
    expect(at('The legacy family uses AMD SEV. Nodes protect neither memory integrity nor register state.\n')).toEqual(['register-protection']);
  });
  test('"Both ..." after runtime classes named for their technologies (`rc-snp`, `rc-sev`)', () => {
    expect(at('Use `rc-snp` or `rc-tdx` for real data.\nBoth protect the integrity of guest memory.\n')).toEqual([]);
    expect(at('Use `rc-snp` or `rc-sev` for real data.\nBoth protect the integrity of guest memory.\n')).toEqual(['memory-integrity']);
  });
  test('a code span that opens a sentence starts it, and names its subject', () => {
    expect(at('Use `rc-snp` for real data. `rc-sev` only encrypts memory: a malicious host could remap guest pages.\n')).toEqual([]);
    expect(at('Use `rc-snp` for real data. `rc-snp` only encrypts memory: a malicious host could remap guest pages.\n')).toEqual(['memory-integrity']);
  });
  test('"on both platforms" is the two the paragraph just named, not every one the page has', () => {
    const before = 'TDX delays interrupt delivery, and SEV-SNP offers Restricted Injection. Research showed that host-injected interrupts can still be abused on ';
    expect(at(`${before}both platforms.\n`)).toEqual([]);
    expect(at(`${before}all platforms.\n`)).toEqual(['interrupt-control']);
  });
  test('", and" before a new subject ends what "neither ... nor" denies', () => {
    expect(at('AMD SEV protects neither memory integrity nor register state, and the only attestation available is a launch measurement.\n')).toEqual([]);
    expect(at('AMD SEV protects neither memory integrity nor register state nor the launch measurement.\n')).toEqual(['launch-measurement']);
  });
  test('"every TEE in our support matrix" is the rows of the page\'s table, also where the page names others', () => {
    const table = '# Backends\n\n| Backend | TEE |\n|---|---|\n| `a` | AMD SEV-SNP |\n| `b` | Intel TDX |\n\nOlder AMD SEV hosts are still in the fleet, running other software.\n\n';
    expect(lint(`${table}Every TEE in our support matrix protects guest memory integrity from the hypervisor.\n`, { path: 'docs/backends.md' }).messages.map((m) => m.ruleId)).toEqual([]);
    expect(lint(`${table}Every TEE listed on this page protects guest memory integrity from the hypervisor.\n`, { path: 'docs/backends.md' }).messages.map((m) => m.ruleId)).toEqual(['memory-integrity']);
    // Rows that name their technology by a code name count too.
    const coded = '# Backends\n\nWe run AMD SEV-SNP (`snp`) and Intel TDX (`tdx`) guests; AMD SEV hosts remain for other software.\n\n| Backend | Report |\n|---|---|\n| `snp` | SNP report |\n| `tdx` | TD quote |\n\n';
    expect(lint(`${coded}Every TEE in our support matrix protects guest memory integrity from the hypervisor.\n`, { path: 'docs/backends.md' }).messages.map((m) => m.ruleId)).toEqual([]);
  });
  test('a runtime measurement register is not the launch measurement', () => {
    expect(at('SEV-SNP has no runtime measurement register, so the agent keeps its own log.\n')).toEqual([]);
    expect(at('SEV-SNP has no launch measurement register, so the agent keeps its own log.\n')).toEqual(['launch-measurement']);
  });
  test('"every TEE in our support matrix" is the page\'s, not every TEE', () => {
    const page = '# Backends\n\n| Backend | TEE |\n|---|---|\n| `a` | AMD SEV-SNP |\n| `b` | Intel TDX |\n\nBoth backends run on AMD SEV-SNP or Intel TDX hardware.\n\n';
    expect(lint(`${page}Every TEE in our support matrix protects guest memory integrity from the hypervisor.\n`, { path: 'docs/backends.md' }).messages.map((m) => m.ruleId)).toEqual([]);
    expect(lint(`${page}Every TEE protects guest memory integrity from the hypervisor.\n`, { path: 'docs/backends.md' }).messages.map((m) => m.ruleId)).toEqual(['memory-integrity']);
  });
});

describe('what the page says it offers', () => {
  const rule = (text: string) => lint(text, { path: 'docs/nimbus.md' }).messages.map((m) => `${m.ruleId}@${m.line}`);
  const head = '# Nimbus\n\nNimbus runs guests on AMD SEV-SNP and Intel TDX.\n\n';
  test('"We do not publish images for plain SEV" keeps SEV out of the page\'s technologies', () => {
    expect(rule(`${head}We do not publish images for plain SEV or SEV-ES.\n\nGuest memory is integrity-protected against the hypervisor.\n`)).toEqual([]);
    expect(rule(`${head}We also publish images for plain SEV or SEV-ES.\n\nGuest memory is integrity-protected against the hypervisor.\n`)).toEqual(['memory-integrity@7']);
  });
  test('"our confidential VMs" are the page\'s own', () => {
    expect(rule(`${head}We do not publish images for plain SEV or SEV-ES.\n\nOur confidential VMs protect guest memory integrity.\n`)).toEqual([]);
    expect(rule(`${head}We do not publish images for plain SEV or SEV-ES.\n\nConfidential VMs protect guest memory integrity.\n`)).toEqual(['memory-integrity@7']);
  });
  test('a table row is scoped by the code names in another of its cells', () => {
    const page = '# Nimbus\n\nNimbus runs guests on AMD SEV-SNP, Intel TDX and AMD SEV.\n\nEach runtime class starts a confidential VM on one of them.\n\n| Property | Runtime classes |\n|---|---|\n';
    expect(rule(`${page}| vCPU register state is hidden from the host | \`rc-snp\`, \`rc-tdx\` |\n`)).toEqual([]);
    expect(rule(`${page}| vCPU register state is hidden from the host | \`rc-snp\`, \`rc-sev\` |\n`)).toEqual(['register-protection@9']);
  });
});

describe('a platform named by its operating system', () => {
  test('pKVM beside "Android" is the arm64 one', () => {
    const page = '# Sandbox backends\n\nWe compare pKVM on Android phones, Arm CCA, and the proposed pKVM on x86 laptops.\n\nEach option isolates a plug-in from the host OS.\n\n';
    const at = (text: string) => lint(page + text, { path: 'docs/adr.md' }).messages.map((m) => `${m.ruleId}@${m.line}`);
    expect(at('## Option A: pKVM protected VMs (Android Virtualization Framework)\n\nVirtio devices are emulated by the untrusted host.\n')).toEqual([]);
    expect(at('## Option A: pKVM protected VMs\n\nVirtio devices are emulated by the untrusted host.\n')).toEqual(['host-device-io@9']);
  });
});
