/**
 * Two lexicon options (rules/coco.yml, docs/semantics.md): a class word may name the part of
 * speech it counts in ("secret:adj": "stays secret", not "the secrets"), and a class may need an
 * object right after its word ("holding the hardware" is physical access, "holding the lock" is
 * not). With the exceptive after a denial ("cannot ... except through devices that the host
 * emulates") and participles that qualify an agent ("nobody holding the hardware"), checked on
 * sentences written for these tests.
 */
import { describe, expect, test } from '@jest/globals';
import { parseRuleFile } from '../../src/rules/load.js';
import { ruleFile } from './rule-file.js';
import { findings, lint, pairs } from '../scope/helpers.js';

const withLexicon = (lexicon: string) => ruleFile('\\bp\\b').replace('properties:', `lexicon:\n${lexicon}\nproperties:`);

describe('loading the options', () => {
  test('a word with its part of speech, and objects, load', () => {
    const { ruleSet, errors } = parseRuleFile(withLexicon('  a: [\'secret:adj\', hide]\n  b:\n    words: [hold]\n    objects: [hardware, memory module]'), 'r.yml');
    expect(errors).toEqual([]);
    expect(ruleSet?.lexicon.map((c) => [c.id, c.words, c.objects])).toEqual([['a', ['secret:adj', 'hide'], []], ['b', ['hold'], ['hardware', 'memory module']]]);
  });

  test('an unknown part of speech, or one on a phrase, is an error at its place', () => {
    const { errors } = parseRuleFile(withLexicon("  a: ['secret:xyz']\n  b: ['keep secret:adj']"), 'r.yml');
    expect(errors.map((e) => `${e.line}:${e.column}`)).toEqual(['7:6', '8:6']);
    expect(errors[0]?.message).toContain("'secret:xyz' is not a lower-case word or phrase");
    expect(errors[0]?.message).toContain("'secret:adj'");
  });

  test('objects must be words', () => {
    const { errors } = parseRuleFile(withLexicon('  b:\n    words: [hold]\n    objects: [Hardware]'), 'r.yml');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain("'Hardware' is not a lower-case word or phrase");
  });
});

describe('physical access by handling the machine', () => {
  test('stealing the server, carrying the machine away, pulling the DIMMs out: physical', () => {
    expect(findings('Someone who steals the server cannot read the memory of a confidential guest.'))
      .toEqual(pairs(['physical-confidentiality', 'confidential guest']));
    expect(findings('Nobody carrying the machine away can read what a confidential guest keeps in DRAM.'))
      .toEqual(pairs(['physical-confidentiality', 'confidential guest']));
  });

  test('stealing a password or removing a kernel module: not physical', () => {
    expect(findings('Someone who steals the password cannot read the memory of a confidential guest.')).toEqual([]);
    expect(findings('An administrator removing the kernel module cannot read the memory of a confidential guest.')).toEqual([]);
  });
});

describe('"secret" as an adjective only', () => {
  test('"stays secret" claims confidentiality; "learns the secrets" denies it', () => {
    const kept = lint('The memory of a confidential guest stays secret even from an attacker who pulls the DIMMs out.').messages;
    expect(kept.map((m) => m.ruleId)).toEqual(['physical-confidentiality']);
    expect(kept[0]?.reason).toContain('asserts');
    const learnt = lint('An attacker who pulls the DIMMs out learns the secrets of a confidential guest.').messages;
    expect(learnt.map((m) => m.ruleId)).toEqual(['physical-confidentiality']);
    expect(learnt[0]?.reason).toContain('denies');
  });
});

describe('an exception after a denial', () => {
  // An x86 page that names pKVM: there it includes the x86 proposal, for which the I/O claim breaks.
  const PKVM = 'Security managers such as pKVM are described here. ';
  test('"cannot use any hardware except through devices that the host emulates": host-controlled I/O', () => {
    expect(findings(`${PKVM}A confidential guest cannot use any hardware except through devices that the host emulates.`, { path: 'Documentation/arch/x86/coco.rst' }))
      .toEqual(pairs(['host-device-io', 'confidential guest']));
  });
  test('without the exception the relative clause is denied with its antecedent: silent', () => {
    expect(findings(`${PKVM}A confidential guest cannot use devices that the host emulates.`, { path: 'Documentation/arch/x86/coco.rst' })).toEqual([]);
  });
});

