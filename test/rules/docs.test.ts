import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRulesDoc, RULES_DOC } from '../../src/cli/rules-doc.js';
import { formatFileError } from '../../src/rules/types.js';

describe('docs/rules.md', () => {
  test('is what `npm run docs:rules` generates from the shipped rule files now', () => {
    const { markdown, errors } = generateRulesDoc();
    expect(errors.map(formatFileError)).toEqual([]);
    let current = '';
    try {
      current = readFileSync(RULES_DOC, 'utf8');
    } catch {
      // missing: stale
    }
    // On failure: run `npm run docs:rules` and commit docs/rules.md.
    expect(current).toBe(markdown);
  });

  test('documents each rule, the technologies and the property matrix', () => {
    const { markdown } = generateRulesDoc([join('fixtures', 'rules', 'sample.yml')]);
    expect(markdown).toContain('## Rule set `sample` (`fixtures/rules/sample.yml`)');
    expect(markdown).toContain('| [`memory-integrity`](#memory-integrity) | property | warning | memory integrity is claimed where it does not hold |');
    expect(markdown).toContain('### `memory-integrity`\n\nKind: property — property `integrity`. Severity: warning. Defined in `fixtures/rules/sample.yml:74`.');
    expect(markdown).toContain('**Source:** Jane Reviewer, 2023-06-13, “Re: [PATCH] docs: a sample”, Message-ID `<sample.1@example.org>` ([archive](https://lore.kernel.org/all/sample.1@example.org/)).');
    expect(markdown).toContain('Property **memory integrity**: holds for SEV-SNP; breaks for SEV; caveat for pKVM (arm64).');
    expect(markdown).toContain('Flagged:\n\n- `x86 guests have memory integrity.` (at `x86`)\n');
    expect(markdown).toContain('| memory integrity (`integrity`) | **breaks** | holds | *caveat* |');
    expect(markdown).toContain('| `virtualized-environments` | `\\bvirtuali[sz]ed environments?\\b` | “cloud computing environments”, “off-premise environments” |');
    expect(markdown).toContain('| `x86` | x86 | sev, sev-snp | yes | no | no |');
    expect(markdown).toContain('| SEV | sev, sev-snp | sev-snp → sev | no |');
    expect(markdown).toContain('- `\\black(?:s|ing)? integrity\\b` (negative: states absence)');
  });
});
