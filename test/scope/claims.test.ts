/**
 * Claim semantics (DESIGN §2) on sentences written for these tests: for each
 * seed claim of the founding review (R1–R8) the overgeneral original, its
 * correct rewrites, and the scope, negation, hedge and gate variants DESIGN
 * asks for. Each test states the exact set of `[ruleId, actual]` pairs.
 *
 * Tests marked `test.failing` keep what DESIGN specifies where the engine
 * currently disagrees; each carries a one-line diagnosis above it.
 */
import { describe, expect, test } from '@jest/globals';
import { findings, lint, pairs, NEUTRAL, SNP_TDX } from './helpers.js';

describe('R1: "x86" as the scope of a claim or of the document', () => {
  test('the review\'s opening sentence: "x86" scopes the document from its first paragraph, and the term', () => {
    expect(findings('Kernel developers working on confidential computing for virtualized environments in x86 operate under a set of assumptions regarding the Linux kernel threat model.'))
      .toEqual(pairs(['imprecise-term', 'virtualized environments'], ['overgeneral-umbrella', 'x86']));
  });

  test('the opening sentence rewritten with "x86 (SNP/TDX)" and "cloud computing": silent', () => {
    expect(findings('Kernel developers working on confidential computing for cloud computing environments on x86 (SNP/TDX) operate under a set of assumptions regarding the Linux kernel threat model.'))
      .toEqual([]);
  });

  test('"On x86, ..." scoping a memory-integrity claim: the property at the umbrella, and the umbrella itself', () => {
    expect(findings('On x86, guest memory is integrity-protected.'))
      .toEqual(pairs(['memory-integrity', 'x86'], ['overgeneral-umbrella', 'x86']));
  });

  test('the same claim qualified with "SEV-SNP and TDX": silent', () => {
    expect(findings('On SEV-SNP and TDX, guest memory is integrity-protected.')).toEqual([]);
  });

  test('"x86 (SNP/TDX)": qualified, so no overgeneral-umbrella finding and no property finding', () => {
    expect(findings('On x86 (SNP/TDX), guest memory is integrity-protected.')).toEqual([]);
  });

  test('"x86 SNP guests": an umbrella directly qualified by a technology means that technology', () => {
    expect(findings('x86 SNP guests have integrity-protected memory.')).toEqual([]);
  });

  test('"x86" in a later paragraph that scopes no claim: silent', () => {
    expect(findings('This document describes the threat model of confidential guests in general terms.\n\nThe kernel also builds on x86 and uses the x86 page tables.'))
      .toEqual([]);
  });

  test('"On x86, ..." in the first paragraph of a non-CoCo architecture document: silent (gate)', () => {
    expect(findings('On x86, the kernel boots in real mode and switches to long mode before it calls start_kernel.', { path: 'Documentation/arch/x86/boot.rst', cocoDocument: false }))
      .toEqual([]);
  });
});

describe('R2: "virtualized environments"', () => {
  test('flagged as an imprecise term in a CoCo document', () => {
    expect(findings('This document covers confidential computing for virtualized environments.'))
      .toEqual(pairs(['imprecise-term', 'virtualized environments']));
  });

  test('"cloud computing environments" is the suggested wording: silent', () => {
    expect(findings('This document covers confidential computing for cloud computing environments.')).toEqual([]);
  });

  test('in admin-guide/hw-vuln/ (not a CoCo document): silent', () => {
    expect(findings('In virtualized environments, the host must flush the L1D cache on VM entry.', { path: 'Documentation/admin-guide/hw-vuln/l1tf.rst', cocoDocument: false }))
      .toEqual([]);
  });
});

describe('R3: pKVM cited as an example in an untrusted-host document', () => {
  const pkvm = 'In some cases, such as pKVM, the security manager is part of the VMM.';

  test('in the SNP/TDX document (file-name scope): the untrusted-host claim holds, the pKVM example does not fit', () => {
    expect(findings(`The hypervisor is untrusted.\n\n${pkvm}`, { path: SNP_TDX }))
      .toEqual(pairs(['misfit-example', 'pKVM']));
  });

  test('"in the case of pKVM" is an example cue too', () => {
    expect(findings('The hypervisor is untrusted.\n\nIn the case of pKVM, the security manager is part of the host.', { path: SNP_TDX }))
      .toEqual(pairs(['misfit-example', 'pKVM']));
  });

  test('under a section title that names no technology, in a CoCo-wide document: both the claim and the example', () => {
    expect(findings(`Threat model\n============\n\nThe hypervisor is untrusted.\n\n${pkvm}`))
      .toEqual(pairs(['untrusted-host', 'hypervisor is untrusted'], ['misfit-example', 'pKVM']));
  });

  // Issue 11, item 6: pKVM keeps a guest's state from its host kernel, so "the host is untrusted"
  // is pKVM's own model; only the cloud reading (hypervisor, operator) makes pKVM a misfit.
  test('"the host is untrusted" is pKVM\'s own model too: neither the claim nor the pKVM example is flagged', () => {
    expect(findings(`Threat model\n============\n\nThe host is untrusted.\n\n${pkvm}`)).toEqual([]);
    expect(findings('pKVM\n====\n\nThe host kernel is untrusted: a protected guest keeps its memory from it.', { path: 'Documentation/virt/kvm/arm/pkvm.rst' })).toEqual([]);
  });

  test('an example that fits (TDX): silent', () => {
    expect(findings('The hypervisor is untrusted.\n\nIn some cases, such as TDX, the security manager is a CPU mode.', { path: SNP_TDX })).toEqual([]);
  });

  // DESIGN: an example is flagged when it breaks a property the document asserts at document scope
  // ("claims whose scope came from levels 4–5"); here the only claim is scoped by its subsection.
  // Engine: check.ts checkProperty() counts claims whose scope origin is a section as document claims.
  test('a claim scoped by an "SNP and TDX" subsection is not a document claim: the pKVM example elsewhere is silent', () => {
    expect(findings(`Overview\n========\n\n${pkvm}\n\nSNP and TDX\n-----------\n\nThe hypervisor is untrusted.`)).toEqual([]);
  });

  test('pKVM as an example in a document that asserts no property at document scope: silent', () => {
    expect(findings(pkvm, { path: SNP_TDX })).toEqual([]);
  });
});

describe('R4: "Confidential Computing adds a new type of attacker"', () => {
  test('the original: the untrusted-host claim at the umbrella "Confidential Computing" (covers pKVM)', () => {
    expect(findings('Confidential Computing adds a new type of attacker: a potentially misbehaving host.'))
      .toEqual(pairs(['untrusted-host', 'Confidential Computing']));
  });

  test('"Confidential Computing for cloud" (the review\'s qualifier) is accepted', () => {
    expect(findings('Confidential Computing for cloud adds a new type of attacker: a potentially misbehaving host.')).toEqual([]);
  });

  test('inside the SNP/TDX document, "Confidential Computing" narrows to SNP and TDX: silent', () => {
    expect(findings('Confidential Computing adds a new type of attacker: a potentially misbehaving host.', { path: SNP_TDX })).toEqual([]);
  });

  test('"typically placed outside of the CoCo VM TCB": a generic hedge does not help', () => {
    expect(findings('The hypervisor is typically placed outside of the CoCo VM TCB.'))
      .toEqual(pairs(['untrusted-host', 'CoCo VM']));
  });
});

/** An x86 page, as the v2 patch is, that names pKVM: there "pKVM" includes the x86 proposal. */
const X86_PAGE = 'Security managers such as pKVM run beside the guest.\n\n';
const X86_PATH = { path: 'Documentation/arch/x86/coco.rst' };

