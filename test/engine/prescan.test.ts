/**
 * The pre-scan (src/engine/prescan.ts) skips parsing documents that can have no finding. It
 * must change no output: on the whole 6.12 tree (the CLI, byte for byte) and on documents made
 * to sit at its edges (a CoCo word only inside markup or in the path, a suppression comment and
 * nothing else, a configured scope).
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText, type LintOptions } from '../../src/engine/lint.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';
import { corpusOrSkip } from '../helpers/corpus.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ruleSets = defaultRuleFiles().map((f) => loadRuleFile(f).ruleSet as RuleSet);

function messages(text: string, options: Partial<LintOptions> & { path: string }, prescan: boolean): string[] {
  const before = process.env['CLAIMLINT_NO_PRESCAN'];
  if (prescan) delete process.env['CLAIMLINT_NO_PRESCAN'];
  else process.env['CLAIMLINT_NO_PRESCAN'] = '1';
  try {
    return lintText(text, { ruleSets, ...options }).messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
  } finally {
    if (before === undefined) delete process.env['CLAIMLINT_NO_PRESCAN'];
    else process.env['CLAIMLINT_NO_PRESCAN'] = before;
  }
}

afterEach(() => { delete process.env['CLAIMLINT_NO_PRESCAN']; });

// Names no CoCo word itself: whether it is a claim in CoCo context depends on the case.
const CLAIM = 'The hypervisor cannot modify the private memory of a guest.';
const cases: { name: string; text: string; options: Partial<LintOptions> & { path: string }; findings: boolean }[] = [
  {
    name: 'a technology only in emphasis and a literal',
    text: `Guests\n======\n\n*SEV* and \`\`TDX\`\` guests are covered here.\n\n*SEV* guests are the subject here. ${CLAIM}\n`,
    options: { path: 'Documentation/virt/guests.rst' }, findings: true,
  },
  {
    name: 'an umbrella only in the path',
    text: `Threats\n=======\n\nThe host is outside the trust boundary. ${CLAIM}\n`,
    options: { path: 'Documentation/security/x86-coco-threats.rst' }, findings: true,
  },
  {
    name: 'a suppression comment in a document about nothing CoCo',
    text: `Timers\n======\n\n.. claimlint: disable-next memory-integrity -- tested elsewhere\n\nThe timer fires once per tick.\n`,
    options: { path: 'Documentation/timers/ticks.rst' }, findings: true,
  },
  {
    name: 'a configured scope',
    text: `Pages\n=====\n\nThe pages are described here. ${CLAIM}\n`,
    options: { path: 'Documentation/mm/pages.rst', scope: ['sev', 'sev-snp'] }, findings: true,
  },
  {
    name: 'a document that names nothing CoCo',
    text: `Timers\n======\n\nThe timer fires once per tick. ${CLAIM}\n`,
    options: { path: 'Documentation/timers/ticks.rst' }, findings: false,
  },
];

describe('the pre-scan', () => {
  for (const c of cases) {
    test(`changes nothing: ${c.name}`, () => {
      const full = messages(c.text, c.options, false);
      expect(messages(c.text, c.options, true)).toEqual(full);
      // The case is at the edge it is meant to be at: it has messages, or none.
      expect(full.length > 0).toBe(c.findings);
    });
  }

  test('the whole 6.12 tree: the same JSON with and without it', () => {
    const corpus = corpusOrSkip('the pre-scan on the 6.12 tree');
    if (!corpus) return;
    const bin = join(ROOT, 'bin', 'claimlint.js');
    if (!existsSync(join(ROOT, 'dist', 'claimlint.mjs'))) throw new Error('dist/claimlint.mjs is missing: run `npm run build` first (npm test does)');
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [bin, '--format', 'json', 'Documentation'], {
      cwd: corpus.dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env },
    });
    const without = run({ CLAIMLINT_NO_PRESCAN: '1' });
    const withIt = run({});
    expect(withIt.status).toBe(without.status);
    expect(withIt.stderr).toBe(without.stderr);
    expect(withIt.stdout.length).toBeGreaterThan(100_000);
    expect(withIt.stdout === without.stdout).toBe(true);
  });
});
