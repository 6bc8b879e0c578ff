/**
 * The widening that makes over-claims from correctly scoped text (src/eval/widen.ts), on documents
 * written for this test: which sentences it widens, what it puts in, what it expects, and how it
 * tells where the umbrella is read at its own coverage.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { widenedClaims } from '../../src/eval/widen.js';
import { ruleSet } from '../scope/helpers.js';
import { removeAfterAll } from '../helpers/tmp.js';

const root = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-widen-')));
const write = (rel: string, text: string) => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
  return rel;
};

const OPEN = write('guide/threat-model.rst', `Threat model
============

The platform runs workloads for tenants who do not trust the operator.

SEV-SNP guests have integrity-protected memory.

Unlike SEV, SEV-SNP guests have integrity-protected memory.

TDX encrypts the private memory of each guest.

Guests have integrity-protected memory.
`);
const NARROWED = write('guide/tdx.rst', `Intel TDX
=========

TDX encrypts the private memory of each guest.
`);
const ON_X86 = write('guide/x86-guests.rst', `Guests
======

SEV-SNP guests have integrity-protected memory.
`);

describe('widening correctly scoped claims', () => {
  const widened = widenedClaims(root, [OPEN, NARROWED, ON_X86], [ruleSet]);
  const at = (file: string, line: number) => widened.filter((w) => w.file === file && w.line === line);

  test('"SEV-SNP guests" becomes "confidential guests" in an integrity claim, expecting SEV and SEV-ES, and is found', () => {
    const [w] = at(OPEN, 6);
    expect(w).toMatchObject({ property: 'memory-integrity', umbrella: 'confidential guests', place: 'open', found: true });
    expect(w?.widened).toBe('Confidential guests have integrity-protected memory.');
    expect(w?.expected).toEqual(['sev', 'sev-es']);
  });

  test('"TDX" becomes "confidential computing" in an encryption claim, expecting the technologies without encryption', () => {
    const [w] = at(OPEN, 10);
    expect(w?.widened).toBe('Confidential computing encrypts the private memory of each guest.');
    expect(w?.expected).toEqual(expect.arrayContaining(['s390-pv']));
    expect(w?.found).toBe(true);
  });

  test('not widened: a sentence with a contrast, a sentence with no technology of its own', () => {
    expect(at(OPEN, 8)).toEqual([]);
    expect(at(OPEN, 12)).toEqual([]);
  });

  test('under a title that names a technology the widened umbrella is read within it: narrowed, not counted', () => {
    const [w] = at(NARROWED, 4);
    expect(w).toMatchObject({ place: 'narrowed', found: false });
    // A narrowing umbrella in the file name counts the same; "x86" keeps SEV in, so it is still found.
    expect(at(ON_X86, 4)[0]).toMatchObject({ place: 'narrowed', found: true, expected: ['sev', 'sev-es'] });
  });
});
