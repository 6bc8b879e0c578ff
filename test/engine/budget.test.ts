/**
 * The time budget for rule files that do not ship with claimlint
 * (src/engine/budget.ts): a pathological match is a reported error for its
 * rule, the worker is replaced, and the document is linted without that rule.
 * The worker cannot start from TypeScript sources, so those tests run the
 * built program (`npm test` builds it first) in child processes with time and
 * memory caps: a regression fails the test instead of hanging the suite.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { compileRuleSet } from '../../src/rules/compile.js';
import { defaultRuleFiles, loadRuleFile, parseRuleFile } from '../../src/rules/load.js';
import type { Rule, RuleSet } from '../../src/rules/types.js';
import type { MatchWatch } from '../../src/rules/watched-regexp.js';
import { lintInProcess, lintText, type ClaimMessage } from '../../src/engine/lint.js';
import { addWire, toWire } from '../../src/engine/budget-protocol.js';
import { budgetAvailable, MATCH_BUDGET_MS } from '../../src/engine/budget.js';
import { ruleFile } from '../rules/rule-file.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shipped = defaultRuleFiles().map((f) => loadRuleFile(f).ruleSet as RuleSet);
/** A sentence the shipped rules flag (imprecise-term), and one a rule file's term flags. */
const FLAGGED = 'This document covers confidential computing for virtualized environments.';
/** Names a technology of the test rule file (its rules look only at documents that do), and has its term. */
const NAMED = 'AAA guests: a term is here.';
/** 3 kB on which `a*a*a*a*a*a*b` never ends. */
const LONG = 'a'.repeat(3000);
const document = (...paragraphs: string[]) => `Confidential guests\n===================\n\n${paragraphs.join('\n\n')}\n`;

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'claimlint-budget-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function built(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
  return path;
}

/** `node ARGS` with a memory cap and a time cap; a hang is a failure, not a stuck suite. */
function run(args: string[], cwd: string, timeout = 90_000) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=300', ...args], { cwd, encoding: 'utf8', timeout });
  if (r.error) throw r.error;
  return r;
}

describe('in process (source): the pieces', () => {
  test('from TypeScript sources there is no worker to start: the lint stays in process', () => {
    expect(budgetAvailable()).toBe(false);
    const mine = parseRuleFile(ruleFile('\\bp\\b'), 'mine.yml').ruleSet as RuleSet;
    expect(lintText(document('AAA and BBB have p.'), { path: 'x.rst', ruleSets: [mine] }).messages.map((m) => m.ruleId)).toEqual(['p-rule']);
  });

  test('a watched rule set reports every match with its rule, and finds what the plain one finds', () => {
    const text = document(FLAGGED, 'AAA and BBB have p.', 'A term is here.');
    const plain = parseRuleFile(ruleFile('\\bp\\b'), 'a.yml').ruleSet as RuleSet;
    const watched = parseRuleFile(ruleFile('\\bp\\b'), 'b.yml').ruleSet as RuleSet;
    const seen: string[] = [];
    let open = 0;
    const watch: MatchWatch = {
      begin: (rule) => { open++; seen.push(rule.id); },
      end: () => { open--; },
      enabled: () => true,
    };
    compileRuleSet(watched, watch);
    const ids = (rs: RuleSet) => lintInProcess(new VFile({ path: 'x.rst', value: text }), { ruleSets: [rs] }).messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(ids(watched)).toEqual(ids(plain));
    expect(open).toBe(0);
    expect(new Set(seen)).toEqual(new Set(['p-rule', 't-rule']));
  });

  test('the prefilter skips the patterns of a rule switched off', () => {
    const rs = parseRuleFile(ruleFile('\\bp\\b'), 'c.yml').ruleSet as RuleSet;
    const seen: string[] = [];
    const off = (rule: Rule) => rule.id === 'p-rule';
    const watch: MatchWatch = { begin: (rule) => seen.push(rule.id), end: () => {}, enabled: (rule) => !off(rule) };
    const compiled = compileRuleSet(rs, watch);
    expect(compiled.prefilter.test('AAA and BBB have p.')).toBe(false);
    expect(compiled.prefilter.test('a term')).toBe(true);
    expect(seen).toEqual(['t-rule', 't-rule']); // once per test, never for p-rule
  });

  test('messages cross the thread boundary unchanged', () => {
    const text = document(FLAGGED, '.. claimlint: disable-next imprecise-term', '', 'Nothing to silence here.');
    const file = lintInProcess(new VFile({ path: 'x.rst', value: text }), { ruleSets: shipped });
    expect(file.messages.length).toBeGreaterThan(0);
    const copy = new VFile({ path: 'x.rst', value: text });
    for (const m of file.messages) addWire(copy, structuredClone(toWire(m as ClaimMessage)));
    const plain = (f: VFile) => JSON.parse(JSON.stringify(f.messages.map((m) => ({ ...m, stack: undefined }))));
    expect(plain(copy)).toEqual(plain(file));
  });
});

