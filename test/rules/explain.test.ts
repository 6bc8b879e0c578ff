import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { explain, wrap } from '../../src/cli/explain.js';
import { runCli } from '../helpers/cli.js';

const run = (args: string[]) => runCli(args);

const SAMPLE = join('fixtures', 'rules', 'sample.yml');

describe('claimlint explain', () => {
  test('a property rule: message, rationale, provenance, url, values per technology, examples', async () => {
    const r = await run(['explain', 'memory-integrity', '--rules', SAMPLE]);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toBe(`memory-integrity
  kind: property, severity: warning
  rule set: sample (${SAMPLE}:74:3)

Message:
  memory integrity is claimed where it does not hold

Rationale:
  Vanilla SEV encrypts guest memory but does not protect its integrity: the host
  can replay or remap ciphertext. Qualify the claim with the technologies it
  holds for.

Source:
  Jane Reviewer, 2023-06-13
  Subject: Re: [PATCH] docs: a sample
  Message-ID: <sample.1@example.org>
  https://lore.kernel.org/all/sample.1@example.org/

URL: https://docs.kernel.org/security/snp-tdx-threat-model.html

Property: memory integrity (integrity)
  sev         breaks
  sev-snp     holds
  pkvm-arm64  caveat  The host cannot write guest memory once it is donated, but
                      this is not hardware integrity in the SNP sense.

Recognised by its patterns:
  /\\bintegrity\\b/i
  /\\black(?:s|ing)? integrity\\b/i

Flagged:
  - x86 guests have memory integrity.
    (at 'x86')

Not flagged:
  - SEV-SNP guests have memory integrity.
`);
    expect(Math.max(...r.out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  test('a shipped property rule lists its frames with words of each class', async () => {
    const r = await run(['explain', 'memory-integrity']);
    expect(r.status).toBe(0);
    expect(r.out).toContain('Recognised by meaning (frames; see docs/semantics.md):');
    expect(r.out).toMatch(/1\. blocked: an attack it rules out[^]*act: modify \(modify, change, alter/);
    expect(r.out).toMatch(/agent: host-software \(host, hypervisor/);
  });

  test('a term rule shows the pattern and suggestions, and an example\'s path', async () => {
    let out = '';
    const status = await explain('imprecise-term', [SAMPLE], { out: (s) => { out += s; }, err: () => {} });
    expect(status).toBe(0);
    expect(out).toContain('Term: /\\bvirtuali[sz]ed environments?\\b/i\n  suggestions: "cloud computing environments", "off-premise environments"\n');
    expect(out).toContain("  - SNP protects guests in virtualized environments.\n    (at 'virtualized environments', as Documentation/virt/coco/sev-snp.rst)\n");
  });

  test('an unknown rule: the known ids on stderr, exit 2', async () => {
    const r = await run(['explain', 'nope', '--rules', SAMPLE]);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe("claimlint: unknown rule 'nope' (known: memory-integrity, imprecise-term)\n");
  });

  test('usage errors: no rule, or a broken rule file', async () => {
    expect((await run(['explain'])).status).toBe(2);
    const broken = await run(['explain', 'x', '--rules', join('fixtures', 'rules', 'missing.yml')]);
    expect(broken.status).toBe(2);
    expect(broken.err).toBe(`${join('fixtures', 'rules', 'missing.yml')}:1:1: cannot read rule file: no such file\n`);
  });

  test('the shipped rules: every rule explains itself', async () => {
    const help = await run(['--help']);
    expect(help.out).toContain('claimlint explain RULE');
    expect(help.out).toContain('claimlint test-rules');
    const unknown = await run(['explain', 'no-such-rule']);
    const known = /\(known: (.*)\)/.exec(unknown.err)?.[1]?.split(', ').filter((id) => id !== 'none') ?? [];
    for (const id of known) {
      const r = await run(['explain', id]);
      expect(r.status).toBe(0);
      expect(r.out.startsWith(`${id}\n`)).toBe(true);
    }
  });

  test('wrap', () => {
    expect(wrap('a b c d', '> ', '  ', 5)).toBe('> a b\n  c d');
    expect(wrap('one\n\ntwo', '  ')).toBe('  one\n\n  two');
  });
});
