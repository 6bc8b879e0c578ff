/**
 * Baselines (issue 5, deliverable 5): `--write-baseline` records the findings
 * by rule, path and a hash of the claim's text; `--baseline` reports only the
 * findings that are not in it. Entries survive lines moving; a new claim is new.
 */
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { claimText, formatBaseline, readBaseline } from '../../src/cli/baseline.js';
import { clearConfigCache } from '../../src/config/index.js';
import type { ClaimMessage } from '../../src/engine/lint.js';
import { lintPaths } from '../../src/cli/lint-files.js';
import { expandPaths } from '../../src/cli/files.js';
import { corpusOrSkip } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';
import { removeAfterAll } from '../helpers/tmp.js';

const run = (args: string[]) => runCli(args);

interface Result { filePath: string; messages: { ruleId: string; line: number; column: number }[] }
const findings = (out: string) => (JSON.parse(out) as Result[]).flatMap((r) => r.messages.map((m) => `${r.filePath.replace(/^.*?Documentation\//, '')}:${m.line}:${m.column} ${m.ruleId}`));

function tempTree(files: Record<string, string>): string {
  const root = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-baseline-')));
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.claimlint.yml'), 'root: true\n');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

const CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const DOC = `Example\n=======\n\n${CLAIM}\n\nThis document covers confidential computing for virtualized environments.\n`;

describe('baseline on the 6.12 tree', () => {
  const corpus = corpusOrSkip('baselines on the kernel tree');
  const maybe = corpus ? test : test.skip;

  maybe('a line inserted above a finding does not make it new; a new overgeneralized sentence does', async () => {
    const root = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-baseline-tree-')));
    mkdirSync(join(root, '.git'));
    for (const sub of ['security', 'virt']) cpSync(join(corpus!.documentation, sub), join(root, 'Documentation', sub), { recursive: true });
    const docs = join(root, 'Documentation');
    const baselineFile = join(root, 'claimlint-baseline.json');

    const all = await run(['--format', 'json', docs]);
    expect(all.status).toBe(1);
    const before = findings(all.out);
    expect(before.length).toBeGreaterThan(5);

    const written = await run(['--format', 'json', '--write-baseline', baselineFile, docs]);
    expect(written.status).toBe(0);
    expect(written.err).toBe(`claimlint: wrote ${before.length} findings to ${baselineFile}\n`);
    const baseline = readBaseline(baselineFile);
    expect(baseline.findings).toHaveLength(before.length);
    expect(baseline.findings.every((e) => !e.path.startsWith('/') && e.path.startsWith('Documentation/'))).toBe(true);
    expect((await run(['--format', 'json', '--baseline', baselineFile, docs])).status).toBe(0);

    // Insert a line above the block of a finding that has a sentence: the finding moves down, and stays known.
    clearConfigCache();
    const { files } = await lintPaths((await expandPaths([docs], { noIgnore: false })).paths);
    const file = files.find((f) => (f.messages as ClaimMessage[]).some((m) => m.data?.sentence && (m.line ?? 0) > 3));
    expect(file).toBeDefined();
    const target = (file!.messages as ClaimMessage[]).find((m) => m.data?.sentence && (m.line ?? 0) > 3) as ClaimMessage;
    const lines = readFileSync(file!.path, 'utf8').split('\n');
    let blank = (target.line as number) - 1; // 0-based index of the finding's line
    while (blank > 0 && lines[blank]?.trim() !== '') blank--;
    lines.splice(blank, 0, '');
    writeFileSync(file!.path, lines.join('\n'));
    const moved = await run(['--format', 'json', file!.path]);
    const rel = file!.path.replace(/^.*?Documentation\//, '');
    expect(findings(moved.out)).toContain(`${rel}:${(target.line as number) + 1}:${target.column} ${target.ruleId}`);
    const afterMove = await run(['--format', 'json', '--baseline', baselineFile, docs]);
    expect(findings(afterMove.out)).toEqual([]);
    expect(afterMove.status).toBe(0);

    // A new overgeneralized sentence is new, and only it.
    const guest = join(docs, 'virt', 'coco', 'sev-guest.rst');
    writeFileSync(guest, `${readFileSync(guest, 'utf8')}\n${CLAIM}\n`);
    const added = await run(['--format', 'json', '--baseline', baselineFile, docs]);
    const fresh = findings(added.out);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((f) => f.startsWith('virt/coco/sev-guest.rst:'))).toBe(true);
    expect(fresh.map((f) => f.split(' ')[1])).toContain('memory-integrity');
    expect(added.status).toBe(1);
  });
});

describe('baseline files', () => {
  test('entries: rule, relative path, a hash of the sentence (whitespace collapsed), occurrence for repeats', async () => {
    const root = tempTree({ 'Documentation/virt/coco/a.rst': `${DOC}\n${CLAIM}\n` });
    const baselineFile = join(root, 'base', 'baseline.json');
    mkdirSync(dirname(baselineFile));
    const r = await run(['--write-baseline', baselineFile, root]);
    expect(r.status).toBe(0);
    expect(r.out).toBe('');
    const text = readFileSync(baselineFile, 'utf8');
    const { findings: entries } = readBaseline(baselineFile);
    expect(text).toBe(formatBaseline(entries));
    expect(entries.every((e) => e.path === '../Documentation/virt/coco/a.rst')).toBe(true);
    const mi = entries.filter((e) => e.rule === 'memory-integrity');
    expect(mi.map((e) => e.occurrence)).toEqual([1, 2]);
    expect(mi[0]?.hash).toBe(mi[1]?.hash);
    expect(mi[0]?.hash).toMatch(/^[0-9a-f]{16}$/);

    // Reflowing the sentence keeps its hash; one more copy of it is one new finding.
    writeFileSync(join(root, 'Documentation/virt/coco/a.rst'), `${DOC}\n${CLAIM.replace('preserves the', 'preserves\nthe')}\n`);
    expect(findings((await run(['--format', 'json', '--baseline', baselineFile, root])).out)).toEqual([]);
    writeFileSync(join(root, 'Documentation/virt/coco/a.rst'), `${DOC}\n${CLAIM}\n\n${CLAIM}\n`);
    expect(findings((await run(['--format', 'json', '--baseline', baselineFile, root])).out)).toEqual([
      'virt/coco/a.rst:10:27 memory-integrity',
      'virt/coco/a.rst:10:27 overgeneral-umbrella',
    ]);
  });

  test('the claim text: the sentence, whitespace collapsed; the flagged text without one', () => {
    const source = 'Title\n=====\n\nOne   claim\n   here. Next.';
    const m = { data: { sentence: { start: 13, end: 33 } }, actual: 'claim' } as unknown as ClaimMessage;
    expect(claimText(m, source)).toBe('One claim here.');
    expect(claimText({ actual: 'x86\n  systems' } as unknown as ClaimMessage, source)).toBe('x86 systems');
  });

  test('a bad baseline file is an error naming it (and the line and column of bad JSON), exit 2', async () => {
    const root = tempTree({ 'Documentation/virt/coco/a.rst': DOC });
    const bad = join(root, 'bad.json');
    writeFileSync(bad, '{\n  "version": 1,\n  "findings": [\n    {"rule": "x",}\n  ]\n}\n');
    let r = await run(['--baseline', bad, root]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(new RegExp(`^claimlint: ${bad}:4:18: not a valid baseline: `));
    expect(r.out).toBe('');

    writeFileSync(bad, '{"version": 1, "findings": [');
    r = await run(['--baseline', bad, root]);
    expect(r.status).toBe(2);
    expect(r.err).toContain(`${bad}:1:29: not a valid baseline: Unexpected end of JSON input`);

    writeFileSync(bad, '{"version": 2, "findings": []}');
    r = await run(['--baseline', bad, root]);
    expect(r.err).toContain(`${bad}:1:13: not a valid baseline: "version" must be 1 (found the number 2)`);
    expect(r.status).toBe(2);

    // A missing key: at the entry.
    writeFileSync(bad, '{"version": 1, "findings": [{"rule": "x", "path": "a.rst"}]}');
    r = await run(['--baseline', bad, root]);
    expect(r.err).toContain(`${bad}:1:29: not a valid baseline: findings[0].hash must be a string (found nothing)`);
    expect(r.status).toBe(2);

    // A value of the wrong type: at the value (issue 9: type errors had no line:column).
    writeFileSync(bad, '{\n  "version": 1,\n  "findings": [\n    {"rule": "x", "path": "a.rst", "hash": "0123", "occurrence": "2"}\n  ]\n}\n');
    r = await run(['--baseline', bad, root]);
    expect(r.err).toContain(`${bad}:4:66: not a valid baseline: findings[0].occurrence must be a positive integer (found a string)`);
    expect(r.status).toBe(2);
    writeFileSync(bad, '{"version": 1, "findings": [{"rule": "x", "path": 7, "hash": "0123"}]}');
    r = await run(['--baseline', bad, root]);
    expect(r.err).toContain(`${bad}:1:51: not a valid baseline: findings[0].path must be a string (found the number 7)`);

    r = await run(['--baseline', join(root, 'missing.json'), root]);
    expect(r.err).toContain(`${join(root, 'missing.json')}: cannot read baseline: no such file`);
    expect(r.status).toBe(2);
  });

  test('no baseline is written when a file cannot be linted', async () => {
    const root = tempTree({ 'Documentation/virt/coco/a.rst': DOC });
    writeFileSync(join(root, 'Documentation/virt/coco/bad.rst'), Buffer.from([0x61, 0xff, 0x0a]));
    const baselineFile = join(root, 'baseline.json');
    const r = await run(['--write-baseline', baselineFile, root]);
    expect(r.status).toBe(2);
    expect(r.err).toContain('baseline not written');
    expect(() => readFileSync(baselineFile)).toThrow();
  });
});

describe('--max-warnings, --quiet and --fail-on', () => {
  // imprecise-term made an error; overgeneral-umbrella an info; memory-integrity stays a warning.
  const config = 'root: true\nseverity:\n  imprecise-term: error\n  overgeneral-umbrella: info\n';
  const withConfig = (doc: string) => {
    const root = tempTree({ 'Documentation/virt/coco/a.rst': doc });
    writeFileSync(join(root, '.claimlint.yml'), config);
    return root;
  };
  const WARNING_ONLY = `Example\n=======\n\n${CLAIM}\n`; // memory-integrity (warning), overgeneral-umbrella (info)

  test('--fail-on: error, warning (the default) and info', async () => {
    const both = withConfig(DOC);
    expect((await run(['--fail-on', 'error', both])).status).toBe(1);
    const warning = withConfig(WARNING_ONLY);
    expect((await run([warning])).status).toBe(1);
    expect((await run(['--fail-on', 'warning', warning])).status).toBe(1);
    expect((await run(['--fail-on', 'error', warning])).status).toBe(0);
    expect((await run(['--fail-on', 'info', warning])).status).toBe(1);
    // memory-integrity off: the umbrella finding, an info, is all that is left.
    const info = withConfig(WARNING_ONLY);
    writeFileSync(join(info, '.claimlint.yml'), `${config}  memory-integrity: off\n`);
    const r = await run(['--format', 'json', info]);
    expect(findings(r.out)).toEqual(['virt/coco/a.rst:4:27 overgeneral-umbrella']);
    expect(r.status).toBe(0); // an info finding is below warning
    expect((await run(['--fail-on', 'info', info])).status).toBe(1);
    const bad = await run(['--fail-on', 'loud', warning]);
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('--fail-on loud: expected warning, error or info');
  });

  test('--max-warnings N: exit 1 past N warnings, even with --fail-on error', async () => {
    const root = withConfig(`${WARNING_ONLY}\n${CLAIM}\n`); // two memory-integrity warnings
    expect((await run(['--fail-on', 'error', '--max-warnings', '2', root])).status).toBe(0);
    const over = await run(['--fail-on', 'error', '--max-warnings', '1', root]);
    expect(over.status).toBe(1);
    expect(over.err).toContain('claimlint: 2 warnings, more than --max-warnings 1\n');
    expect((await run(['--max-warnings', '0', root])).status).toBe(1);
    const bad = await run(['--max-warnings', 'many', root]);
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('--max-warnings many: expected a number');
  });

  test('--quiet reports errors only; hidden warnings neither print nor fail, but --max-warnings counts them', async () => {
    const both = withConfig(DOC);
    const r = await run(['--quiet', '--format', 'json', both]);
    expect((JSON.parse(r.out) as Result[])[0]?.messages.map((m) => m.ruleId)).toEqual(['imprecise-term']);
    expect(r.status).toBe(1);
    const warning = withConfig(WARNING_ONLY);
    const q = await run(['-q', warning]);
    expect(q.out).toBe('');
    expect(q.status).toBe(0);
    expect((await run(['-q', '--max-warnings', '0', warning])).status).toBe(1);
  });

  test('the baseline applies before --max-warnings and --fail-on', async () => {
    const root = withConfig(DOC);
    const baselineFile = join(root, 'baseline.json');
    await run(['--write-baseline', baselineFile, root]);
    expect((await run(['--baseline', baselineFile, '--max-warnings', '0', '--fail-on', 'info', root])).status).toBe(0);
    writeFileSync(join(root, 'Documentation/virt/coco/a.rst'), `${DOC}\nSecure Execution guests on all platforms preserve the integrity of guest private memory in virtualized environments.\n`);
    const r = await run(['--baseline', baselineFile, '--format', 'json', root]);
    expect(findings(r.out).length).toBeGreaterThan(0);
    expect(r.status).toBe(1);
  });

  test('the file-mode options are refused in patch mode', async () => {
    const root = tempTree({});
    writeFileSync(join(root, 'x.patch'), 'diff --git a/x.rst b/x.rst\n--- a/x.rst\n+++ b/x.rst\n@@ -1 +1 @@\n-a\n+b\n');
    const r = await run(['--baseline', 'b.json', '--max-warnings', '3', '--fail-on', 'info', join(root, 'x.patch')]);
    expect(r.status).toBe(2);
    expect(r.err).toContain('--baseline, --max-warnings, --fail-on info: only for files, not in patch mode');
  });
});
