/**
 * A process that lints again (the resident server, the editor) reuses each sentence's tagging,
 * chunks and class spans (rules/frames.ts taggedOnce) and each unchanged rule file's rule set
 * (rules/load.ts). Reuse must not change a finding: the same documents, linted again in the
 * other order after every sentence has been read once, give the same messages, and a rule file
 * whose text changes is read again.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { lintFile, lintText } from '../../src/engine/lint.js';
import { parseFromPrevious, type ParseHolder } from '../../src/engine/syntax.js';
import { compileRuleSet } from '../../src/rules/compile.js';
import { taggedOnce } from '../../src/rules/frames.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import { removeAfterAll } from '../helpers/tmp.js';
import { corpusOrSkip } from '../helpers/corpus.js';
import { describeIf } from '../helpers/skip.js';

const corpus = corpusOrSkip('the edit sequence on virt/kvm/api.rst');

const ruleSets = defaultRuleFiles().map((f) => loadRuleFile(f).ruleSet!);
const enclave = (extra: string) => `Guests\n======\n\nThis page explains how the runtime uses Intel SGX enclaves. ${extra}\n\n`
  + 'Enclaveworks does not provide any helper to request an attestation report.\n\n'
  + 'All confidential guests have integrity-protected memory. The hypervisor cannot read guest registers.\n';
const documents: [string, string][] = [
  ['Documentation/virt/coco/demo.rst', readFileSync(join(process.cwd(), 'fixtures', 'demo', 'coco-threat-model.rst'), 'utf8')],
  ['Documentation/virt/coco/editors.rst', readFileSync(join(process.cwd(), 'fixtures', 'editors', 'coco-editors.rst'), 'utf8')],
  // The same sentences where "Enclaveworks" is the document's proper name, and where it is not.
  ['Documentation/x/named.rst', enclave('We call our runtime Enclaveworks.')],
  ['Documentation/x/unnamed.rst', enclave('The enclaveworks tool is ours.')],
];
const messages = (path: string, text: string) => lintText(text, { path, ruleSets }).messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);

describe('linting again reuses what it read, and changes nothing', () => {
  test('every document, linted again in the other order, gets the same messages', () => {
    const first = new Map(documents.map(([p, t]) => [p, messages(p, t)]));
    expect([...first.values()].some((m) => m.length > 0)).toBe(true);
    for (const [p, t] of [...documents].reverse()) expect(messages(p, t)).toEqual(first.get(p));
  });

  test('a sentence\'s tagging is shared only where what it depends on is the same', () => {
    const { lexicon, tagger } = compileRuleSet(ruleSets[0]!);
    const tokens = tagger.tag('Enclaveworks keeps SEV guests apart.');
    const once = taggedOnce(lexicon, tokens, [{ start: 19, end: 22 }], new Set(['enclaveworks', 'other']));
    expect(taggedOnce(lexicon, tokens, [{ start: 19, end: 22 }], new Set(['enclaveworks']))).toBe(once);
    // Another document's proper names, or other name ranges: a reading of its own.
    expect(taggedOnce(lexicon, tokens, [{ start: 19, end: 22 }], new Set(['other'])).properNames?.has('enclaveworks')).toBe(false);
    expect(taggedOnce(lexicon, tokens, [], new Set(['enclaveworks'])).names.size).toBe(0);
    expect(once.names.size).toBe(1);
  });

  test('a rule file is the same rule set while its text is unchanged, and read again when it changes', () => {
    const dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-reuse-')));
    const file = join(dir, 'mine.yml');
    const text = readFileSync(defaultRuleFiles()[0] as string, 'utf8');
    writeFileSync(file, text);
    const a = loadRuleFile(file).ruleSet;
    expect(loadRuleFile(file).ruleSet).toBe(a);
    writeFileSync(file, text.replace('description: Overgeneralized claims', 'description: Changed claims'));
    const b = loadRuleFile(file).ruleSet;
    expect(b).not.toBe(a);
    expect(b?.description).toMatch(/^Changed claims/);
  });
});

// Issue 12: what the editor sees after a sequence of edits of a large document is what a cold
// run of its own reports for each version. The editor parses each version from the one before
// (rst/incremental.ts); so does this test.
describeIf(corpus)('virt/kvm/api.rst under a scripted edit sequence', () => {
  test('each version, linted warm in this process and parsed from the version before, gets the messages a cold claimlint reports', () => {
    const base = readFileSync(join(corpus!.documentation, 'virt', 'kvm', 'api.rst'), 'utf8');
    const dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-edits-')));
    const path = join(dir, 'Documentation', 'virt', 'kvm', 'api.rst');
    mkdirSync(join(dir, 'Documentation', 'virt', 'kvm'), { recursive: true });
    const cut = base.indexOf('\n\n', base.length >> 1);
    const versions = [
      base,
      `${base}\nAll confidential guests have integrity-protected memory.\n`,
      `${base}\nAll confidential guests have integrity-protected memory. SEV-SNP guests can request reports.\n`,
      `${base.slice(0, cut)}\n\nThe hypervisor cannot read the registers of SEV guests.\n${base.slice(cut)}`,
      `${base.slice(0, cut)}\n\nThe hypervisor cannot read the registers of SEV guests. All TDX guests are attested.\n${base.slice(cut)}`,
      `Confidential VMs always encrypt memory.\n\n${base.slice(0, cut)}\n\nThe hypervisor cannot read the registers of SEV guests.\n${base.slice(cut)}`,
      base.replace(/SEV/g, 'TDX'),
    ];
    const counts: number[] = [];
    const parse: ParseHolder = {};
    for (const text of versions) {
      writeFileSync(path, text);
      const warm = lintFile(parseFromPrevious(new VFile({ path, value: text }), parse), { ruleSets }).messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort();
      expect(parse.state?.text).toBe(text);
      const cold = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'claimlint.js'), '--format', 'json', path], {
        encoding: 'utf8', env: { ...process.env, CLAIMLINT_NO_SERVER: '1' }, maxBuffer: 1 << 26,
      });
      const reported = (JSON.parse(cold.stdout) as { messages: { line: number; column: number; ruleId: string }[] }[])
        .flatMap((f) => f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).sort();
      expect(warm).toEqual(reported);
      counts.push(warm.length);
    }
    // The appended over-claims are found (so the comparison compares something).
    expect(counts[1]).toBeGreaterThan(counts[0] as number);
  }, 300_000);
});