describe('R5: the host controls the guest\'s communication with the hardware', () => {
  const claim = 'the host has control over the guest kernel communication with most of the HW.';
  // pKVM on x86 is a proposal: it is in the default scope only of a document that names it, as the
  // v2 patch does: an x86 page ("Confidential Computing in Linux for x86 virtualization") that names pKVM.
  const namesPkvm = X86_PAGE;

  test('the original, CoCo-wide (default scope), in a document that names pKVM: at the trigger words', () => {
    expect(findings(`${namesPkvm}The host has control over the guest kernel communication with most of the HW.`, X86_PATH))
      .toEqual(pairs(['misfit-example', 'pKVM'], ['host-device-io', 'host has control']));
  });

  test('the same claim where pKVM is not named: the proposal is not in the scope, silent', () => {
    expect(findings('The host has control over the guest kernel communication with most of the HW.')).toEqual([]);
  });

  test('a page of no architecture that names pKVM: the upstream (arm64) pKVM, so the unscoped claim is silent', () => {
    const page = 'Confidential guests\n===================\n\n| Platform | Isolation |\n|---|---|\n| pKVM | stage 2 |\n\n';
    expect(findings(`${page}The host has control over the guest kernel communication with most of the HW.`, { path: 'docs/overview.md' })).toEqual([]);
  });

  test('the same page where a paragraph says "pKVM on x86": the proposal is named, the claim flagged', () => {
    const page = 'Confidential guests\n===================\n\n| Platform | Isolation |\n|---|---|\n| pKVM on x86 | EPT |\n\n';
    expect(findings(`${page}The host has control over the guest kernel communication with most of the HW.`, { path: 'docs/overview.md' }).map(([rule]) => rule)).toEqual(['host-device-io']);
  });

  test('"x86" elsewhere in the paragraph does not pick the proposal: only an architecture right beside the name does', () => {
    const page = 'Confidential guests\n===================\n\nMemory encryption is a property of the x86 technologies only; pKVM protects guest memory by access control.\n\n';
    expect(findings(`${page}The host has control over the guest kernel communication with most of the HW.`, { path: 'docs/overview.md' }).map(([rule]) => rule)).not.toContain('host-device-io');
  });

  test('"pKVM on x86" names the proposal in its sentence: its denial of host-controlled I/O is right, silent', () => {
    expect(findings('pKVM on x86 does not leave the guest\'s I/O to host-emulated devices.')).toEqual([]);
  });

  test('the review\'s full sentence: a new attacker (untrusted host) that controls device I/O: both properties', () => {
    expect(findings(`${namesPkvm}This new type of adversary resides locally on the same physical machine and has control over the guest kernel communication with most of the HW.`, X86_PATH))
      .toEqual(pairs(['misfit-example', 'pKVM'], ['untrusted-host', 'new type of adversary'], ['host-device-io', 'control']));
  });

  test('qualified "On SNP and TDX": silent', () => {
    expect(findings(`On SNP and TDX, ${claim}`)).toEqual([]);
  });

  test('"CoCo for cloud" excludes pKVM: silent', () => {
    expect(findings(`In CoCo for cloud, ${claim}`)).toEqual([]);
  });

  test('"pKVM" alone means both pKVM ids; pKVM on x86 breaks it: at "pKVM"', () => {
    expect(findings('Under pKVM, the host controls guest devices.'))
      .toEqual(pairs(['host-device-io', 'pKVM']));
  });
});

describe('R6: "integrity of CoCo guest\'s private memory and registers"', () => {
  const original = 'Preserve the confidentiality and integrity of CoCo guest\'s private memory and registers.';

  test('the original: memory integrity and register protection, both at "CoCo guest"', () => {
    expect(findings(original))
      .toEqual(pairs(['memory-integrity', 'CoCo guest'], ['register-protection', 'CoCo guest']));
  });

  test('confidentiality only: register protection alone (vanilla SEV has no VMSA)', () => {
    expect(findings('Preserve the confidentiality of CoCo guest\'s private memory and registers.'))
      .toEqual(pairs(['register-protection', 'CoCo guest']));
  });

  test('qualified with "SNP and TDX guests\'": silent', () => {
    expect(findings('Preserve the confidentiality and integrity of SNP and TDX guests\' private memory and registers.')).toEqual([]);
  });

  test('the original inside the SNP/TDX document: "CoCo guest" narrows to SNP and TDX: silent', () => {
    expect(findings(original, { path: SNP_TDX })).toEqual([]);
  });

  test('block scope: a lead-in naming SNP and TDX scopes its list: silent', () => {
    expect(findings(`The SNP and TDX security objectives are:\n\n1. ${original}\n2. The host cannot modify guest memory.\n`)).toEqual([]);
  });

  test('a lead-in naming only "CoCo VM" does not narrow: both findings at the list item\'s umbrella', () => {
    expect(findings(`The CoCo VM security objectives can be summarized as follows:\n\n1. ${original}\n`))
      .toEqual(pairs(['memory-integrity', 'CoCo guest'], ['register-protection', 'CoCo guest']));
  });

  test('a lead-in naming nothing: the list item keeps the default scope (at the trigger)', () => {
    expect(findings('The security objectives are:\n\n1. The host cannot modify guest memory.\n'))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });
});

describe('block scope: the term an item is about', () => {
  const claim = 'The host cannot modify guest memory.';
  test('a list item opened by a strong term before a dash scopes the item (RST): silent', () => {
    expect(findings(`* **SEV-SNP and TDX** - ${claim}\n`)).toEqual([]);
  });
  test('... and before a colon, and in Markdown: silent', () => {
    expect(findings(`- **SEV-SNP and TDX**: the guest is protected.\n  ${claim}\n`, { path: 'docs/coco/example.md' })).toEqual([]);
  });
  test('the term scopes the items nested in it', () => {
    expect(findings(`* **TDX** - the guest:\n\n  * ${claim}\n`)).toEqual([]);
  });
  test('a definition list\'s term scopes its definition: silent', () => {
    expect(findings(`SEV-SNP and TDX\n  ${claim}\n`)).toEqual([]);
  });
  test('strong words that run into the sentence are no term: the default scope', () => {
    expect(findings(`* **Note** that on SEV-SNP the host is untrusted. ${claim}\n`)).toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });
  test('a term naming an umbrella narrows like a lead-in: "process-based TEEs" are SGX, whose memory is encrypted', () => {
    const item = (term: string) => `- **${term}** - In this model the workload's memory is encrypted by the hardware, so the host sees only ciphertext.\n`;
    expect(findings(item('Process-based TEEs'), { path: 'docs/coco/example.md' })).toEqual([]);
    expect(findings(item('VM-based TEEs'), { path: 'docs/coco/example.md' })).toEqual(pairs(['memory-encryption', 'memory is encrypted']));
    expect(findings(item('Other TEEs'), { path: 'docs/coco/example.md' })).toEqual(pairs(['memory-encryption', 'TEEs']));
  });
});

describe('who hands the evidence over: the guest requests a report, a verifier returns a result', () => {
  const result = (who: string) => `Once the evidence checks out, ${who} will return a cryptographic token.`;
  const defined = (s: string) => `The Attestation Service (AS) verifies evidence for the relying party.\n\n${s}\n`;
  test('the guest obtaining a report: a claim, found', () => {
    expect(findings('The guest obtains an attestation report from the firmware.')).toEqual(pairs(['attestation-report', 'guest obtains']));
  });
  test('firmware handing a report over: found', () => {
    expect(findings('The firmware will return an attestation report to the relying party.')).toEqual(pairs(['attestation-report', 'return']));
  });
  test('a verifier returning its result: no report the guest requests, silent', () => {
    expect(findings(result('the attestation service'))).toEqual([]);
  });
  test('... also when the verifier goes by the abbreviation the document defined', () => {
    expect(findings(defined(result('the AS')), { path: 'docs/coco/example.md' })).toEqual([]);
  });
  test('what a verifier does with evidence describes the verifier: "validates the evidence provided by the hardware TEE"', () => {
    expect(findings('The primary purpose of the attestation service is to validate the evidence provided by the hardware TEE.')).toEqual([]);
    expect(findings('The verifier takes the evidence a workload produces and checks its signature.')).toEqual([]);
    // The same participle where a guest hands the evidence over is the guest's report.
    expect(findings('Confidential VMs hand the evidence provided by the hardware TEE to the verifier.')).toEqual(pairs(['attestation-report', 'Confidential VMs']));
  });
  test('"attestation results" are the verifier\'s conclusion (RATS), not the guest\'s evidence', () => {
    expect(findings('The service checks the evidence against your policy and returns an attestation result.')).toEqual([]);
    expect(findings('Confidential VMs return attestation reports to the relying party.')).toEqual(pairs(['attestation-report', 'Confidential VMs']));
  });
  test('an abbreviation the document does not define names no verifier: found', () => {
    expect(findings(result('the AS'), { path: 'docs/coco/example.md' })).toEqual(pairs(['attestation-report', 'return']));
  });
  test('the abbreviation in its own definition\'s bracket is a label, not a second noun: the definition claims nothing', () => {
    expect(findings('Contoso Remote Attestation (CRA) is the attestation scheme offered in the Contoso public cloud.', { path: 'docs/coco/example.md' })).toEqual([]);
  });
});

describe('what the writer says is not implied', () => {
  test('"this doesn\'t imply that the hypervisor is malicious": not asserted, silent', () => {
    expect(findings('This doesn\'t imply that the host or hypervisor are intentionally malicious.')).toEqual([]);
  });
  test('the same words asserted: found', () => {
    expect(findings('The host or hypervisor are intentionally malicious.')).toEqual(pairs(['untrusted-host', 'hypervisor are intentionally malicious']));
  });
  test('"..., but that ...": what follows the "but" is the writer\'s own statement', () => {
    expect(findings('This does not mean that the host is trusted, but that guest memory is encrypted.')).toEqual(pairs(['memory-encryption', 'memory is encrypted']));
  });
});

