/**
 * Issue 11, scope as a reader takes it, on documents written for these tests (flagged and
 * silent twins): a claim with no scope of its own is about the technologies its document names
 * (level 5, the document's universe); the section titles above a sentence set its context; the
 * base of an addition is not in the scope; an ambiguous name follows the document's architecture.
 */
import { describe, expect, test } from '@jest/globals';
import { findings, lint, pairs } from './helpers.js';

const PATH = 'Documentation/admin-guide/guests.rst';
const doc = (...paragraphs: string[]) => `Guests\n======\n\n${paragraphs.join('\n\n')}\n`;

describe('an architecture in brackets in a heading is a label: it scopes the section', () => {
  const page = (heading: string) => `=====\nGuide\n=====\n\nThis page covers SEV, SEV-SNP, TDX and s390 guests.\n\n${heading}\n${'='.repeat(heading.length)}\n\nKVM can access neither the memory nor the registers of a guest.\n`;
  test('"prot_virt= (s390)": the claim is about s390 Secure Execution, silent', () => {
    expect(findings(page('prot_virt= (s390)'), { path: PATH })).toEqual([]);
  });
  test('the same heading without the label: the page\'s technologies, flagged for SEV', () => {
    expect(findings(page('prot_virt='), { path: PATH }).map(([rule]) => rule)).toEqual(['register-protection']);
  });
});

describe('a table row whose first cell is an ID: the next cell that names a technology scopes it', () => {
  const table = (tech: string) => `# Platforms\n\nThis page covers SEV, SEV-SNP and TDX.\n\n| ID | Technology | Evidence |\n|---|---|---|\n| \`x1\` | ${tech} | the guest requests a signed attestation report |\n`;
  test('"| `x1` | AMD SEV-SNP | the guest requests a signed attestation report |": SEV-SNP, silent', () => {
    expect(findings(table('AMD SEV-SNP'), { path: 'docs/platforms.md' })).toEqual([]);
  });
  test('the same row for AMD SEV: flagged', () => {
    expect(findings(table('AMD SEV'), { path: 'docs/platforms.md' }).map(([rule]) => rule)).toEqual(['attestation-report']);
  });
  test('"pKVM protected VMs (arm64, Android)": the bracket names the architecture', () => {
    expect(findings(table('pKVM protected VMs (arm64, Android)'), { path: 'docs/platforms.md' })).toEqual([]);
  });
});

describe('an architecture\'s umbrella and a CoCo umbrella in one title are one class', () => {
  test('"x86 VM types and confidential guest protection": x86\'s confidential guests, so memory encryption holds', () => {
    const page = (title: string) => `${'='.repeat(title.length)}\n${title}\n${'='.repeat(title.length)}\n\nPrivate guest memory is encrypted and cannot be read by KVM.\n`;
    expect(findings(page('x86 VM types and confidential guest protection'), { path: PATH }).map(([rule]) => rule)).not.toContain('memory-encryption');
    expect(findings(page('VM types and confidential guest protection'), { path: PATH }).map(([rule]) => rule)).toContain('memory-encryption');
  });
});

