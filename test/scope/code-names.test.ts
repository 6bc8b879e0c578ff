/**
 * Names a page gives technologies in code (src/scope/code-names.ts): an instance shape defined in
 * parentheses after its technology, or a table row pairing a code name with technologies, scope
 * a sentence that uses the name as the technology's own would. Pages written for these tests.
 */
import { describe, expect, test } from '@jest/globals';
import { findings } from './helpers.js';

const PATH = 'docs/cloud/faq.md';
const page = (...paragraphs: string[]) => `# Instances\n\n${paragraphs.join('\n\n')}\n`;
const SHAPES = 'Instances come in three shapes: **AMD SEV** shapes (`n1-a`), **AMD SEV-SNP** shapes (`n2-a`) and **Intel TDX** shapes (`n2-i`).';
const TABLE = '| Family | Technology |\n|---|---|\n| `c2e` | AMD SEV-ES |\n| `c3s` | AMD SEV-SNP |\n| `c3t` | Intel TDX |';

describe('a code name defined in parentheses after a technology', () => {
  test('"On `n2-a` and `n2-i`, the host cannot modify guest memory": SEV-SNP and TDX, silent', () => {
    expect(findings(page(SHAPES, 'On `n2-a` and `n2-i`, the hypervisor cannot modify the private memory of a guest.'), { path: PATH })).toEqual([]);
  });
  test('the same claim of `n1-a` (SEV): flagged', () => {
    expect(findings(page(SHAPES, 'On `n1-a`, the hypervisor cannot modify the private memory of a guest.'), { path: PATH }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
  test('a code span the page never defines names nothing: the page\'s technologies, flagged for SEV', () => {
    expect(findings(page(SHAPES, 'On `n9-x`, the hypervisor cannot modify the private memory of a guest.'), { path: PATH }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
});

describe('a code name paired with a technology in a table row', () => {
  test('`c3s` and `c3t` are SEV-SNP and TDX: silent; `c2e` is SEV-ES: flagged', () => {
    expect(findings(page(TABLE, 'On `c3s` and `c3t` nodes the hypervisor cannot modify the private memory of a guest.'), { path: PATH })).toEqual([]);
    expect(findings(page(TABLE, 'On `c2e` nodes the hypervisor cannot modify the private memory of a guest.'), { path: PATH }).map(([rule]) => rule)).toEqual(['memory-integrity']);
  });
});

describe('a heading\'s words', () => {
  test('"tamper" in a heading about software is no physical attack: writes by the host blocked by the hardware claim nothing physical', () => {
    const text = '# FAQ\n\nThis page covers SEV-SNP and TDX.\n\n## Could the hypervisor tamper with guest memory?\n\nNot on SEV-SNP or TDX, where writes by the host to private guest pages are blocked by the hardware.\n';
    expect(findings(text, { path: PATH }).map(([rule]) => rule).filter((r) => r.startsWith('physical'))).toEqual([]);
  });
});

describe('code names beside an umbrella', () => {
  test('"On `c3s` and `c3t` nodes, ... the memory of your CVM": the code names are the subject, not the umbrella', () => {
    expect(findings(page(TABLE, 'On `c3s` and `c3t` nodes, the hypervisor cannot modify the memory of your CVM.'), { path: PATH })).toEqual([]);
    // Without the code names the umbrella is the scope (SEV and SEV-ES lack memory integrity).
    expect(findings(page(TABLE, 'On these nodes, the hypervisor cannot modify the memory of your CVM.'), { path: PATH }).map(([rule]) => rule)).toContain('memory-integrity');
  });
});
