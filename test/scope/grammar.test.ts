/**
 * Grammar the frames read beyond the words (src/rules/frames.ts, src/scope/modality.ts), on
 * sentences written for these tests, each beside a twin that differs in that construction only.
 */
import { describe, expect, test } from '@jest/globals';
import { findings, pairs } from './helpers.js';

/** A sentence under a section title that names no technology: the whole rule set's scope. */
const threatModel = (sentence: string) => `Threat model\n============\n\n${sentence}`;

describe('an instruction to the reader after a leading condition asks, it does not claim', () => {
  test('"If ..., check whether the hypervisor encrypts guest memory": silent', () => {
    expect(findings('If your design runs hosts in shared racks, check whether the hypervisor encrypts guest memory before you promise it.')).toEqual([]);
  });
  test('the same condition before a statement: the claim', () => {
    expect(findings('If your design runs hosts in shared racks, the hardware encrypts guest memory.')).toEqual(pairs(['memory-encryption', 'encrypts']));
  });
});

describe('a relative clause that describes a participant sets no context for the claim', () => {
  test('"the host that launched it" does not make a guest-requested report a launch measurement', () => {
    expect(findings('A confidential guest, without help from the host that launched it, can request a signed attestation report.'))
      .toEqual(pairs(['attestation-report', 'confidential guest']));
  });
  test('a report at launch is the launch measurement: not a guest-requested report', () => {
    expect(findings('A confidential guest can request a signed attestation report at launch.')).toEqual([]);
  });
});

describe('words that name an act', () => {
  test('"cannot touch" guest memory denies the host writes', () => {
    expect(findings('The host cannot touch the memory of a confidential guest.')).toEqual(pairs(['memory-integrity', 'confidential guest']));
  });
});

describe('a compound that names a topic claims nothing', () => {
  test('"to handle the memory encryption overhead": silent', () => {
    expect(findings('Drivers work unchanged in a confidential guest, with no changes needed to handle the memory encryption overhead.')).toEqual([]);
  });
  test('"the memory encryption of a confidential guest": the claim', () => {
    expect(findings('The memory encryption of a confidential guest is always on.')).toEqual(pairs(['memory-encryption', 'confidential guest']));
  });
});

describe('a requirement is not a protection', () => {
  test('"This setup requires that the host never changes ...": silent', () => {
    expect(findings('This setup requires that the host never changes the private memory of a confidential guest.')).toEqual([]);
  });
  test('"In this setup the host never changes ...": the claim', () => {
    expect(findings('In this setup the host never changes the private memory of a confidential guest.')).toEqual(pairs(['memory-integrity', 'confidential guest']));
  });
});

describe('a denial of a phrase is not a denial of a preposition\'s object inside it', () => {
  test('"replies from the untrusted hypervisor cannot be used as evidence": the host is untrusted, silent', () => {
    expect(findings('On SEV-SNP, replies from the untrusted hypervisor cannot be used as evidence.')).toEqual([]);
  });
  test('"the hypervisor is not untrusted": a denial, which SEV-SNP breaks', () => {
    expect(findings('On SEV-SNP, the hypervisor is not untrusted.')).toEqual(pairs(['untrusted-host', 'SEV-SNP']));
  });
});

describe('a limit of an act is neither a claim nor a denial (issue 11: "not possible to use attestation")', () => {
  test('"the attestation process cannot help against this threat": silent', () => {
    expect(findings(threatModel('The attestation or signing process cannot help to mitigate this threat.'))).toEqual([]);
  });
  test('its twin, "attestation helps against this threat", claims attestation', () => {
    expect(findings(threatModel('The attestation process helps to mitigate this threat.'))).toEqual(pairs(['attestation-report', 'attestation']));
  });
  test('"attestation is not available" still denies it', () => {
    expect(findings(threatModel('On TDX, attestation is not available.'))).toEqual(pairs(['attestation-report', 'TDX']));
  });
});

describe('a possessor is not the patient: "the integrity of the guest\'s configuration"', () => {
  test('the configuration\'s integrity is no memory-integrity claim', () => {
    expect(findings(threatModel('The integrity of the guest\'s configuration must be checked by its owner.'))).toEqual([]);
  });
  test('the guest\'s own integrity, or its memory\'s, is', () => {
    expect(findings(threatModel('The integrity of the guest\'s memory is protected.'))).toEqual(pairs(['memory-integrity', 'integrity']));
  });
});

describe('states, advice, what the host cannot do, what one must trust (issue 11, third-party text)', () => {
  test('a moment in a procedure: "at which point there is no encrypted memory" is silent; the plain denial is not', () => {
    expect(findings(threatModel('Suspend is allowed, since it stops the guest first, at which point there is no encrypted memory.'))).toEqual([]);
    expect(findings(threatModel('In a confidential guest there is no encrypted memory.'))).toEqual(pairs(['memory-encryption', 'confidential guest']));
  });
  test('advice: "it makes sense to run one service that handles remote attestation" is silent', () => {
    expect(findings(threatModel('For a fleet of confidential guests it makes sense to run one service that handles remote attestation.'))).toEqual([]);
  });
  test('"not possible to attest a guest from the host itself" says what the host cannot do: silent', () => {
    expect(findings(threatModel('On SEV, it is not possible to measure the launch of a guest from the host itself.'))).toEqual([]);
    expect(findings(threatModel('On SEV, it is not possible to measure the launch of a guest.'))).toEqual(pairs(['launch-measurement', 'SEV']));
  });
  test('what one must trust is assumed: "trust in the platform\'s integrity" is silent; relying on it is not', () => {
    expect(findings(threatModel('For confidential guests, a great deal of trust has to be placed in the platform security and integrity.'))).toEqual([]);
    expect(findings(threatModel('Confidential guests rely on the integrity of their private memory.'))).toEqual(pairs(['memory-integrity', 'Confidential guests']));
  });
});

describe('a compound the tagger reads as two verbs', () => {
  test('"cannot have their register file inspected by the VMM": the register file is a noun, the claim is read', () => {
    expect(findings('Confidential guests cannot have their register file inspected by the VMM.')).toEqual(pairs(['register-protection', 'Confidential guests']));
  });
  test('the same with a noun the tagger reads right: the same claim', () => {
    expect(findings('Confidential guests cannot have their register state inspected by the VMM.')).toEqual(pairs(['register-protection', 'Confidential guests']));
  });
});
