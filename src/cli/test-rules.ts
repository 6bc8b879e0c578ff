/**
 * `claimlint test-rules [FILE ...]`: every rule is tested by its own examples
 * (DESIGN §2). Each example is linted as its own document; a flagged example
 * passes when the rule reports it (at `at`, when given), an ok example when
 * the rule does not. Output in the spirit of ESLint's RuleTester: one line
 * per rule, then each failure with the example, what was expected and what
 * was reported; the last line is `N passed, N failed` (examples).
 * Exit status: 0 all pass, 1 any failure, 2 a rule file that does not load.
 */
import type { VFile } from 'vfile';
import { lintText, type LintOptions } from '../engine/lint.js';
import { defaultRuleFiles, loadRuleFile } from '../rules/load.js';
import { formatFileError, type Example, type Rule, type RuleSet } from '../rules/types.js';

export interface RuleIo {
  out(s: string): void;
  err(s: string): void;
}

/** The linter the examples run through (a parameter for tests). */
export type LintFn = (text: string, options: LintOptions) => VFile;

/** The path an example is linted under unless it gives one: a CoCo document. */
export const EXAMPLE_PATH = 'Documentation/virt/coco/claimlint-example.rst';

/** Loads every file; on any error prints them all (file:line:col: message) and returns undefined. */
export function loadAll(files: string[], io: RuleIo): RuleSet[] | undefined {
  const ruleSets: RuleSet[] = [];
  let failed = false;
  for (const file of files) {
    const { ruleSet, errors } = loadRuleFile(file);
    for (const e of errors) io.err(`${formatFileError(e)}\n`);
    if (ruleSet) ruleSets.push(ruleSet);
    else failed = true;
  }
  return failed ? undefined : ruleSets;
}

interface Outcome {
  example: Example;
  kind: 'flagged' | 'ok';
  passed: boolean;
  expected: string;
  reported: string[];
}

export function runExample(ruleSet: RuleSet, rule: Rule, example: Example, kind: 'flagged' | 'ok', lint: LintFn = lintText): Outcome {
  const options: LintOptions = {
    path: example.path ?? EXAMPLE_PATH,
    ruleSets: [ruleSet],
    // A rule that is off by default is still tested.
    ...(rule.severity === 'off' ? { severity: { [rule.id]: 'info' as const } } : {}),
  };
  if (example.path === undefined) options.cocoDocument = true;
  const expected = kind === 'ok'
    ? `no ${rule.id} finding`
    : `a ${rule.id} finding${example.at === undefined ? '' : ` at '${example.at}'`}`;
  let file: VFile;
  try {
    file = lint(example.text, options);
  } catch (err) {
    const e = err as Error;
    return { example, kind, passed: false, expected, reported: [`(lint threw) ${e.stack ?? e.message}`] };
  }
  const mine = file.messages.filter((m) => m.ruleId === rule.id);
  const textAt = (m: (typeof mine)[number]) => {
    const start = m.place && 'start' in m.place ? m.place.start.offset : undefined;
    const end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
    return start === undefined || end === undefined ? undefined : example.text.slice(start, end);
  };
  const passed = kind === 'ok'
    ? mine.length === 0
    : mine.some((m) => example.at === undefined || textAt(m) === example.at);
  const reported = file.messages.map((m) => {
    const where = `${m.line ?? 1}:${m.column ?? 1}`;
    const at = textAt(m);
    return `${m.ruleId ?? '(no rule)'} ${where}${at === undefined ? '' : ` at '${at}'`}: ${m.reason}`;
  });
  return { example, kind, passed, expected, reported };
}

function quote(text: string): string {
  return JSON.stringify(text);
}

export async function testRules(files: string[], io: RuleIo, lint: LintFn = lintText): Promise<number> {
  const list = files.length ? files : defaultRuleFiles();
  const ruleSets = loadAll(list, io);
  if (!ruleSets) return 2;
  let passed = 0;
  let failed = 0;
  for (const ruleSet of ruleSets) {
    io.out(`${ruleSet.file}\n`);
    if (ruleSet.rules.length === 0) io.out('  (no rules)\n');
    for (const rule of ruleSet.rules) {
      const outcomes = [
        ...rule.examples.flagged.map((ex) => runExample(ruleSet, rule, ex, 'flagged', lint)),
        ...rule.examples.ok.map((ex) => runExample(ruleSet, rule, ex, 'ok', lint)),
      ];
      const bad = outcomes.filter((o) => !o.passed);
      passed += outcomes.length - bad.length;
      failed += bad.length;
      const count = `${outcomes.length} example${outcomes.length === 1 ? '' : 's'}`;
      io.out(bad.length ? `  ✗ ${rule.id}  ${count}, ${bad.length} failed\n` : `  ✓ ${rule.id}  ${count}\n`);
      for (const o of bad) {
        const place = o.example.place ? `${o.example.place.file}:${o.example.place.line}:${o.example.place.column}` : ruleSet.file;
        const under = o.example.path === undefined ? '' : ` (as ${o.example.path})`;
        io.out(`    ${o.kind} example at ${place}${under}:\n`);
        io.out(`      ${quote(o.example.text)}\n`);
        io.out(`      expected: ${o.expected}\n`);
        if (o.reported.length === 0) io.out('      reported: nothing\n');
        for (const r of o.reported) io.out(`      reported: ${r}\n`);
      }
    }
  }
  io.out(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}
