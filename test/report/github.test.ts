import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { appendStepSummary, writeReport } from '../../src/report/format.js';
import { escapeData, escapeProperty, formatGithub, stepSummary } from '../../src/report/github.js';
import { ROOT, RULES, addFinding, commitFile, sampleFile } from './helpers.js';
import { removeAfterAll } from '../helpers/tmp.js';

const opts = { rules: RULES, root: ROOT, base: ROOT };
const dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-github-')));
const saved = process.env['GITHUB_STEP_SUMMARY'];
afterEach(() => {
  if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
  else process.env['GITHUB_STEP_SUMMARY'] = saved;
});

/** A file with `warnings` warnings and `errors` errors, one a line. */
function manyFindings(warnings: number, errors: number): VFile {
  const lines = Array.from({ length: warnings + errors }, (_, i) => `Sentence number ${i + 1} is here.`);
  const file = new VFile({ path: 'Documentation/many.rst', value: `${lines.join('\n\n')}\n` });
  lines.forEach((l, i) => addFinding(file, { at: l, ruleId: 'memory-integrity', severity: i < warnings ? 'warning' : 'error', reason: `finding ${i + 1}` }));
  return file;
}

describe('github workflow commands', () => {
  test('escaping: properties escape % CR LF : and ,; messages % CR LF', () => {
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    // %0A in the input is data, not a newline: its % is escaped first.
    expect(escapeData('%0A')).toBe('%250A');
  });

  test('one command per finding: ::error, ::warning, ::notice, with the full range and the rule as title', () => {
    expect(formatGithub([sampleFile(), commitFile()], opts)).toBe([
      "::warning file=Documentation/security/coco.rst,line=4,col=17,endLine=5,endColumn=13,title=imprecise-term::'virtualized environments': This term describes ordinary VMs as well%0ASuggestion: 'cloud computing environments' or 'off-premise environments'",
      "::error file=Documentation/security/coco.rst,line=5,col=19,endLine=5,endColumn=36,title=untrusted-host::Not every technology treats the host as untrusted: pKVM does not%0ASuggestion: 'host is untrusted (on SEV-SNP and TDX)'%0Ascope from the document",
      '::notice file=Documentation/security/coco.rst,line=7,col=18,endLine=7,endColumn=42,title=memory-integrity::Integrity: 100%25,%0D%0Asaid twice',
      // A commit message is no file of the tree: an annotation of the run.
      '::warning title=memory-encryption::In the commit message of "docs: x86 threat model": Not every technology encrypts memory',
      '',
    ].join('\n'));
  });

  test('file paths are escaped as properties and relative to the root', () => {
    const out = formatGithub([sampleFile('/repo/Documentation/a,b:c%.rst')], opts);
    expect(out.split('\n')[0]).toMatch(/^::warning file=Documentation\/a%2Cb%3Ac%25\.rst,line=4,/);
  });

  test('the step summary: heading, counts, a table of every finding', () => {
    expect(stepSummary([sampleFile(), commitFile(), new VFile({ path: 'clean.rst', value: '' })], opts)).toBe([
      '## claimlint',
      '',
      '4 findings in 2 files: 1 error, 2 warnings, 1 notice.',
      '',
      '| Location | Severity | Rule | Message |',
      '| --- | --- | --- | --- |',
      "| Documentation/security/coco.rst:4:17 | warning | [imprecise-term](https://example.org/imprecise-term) | 'virtualized environments': This term describes ordinary VMs as well<br>Suggestion: 'cloud computing environments' or 'off-premise environments' |",
      "| Documentation/security/coco.rst:5:19 | error | untrusted-host | Not every technology treats the host as untrusted: pKVM does not<br>Suggestion: 'host is untrusted (on SEV-SNP and TDX)'<br>scope from the document |",
      '| Documentation/security/coco.rst:7:18 | notice | memory-integrity | Integrity: 100%,<br>said twice |',
      '| the commit message of "docs: x86 threat model" | warning | memory-encryption | Not every technology encrypts memory |',
      '',
      '',
    ].join('\n'));
  });

  test('Markdown in cells is escaped', () => {
    const file = new VFile({ path: 'Documentation/a_b.rst', value: 'A *b* | c.\n' });
    addFinding(file, { at: 'A *b* | c', ruleId: 'memory-integrity', severity: 'warning', reason: 'x | *y* <z> [w]' });
    expect(stepSummary([file], opts).split('\n')[6]).toBe('| Documentation/a\\_b.rst:1:1 | warning | memory-integrity | x \\| \\*y\\* \\<z\\> \\[w\\] |');
  });

  test('more than 10 of a kind: the summary says GitHub shows only 10 and lists all', () => {
    const md = stepSummary([manyFindings(11, 2)], opts);
    expect(md.split('\n').slice(0, 6)).toEqual([
      '## claimlint',
      '',
      '13 findings in 1 file: 2 errors, 11 warnings, 0 notices.',
      '',
      '> [!NOTE]',
      '> GitHub shows only 10 annotations of each kind per step (50 per job), and this run has 11 warnings: the table below lists every finding.',
    ]);
    expect(md.match(/^\| Documentation\/many\.rst:/gm)).toHaveLength(13);
    // Ten of each kind exactly: no note.
    expect(stepSummary([manyFindings(10, 10)], opts)).not.toContain('[!NOTE]');
    expect(formatGithub([manyFindings(11, 2)], opts).split('\n').filter(Boolean)).toHaveLength(13);
  });

  test('no findings', () => {
    expect(stepSummary([new VFile({ path: 'a.rst', value: '' }), new VFile({ path: 'b.rst', value: '' })], opts)).toBe('## claimlint\n\nNo findings in 2 files.\n\n');
  });

  test('writeReport appends the summary to $GITHUB_STEP_SUMMARY, after what is there', () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Earlier step\n\n');
    process.env['GITHUB_STEP_SUMMARY'] = summary;
    let out = '';
    writeReport('github', [sampleFile()], opts, { out: (s) => { out += s; } });
    expect(out).toBe(formatGithub([sampleFile()], opts));
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n\n${stepSummary([sampleFile()], opts)}`);
    // Other formats leave it alone.
    writeReport('sarif', [sampleFile()], opts, { out: () => undefined });
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n\n${stepSummary([sampleFile()], opts)}`);
  });

  test('without $GITHUB_STEP_SUMMARY nothing is written; an unwritable one is an error', () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(() => appendStepSummary([sampleFile()], opts)).not.toThrow();
    expect(() => appendStepSummary([sampleFile()], opts, { GITHUB_STEP_SUMMARY: join(dir, 'no', 'such', 'dir.md') })).toThrow(/GITHUB_STEP_SUMMARY .*: cannot write/);
  });
});