describe('"supported": an umbrella as far as the document goes', () => {
  const claim = (q: string) => `On ${q}, the guest's memory is protected against modification by the hypervisor.`;
  const doc = (names: string, q: string) => findings(`The agent runs on ${names}.\n\n${claim(q)}\n`);
  test('"every supported TEE" in a document on TDX, SEV-SNP and Secure Execution: their memory has integrity, silent', () => {
    expect(doc('Intel TDX, AMD SEV-SNP and IBM Secure Execution', 'every supported TEE')).toEqual([]);
    expect(doc('Intel TDX, AMD SEV-SNP and IBM Secure Execution', 'all supported platforms')).toEqual([]);
  });
  test('"every TEE" in the same document: every TEE there is, found', () => {
    expect(doc('Intel TDX, AMD SEV-SNP and IBM Secure Execution', 'every TEE')).toEqual(pairs(['memory-integrity', 'TEE']));
  });
  test('a document that supports SEV as well: found', () => {
    expect(doc('AMD SEV and AMD SEV-SNP', 'every supported TEE')).toEqual(pairs(['memory-integrity', 'TEE']));
  });
  test('a document that names no technology: the umbrella\'s coverage, found', () => {
    expect(findings(claim('every supported TEE'))).toEqual(pairs(['memory-integrity', 'TEE']));
    expect(findings(claim('all supported platforms'))).toEqual(pairs(['memory-integrity', 'modification']));
  });
});

describe('a claim the next sentence takes back for named technologies', () => {
  const claim = 'Confidential VMs protect the integrity of guest memory.';
  test('"On SEV and SEV-ES this is not the case": read together, silent', () => {
    expect(findings(`${claim} On SEV and SEV-ES this is not the case.`)).toEqual([]);
    expect(findings(`${claim} This does not apply to SEV and SEV-ES.`)).toEqual([]);
  });
  test('... also when the next sentence denies the property for them', () => {
    expect(findings(`${claim} SEV and SEV-ES do not protect the integrity of guest memory.`)).toEqual([]);
  });
  test('taking it back for technologies that have it leaves the others: found', () => {
    expect(findings(`${claim} This does not apply to SEV-SNP.`)).toEqual(pairs(['memory-integrity', 'Confidential VMs']));
  });
  test('a next sentence that takes nothing back: found', () => {
    expect(findings(`${claim} SEV-SNP adds the RMP for this.`)).toEqual(pairs(['memory-integrity', 'Confidential VMs']));
  });
  test('only within the paragraph', () => {
    expect(findings(`${claim}\n\nOn SEV and SEV-ES this is not the case.\n`)).toEqual(pairs(['memory-integrity', 'Confidential VMs']));
  });
});

describe('"does not protect the integrity": a detector that carries the property denies it', () => {
  test('a denial that holds: silent', () => {
    expect(findings('SEV-ES does not protect the integrity of guest memory.')).toEqual([]);
  });
  test('a denial that does not hold: found', () => {
    expect(findings('TDX does not protect the integrity of guest memory.')).toEqual(pairs(['memory-integrity', 'TDX']));
  });
  test('what the host does not do is no denial of the property: silent', () => {
    expect(findings('The hypervisor does not protect the integrity of guest memory.')).toEqual([]);
  });
});

describe('words that claim nothing: a table\'s header, a fronted "without" condition', () => {
  test('a header cell names a column (Markdown and RST): silent; the same words in a body cell are read', () => {
    const md = '| Technology | Attestation |\n|---|---|\n| SEV-SNP | yes |\n';
    expect(findings(md, { path: 'docs/coco/example.md' })).toEqual([]);
    const rst = '=========== ==============================\nTechnology  Guest memory is integrity-protected\n=========== ==============================\nSEV-SNP     yes\n=========== ==============================\n';
    expect(findings(rst)).toEqual([]);
    const body = '=========== ==============================\nTechnology  Notes\n=========== ==============================\nall         Guest memory is integrity-protected\n=========== ==============================\n';
    expect(findings(body)).toEqual(pairs(['memory-integrity', 'memory is integrity-protected']));
  });
  test('"Without attestation, ...": a condition, silent', () => {
    expect(findings('Without attestation, a workload cannot know that it runs in a TEE.')).toEqual([]);
  });
  test('"without" that is no fronted condition still denies: found', () => {
    expect(findings('Confidential guests run without memory integrity.')).toEqual(pairs(['memory-integrity', 'Confidential guests']));
  });
});

