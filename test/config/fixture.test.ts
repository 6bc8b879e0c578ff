import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { checkConfigNames, clearConfigCache, documentScope, isIgnored, resolveConfig } from '../../src/config/index.js';

const linux = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/config/linux');
const at = (rel: string) => path.join(linux, rel);

function lookup(rel: string) {
  const { config, errors } = resolveConfig(at(rel));
  return { config, errors, scope: documentScope(config, at(rel)), ignored: isIgnored(config, at(rel)) };
}

beforeAll(() => clearConfigCache());

describe('the fixtures/config/linux example tree', () => {
  test('the top-level config alone', () => {
    const r = lookup('Documentation/virt/coco/sev-guest.rst');
    expect(r.errors).toEqual([]);
    expect(r.config.files).toEqual([at('.claimlint.yml')]);
    expect(r.config.rules).toEqual(['default']);
    expect(r.scope).toEqual(['sev', 'sev-es', 'sev-snp']);
    expect(r.ignored).toBe(false);
    expect({ ...r.config.severity }).toEqual({ 'imprecise-term': 'warning' });
    expect(lookup('Documentation/virt/coco/tdx.rst').scope).toEqual(['sev', 'sev-es', 'sev-snp', 'tdx', 'arm-cca']);
    expect(lookup('Documentation/security/snp-tdx-threat-model.rst').scope).toEqual(['sev-snp', 'tdx']);
    expect(lookup('Documentation/index.rst').scope).toBeUndefined();
    expect(lookup('Documentation/translations/zh_CN/index.rst').ignored).toBe(true);
  });

  test('a nearer config in Documentation/arch/x86', () => {
    const r = lookup('Documentation/arch/x86/tdx.rst');
    expect(r.errors).toEqual([]);
    expect(r.config.files).toEqual([at('Documentation/arch/x86/.claimlint.yml'), at('.claimlint.yml')]);
    expect(r.scope).toEqual(['tdx']);
    expect({ ...r.config.severity }).toEqual({ 'imprecise-term': 'off' });
    expect(lookup('Documentation/arch/x86/amd-memory-encryption.rst').scope).toEqual(['sev', 'sev-es', 'sev-snp']);
    expect(isIgnored(r.config, at('Documentation/arch/x86/notes.txt'))).toBe(true);
    expect(isIgnored(r.config, at('Documentation/translations/zh_CN/index.rst'))).toBe(true);
  });

  test('names every technology of rules/coco.yml and a known rule id', () => {
    const technologies = new Set(['sev', 'sev-es', 'sev-snp', 'tdx', 's390-pv', 'pkvm-arm64', 'pkvm-x86', 'arm-cca', 'ppc-pef', 'hv-ivm', 'sgx']);
    for (const rel of ['Documentation/arch/x86/tdx.rst', 'Documentation/index.rst']) {
      expect(checkConfigNames(resolveConfig(at(rel)).config, technologies, new Set(['imprecise-term']))).toEqual([]);
    }
  });
});