describe('identifiers in the rule data', () => {
  test('prefixes load longest first; a lower-case name that is not a path is an error at its place', () => {
    const text = ruleFile('\\bp\\b').replace('properties:', 'identifiers:\n  AAA_: [a]\n  AAA_BBB_: [b]\n  some/path/: [a]\n  nope: [a]\nproperties:');
    const { ruleSet, errors } = parseRuleFile(text, 'r.yml');
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual(["10:3 identifiers.nope: an identifier prefix is upper case ('KVM_SEV_SNP_'), a path ending in '/' ('arch/x86/coco/tdx/') or a code name's ending ('-snp')"]);
    expect(ruleSet).toBeUndefined();
    const ok = parseRuleFile(text.replace('  nope: [a]\n', ''), 'r.yml');
    expect(ok.ruleSet?.identifiers.map((x) => x.prefix)).toEqual(['some/path/', 'AAA_BBB_', 'AAA_']);
  });
});

describe('a frame\'s own values (one property, two readings; issue 11, item 6)', () => {
  const file = (frameValues: string) => ruleFile('\\bp\\b').replace(
    '    patterns: [',
    `    frames:\n      - { claim: asserted, act: [untrusted], patient: [h]${frameValues} }\n    patterns: [`,
  ).replace('properties:', 'lexicon:\n  untrusted: [untrusted]\n  h: [host]\nproperties:');

  test('load, and an unknown technology or value in them is an error at its place', () => {
    const ok = parseRuleFile(file(', values: { b: caveat }'), 'r.yml');
    expect(ok.errors).toEqual([]);
    expect(ok.ruleSet?.properties[0]?.frames[0]?.values).toEqual({ b: 'caveat' });
    const bad = parseRuleFile(file(', values: { c: caveat, b: maybe }'), 'r.yml');
    expect(bad.errors.map((e) => e.message).join('\n')).toMatch(/unknown technology 'c'[\s\S]*maybe/);
    // Each at its key or value on the frame's line.
    const line = file('').split('\n').findIndex((l) => l.includes('act: [untrusted]')) + 1;
    const text = file(', values: { c: caveat, b: maybe }').split('\n')[line - 1] as string;
    expect(bad.errors.map((e) => `${e.line}:${e.column}`)).toEqual([`${line}:${text.indexOf('c: caveat') + 1}`, `${line}:${text.indexOf('maybe') + 1}`]);
  });

  test('the reading\'s values decide the finding: "the host" is pKVM\'s own model, "the hypervisor" is not', () => {
    expect(findings('Confidential VMs on arm64 treat the host kernel as untrusted.')).toEqual([]);
    expect(findings('Confidential VMs on arm64 treat the hypervisor as untrusted.')).toEqual(pairs(['untrusted-host', 'Confidential VMs']));
  });

  test('a fixed term of the property outranks the wider reading: "a new type of attacker: a misbehaving host"', () => {
    expect(findings('Confidential Computing adds a new type of attacker: a misbehaving host.')).toEqual(pairs(['untrusted-host', 'Confidential Computing']));
    expect(findings('Confidential Computing treats a misbehaving host as an attacker.')).toEqual([]);
  });
});

describe('a frame\'s other reading and a named agent (issue 11, item 2)', () => {
  const file = (options: string, props = '') => ruleFile('\\bp\\b').replace(
    '    patterns: [',
    `    frames:\n      - { claim: asserted, act: [attest], agent: [g]${options} }\n    patterns: [`,
  ).replace('properties:', `lexicon:\n  attest: [attest]\n  g: [guest]\nproperties:${props}`);
  const other = '\n  q:\n    name: Q\n    patterns: [\'\\bq\\b\']\n    values: {a: holds, b: holds}';

  test('`otherwise` names another property of the file; `agent-named` loads as a flag', () => {
    const ok = parseRuleFile(file(', agent-named: true, otherwise: q', other), 'r.yml');
    expect(ok.errors).toEqual([]);
    expect(ok.ruleSet?.properties.find((p) => p.id === 'p')?.frames[0]).toMatchObject({ agentNamed: true, otherwise: 'q' });
  });

  test('an unknown property, or `agent-named` without an agent, is an error at its place', () => {
    const unknown = parseRuleFile(file(', otherwise: nope'), 'r.yml');
    expect(unknown.ruleSet).toBeUndefined();
    expect(unknown.errors.map((e) => e.message)).toEqual([expect.stringContaining("unknown property 'nope'")]);
    const line = file('').split('\n').findIndex((l) => l.includes('act: [attest]')) + 1;
    expect(unknown.errors[0]?.line).toBe(line);
    const noAgent = parseRuleFile(file(', otherwise: q', other).replace('agent: [g], ', 'agent-named: true, '), 'r.yml');
    expect(noAgent.errors.map((e) => e.message)).toEqual([expect.stringContaining('agent-named: needs an agent')]);
  });
});