describe('read as a reader of third-party pages does (found on Markdown pages of a helper\'s writing)', () => {
  test('"plain SEV" is vanilla SEV, as "vanilla SEV" is: a correct denial, silent', () => {
    expect(findings('Plain SEV has no comparable mechanism, so a malicious host can corrupt encrypted guest memory.')).toEqual([]);
    expect(findings('Except on plain SEV, the vCPU register file stays hidden from the host whenever the guest exits.')).toEqual([]);
  });
  test('a run-in heading ("**Runtime attestation.** ...") claims nothing; the sentence after it is read', () => {
    expect(findings('5. **Runtime attestation.** The agent may request a fresh report where the hardware supports it.\n', { path: 'docs/coco/example.md' })).toEqual([]);
    expect(findings('**Memory integrity.** Confidential VMs keep their memory integrity-protected.\n', { path: 'docs/coco/example.md' })).toEqual(pairs(['memory-integrity', 'Confidential VMs']));
  });
  test('... and scopes its item as a term does', () => {
    expect(findings('- **Private memory on TDX.** The hypervisor cannot modify guest memory.\n', { path: 'docs/coco/example.md' })).toEqual([]);
    expect(findings('- **Private memory.** The hypervisor cannot modify guest memory.\n', { path: 'docs/coco/example.md' }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('a technology named only in a clause after the claim is not its holder when another is named', () => {
    expect(findings('Plain SEV does not encrypt register state, which is exactly why SEV-ES came along.')).toEqual([]);
  });
  test('a table that lists technologies down its first column: each row is about its technology', () => {
    const table = (tech: string) => `| Platform | Evidence |\n|---|---|\n| ${tech} | attestation report the guest requests from the firmware |\n`;
    expect(findings(table('AMD SEV-SNP'), { path: 'docs/coco/example.md' })).toEqual([]);
    expect(findings(table('Confidential VMs'), { path: 'docs/coco/example.md' })).toEqual(pairs(['attestation-report', 'attestation']));
  });
  test('a row\'s label under technology columns is no claim; the cells are per column', () => {
    const table = '| Property | SEV | SEV-SNP |\n|---|---|---|\n| Register state hidden from the host | no | yes |\n';
    expect(findings(table, { path: 'docs/coco/example.md' })).toEqual([]);
  });
  test('"as with any confidential guest": a comparison with the whole class is universal, even in a TDX page', () => {
    const page = (s: string) => `This guide covers Intel TDX.\n\n${s}\n`;
    expect(findings(page('As with any confidential guest, QEMU cannot read the vCPU registers of a running TD.'), { path: 'docs/coco/tdx.md' })).toEqual(pairs(['register-protection', 'any confidential guest']));
    expect(findings(page('In a confidential guest, QEMU cannot read the vCPU registers of a running TD.'), { path: 'docs/coco/tdx.md' })).toEqual([]);
  });
  test('what is quoted, believed in the past or supposed is not asserted', () => {
    expect(findings('True or false: "All confidential VMs guarantee memory integrity." Justify it.')).toEqual([]);
    expect(findings('They had assumed that every confidential VM can request its own attestation report.')).toEqual([]);
    expect(findings('Plan as if the host operator were hostile.')).toEqual([]);
    expect(findings('All confidential VMs guarantee memory integrity.')).toEqual(pairs(['memory-integrity', 'confidential VMs']));
    expect(findings('Every confidential VM can request its own attestation report.')).toEqual(pairs(['attestation-report', 'confidential VM']));
  });
  test('an indirect question asks, it does not say: "whether guest memory is encrypted is up to the vendor"', () => {
    expect(findings('Whether confidential guest memory is encrypted in DRAM is left to the vendor.')).toEqual([]);
    expect(findings('It is up to the vendor whether confidential guest memory is encrypted.')).toEqual([]);
    expect(findings('Confidential guest memory is encrypted in DRAM.').map(([rule]) => rule)).toContain('memory-encryption');
  });
  test('"whether X, Y or Z, the guest notices": alternatives are a concession, the main clause holds for each', () => {
    expect(findings('In every confidential VM, whether the hypervisor overwrites a private page or puts back an older copy, the guest notices the attempt.').map(([rule]) => rule)).toContain('memory-integrity');
    expect(findings('Whether or not the guest asks, confidential guest memory is encrypted.').map(([rule]) => rule)).toContain('memory-encryption');
  });
  test('"Without X and without Y there is nothing ...": a fronted condition needs no comma', () => {
    expect(findings('Without integrity protection and without a guest-requestable attestation report there is nothing to anchor trust in.')).toEqual([]);
  });
  test('"not every design hides it": a denial for some, true when one technology of the scope lacks it', () => {
    const item = (q: string) => `- **Register state**: ${q} design hides it. Original SEV leaves vCPU registers readable by the hypervisor.\n`;
    expect(findings(item('not every'), { path: 'docs/coco/x.md' })).toEqual([]);
    expect(findings(item('every'), { path: 'docs/coco/x.md' }).map(([rule]) => rule)).toEqual(['register-protection']);
  });
  test('a short first cell of a row is its label: "| CPU register state protection | C3a, C3i |"', () => {
    const table = (cell: string) => `| Guarantee | Where |\n|---|---|\n| ${cell} | C3a, C3i |\n`;
    expect(findings(table('CPU register state protection'), { path: 'docs/coco/example.md' })).toEqual([]);
    expect(findings(table('Confidential VMs protect the CPU register state.'), { path: 'docs/coco/example.md' })).toEqual(pairs(['register-protection', 'Confidential VMs']));
  });
  test('"rather than" and "instead of" deny the alternative they set aside', () => {
    expect(findings('With pKVM, memory is kept from the host by page-table ownership rather than by encryption.')).toEqual([]);
    expect(findings('With pKVM, memory is kept from the host by encryption.')).toEqual(pairs(['memory-encryption', 'pKVM']));
    expect(findings('Confidential VMs rely on encryption instead of page ownership.')).toEqual(pairs(['memory-encryption', 'Confidential VMs']));
  });
  test('a name two technologies share ("UV") means the one the sentence names by its own name', () => {
    expect(findings('On Secure Execution, the guest puts the nonce in the user-data field of the UV attestation request.')).toEqual([]);
    expect(findings('On POWER PEF, the guest puts the nonce in the user-data field of the UV attestation request.')).toEqual(pairs(['attestation-report', 'PEF']));
  });
  test('the first part of a hyphenated compound is not the patient: "the host-key document that the owner trusts"', () => {
    expect(findings('The request is encrypted to the host-key document that the owner trusts.')).toEqual([]);
    expect(findings('The request is encrypted to the host that the owner trusts.')).toEqual(pairs(['untrusted-host', 'trusts']));
  });
  test('"protected from tampering": what a passive detector guards is its subject', () => {
    expect(findings('Confidential VM memory is protected from tampering.')).toEqual(pairs(['memory-integrity', 'Confidential VM']));
    expect(findings('On SEV-SNP, guest memory is protected from tampering.')).toEqual([]);
  });
  test('"**AMD SEV** - ..." beside "**AMD SEV-SNP** - ...": the family name among its members\' terms is vanilla SEV', () => {
    const list = (first: string) => `- **${first}** - Memory is encrypted, but the hypervisor could still replay or remap encrypted pages.\n- **AMD SEV-SNP** - adds integrity checks.\n`;
    expect(findings(list('AMD SEV'), { path: 'docs/coco/example.md' })).toEqual([]);
    expect(findings(list('Intel TDX'), { path: 'docs/coco/example.md' })).toEqual(pairs(['memory-integrity', 'hypervisor could still replay']));
  });
});

describe('R7: "... established via attestation"', () => {
  test('the original, no technology qualifier: at "attestation"', () => {
    expect(findings('All of this data should also be considered untrusted until its integrity and authenticity is established via attestation.'))
      .toEqual(pairs(['attestation-report', 'attestation']));
  });

  test('qualified "On SEV-SNP and TDX": silent', () => {
    expect(findings('On SEV-SNP and TDX, all of this data should also be considered untrusted until its integrity and authenticity is established via attestation.')).toEqual([]);
  });

  test('"typically controls ... via attestation": a generic hedge does not help; the scope is "CoCo guest"', () => {
    expect(findings('The host typically controls the creation of a CoCo guest, and its images are untrusted until their integrity is established via attestation.'))
      .toEqual(pairs(['attestation-report', 'CoCo guest']));
  });

  test('"SEV" alone (the SEV family) requesting a report: at "SEV"', () => {
    expect(findings('SEV guests can request an attestation report.'))
      .toEqual(pairs(['attestation-report', 'SEV']));
  });

  test('attestation of the launch image is launch measurement, which SEV has: silent', () => {
    expect(findings('For SEV guests, the launch image is verified via attestation.')).toEqual([]);
  });
});

describe('modality on R4–R7: what governs the claim (issue 10)', () => {
  // pKVM on x86 is a proposal: R5's scope includes it only in a document that names it (an x86 page naming pKVM).
  const namesPkvm = X86_PAGE;
  test('R4 flagged: "need not" governs talking, not the untrusted hypervisor', () => {
    expect(findings('The guest need not talk to the untrusted hypervisor for this.')).toEqual(pairs(['untrusted-host', 'untrusted']));
  });
  test('R4 silent: a question makes no claim', () => {
    expect(findings('Would a confidential guest ever need to trust the host?')).toEqual([]);
  });
  test('R5 flagged: "may be viewed" hedges its own clause, not the coordinated "has control"', () => {
    expect(findings(`${namesPkvm}This adversary may be viewed as stronger, and has control over the device I/O of the guest.`, X86_PATH))
      .toEqual(pairs(['misfit-example', 'pKVM'], ['host-device-io', 'control']));
  });
  test('R5 silent: a plan for a future design', () => {
    expect(findings(`${namesPkvm}In a future design, the host might no longer control the guest's device I/O.`)).toEqual([]);
  });
  test('what a tracker waits for is not there yet: "pKVM support, blocked on an upstream attestation story"', () => {
    expect(findings('Follow-ups: pKVM guests can attest themselves, blocked on an upstream attestation story.')).toEqual([]);
    expect(findings('Replay attacks through the memory bus are blocked on x86 confidential computing platforms.').map(([rule]) => rule)).toContain('physical-replay-protection');
  });
  test('"data in use" is the memory a workload computes on (the CCC\'s term)', () => {
    expect(findings('A TEE provides the isolation and integrity protection for data in use.')).toEqual(pairs(['memory-integrity', 'TEE']));
    expect(findings('SEV-SNP provides the isolation and integrity protection for data in use.')).toEqual([]);
  });
  test('a guest\'s data and code are what integrity guards: "cannot alter code executing in the TEE"', () => {
    expect(findings('Unauthorized entities cannot add, remove, or alter code executing in the TEE.').map(([rule]) => rule)).toEqual(['memory-integrity']);
    expect(findings('Unauthorized entities cannot add, remove, or alter data while it is in use within the TEE.').map(([rule]) => rule)).toEqual(['memory-integrity']);
    expect(findings('On SEV-SNP, unauthorized entities cannot alter code executing in the guest.')).toEqual([]);
  });
  test('"these environments" right after a sentence that names only an umbrella means that umbrella', () => {
    const before = 'Confidential computing runs workloads in a hardware-based Trusted Execution Environment. ';
    expect(findings(`${before}These secure and isolated environments prevent modification of applications and data.`).map(([rule]) => rule)).toEqual(['memory-integrity']);
    // After a sentence that names the technology, the phrase means it.
    expect(findings('SEV-SNP runs workloads in a hardware-based Trusted Execution Environment. These secure and isolated environments prevent modification of applications and data.')).toEqual([]);
    // Without the phrase that refers back, the sentence has no scope of its own.
    expect(findings(`${before}Isolation prevents modification of applications and data.`)).toEqual([]);
  });
  test('R6 flagged: "typically" is not a hedge on the technology', () => {
    expect(findings('Typically, the hypervisor cannot modify the private memory of a CoCo guest.')).toEqual(pairs(['memory-integrity', 'CoCo guest']));
  });
  test('R6 silent: "depending on the technology" scopes the claim', () => {
    expect(findings('Depending on the technology, the hypervisor cannot modify the private memory of a CoCo guest.')).toEqual([]);
  });
  test('R7 flagged: a stated goal remains a claim ("aim to let a guest prove its state")', () => {
    expect(findings('All mechanisms aim to let a guest prove its state to a remote verifier.')).toEqual(pairs(['attestation-report', 'All mechanisms']));
  });
  test('R7 silent: a cross-reference points elsewhere', () => {
    expect(findings('See the attestation section for how a guest proves its state to a remote verifier.')).toEqual([]);
  });
});

describe('R8: "x86" in a title or a file name', () => {
  test('the document title "... for x86 virtualization"', () => {
    expect(findings('Confidential computing threat model for x86 virtualization\n==========================================================\n\nSome text.'))
      .toEqual(pairs(['overgeneral-umbrella', 'x86']));
  });

  test('an all-caps title (as in MAINTAINERS): "X86"', () => {
    expect(findings('CONFIDENTIAL COMPUTING THREAT MODEL FOR X86 VIRTUALIZATION\n==========================================================\n\nSome text.'))
      .toEqual(pairs(['overgeneral-umbrella', 'X86']));
  });

  test('a title qualified "x86 (SNP/TDX)": silent', () => {
    expect(findings('Confidential computing threat model for x86 (SNP/TDX) virtualization\n====================================================================\n\nSome text.'))
      .toEqual([]);
  });

  test('the file name x86-confidential-computing.rst: a finding at line 1, column 1 with an empty range', () => {
    const file = lint('This document is a short introduction to the threat model.', { path: 'Documentation/security/x86-confidential-computing.rst' });
    expect(file.messages.map((m) => [m.ruleId, m.actual])).toEqual([['overgeneral-umbrella', '']]);
    expect(file.messages[0]?.place).toMatchObject({ start: { line: 1, column: 1 } });
  });

  test('the file name of a document that is CoCo by its own words (two paragraphs), gate not forced', () => {
    expect(findings('Confidential computing (CoCo) hardware such as AMD SEV-SNP and Intel TDX protects guests.\n\nThe CoCo threat model is described below.', { path: 'Documentation/security/x86-confidential-computing.rst', cocoDocument: false }))
      .toEqual(pairs(['overgeneral-umbrella', '']));
  });

  test('"x86" in the document title that scopes a claim: the umbrella, and the claim at its trigger', () => {
    expect(findings('Security objectives of x86 guests\n=================================\n\nThe host cannot modify guest memory.'))
      .toEqual(pairs(['overgeneral-umbrella', 'x86'], ['memory-integrity', 'host cannot modify']));
  });

  // DESIGN: overgeneral umbrellas make a finding "when they are the scope source of a claim"; a
  // subsection title is a scope source (level 3), so its "x86" is flagged even though it is not
  // the document title.
  // Engine: check.ts flags an umbrella only when the claim's scope origin is the sentence (or in the
  // document title / first paragraph / file name); a section-level origin never flags the umbrella.
  test('"x86" in a subsection title that scopes a claim: the umbrella is the scope source', () => {
    expect(findings('Overview\n========\n\nThis document describes the threat model for confidential guests in general terms.\n\nx86 guests\n----------\n\nThe host cannot modify guest memory.'))
      .toEqual(pairs(['overgeneral-umbrella', 'x86'], ['memory-integrity', 'host cannot modify']));
  });
});

describe('negation', () => {
  test('"x86 guests lack integrity protection" is wrong for SNP and TDX: flagged at "x86"', () => {
    expect(findings('x86 guests lack integrity protection.'))
      .toEqual(pairs(['memory-integrity', 'x86'], ['overgeneral-umbrella', 'x86']));
  });

  test('"SEV and SEV-ES guests lack memory integrity": "SEV" beside SEV-ES is vanilla SEV: silent', () => {
    expect(findings('SEV and SEV-ES guests lack memory integrity.')).toEqual([]);
  });

  test('"Neither SEV nor SEV-ES provides memory integrity": silent', () => {
    expect(findings('Neither SEV nor SEV-ES provides memory integrity.')).toEqual([]);
  });

  test('"vanilla SEV" is sev: a correct negation, silent', () => {
    expect(findings('Guests on vanilla SEV lack memory integrity.')).toEqual([]);
  });

  // Engine: mentions.ts matches mixed-case aliases case-sensitively, so the sentence-initial
  // "Vanilla SEV" is not the "vanilla SEV" alias and falls back to the "SEV" family (which
  // includes SEV-SNP, for which integrity holds). DESIGN: "vanilla SEV" is `sev`.
  test('"Vanilla SEV" at the start of a sentence is still vanilla SEV: silent', () => {
    expect(findings('Vanilla SEV guests lack memory integrity.')).toEqual([]);
  });

  // Ambiguous: the brief lists "SEV guests lack memory integrity" as a correct negation, but DESIGN
  // says "SEV" alone means the SEV family (sev, sev-es, sev-snp) unless SEV-ES or SEV-SNP appear in
  // the same sentence. DESIGN wins here: the family includes SEV-SNP, for which integrity holds.
  test('"SEV guests lack memory integrity": "SEV" alone is the family, SEV-SNP has integrity: flagged', () => {
    expect(findings('SEV guests lack memory integrity.'))
      .toEqual(pairs(['memory-integrity', 'SEV']));
  });

  test('a cue in one clause does not reach past "but"; a pattern carries its own polarity', () => {
    expect(findings('The hypervisor is not trusted, but guest memory is integrity-protected.'))
      .toEqual(pairs(['untrusted-host', 'hypervisor is not trusted'], ['memory-integrity', 'memory is integrity-protected']));
  });

  test('"the host cannot modify guest memory" is a positive integrity claim', () => {
    expect(findings('The host cannot modify guest memory.'))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });
});

describe('variants of a technology', () => {
  test('denying a property of SEV-SNP itself is wrong: flagged at "SEV-SNP"', () => {
    expect(findings('SEV-SNP does not provide memory integrity.')).toEqual(pairs(['memory-integrity', 'SEV-SNP']));
  });
  test.each([
    'Older SEV-SNP firmware does not provide memory integrity.',
    'TME-based SGX parts do not provide memory integrity.',
  ])('a denial of a variant says nothing against the technology: silent: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('a denial is about its subject', () => {
  test('the launch image not measured: a denial of launch measurement, flagged', () => {
    expect(findings('The guest image is not measured at launch.')).toEqual(pairs(['launch-measurement', 'image is not measured']));
  });
  test('a thing of no class not measured (debug counters): not a denial of the property, silent', () => {
    expect(findings('The debug counters are not measured at launch.')).toEqual([]);
  });
});

describe('who lacks the means', () => {
  test('the hypervisor has no commands to move private pages: a claim of integrity, flagged', () => {
    expect(findings('The hypervisor has no commands to move the private pages of a CoCo guest.')).toEqual(pairs(['memory-integrity', 'CoCo guest']));
  });
  test('a specification lacks the commands: what a document defines rules out no attack, silent', () => {
    expect(findings('The key management spec does not provide commands to move the private pages of a CoCo guest.')).toEqual([]);
  });
});

describe('the heading a sentence stands under is read with it', () => {
  const claim = 'Trust in a CoCo guest is established via attestation.';
  test('under a neutral heading, bare "attestation" is the report a guest requests: flagged', () => {
    expect(findings(`Trust\n=====\n\n${claim}\n`)).toEqual(pairs(['attestation-report', 'CoCo guest']));
  });
  test('under a heading about boot, it is launch attestation, which the SEV family has: silent', () => {
    expect(findings(`How guests boot\n===============\n\n${claim}\n`)).toEqual([]);
  });
});

describe('examples and contrasts', () => {
  test('"CoCo technologies such as SEV-SNP and TDX provide integrity": examples do not narrow', () => {
    expect(findings('CoCo technologies such as SEV-SNP and TDX provide integrity protection for guest memory.'))
      .toEqual(pairs(['memory-integrity', 'CoCo']));
  });

  // Engine: sentence.ts cueSpan() walks FILLER, which accepts ",", so the contrast cue "Unlike"
  // swallows "SEV, SEV-SNP" and removes the subject SEV-SNP too; the scope falls back to the
  // default minus SEV and SEV-SNP, where SEV-ES breaks. DESIGN: only SEV is removed.
  test('"Unlike SEV, SEV-SNP provides memory integrity": silent', () => {
    expect(findings('Unlike SEV, SEV-SNP provides memory integrity.')).toEqual([]);
  });

  // Same diagnosis as above: the subject "SEV" (vanilla, beside SEV-SNP) is swallowed by the
  // contrast, so the finding lands on the trigger instead of "SEV".
  test('"Unlike SEV-SNP, SEV provides memory integrity": flagged at "SEV" (vanilla SEV)', () => {
    expect(findings('Unlike SEV-SNP, SEV provides memory integrity.'))
      .toEqual(pairs(['memory-integrity', 'SEV']));
  });

  test('a trailing contrast: "SEV-SNP provides memory integrity, unlike SEV": silent', () => {
    expect(findings('SEV-SNP provides memory integrity, unlike SEV.')).toEqual([]);
  });

  test('a trailing contrast the wrong way round: at "SEV" (vanilla SEV, beside SEV-SNP)', () => {
    expect(findings('SEV provides memory integrity, unlike SEV-SNP.'))
      .toEqual(pairs(['memory-integrity', 'SEV']));
  });
});

describe('hedges', () => {
  test.each([
    'Guest memory is integrity-protected where the hardware supports it.',
    'Guest memory is integrity-protected, depending on the technology.',
    'Guest memory is integrity-protected where available.',
    'Some technologies protect guest memory integrity.',
    'Memory integrity protection, if present, prevents remapping attacks.',
    'Memory integrity protection is technology-specific.',
  ])('a technology-scoped hedge makes its clause safe: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  // Not the first paragraph: an "x86" there would scope the whole document (a finding of its own).
  test('a hedged negation under "x86": "may lack integrity protection, depending on the technology": silent', () => {
    expect(findings('This document describes the threat model of confidential guests in general terms.\n\nx86 guests may lack integrity protection, depending on the technology.'))
      .toEqual([]);
  });

  test.each([
    'Guest memory is typically integrity-protected.',
    'Guest memory is usually integrity-protected.',
    'In most cases, guest memory is integrity-protected.',
  ])('a generic hedge is not scoping: %s', (text) => {
    expect(findings(text)).toEqual(pairs(['memory-integrity', (/memory is .*integrity-protected/.exec(text) as RegExpExecArray)[0]]));
  });

  test('a concessive clause does not hedge the main clause: at the universal phrase', () => {
    expect(findings('While the details differ between technologies, all available mechanisms provide integrity protection for guest memory.'))
      .toEqual(pairs(['memory-integrity', 'all available mechanisms']));
  });

  test('"Although the mechanisms differ between technologies, ...": the main clause is still flagged', () => {
    expect(findings('Although the mechanisms differ between technologies, the host cannot modify guest memory.'))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });

  // Engine: sentence.ts QUANTIFIER finds "all technologies" inside the hedge "not all
  // technologies" of the concessive clause and makes the claim universal, so the primary range is
  // "all technologies". DESIGN: "not all" is a hedge (of its own clause), not a universal
  // quantifier; the main clause has the default scope, so the finding is at the trigger words.
  test('"Although not all technologies implement it, ...": flagged at the trigger, not at "all technologies"', () => {
    expect(findings('Although not all technologies implement it, the host cannot modify guest memory.'))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });

  test('a following sentence does not hedge the previous one', () => {
    expect(findings('Guest memory is integrity-protected. This threat model assumes those features are available.'))
      .toEqual(pairs(['memory-integrity', 'memory is integrity-protected']));
  });

  test('a following sentence with a technology-scoped hedge does not hedge the previous one either', () => {
    expect(findings('All CoCo guests have integrity-protected memory. This holds only where the hardware supports it.'))
      .toEqual(pairs(['memory-integrity', 'CoCo guests']));
  });
});

describe('universal quantifiers', () => {
  test('"All CoCo technologies" ignores the SNP/TDX document scope', () => {
    expect(findings('All CoCo technologies provide integrity protection for guest memory.', { path: SNP_TDX }))
      .toEqual(pairs(['memory-integrity', 'All CoCo technologies']));
  });

  test('"Every confidential computing technology" ignores it too', () => {
    expect(findings('Every confidential computing technology protects the guest\'s register state.', { path: SNP_TDX }))
      .toEqual(pairs(['register-protection', 'Every confidential computing technology']));
  });

  test('"Any CoCo technology" ignores it too', () => {
    expect(findings('Any CoCo technology protects guest register state.', { path: SNP_TDX }))
      .toEqual(pairs(['register-protection', 'Any CoCo technology']));
  });

  test('"Every CoCo guest" quantifies over guests and stays within the SNP/TDX document scope: silent', () => {
    expect(findings('Every CoCo guest has integrity protection for its private memory.', { path: SNP_TDX })).toEqual([]);
  });

  test('"Every CoCo guest" in a CoCo-wide document: at "CoCo guest"', () => {
    expect(findings('Every CoCo guest has integrity protection for its private memory.'))
      .toEqual(pairs(['memory-integrity', 'CoCo guest']));
  });
});

describe('umbrellas in one noun phrase intersect, coordinated ones unite', () => {
  // Ambiguous: "x86 CoCo guests" has two umbrellas in the primary-range candidates; the test
  // expects the overgeneral one ("x86"), which is also the first and the one that makes it wrong.
  test('"x86 CoCo guests": x86 ∩ CoCo VMs still holds vanilla SEV: at "x86"', () => {
    expect(findings('x86 CoCo guests have integrity-protected memory.'))
      .toEqual(pairs(['memory-integrity', 'x86'], ['overgeneral-umbrella', 'x86']));
  });

  test('"s390 CoCo guests": the intersection is s390 Secure Execution only: silent', () => {
    expect(findings('s390 CoCo guests have integrity-protected memory.')).toEqual([]);
  });

  test('"Guests on x86 and s390": the union holds vanilla SEV: at "x86"', () => {
    expect(findings('Guests on x86 and s390 have integrity-protected memory.'))
      .toEqual(pairs(['memory-integrity', 'x86'], ['overgeneral-umbrella', 'x86']));
  });

  // Engine: sentence.ts scopes() accepts an architecture umbrella only after a preposition or
  // before a head noun (SCOPE_HEAD); "x86" followed by "and s390 guests" is neither, so it is
  // dropped and only "s390" scopes the sentence. DESIGN: coordinated umbrellas unite ("x86 and
  // s390 guests").
  test('"x86 and s390 guests" (DESIGN\'s own example): the union holds vanilla SEV: at "x86"', () => {
    expect(findings('x86 and s390 guests have integrity-protected memory.'))
      .toEqual(pairs(['memory-integrity', 'x86'], ['overgeneral-umbrella', 'x86']));
  });

  // Same diagnosis: "x86" before "nor s390 guests" is dropped; the negated claim is then reported
  // at "s390" for s390 alone, and "x86" is never flagged.
  test('"Neither x86 nor s390 guests have memory integrity": wrong for SNP, TDX and s390: at "x86"', () => {
    expect(findings('Neither x86 nor s390 guests have memory integrity.'))
      .toEqual(pairs(['memory-integrity', 'x86'], ['overgeneral-umbrella', 'x86']));
  });
});

describe('"SEV" and ambiguous aliases', () => {
  test('"SEV" alone is the SEV family, which holds vanilla SEV (no VMSA): at "SEV"', () => {
    expect(findings('SEV guests have their register state encrypted.'))
      .toEqual(pairs(['register-protection', 'SEV']));
  });

  // Register protection breaks for vanilla SEV only (SEV-ES has a VMSA), so a denial of it is right
  // for vanilla SEV and wrong for the family.
  test('"SEV does not protect guest registers": the family includes SEV-ES and SEV-SNP: at "SEV"', () => {
    expect(findings('SEV does not protect guest registers.'))
      .toEqual(pairs(['register-protection', 'SEV']));
  });

  test('"SEV" beside "SEV-SNP" is vanilla SEV: the same denial is right, silent', () => {
    expect(findings('SEV does not protect guest registers, unlike SEV-SNP.')).toEqual([]);
  });

  // If "PV" counted as s390 here, the scope would be s390 Secure Execution and the claim silent;
  // as a Xen word it scopes nothing, so the claim keeps the default scope (at the trigger).
  test('"Xen PV guests" in a CoCo document: "PV" is not s390; the default scope applies', () => {
    expect(findings('Xen PV guests have integrity-protected memory.'))
      .toEqual(pairs(['memory-integrity', 'integrity-protected']));
  });

  test('"Xen PV guests" in a Xen document: no CoCo context at all, silent', () => {
    expect(findings('With SME enabled, Xen PV guests have their memory encrypted.', { path: 'Documentation/virt/xen/guests.rst', cocoDocument: false }))
      .toEqual([]);
  });
});

describe('section scope', () => {
  const claims = 'The hypervisor is untrusted. The host cannot modify guest memory.';

  test('under a section titled for SNP and TDX: silent', () => {
    expect(findings(`SNP and TDX threat model\n========================\n\n${claims}`)).toEqual([]);
  });

  test('under a section that names nothing: both claims flagged at their triggers', () => {
    expect(findings(`Threat model\n============\n\n${claims}`))
      .toEqual(pairs(['untrusted-host', 'hypervisor is untrusted'], ['memory-integrity', 'host cannot modify']));
  });

  test('"CoCo guests" under an SNP/TDX section narrows to SNP and TDX: silent', () => {
    expect(findings('SNP and TDX threat model\n========================\n\nCoCo guests have integrity-protected memory.')).toEqual([]);
  });

  test('a sentence naming SEV-ES under an SNP/TDX section replaces the scope: at "SEV-ES"', () => {
    expect(findings('SNP and TDX threat model\n========================\n\nSEV-ES guests have integrity-protected memory.'))
      .toEqual(pairs(['memory-integrity', 'SEV-ES']));
  });

  test('a subsection "SEV-ES" inside an "SNP and TDX" section replaces it: at the trigger', () => {
    expect(findings('Overview\n========\n\nThis document describes the threat model for confidential guests in general terms.\n\nSNP and TDX\n-----------\n\nThreat model\n~~~~~~~~~~~~\n\nCoCo guests are protected: the host cannot modify guest memory.\n\nSEV-ES\n~~~~~~\n\nThe host cannot modify guest memory.'))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });
});

describe('document scope', () => {
  const claims = 'The host is untrusted. The host cannot modify guest memory.';

  test('by file name (snp-tdx-threat-model.rst): silent', () => {
    expect(findings(claims, { path: SNP_TDX })).toEqual([]);
  });

  test('by a ".. claimlint: scope=sev-snp,tdx" comment (which also opens the CoCo gate): silent', () => {
    expect(findings(`.. claimlint: scope=sev-snp,tdx\n\n${claims}`, { path: 'Documentation/security/threat-model.rst', cocoDocument: false })).toEqual([]);
  });

  test('by the configuration\'s scope: silent', () => {
    expect(findings(claims, { path: 'Documentation/security/threat-model.rst', scope: ['sev-snp', 'tdx'] })).toEqual([]);
  });

  test('the same claims with the scope comment naming vanilla SEV: only memory integrity breaks', () => {
    expect(findings(`.. claimlint: scope=sev\n\n${claims}`, { path: 'Documentation/security/threat-model.rst' }))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });

  test('a sentence naming SEV-ES inside the SNP/TDX document replaces the scope: at "SEV-ES"', () => {
    expect(findings('SEV-ES guests have integrity-protected memory.', { path: SNP_TDX }))
      .toEqual(pairs(['memory-integrity', 'SEV-ES']));
  });

  // DESIGN: "A level replaces the outer scope only when it names technologies outside it ..., and
  // the finding's note says so." Engine: check.ts scopeNote() mentions a replacement only when the
  // replacing level is not the origin, and lists the replaced document scope as "within ...".
  test('... and the finding\'s note says that the sentence replaced the document scope', () => {
    const [m] = lint('SEV-ES guests have integrity-protected memory.', { path: SNP_TDX }).messages;
    expect(m?.note).toMatch(/replac/i);
  });
});

describe('block scope: fields and table stub cells', () => {
  test('a ":Technology: sev-snp" field scopes the block after it: silent', () => {
    expect(findings('Intro paragraph.\n\n:Technology: sev-snp, tdx\n\nThe host cannot modify guest memory.')).toEqual([]);
  });

  test('a ":Technology: sev" field: vanilla SEV has no integrity: at the trigger', () => {
    expect(findings(':Technology: sev\n\nThe host cannot modify guest memory.'))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });

  test('a list-table stub cell scopes its row: only the "SEV" row is flagged', () => {
    const text = '.. list-table::\n   :header-rows: 1\n   :stub-columns: 1\n\n   * - Technology\n     - Memory\n   * - SEV-SNP\n     - The host cannot modify guest memory.\n   * - SEV\n     - The host cannot modify guest memory.\n';
    const file = lint(text);
    expect(file.messages.map((m) => [m.ruleId, m.actual])).toEqual([['memory-integrity', 'host cannot modify']]);
    expect(file.messages[0]?.place).toMatchObject({ start: { line: 10 } });
  });
});

describe('the CoCo gate', () => {
  test('the same claim in a non-CoCo document with no CoCo words: silent', () => {
    expect(findings('The host cannot modify guest memory.', { path: NEUTRAL, cocoDocument: false })).toEqual([]);
  });

  test('a document naming CoCo technologies in two paragraphs is a CoCo document: flagged', () => {
    // (The document names SEV, for which the claim breaks: an SNP and TDX document would be silent, issue 11.)
    expect(findings('SEV guests have their memory encrypted.\n\nTDX guests use the TDX module.\n\nThe host cannot modify guest memory.', { path: NEUTRAL, cocoDocument: false }))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });

  test('one paragraph naming TDX is not enough; the claim\'s own sentence names nothing: silent', () => {
    expect(findings('TDX guests use the TDX module.\n\nThe host cannot modify guest memory.', { path: NEUTRAL, cocoDocument: false })).toEqual([]);
  });

  const dmIntegrity = 'The dm-integrity target provides integrity protection for the memory of the guest.';
  test('"integrity" in a dm-integrity-like text: silent', () => {
    expect(findings(dmIntegrity, { path: 'Documentation/admin-guide/device-mapper/dm-integrity.rst', cocoDocument: false })).toEqual([]);
  });

  test('control: the dm-integrity sentence in a CoCo document is a claim (so the gate is what silences it)', () => {
    expect(findings(dmIntegrity)).toEqual(pairs(['memory-integrity', 'integrity']));
  });

  const tpm = 'The TPM quote is used for remote attestation.';
  test('TPM "attestation" in an IMA-like text: silent', () => {
    expect(findings(tpm, { path: 'Documentation/security/IMA-templates.rst', cocoDocument: false })).toEqual([]);
  });

  test('control: the TPM sentence in a CoCo document is an attestation claim', () => {
    expect(findings(tpm)).toEqual(pairs(['attestation-report', 'attestation']));
  });

  test('a SNP/TDX file name opens the gate: a SEV-ES claim there is checked without forcing it', () => {
    expect(findings('SEV-ES guests have integrity-protected memory.', { path: SNP_TDX, cocoDocument: false }))
      .toEqual(pairs(['memory-integrity', 'SEV-ES']));
  });
});

describe('literal blocks and code are never claims', () => {
  test('an expanded literal block ("::")', () => {
    expect(findings('Example::\n\n    x86 guests have integrity-protected memory.\n\nEnd of example.')).toEqual([]);
  });

  test('a code-block directive', () => {
    expect(findings('.. code-block:: c\n\n   /* x86 guests have integrity-protected memory */\n   int x;\n')).toEqual([]);
  });

  test('an inline literal', () => {
    expect(findings('Set ``x86 guests have integrity-protected memory`` as the banner.')).toEqual([]);
  });
});

describe('identifiers, paths and fields are never umbrellas', () => {
  test('x86_64 and CONFIG_X86_X2APIC: silent', () => {
    expect(findings('The x86_64 build enables CONFIG_X86_X2APIC.')).toEqual([]);
  });

  test('a claim beside CONFIG_X86_MEM_ENCRYPT: the default scope, at the trigger, no umbrella', () => {
    expect(findings('With CONFIG_X86_MEM_ENCRYPT, the host cannot modify guest memory.'))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });

  test('a claim beside the path arch/x86/coco/: at the trigger, no umbrella', () => {
    expect(findings('Code under arch/x86/coco/ ensures that the host cannot modify guest memory.'))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });

  test('"On x86_64, ...": an identifier, not the x86 umbrella: at the trigger', () => {
    expect(findings('On x86_64, guest memory is integrity-protected.'))
      .toEqual(pairs(['memory-integrity', 'memory is integrity-protected']));
  });

  test('a field body ":Architectures: x86" does not scope the document or the claim', () => {
    expect(findings(':Architectures: x86\n\nThe host cannot modify guest memory.'))
      .toEqual(pairs(['memory-integrity', 'host cannot modify']));
  });
});

describe('a class word that names a part of a system is not the patient', () => {
  test('"provide the attestation service" gives a service, not a report: silent; "provide the attestation report" is flagged', () => {
    expect(findings('Provide the attestation service.\n').map(([rule]) => rule)).toEqual([]);
    expect(findings('Provide the attestation report to the verifier.\n').map(([rule]) => rule)).toEqual(['attestation-report']);
  });
});

describe('coordinated main clauses that name their own technologies', () => {
  test('"..., and pKVM has no memory encryption": the denial is of pKVM alone, silent', () => {
    expect(findings('Neither SEV-SNP nor TDX claims protection against replay of DRAM contents, and pKVM has no memory encryption at all.\n')).toEqual([]);
    expect(findings('On SEV and SEV-ES the host can still corrupt encrypted guest pages, and on plain SEV it can also read and modify vCPU registers.\n')).toEqual([]);
  });
  test('a list of subjects is one clause: "SEV, SEV-ES, and SEV-SNP protect ..." is flagged for SEV and SEV-ES', () => {
    expect(findings('SEV, SEV-ES, and SEV-SNP protect the integrity of guest memory.\n').map(([rule]) => rule)).toContain('memory-integrity');
  });
  test('the claim\'s clause names no technology of its own: the sentence\'s scope, flagged', () => {
    expect(findings('SEV-SNP is supported, and every guest has integrity-protected memory on SEV.\n').map(([rule]) => rule)).toContain('memory-integrity');
  });
});

describe('a claim said of one case only', () => {
  test('"a page is encrypted only when it is exported": not a claim about memory in general, silent', () => {
    expect(findings('On pKVM, a page is encrypted only when it is exported to the host.\n')).toEqual([]);
    expect(findings('On pKVM, a page is encrypted when it is exported to the host.\n').map(([rule]) => rule)).toEqual(['memory-encryption']);
  });
});

describe('a name paired with its property by "for"', () => {
  test('"added SEV-ES for register state and SEV-SNP for memory integrity": each claim is its own name\'s, silent', () => {
    expect(findings('AMD shipped SEV first, then added SEV-ES for register state and SEV-SNP for memory integrity.\n')).toEqual([]);
  });
  test('the pairs swapped: SEV-ES for memory integrity is flagged', () => {
    expect(findings('AMD then added SEV-SNP for register state and SEV-ES for memory integrity.\n').map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
});

describe('a relative clause on a denied noun', () => {
  test('"there is no report that the guest can request" denies the report: silent for SEV and SEV-ES, flagged for TDX', () => {
    expect(findings('On SEV and SEV-ES there is no report that the guest can request at run time.\n')).toEqual([]);
    expect(findings('On TDX there is no report that the guest can request at run time.\n').map(([rule]) => rule)).toEqual(['attestation-report']);
  });
});

describe('names in a subordinate clause of another clause', () => {
  test('"... onto SEV and SEV-ES nodes whenever the SNP pool is full, and neither of those generations checks integrity": SEV and SEV-ES, silent', () => {
    expect(findings('We still schedule sandboxes onto plain SEV and SEV-ES nodes whenever the SNP pool is full, and neither of those generations checks the integrity of guest memory.\n')).toEqual([]);
  });
  test('the circumstance and the holders swapped: the denial is of SEV-SNP, flagged', () => {
    expect(findings('We still schedule sandboxes onto SEV-SNP nodes whenever the SEV-ES pool is full, and neither of those generations checks the integrity of guest memory.\n').map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
});

describe('polarity stays in its clause', () => {
  test('"nothing prevents the host from injecting" denies control: silent for SEV', () => {
    expect(findings('On SEV, nothing prevents the host from injecting an interrupt.\n')).toEqual([]);
  });
  test('"nobody holding the hardware can eavesdrop" still reads the participle as a relative clause: flagged for CoCo guests', () => {
    expect(findings('Nobody holding the hardware can eavesdrop on what a CoCo guest keeps in RAM.\n').map(([rule]) => rule)).toContain('physical-confidentiality');
  });
  test('"none of the flavours protects against physical replay": the verb after "none of ..." is its own, a correct denial', () => {
    expect(findings('None of the flavours protects against physical replay.\n')).toEqual([]);
    expect(findings('All of the flavours protect against physical replay.\n').map(([rule]) => rule)).toContain('physical-replay-protection');
  });
  test('"no confidential VM is protected against physical replay": a denial, silent; "every confidential VM is": flagged', () => {
    expect(findings('No confidential VM is protected against physical replay.\n').map(([rule]) => rule)).not.toContain('physical-replay-protection');
    expect(findings('Every confidential VM is protected against physical replay.\n').map(([rule]) => rule)).toContain('physical-replay-protection');
  });
  test('"none of the flavours prevents the host from modifying guest memory" denies integrity: flagged for SEV-SNP and TDX', () => {
    const file = lint('None of the flavours prevents the host from modifying guest memory.\n');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['memory-integrity']);
    expect((file.messages[0] as { data?: { breaks?: string[] } } | undefined)?.data?.breaks).toEqual(expect.arrayContaining(['sev-snp', 'tdx']));
  });
  test('"no replay protection", "has replay protection": the negation denies the protection the act modifies', () => {
    expect(findings('Confidential VMs have no replay protection against physical attacks.\n')).toEqual([]);
    expect(findings('None of the three shapes has replay protection against physical attacks.\n')).toEqual([]);
    expect(findings('Confidential VMs have replay protection against physical attacks.\n').map(([rule]) => rule)).toContain('physical-replay-protection');
  });
  test('"protection against replay ... is not part of the guarantees": the predicate denies the protection', () => {
    expect(findings('Protection against physical replay is not part of the guarantees of the platform.\n')).toEqual([]);
    expect(findings('Protection against remapping by the hypervisor is not offered on SEV-SNP.\n').map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('"is not designed to stop an attacker who replays ...": a purpose denied, a correct denial', () => {
    expect(findings('Memory encryption is not designed to stop an attacker with physical access who replays old ciphertext on the memory bus.\n')).toEqual([]);
    expect(findings('Memory encryption is designed to stop an attacker with physical access who replays old ciphertext on the memory bus.\n').map(([rule]) => rule)).toContain('physical-replay-protection');
  });
  test('"none of the x86 modes, nor pKVM, protects ...": the "nor" of the same phrase repeats the denial, it does not undo it', () => {
    expect(findings('None of the x86 modes, nor pKVM, protects against replay of DRAM contents by an attacker with physical access.\n')).toEqual([]);
  });
  test('"does not encrypt registers, nor does it protect memory integrity": a "nor" after a verb denies its own clause', () => {
    expect(findings('On SEV-SNP, the hardware does not hide the registers, nor does it protect memory integrity.\n').map(([rule]) => rule)).toEqual(['memory-integrity', 'register-protection']);
  });
  test('"the hypervisor is not part of the guest\'s trusted computing base" asserts an untrusted hypervisor: flagged for pKVM', () => {
    expect(findings('On pKVM, the hypervisor is not part of the guest\'s trusted computing base.\n').map(([rule]) => rule)).toEqual(['untrusted-host']);
    expect(findings('On SEV-SNP, the hypervisor is not part of the guest\'s trusted computing base.\n')).toEqual([]);
  });
  test('"neither the host kernel nor the hypervisor is part of the TCB": a long coordinated subject still carries the denial', () => {
    expect(findings('In every mode, neither the host kernel nor the hypervisor is part of the guest\'s trusted computing base.\n')).toEqual(pairs(['untrusted-host', 'trusted']));
    expect(findings('On SEV-SNP and TDX, neither the host kernel nor the hypervisor is part of the guest\'s trusted computing base.\n')).toEqual([]);
  });
  test('"interrupt delivery is mediated by trusted firmware": control of injection, flagged for every confidential VM; not when the host mediates', () => {
    expect(findings('On every confidential VM, interrupt delivery is mediated by trusted firmware.\n').map(([rule]) => rule)).toContain('interrupt-control');
    expect(findings('On every confidential VM, interrupt delivery is mediated by the host.\n')).toEqual([]);
  });
  test('"protect memory by access control": a mechanism named after access is no act of reading', () => {
    expect(findings('On s390 Secure Execution, resident guest memory is protected by access control, so an attacker with physical access to DRAM can read it.\n')).toEqual([]);
  });
  test('"has no attestation of its own and does not encrypt memory": the first denial does not reach the second predicate', () => {
    expect(findings('Upstream pKVM has no attestation mechanism of its own and does not encrypt memory.\n')).toEqual([]);
    expect(findings('Upstream pKVM has no attestation mechanism of its own and does encrypt memory.\n').map(([rule]) => rule)).toContain('memory-encryption');
  });
  test('"register protection is not new": novelty, not a denial', () => {
    expect(findings('Protection of the register state is not new on SEV-ES.\n')).toEqual([]);
    expect(findings('Protection of the register state is not available on SEV-ES.\n').map(([rule]) => rule)).toEqual(['register-protection']);
  });
  test('"rules out silent remapping": a preventer takes the undetected act', () => {
    expect(findings('On TDX, pages must be accepted before use, which rules out silent remapping by the VMM.\n')).toEqual([]);
    expect(findings('On every confidential VM, page acceptance rules out silent remapping by the VMM.\n').map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('"the host, not the guest, owns the devices": a contrast between commas negates only its noun', () => {
    expect(findings('In every confidential guest the host, not the guest, owns the devices.\n')).toEqual([]);
    expect(findings('In every confidential guest the host does not own the devices.\n').map(([rule]) => rule)).toEqual(['host-device-io']);
  });
  test('"the replay of ciphertext by someone with access to the bus": what the agent has is no act of reading', () => {
    expect(findings('SEV-SNP and TDX do not detect the replay of stale ciphertext by someone with access to the memory bus.\n')).toEqual([]);
  });
  test('a negation in the next coordinated clause ("..., and SNP guests should not assume much more") is not the act\'s', () => {
    expect(findings('With SEV and SEV-ES nothing prevents the host from injecting such an interrupt at an arbitrary time, and SNP and TDX guests should not assume much more.\n')).toEqual([]);
  });
});

describe('a name two technologies share, read by the architecture the sentence names', () => {
  test('"s390 guests use the Ultravisor attestation facility": Secure Execution, not POWER PEF: silent', () => {
    expect(findings('s390 guests request reports through the Ultravisor attestation facility.\n')).toEqual([]);
    // Without the architecture the shared name stands for both (or, here, for nothing): flagged.
    expect(findings('Guests request reports through the Ultravisor attestation facility.\n').map(([rule]) => rule)).toEqual(['attestation-report']);
  });
});

describe('a definition before a colon', () => {
  test('"This is the property that sets SEV guests apart: the host cannot corrupt guest memory" asserts after the colon: flagged', () => {
    expect(findings('This is the property that sets SEV guests apart: the host cannot corrupt guest memory.\n').map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('"Memory integrity is the guarantee that ..." defines: silent', () => {
    expect(findings('Memory integrity is the guarantee that the host cannot corrupt guest memory.\n')).toEqual([]);
  });
});

describe('a hyphenated umbrella, and what a denied giving verb denies', () => {
  test('"processors with confidential-computing extensions" names CoCo like the unhyphenated words: the lead makes the page CoCo', () => {
    const page = 'Instances\n=========\n\nOur instances are virtual machines that run on processors with confidential-computing extensions.\n\nFamilies\n--------\n\nWe offer SEV and SEV-SNP families.\n\nData\n----\n\nThe hypervisor cannot modify the private memory of an instance.\n';
    expect(findings(page, { path: NEUTRAL, cocoDocument: false }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('a technology\'s name as a hyphenated modifier ("trust-domain secrets") is not a mention of it', () => {
    const file = lint('Intel\'s TEEs leave memory unencrypted, so a bus analyser captures trust-domain secrets in DRAM.\n');
    const m = file.messages.find((x) => x.ruleId === 'physical-confidentiality') as { data?: { breaks?: string[] } } | undefined;
    expect(m?.data?.breaks).toEqual(expect.arrayContaining(['tdx', 'sgx']));
  });
  test('"encryption does not give you freshness" does not deny encryption: silent', () => {
    expect(findings('On SEV, encryption does not give you freshness.\n')).toEqual([]);
  });
});

describe('"after boot" is run time', () => {
  test('"confidential VMs can request a signed report at any point after boot": the run-time kind, flagged', () => {
    expect(findings('Confidential VMs can request a signed report from the hardware at any point after boot.\n').map(([rule]) => rule)).toEqual(['attestation-report']);
  });
  test('"at boot" is launch: not the guest-requested kind, silent', () => {
    expect(findings('Confidential VMs can request a signed report from the hardware at boot.\n')).toEqual([]);
  });
});
