import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/engine/lint.js';
import { formatRdjsonl, type RdDiagnostic } from '../../src/report/rdjsonl.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';
import { newFileFromPatch, reviewFileOrSkip } from '../helpers/review.js';
import { ROOT, RULES, commitFile, sampleFile } from './helpers.js';

const opts = { rules: RULES, root: ROOT, base: ROOT };
const parse = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as RdDiagnostic);

describe('rdjsonl (reviewdog)', () => {
  test('one Diagnostic a line, UTF-8 byte columns, exclusive ends, suggestions from expected', () => {
    const out = formatRdjsonl([sampleFile(), commitFile()], opts);
    expect(out.endsWith('\n')).toBe(true);
    const path = 'Documentation/security/coco.rst';
    expect(parse(out)).toEqual([
      {
        message: "'virtualized environments': This term describes ordinary VMs as well",
        // "Über-guests: in " is 16 UTF-16 units but 17 UTF-8 bytes.
        location: { path, range: { start: { line: 4, column: 18 }, end: { line: 5, column: 13 } } },
        severity: 'WARNING',
        source: { name: 'claimlint' },
        code: { value: 'imprecise-term', url: 'https://example.org/imprecise-term' },
        suggestions: [{ range: { start: { line: 4, column: 18 }, end: { line: 5, column: 13 } }, text: 'cloud computing environments' }],
      },
      {
        message: 'Not every technology treats the host as untrusted: pKVM does not\nscope from the document',
        location: { path, range: { start: { line: 5, column: 19 }, end: { line: 5, column: 36 } } },
        severity: 'ERROR',
        source: { name: 'claimlint' },
        code: { value: 'untrusted-host' },
        suggestions: [{ range: { start: { line: 5, column: 19 }, end: { line: 5, column: 36 } }, text: 'host is untrusted (on SEV-SNP and TDX)' }],
      },
      {
        message: 'Integrity: 100%,\r\nsaid twice',
        location: { path, range: { start: { line: 7, column: 18 }, end: { line: 7, column: 42 } } },
        severity: 'INFO',
        source: { name: 'claimlint' },
        code: { value: 'memory-integrity' },
      },
      {
        message: 'In the commit message of "docs: x86 threat model": Not every technology encrypts memory',
        severity: 'WARNING',
        source: { name: 'claimlint' },
        code: { value: 'memory-encryption' },
      },
    ]);
  });

  test('no findings: no output', () => {
    expect(formatRdjsonl([], opts)).toBe('');
  });

  const mbox = reviewFileOrSkip('v2-patch.mbox', 'rdjsonl of the v2 document');
  (mbox ? test : test.skip)('the v2 document: every line parses, suggestions replace the flagged text', () => {
    const path = 'Documentation/security/x86-confidential-computing.rst';
    const text = newFileFromPatch(mbox as string, path);
    const rs = loadRuleFile(defaultRuleFiles()[0] as string).ruleSet as RuleSet;
    const file = lintText(text, { path, ruleSets: [rs] });
    const diags = parse(formatRdjsonl([file], { rules: rs.rules, root: ROOT, base: ROOT }));
    expect(diags).toHaveLength(file.messages.length);
    const lines = text.split('\n');
    /** The text of a range (UTF-8 byte columns, end exclusive). */
    const slice = (r: { start: { line: number; column: number }; end: { line: number; column: number } }) => {
      const bytes = Buffer.from(lines.slice(r.start.line - 1, r.end.line).join('\n'));
      const endLineStart = Buffer.byteLength(lines.slice(r.start.line - 1, r.end.line - 1).map((l) => `${l}\n`).join(''));
      return bytes.subarray(r.start.column - 1, endLineStart + r.end.column - 1).toString('utf8');
    };
    let suggestions = 0;
    diags.forEach((d, i) => {
      const m = file.messages[i];
      expect(d.code.value).toBe(m?.ruleId);
      expect(d.location?.path).toBe(path);
      expect(slice(d.location?.range as NonNullable<RdDiagnostic['location']>['range'])).toBe(m?.actual ?? '');
      if (m?.expected?.length) {
        suggestions++;
        expect(d.suggestions).toEqual([{ range: d.location?.range, text: m.expected[0] }]);
      } else {
        expect(d.suggestions).toBeUndefined();
      }
    });
    expect(suggestions).toBeGreaterThan(0);
  });
});
