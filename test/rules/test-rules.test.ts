import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { EXAMPLE_PATH, testRules, type LintFn } from '../../src/cli/test-rules.js';
import type { LintOptions } from '../../src/engine/lint.js';
import { runCli } from '../helpers/cli.js';
import { removeAfterAll } from '../helpers/tmp.js';

async function run(files: string[], lint?: LintFn) {
  let out = '';
  let err = '';
  const status = await testRules(files, { out: (s) => { out += s; }, err: (s) => { err += s; } }, lint);
  return { status, out, err };
}

const PASS_FAIL = join('fixtures', 'rules', 'pass-fail.yml');
const SAMPLE = join('fixtures', 'rules', 'sample.yml');

describe('claimlint test-rules with a stub linter', () => {
  // Flags every occurrence of "virtualized environments" as imprecise-term; records its calls.
  const calls: Array<{ text: string; options: LintOptions }> = [];
  const stub: LintFn = (text, options) => {
    calls.push({ text, options });
    const file = new VFile({ path: options.path, value: text });
    const at = text.indexOf('virtualized environments');
    if (at >= 0) {
      const end = at + 'virtualized environments'.length;
      file.message('imprecise term', { place: { start: { line: 1, column: at + 1, offset: at }, end: { line: 1, column: end + 1, offset: end } }, ruleId: 'imprecise-term', source: 'claimlint' });
    }
    return file;
  };

  test('one passing and one failing example: exit 1 and the summary line', async () => {
    calls.length = 0;
    const r = await run([PASS_FAIL], stub);
    expect(r.status).toBe(1);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines).toContain('  ✗ imprecise-term  2 examples, 1 failed');
    expect(lines[lines.length - 2]).toBe('1 passed, 1 failed');
    expect(r.out).toContain(`    ok example at ${PASS_FAIL}:29:11:\n`);
    expect(r.out).toContain('      "This ok example wrongly uses virtualized environments, so it fails."\n');
    expect(r.out).toContain('      expected: no imprecise-term finding\n');
    expect(r.out).toContain("      reported: imprecise-term 1:30 at 'virtualized environments': imprecise term\n");
    // Each example is its own document: a CoCo document unless it names a path.
    expect(calls.map((c) => [c.options.path, c.options.cocoDocument, c.options.ruleSets.length])).toEqual([
      [EXAMPLE_PATH, true, 1], [EXAMPLE_PATH, true, 1],
    ]);
  });

  test('an example with a path is linted under it, without forcing a CoCo document; `at` is checked', async () => {
    calls.length = 0;
    const r = await run([SAMPLE], stub);
    const term = calls.find((c) => c.options.path === 'Documentation/virt/coco/sev-snp.rst');
    expect(term?.options.cocoDocument).toBeUndefined();
    // The stub never reports memory-integrity: its flagged example fails, its ok example passes.
    expect(r.out).toContain('  ✗ memory-integrity  2 examples, 1 failed\n');
    expect(r.out).toContain("      expected: a memory-integrity finding at 'x86'\n      reported: nothing\n");
    expect(r.out).toContain('  ✓ imprecise-term  2 examples\n');
    expect(r.out.endsWith('3 passed, 1 failed\n')).toBe(true);
  });

  test('a finding elsewhere than `at` fails the example', async () => {
    const shifted: LintFn = (text, options) => {
      const file = stub(text, options);
      for (const m of file.messages) if (m.place && 'start' in m.place) m.place.start.offset = (m.place.start.offset ?? 0) + 1;
      return file;
    };
    const r = await run([PASS_FAIL], shifted);
    expect(r.out).toContain("      expected: a imprecise-term finding at 'virtualized environments'\n");
    expect(r.out).toContain("reported: imprecise-term 1:30 at 'irtualized environments': imprecise term");
    expect(r.out.endsWith('0 passed, 2 failed\n')).toBe(true);
  });

  test('a linter that throws fails the example instead of the run', async () => {
    const r = await run([PASS_FAIL], () => { throw new Error('boom'); });
    expect(r.status).toBe(1);
    expect(r.out).toContain('reported: (lint threw) Error: boom');
    expect(r.out.endsWith('0 passed, 2 failed\n')).toBe(true);
  });

  test('load errors: file:line:col on stderr, exit 2, nothing run', async () => {
    const dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-test-rules-')));
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, 'id: x\ndescription: d\ntechnologies: {}\nrules: {}\ncolour: red\n');
    const r = await run([bad, join(dir, 'missing.yml')], stub);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe([
      `${bad}:3:15: technologies: expected at least 1 technology`,
      `${bad}:5:1: unknown key 'colour' in the rule file (allowed: id, description, sources, technologies, aliases, umbrellas, lexicon, identifiers, derivations, properties, terms, rules)`,
      `${join(dir, 'missing.yml')}:1:1: cannot read rule file: no such file`,
      '',
    ].join('\n'));
  });
});

describe('claimlint test-rules through the CLI and the real linter', () => {
  const cli = (args: string[]) => runCli(args);

  test('the pass-fail fixture: exit 1, 1 passed, 1 failed', async () => {
    const r = await cli(['test-rules', PASS_FAIL]);
    expect(r.err).toBe('');
    expect(r.out).toContain('  ✗ imprecise-term  2 examples, 1 failed\n');
    expect(r.out.split('\n')).toContain('1 passed, 1 failed');
    expect(r.status).toBe(1);
  });

  test('the shipped rule sets pass their own examples', async () => {
    const r = await cli(['test-rules']);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/\n\d+ passed, 0 failed\n$/);
    expect(r.status).toBe(0);
  });
});
