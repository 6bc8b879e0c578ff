import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { checkConfigNames, clearConfigCache, resolveConfig } from '../../src/config/index.js';
import { formatFileError } from '../../src/rules/types.js';
import { removeTrees, tree } from './tree.js';

beforeEach(() => clearConfigCache());
afterAll(() => removeTrees());

const technologies = new Set(['sev', 'sev-es', 'sev-snp', 'tdx', 'cca', 'sgx', 'pef', 'pv']);
const rules = new Set(['imprecise-term', 'overgeneral-umbrella', 'integrity-claim']);

describe('checkConfigNames', () => {
  test('unknown technology ids and rule ids, at the name, in every applying config', () => {
    const root = tree({
      '.git': null,
      '.claimlint.yml': 'severity:\n  imprecise-terms: off\n  integrity-claim: error\n  made-up: warning\n',
      'd/.claimlint.yml': 'scopes:\n  "a.rst": [sev, sev-snpp]\n  "b.rst": [tdx, hyperv]\nseverity:\n  imprecise-term: off\n',
    });
    const { config, errors } = resolveConfig(path.join(root, 'd/a.rst'));
    expect(errors).toEqual([]);
    const found = checkConfigNames(config, technologies, rules).map((e) => formatFileError(e).split(root).join('<dir>'));
    expect(found).toEqual([
      `<dir>/d/.claimlint.yml:2:18: unknown technology 'sev-snpp'; did you mean 'sev-snp'?`,
      `<dir>/d/.claimlint.yml:3:18: unknown technology 'hyperv'; known: cca, pef, pv, sev, sev-es, sev-snp, sgx, tdx`,
      `<dir>/.claimlint.yml:2:3: unknown rule 'imprecise-terms'; did you mean 'imprecise-term'?`,
      `<dir>/.claimlint.yml:4:3: unknown rule 'made-up'; known: imprecise-term, integrity-claim, overgeneral-umbrella`,
    ]);
  });

  test('nothing to report when every name is known', () => {
    const root = tree({ '.git': null, '.claimlint.yml': 'scopes: {"**": [cca]}\nseverity: {imprecise-term: info}\n' });
    expect(checkConfigNames(resolveConfig(path.join(root, 'a.rst')).config, technologies, rules)).toEqual([]);
  });

  test('with no known names at all', () => {
    const root = tree({ '.git': null, '.claimlint.yml': 'severity: {x: info}\n' });
    expect(checkConfigNames(resolveConfig(path.join(root, 'a.rst')).config, new Set(), new Set()).map((e) => e.message)).toEqual([
      "unknown rule 'x' (no rule set defines any)",
    ]);
  });
});