describe('the built program (child processes)', () => {
  test('issue 9 item 5: a pathological pattern that gets past the load check is stopped by the budget (single-file bundle)', () => {
    // The Action's layout: the bundle next to package.json and rules/, no node_modules, so no
    // recheck: `a*a*a*a*a*a*b` passes the structural check, as any pattern recheck cannot decide would.
    const pkg = join(dir, 'action-pkg');
    mkdirSync(join(pkg, 'action'), { recursive: true });
    mkdirSync(join(pkg, 'rules'));
    writeFileSync(join(pkg, 'package.json'), '{"name": "claimlint", "type": "module"}\n');
    copyFileSync(built(join(ROOT, 'dist', 'claimlint.mjs')), join(pkg, 'action', 'claimlint.mjs'));
    // The chunks the bundle imports (npm run build:action copies them too).
    for (const f of readdirSync(join(ROOT, 'dist')).filter((x) => /^claimlint-.+-[A-Z0-9]{8}\.mjs$/.test(x))) copyFileSync(join(ROOT, 'dist', f), join(pkg, 'action', f));
    copyFileSync(built(join(ROOT, 'dist', 'claimlint-nlp.cjs')), join(pkg, 'action', 'claimlint-nlp.cjs'));
    copyFileSync(built(join(ROOT, 'dist', 'claimlint-nlp-model.bin')), join(pkg, 'action', 'claimlint-nlp-model.bin'));
    copyFileSync(join(ROOT, 'action', 'cli.mjs'), join(pkg, 'action', 'cli.mjs'));
    for (const f of defaultRuleFiles()) copyFileSync(f, join(pkg, 'rules', f.split('/').pop() as string));
    const tree = join(dir, 'tree');
    mkdirSync(tree);
    writeFileSync(join(tree, 'slow.yml'), ruleFile('a*a*a*a*a*a*b'));
    writeFileSync(join(tree, '.claimlint.yml'), 'root: true\nrules: [default, slow.yml]\n');
    writeFileSync(join(tree, 'one.rst'), document(FLAGGED, NAMED, LONG));
    writeFileSync(join(tree, 'two.rst'), document(LONG, FLAGGED, NAMED));

    const r = run([join(pkg, 'action', 'cli.mjs'), '-f', 'json', 'one.rst', 'two.rst'], tree);
    // Stuck past the budget, the worker is replaced; the rule stays off for two.rst (one error, not two).
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claimlint: ${join(tree, 'slow.yml')}:14:3: rule 'p-rule' took longer than ${MATCH_BUDGET_MS / 1000} s matching one.rst, and is switched off for the rest of the run; bound what its patterns repeat\n`);
    const report = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    expect(report.map((f) => [f.filePath.split('/').pop(), f.messages.map((m) => `${m.line} ${m.ruleId}`)])).toEqual([
      ['one.rst', ['4 imprecise-term', '6 t-rule']],
      ['two.rst', ['6 imprecise-term', '8 t-rule']],
    ]);
  });

  test('patch mode reports the rule that ran out of its budget as an error (exit 2), not as a finding lost with line 1', () => {
    // Reuses the Action layout and the tree of the test above.
    const pkg = join(dir, 'action-pkg');
    const tree = join(dir, 'tree');
    const body = document(FLAGGED, NAMED, LONG).split('\n');
    body.pop();
    const patch = [
      'diff --git a/new.rst b/new.rst', 'new file mode 100644', 'index 0000000..1111111', '--- /dev/null', '+++ b/new.rst',
      `@@ -0,0 +1,${body.length} @@`, ...body.map((l) => `+${l}`), '',
    ].join('\n');
    writeFileSync(join(tree, 'new.patch'), patch);
    const r = run([join(pkg, 'action', 'cli.mjs'), '--patch', '--no-tree', 'new.patch'], tree);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`rule 'p-rule' took longer than ${MATCH_BUDGET_MS / 1000} s matching new.rst`);
    expect(r.stdout).toContain('virtualized environments');
  });

  describe('the module tree (dist/), with the pattern swapped in after the check', () => {
    const script = join(ROOT, 'test', 'engine', 'budget-run.mjs');
    const lint = (pattern: string, ...docs: string[]) => {
      const rules = join(dir, 'mine.yml');
      writeFileSync(rules, ruleFile('\\bp\\b'));
      const r = run([script, built(join(ROOT, 'dist')), rules, pattern, ...docs], dir);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      return { rules, results: JSON.parse(r.stdout) as { messages: string[]; errors: string[]; ms: number; inProcess?: string[]; inProcessMs: number }[] };
    };

    test('a match that never returns: the rule is reported and switched off, the other findings kept', () => {
      const doc = join(dir, 'stuck.rst');
      writeFileSync(doc, document(FLAGGED, NAMED, LONG));
      const { rules, results } = lint('a*a*a*a*a*a*b', doc, doc);
      const error = `${rules}:14:3: rule 'p-rule' took longer than ${MATCH_BUDGET_MS / 1000} s matching ${doc}, and is switched off for the rest of the run; bound what its patterns repeat`;
      expect(results.map((r) => r.errors)).toEqual([[error], [error]]);
      // The second time the rule is off from the start (stuck again, the error would say the whole file was given up).
      for (const r of results) expect(r.messages.map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual(['4:49 imprecise-term', '6:15 t-rule']);
    });

    test('many slow matches: the rule is stopped when their sum passes the budget', () => {
      // `a*b` is quadratic: each 6 kB paragraph takes milliseconds, and none alone reaches the budget.
      const doc = join(dir, 'many.rst');
      writeFileSync(doc, document(FLAGGED, NAMED, ...Array.from({ length: 300 }, () => 'a'.repeat(8000))));
      const { rules, results } = lint('a*b', doc);
      expect(results[0]?.errors).toEqual([`${rules}:14:3: rule 'p-rule' took longer than ${MATCH_BUDGET_MS / 1000} s matching ${doc}, and is switched off for the rest of the run; bound what its patterns repeat`]);
      expect(results[0]?.messages.map((m) => m.split(' ')[1])).toEqual(['imprecise-term', 't-rule']);
    });

    test('the worker finds what the in-process lint finds', () => {
      const demo = join(ROOT, 'fixtures', 'demo', 'coco-threat-model.rst');
      const doc = join(dir, 'flagged.rst');
      writeFileSync(doc, document(FLAGGED, NAMED, 'AAA and BBB have p.', '.. claimlint: disable-next t-rule', '', NAMED));
      const { results } = lint('-', demo, doc);
      for (const r of results) expect(r.messages).toEqual(r.inProcess);
      expect(results.flatMap((r) => r.messages).length).toBeGreaterThan(3);
    });
  });
});