describe('a set the page lists, counted or pointed at ("all three pools", "every mode described on this page")', () => {
  const page = (pools: string, claim: string) => `# Runbook: confidential VM failures\n\nThis runbook covers the pools ${pools}.\n\n${claim}\n`;
  test('"on both pools" under a title that says "confidential VM": the page\'s SEV-SNP and TDX, silent', () => {
    expect(findings(page('on SEV-SNP and TDX', 'Guest memory is encrypted on both pools.'), { path: 'docs/runbook.md' })).toEqual([]);
  });
  test('the same claim with no set of its own takes the title\'s umbrella: flagged', () => {
    expect(findings(page('on SEV-SNP and TDX', 'Guest memory is encrypted.'), { path: 'docs/runbook.md' }).map(([rule]) => rule)).toContain('memory-encryption');
  });
  test('"on all three pools" where one pool is SEV-ES: an integrity claim is flagged for it', () => {
    expect(findings(page('on SEV-SNP, TDX and SEV-ES', 'The host cannot modify guest memory on all three pools.'), { path: 'docs/runbook.md' }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('"on every pool", "each flavour": a deployment\'s own sets are the page\'s', () => {
    expect(findings(page('on SEV-SNP and TDX', 'Guest memory is encrypted on every pool.'), { path: 'docs/runbook.md' })).toEqual([]);
  });
  test('a family-wide identifier (CONFIG_AMD_MEM_ENCRYPT) beside "SEV-ES" and "SEV-SNP" brings in no vanilla SEV', () => {
    const text = (option: string) => page('on SEV-SNP and SEV-ES', `Their guest kernels set ${option}. The register state lives in an encrypted save area on every pool.`);
    expect(findings(text('``CONFIG_AMD_MEM_ENCRYPT``'), { path: 'docs/runbook.md' })).toEqual([]);
    // Where the page names no member, the identifier names them all (vanilla SEV has no register protection).
    expect(findings(`# Guest kernels\n\nSet \`CONFIG_AMD_MEM_ENCRYPT\`.\n\nThe register state of a guest lives in an encrypted save area.\n`, { path: 'docs/kernel.md' }).map(([rule]) => rule)).toEqual(['register-protection']);
  });
  test('"in every mode described on this page": the page\'s technologies', () => {
    expect(findings(page('on SEV-SNP and TDX', 'In every mode described on this page, guest memory is encrypted.'), { path: 'docs/runbook.md' })).toEqual([]);
  });
});

describe('the document\'s universe', () => {
  test('a document about SEV-SNP and TDX: an unscoped integrity claim is about them, silent', () => {
    expect(findings(doc('This page covers SEV-SNP and TDX guests.', 'The hypervisor cannot modify the private memory of a guest.'), { path: PATH })).toEqual([]);
  });

  test('the same claim in a document that also names SEV: flagged, and the note says where the scope came from', () => {
    const file = lint(doc('This page covers SEV, SEV-SNP and TDX guests.', 'The hypervisor cannot modify the private memory of a guest.'), { path: PATH });
    expect(file.messages.map((m) => m.ruleId)).toEqual(['memory-integrity']);
    expect((file.messages[0] as { note?: string }).note).toContain('the technologies this document names (SEV, SEV-SNP, TDX)');
  });

  test('a document that names no technology: all of them (SEV breaks the claim)', () => {
    const file = lint(doc('This page covers confidential guests.', 'The hypervisor cannot modify the private memory of a guest.'), { path: PATH });
    expect(file.messages.map((m) => m.ruleId)).toContain('memory-integrity');
    expect((file.messages.find((m) => m.ruleId === 'memory-integrity') as { note?: string }).note).toContain('the default: all CoCo technologies');
  });

  test('a contrast does not bring a technology in: "unlike SEV" in an SNP and TDX document, silent', () => {
    expect(findings(doc('This page covers SEV-SNP and TDX guests. Unlike SEV, both check what the hypervisor writes.', 'The hypervisor cannot modify the private memory of a guest.'), { path: PATH })).toEqual([]);
  });

  test('the universe never narrows a sentence\'s own umbrella: "x86 guests" in an SNP and TDX document is still x86', () => {
    expect(findings(doc('This page covers SEV-SNP and TDX guests.', 'The hypervisor cannot modify the private memory of x86 guests.'), { path: PATH }))
      .toEqual(pairs(['memory-integrity', 'x86'], ['overgeneral-umbrella', 'x86']));
  });
});

describe('issue 11, item 2: the kind of attestation from every section above the sentence', () => {
  const doc = (section: string) => `SEV guests\n==========\n\n${section}\n${'-'.repeat(section.length)}\n\nChecking it\n~~~~~~~~~~~\n\nSEV guests support attestation, which the guest owner checks.\n`;
  test('under "Launch measurement" > "Checking it": the launch measurement SEV has, silent', () => {
    expect(findings(doc('Launch measurement'), { path: PATH })).toEqual([]);
  });
  test('under "Runtime services" > "Checking it": a guest-requested report, which SEV lacks', () => {
    expect(findings(doc('Runtime services'), { path: PATH })).toEqual(pairs(['attestation-report', 'SEV']));
  });
});

describe('issue 11, item 2: the kind of attestation from the technologies in scope (rules/coco.yml `otherwise`)', () => {
  const sevDoc = (sentence: string) => doc('This page covers SEV and SEV-ES guests.', sentence);
  const snpDoc = (sentence: string) => doc('This page covers SEV, SEV-ES and SEV-SNP guests.', sentence);
  const OWNER = 'The guest owner performs an attestation before relying on the guest.';
  test('where every technology has launch attestation only, "an attestation" is that one: silent', () => {
    expect(findings(sevDoc(OWNER), { path: PATH })).toEqual([]);
    expect(findings(sevDoc('Trust in the guest is established via attestation.'), { path: PATH })).toEqual([]);
  });
  test('its twin in a document that also covers SEV-SNP: a report SEV and SEV-ES lack, flagged', () => {
    expect(findings(snpDoc(OWNER), { path: PATH }).map(([rule]) => rule)).toEqual(['attestation-report']);
  });
  test('a report the guest asks for, or that is handed to it, stays the guest-requested kind: flagged even there', () => {
    expect(findings(sevDoc('The guest can request a signed attestation report at run time.'), { path: PATH }).map(([rule]) => rule)).toEqual(['attestation-report']);
    expect(findings(sevDoc('The firmware returns a signed report to the guest.'), { path: PATH }).map(([rule]) => rule)).toEqual(['attestation-report']);
  });
  test('the guest owner asking for a report is outside the guest: SEV\'s launch report, silent', () => {
    expect(findings(sevDoc('The guest owner can request an attestation report.'), { path: PATH })).toEqual([]);
    expect(findings(sevDoc('The guest kernel can request an attestation report.'), { path: PATH }).map(([rule]) => rule)).toEqual(['attestation-report']);
  });
  test('the owner checking attestation before secrets are released: a flow SEV has too, silent even beside SEV-SNP', () => {
    expect(findings(snpDoc('The guest owner verifies the attestation before any secret is released to the guest.'), { path: PATH })).toEqual([]);
    // The guest asking for a report to get its secrets is still the run-time kind.
    expect(findings(snpDoc('Each guest requests an attestation report to obtain its secrets.'), { path: PATH }).map(([rule]) => rule)).toEqual(['attestation-report']);
  });
});

describe('names the document sets aside after them', () => {
  const CLAIM = 'The hypervisor cannot modify the private memory of a guest.';
  test('"AMD SEV and SEV-ES are intentionally absent": not among the technologies the page is about, silent', () => {
    expect(findings(doc('This library supports SEV-SNP and TDX guests.', 'AMD SEV and SEV-ES are intentionally absent.', CLAIM), { path: PATH })).toEqual([]);
    expect(findings(doc('This library supports SEV-SNP and TDX guests.', 'AMD SEV is not supported yet.', CLAIM), { path: PATH })).toEqual([]);
  });
  test('named without being set aside: in the universe, flagged', () => {
    expect(findings(doc('This library supports SEV-SNP and TDX guests.', 'AMD SEV and SEV-ES are supported too.', CLAIM), { path: PATH }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
});

describe('a family name by the members its document names ("SEV": SEV, SEV-ES, SEV-SNP)', () => {
  const SENTENCE = 'SEV guests can rely on attestation by their owner.';
  test('a page that names SEV-ES means vanilla SEV by "SEV": the launch kind, silent', () => {
    expect(findings(doc('This page also covers SEV-ES.', SENTENCE), { path: PATH })).toEqual([]);
  });
  test('a page that names SEV-SNP on its own means vanilla SEV by "SEV" (as the pages written for the probes do): silent', () => {
    expect(findings(doc('This page also covers SEV-SNP.', SENTENCE), { path: PATH })).toEqual([]);
    expect(findings(doc('This page also covers SEV-SNP.', 'SEV guests have integrity-protected memory.'), { path: PATH }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('a page that names no member on its own: the whole family, flagged', () => {
    expect(findings(doc('This page covers AMD hardware.', SENTENCE), { path: PATH }).map(([rule]) => rule)).toEqual(['attestation-report']);
  });
});

describe('issue 11, item 4: an addition is the extension\'s alone', () => {
  test('"SEV-SNP builds on SEV-ES and gives guests integrity-protected memory": SEV-SNP only, silent', () => {
    expect(findings('SEV-SNP builds on SEV-ES and gives guests integrity-protected memory.')).toEqual([]);
  });
  test('"SEV-SNP and SEV-ES give guests integrity-protected memory": both, SEV-ES breaks it', () => {
    expect(findings('SEV-SNP and SEV-ES give guests integrity-protected memory.')).toEqual(pairs(['memory-integrity', 'SEV-ES']));
  });
  test('"In addition to SEV, ..." and "SEV-ES extends SEV so that ...": the base is not in the scope', () => {
    expect(findings('In addition to SEV, SEV-SNP guests have integrity-protected memory.')).toEqual([]);
    expect(findings('SEV-ES extends SEV so that the hypervisor cannot read guest registers.')).toEqual([]);
  });
  test('"SEV and SEV-ES make sure that the hypervisor cannot read guest registers": SEV breaks it', () => {
    expect(findings('SEV and SEV-ES make sure that the hypervisor cannot read guest registers.')).toEqual(pairs(['register-protection', 'SEV']));
  });
});

describe('issue 11, item 5: an ambiguous name by the document\'s architecture', () => {
  const text = 'pKVM guests\n===========\n\nWith pKVM, the host emulates the devices of every guest.\n';
  test('"pKVM" in an arm64 document is pKVM on arm64: host-emulated devices hold there, silent', () => {
    expect(findings(text, { path: 'Documentation/virt/kvm/arm/pkvm.rst' })).toEqual([]);
  });
  test('in an x86 document it is pKVM on x86, which aimed at direct device assignment: flagged', () => {
    expect(findings(text, { path: 'Documentation/virt/kvm/x86/pkvm.rst' })).toEqual(pairs(['host-device-io', 'pKVM']));
  });
  test('a scope comment wins over the path', () => {
    expect(findings(`.. claimlint: scope=pkvm-x86\n\n${text}`, { path: 'Documentation/virt/kvm/arm/pkvm.rst' })).toEqual(pairs(['host-device-io', 'pKVM']));
  });
  test('a document of no one architecture: both pKVMs, as before', () => {
    expect(findings(text, { path: 'Documentation/admin-guide/pkvm.rst' })).toEqual(pairs(['host-device-io', 'pKVM']));
  });
});

describe('issue 11, item 7: "these guests" refer to the technologies just named', () => {
  const PATH2 = 'Documentation/admin-guide/g.rst';
  test('after "SEV and SEV-ES ...", "These guests have integrity-protected memory": flagged, and the note says why', () => {
    const file = lint('This page covers confidential guests in general. SEV and SEV-ES encrypt guest memory. These guests have integrity-protected memory.', { path: PATH2 });
    expect(file.messages.map((m) => [m.ruleId, m.actual])).toEqual([['memory-integrity', 'integrity-protected']]);
    expect((file.messages[0] as { note?: string }).note).toContain("'These guests' ('SEV', 'SEV-ES' in the sentence before)");
  });
  test('after "SEV-SNP and TDX ...": silent', () => {
    expect(findings('This page covers confidential guests in general. SEV-SNP and TDX check what the host writes. These guests have integrity-protected memory.', { path: PATH2 })).toEqual([]);
  });
  test('the technologies, not the umbrellas beside them: "Hyper-V ... CoCo VMs. Such VMs ..."', () => {
    // The page names pKVM too: without the carry-over, or with the umbrella's coverage, pKVM would be in scope.
    expect(findings('This page also mentions pKVM. Hyper-V can run guests that are CoCo VMs. Such VMs treat the hypervisor as untrusted.', { path: PATH2 })).toEqual([]);
    expect(findings('This page also mentions pKVM. Hyper-V can run guests that are CoCo VMs. The guests treat the hypervisor as untrusted.', { path: PATH2 })).not.toEqual([]);
  });
});

describe('issue 11, item 3: identifiers and paths name technologies (rules/coco.yml `identifiers`)', () => {
  const P = { path: 'Documentation/admin-guide/g.rst' };
  const SEV_SNP = 'SEV and SEV-SNP guests are described here.\n\n';
  test('in a sentence: ``KVM_SEV_SNP_LAUNCH_UPDATE`` is SEV-SNP, silent; ``KVM_SEV_LAUNCH_UPDATE_DATA`` is SEV and SEV-ES, flagged', () => {
    expect(findings(`${SEV_SNP}With \`\`KVM_SEV_SNP_LAUNCH_UPDATE\`\`, the hypervisor cannot modify guest memory.`, P)).toEqual([]);
    expect(findings(`${SEV_SNP}With \`\`KVM_SEV_LAUNCH_UPDATE_DATA\`\`, the hypervisor cannot modify guest memory.`, P)).toEqual(pairs(['memory-integrity', 'hypervisor cannot modify']));
  });
  test('in a section title: a section about an SNP command is about SEV-SNP', () => {
    const doc = (title: string) => `Guests\n======\n\n${SEV_SNP}${title}\n${'-'.repeat(title.length)}\n\nThe hypervisor cannot modify guest memory.\n`;
    expect(findings(doc('KVM_SEV_SNP_LAUNCH_START'), P)).toEqual([]);
    expect(findings(doc('KVM_SEV_LAUNCH_START'), P)).toEqual(pairs(['memory-integrity', 'hypervisor cannot modify']));
  });
  test('in the document\'s universe: ``SNP_GET_REPORT`` names SEV-SNP; ``CONFIG_X86`` names nothing', () => {
    expect(findings('Confidential guests ask for ``SNP_GET_REPORT``.\n\nThe hypervisor cannot modify the private memory of a guest.', P)).toEqual([]);
    expect(findings('Confidential guests need ``CONFIG_X86``.\n\nThe hypervisor cannot modify the private memory of a guest.', P)).toEqual(pairs(['memory-integrity', 'hypervisor cannot modify']));
  });
});

// An enclave runtime's documentation names SGX only; its sentences say "TEE" in passing.
const enclaveDoc = (...paragraphs: string[]) => doc('This page explains how the runtime uses Intel SGX enclaves.', ...paragraphs);

describe('an umbrella widens a claim only where it stands for the claim\'s holder', () => {
  test('inside a clause that the claim governs ("verify that it runs in a TEE"): the universe applies, silent', () => {
    expect(findings(enclaveDoc('Remote attestation lets a distant user verify that the program runs inside a genuine TEE.'), { path: PATH })).toEqual([]);
  });
  test('its twin, the umbrella as the subject that has the property: flagged', () => {
    expect(findings(enclaveDoc('Every TEE lets a distant user verify its program through remote attestation.'), { path: PATH }))
      .toEqual(pairs(['attestation-report', 'TEE']));
  });
  test('at the far end of a transfer ("handed to another TEE"): silent', () => {
    expect(findings(enclaveDoc('The signed quote is then handed to another TEE during local attestation.'), { path: PATH })).toEqual([]);
  });
  test('a named technology inside such a clause still narrows (it is never dropped)', () => {
    expect(findings(doc('The hypervisor cannot modify guest memory when the guest runs on SEV-SNP.'), { path: PATH })).toEqual([]);
  });
});

describe('a product or an interface as the holder of a claim', () => {
  test('"Enclaveworks does not provide ..." denies it of the product, not of SGX: silent', () => {
    expect(findings(enclaveDoc('We call our runtime Enclaveworks.', 'Enclaveworks does not provide any helper to request an attestation report.'), { path: PATH })).toEqual([]);
  });
  test('its twin with the technology as the subject: the denial is wrong for SGX, flagged', () => {
    expect(findings(enclaveDoc('We call our runtime Enclaveworks.', 'SGX does not provide any way to request an attestation report.'), { path: PATH }))
      .toEqual(pairs(['attestation-report', 'SGX']));
  });
  test('after an opening clause, the main clause\'s subject is the holder: "As shown above, the ``/dev/quote`` file ..."', () => {
    expect(findings('As shown above, the raw ``/dev/report`` file gives only basic TEE attestation support and does not provide any easy interface for checking quotes.')).toEqual([]);
    expect(findings('As shown above, the TEE gives only basic attestation support and does not provide any easy interface for checking quotes.').map(([rule]) => rule))
      .toEqual(['attestation-report']);
  });
  test('a capitalised multi-word name is no act: "Contoso Remote Attestation is a service"', () => {
    expect(findings(doc('Contoso Remote Attestation is a service run in the public cloud.'), { path: PATH })).toEqual([]);
  });
});

describe('set aside as not yet supported', () => {
  const CLAIM = 'The hypervisor cannot modify the private memory of a guest.';
  test('"Arm CCA and pKVM are on the roadmap but are not supported yet": out of the universe, silent', () => {
    expect(findings(doc('This agent supports SEV-SNP and TDX guests.', 'SEV is on the roadmap but is not supported yet.', CLAIM), { path: PATH })).toEqual([]);
    expect(findings(doc('This agent supports SEV-SNP and TDX guests.', 'SEV is planned.', CLAIM), { path: PATH })).toEqual([]);
  });
  test('supported, and the roadmap mentioned for something else: in the universe, flagged', () => {
    expect(findings(doc('This agent supports SEV, SEV-SNP and TDX guests.', 'Live migration is on the roadmap.', CLAIM), { path: PATH }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
});

describe('the gate: what a page is about', () => {
  // A page whose CoCo words are in its lead and in one section; the claim stands in a section with none.
  const page = (lead: string) => `Agent\n=====\n\n${lead}\n\nPlatforms\n---------\n\nIt runs on SEV, SEV-SNP and TDX.\n\nFeatures\n--------\n\nThe hypervisor cannot modify the private memory of a guest.\n`;
  test('a lead that says the page is about confidential VMs makes every section CoCo context: flagged', () => {
    expect(findings(page('This is a small agent that runs inside a confidential VM and fetches its secrets.'), { path: PATH, cocoDocument: false }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('a lead whose only CoCo word is a technology\'s name (a homonym: "an SGX rendering unit") does not: silent', () => {
    expect(findings(page('This is a small agent for the graphics chips that have an SGX rendering unit.'), { path: PATH, cocoDocument: false })).toEqual([]);
  });
});

describe('an umbrella written as a product\'s name', () => {
  test('"Harbourline Cloud", "a Nimbus Confidential VM" in a sentence name the product the page describes: its technologies, silent', () => {
    expect(findings(doc('Our instances run on SEV-SNP and TDX.', 'On Harbourline Cloud, the hypervisor cannot modify the private memory of a guest.'), { path: PATH })).toEqual([]);
    expect(findings(doc('Our instances run on SEV-SNP and TDX.', 'The hypervisor cannot modify the private memory of a Nimbus Confidential VM.'), { path: PATH })).toEqual([]);
  });
  test('the same words as common nouns are the umbrella: flagged', () => {
    expect(findings(doc('Our instances run on SEV-SNP and TDX.', 'The hypervisor cannot modify the private memory of a confidential VM.'), { path: PATH }).map(([rule]) => rule)).toContain('memory-integrity');
    expect(findings(doc('Our instances run on SEV-SNP and TDX.', 'Confidential VMs prevent the hypervisor from modifying their private memory.'), { path: PATH }).map(([rule]) => rule)).toContain('memory-integrity');
  });
});

describe('the confidential-containers ecosystem\'s words for its guests', () => {
  test('"confidential pods" is an umbrella over every technology: flagged for SEV, on a page that names only SEV-SNP and TDX', () => {
    // Without the umbrella the claim would be about the page's technologies, and silent.
    expect(findings(doc('This operator runs pods on SEV-SNP and TDX.', 'The hypervisor cannot modify the private memory of pods.'), { path: PATH })).toEqual([]);
    expect(findings(doc('This operator runs pods on SEV-SNP and TDX.', 'The hypervisor cannot modify the private memory of confidential pods.'), { path: PATH }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
});

describe('references to the technologies a page names', () => {
  const CLAIM = 'The hypervisor cannot modify the private memory of a guest on any of the three platforms.';
  test('"any of the three platforms" counts back to the page\'s own: SEV-SNP, TDX and Secure Execution, silent', () => {
    expect(findings(doc('This page covers SEV-SNP, TDX and IBM Secure Execution.', CLAIM), { path: PATH })).toEqual([]);
  });
  test('"any platform" with no count is every one there is: flagged', () => {
    expect(findings(doc('This page covers SEV-SNP, TDX and IBM Secure Execution.', 'The hypervisor cannot modify the private memory of a guest on any platform.'), { path: PATH }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('"We do not support plain SEV or SEV-ES": both out of the universe, silent', () => {
    expect(findings(doc('This paravisor runs on SEV-SNP and TDX.', 'We do not support plain SEV or SEV-ES.', 'The hypervisor cannot modify the private memory of a guest.'), { path: PATH })).toEqual([]);
    expect(findings(doc('This paravisor runs on SEV-SNP and TDX.', 'We support plain SEV and SEV-ES as well.', 'The hypervisor cannot modify the private memory of a guest.'), { path: PATH }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
});

describe('a shared name on a page that names one of its technologies', () => {
  test('"the Ultravisor" on a page about Secure Execution is Secure Execution (not POWER PEF): silent', () => {
    expect(findings(doc('This agent runs on IBM Secure Execution guests.', 'The agent asks the Ultravisor for a fresh attestation report at run time.'), { path: PATH })).toEqual([]);
  });
  test('on a page that names both, both: flagged for PEF', () => {
    expect(findings(doc('This agent runs on IBM Secure Execution and POWER PEF guests.', 'The agent asks the Ultravisor for a fresh attestation report at run time.'), { path: PATH }).map(([rule]) => rule)).toEqual(['attestation-report']);
  });
});
