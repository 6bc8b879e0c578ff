/**
 * The rule-file loader on generated and damaged rule files. Properties: every problem is a
 * FileError inside the text (line and column of the file); a rule set comes back only when
 * there is no error; each regular expression the loader accepts is one the ReDoS checker
 * recheck calls safe (a pattern recheck finds vulnerable is reported with its attack
 * string); the accepted rule set compiles and lints a sample document with consistent
 * positions.
 */
import { checkSync } from 'recheck';
import { lintText } from '../../../src/engine/lint.js';
import { parseRuleFile } from '../../../src/rules/load.js';
import { RECHECK_TIMEOUT_MS, RULE_FILE_CHECK_MS } from '../../../src/rules/regex-safety.js';
import type { RuleSet } from '../../../src/rules/types.js';
import { isKnown } from '../known-failing.js';
import { ruleFile } from '../gen/rules.js';
import { CLAIMS } from '../gen/text.js';
import { budget, checkMessages, fail, lineStarts, messageSummary, type Target } from '../target.js';

export const RULE_FILE = 'fuzz-rules.yml';

type Attack = (n: number) => string;
/** Time spent in recheck and in timing matches (the oracle), since the last run started. */
let oracle = 0;
const timedOracle = <T>(f: () => T): T => { const start = performance.now(); try { return f(); } finally { oracle += performance.now() - start; } };
type Verdict = { status: 'safe' } | { status: 'vulnerable'; type: string; attack: string; make: Attack } | { status: 'unknown' };
const verdicts = new Map<string, Verdict>();

/** recheck's verdict on a pattern as the matcher compiles it (case-insensitive), cached. */
export function verdict(source: string): Verdict {
  const known = verdicts.get(source);
  if (known) return known;
  const d = timedOracle(() => checkSync(source, 'i', { timeout: 5_000 }));
  let v: Verdict = { status: d.status === 'safe' ? 'safe' : 'unknown' };
  if (d.status === 'vulnerable') {
    const a = d.attack;
    const make = (n: number) => a.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(0, n + p.bias))).join('') + a.suffix;
    v = { status: 'vulnerable', type: d.complexity.type, attack: a.pattern, make };
  }
  verdicts.set(source, v);
  return v;
}

/**
 * recheck also calls bounded patterns such as the shipped `\b(?:isolat\w*|...)\b[^.;]{0,100}?\b(registers)\b`
 * polynomial, though they match in linear time: time the match on its attack, grown to 3,000
 * characters, and return how slow it is when it passes 100 ms.
 */
const slow = new Map<string, string | undefined>();
function slowMatch(source: string, make: Attack): string | undefined {
  // Timed once per pattern, so that a second run of the input takes the same path.
  if (!slow.has(source)) slow.set(source, timedOracle(() => timeMatch(source, make)));
  return slow.get(source);
}

function timeMatch(source: string, make: Attack): string | undefined {
  const re = new RegExp(source, 'i');
  for (let n = 8; ; n *= 2) {
    const s = make(n);
    const start = performance.now();
    re.exec(s);
    const ms = performance.now() - start;
    if (ms > 100) return `${Math.round(ms)} ms to match ${s.length} characters`;
    if (s.length >= 3_000 || n > 1e6) return undefined;
  }
}

/** Each error at a line and column of the text. */
export function checkErrors(errors: { file: string; line: number; column: number; message: string }[], text: string, file: string): void {
  const starts = lineStarts(text, true);
  const longest = Math.max(0, ...starts.map((s, i) => (starts[i + 1] ?? text.length + 1) - s));
  for (const e of errors) {
    if (e.file !== file) fail(`an error names ${JSON.stringify(e.file)}, not the file read (${file})`);
    if (!(e.line >= 1 && e.line <= starts.length + 1 && e.column >= 1 && e.column <= longest + 1)) fail(`error at ${e.line}:${e.column}, outside the text (${starts.length} lines): ${e.message}`);
    if (typeof e.message !== 'string' || e.message.trim() === '') fail(`an error without a message at ${e.line}:${e.column}`);
  }
}

const sample = (rs: RuleSet) => [
  ...CLAIMS, ...rs.rules.flatMap((r) => [...r.examples.flagged.map((x) => x.text), ...r.examples.ok.map((x) => x.text)]),
  `${'a'.repeat(3000)}.`, `${'host '.repeat(600)}.`, `${'= '.repeat(1500)}x`,
].join('\n\n');

export function regexesOf(rs: RuleSet): string[] {
  return [...rs.properties.flatMap((p) => p.patterns.map((x) => x.regex)), ...rs.terms.map((t) => t.regex)];
}

function run(text: string): string {
  oracle = 0;
  const { ruleSet, errors } = parseRuleFile(text, RULE_FILE);
  checkErrors(errors, text, RULE_FILE);
  if (!ruleSet) return JSON.stringify({ errors });
  if (errors.length) fail(`a rule set came back with ${errors.length} errors`);
  let tolerated = false;
  for (const source of regexesOf(ruleSet)) {
    const v = verdict(source);
    if (v.status === 'vulnerable') {
      const how = v.type === 'exponential' ? 'exponential' : slowMatch(source, v.make);
      if (!how) continue;
      if (v.type === 'polynomial' && isKnown('regex-polynomial')) { tolerated = true; continue; }
      fail(`the loader accepted /${source}/i, which backtracks catastrophically (${how}; recheck: ${v.type}, attack ${v.attack})`);
    }
    if (v.status === 'unknown') tolerated = true;
  }
  // A pattern that may backtrack badly would hang the sample: only safe rule sets are run.
  if (tolerated) return JSON.stringify({ errors, rules: ruleSet.rules.map((r) => r.id) });
  const file = lintText(sample(ruleSet), { path: 'Documentation/virt/coco/fuzz.rst', ruleSets: [ruleSet] });
  checkMessages(file, 'sample');
  return JSON.stringify({ errors, rules: ruleSet.rules.map((r) => r.id), messages: messageSummary(file) });
}

export const rulesTarget: Target<string> = {
  name: 'rules',
  covers: 'the rule-file loader on mutated and damaged rule files (wrong types, unknown keys, alias bombs, nesting up to 10,000 deep, generated regexes checked with recheck), and linting with what it accepts',
  arbitrary: ruleFile,
  // The loader's recheck time is bounded per file by design (regex-safety.ts), whatever the file's size: the
  // budget allows that bound on top of the linear part (without it, N slow patterns took N × 10 s).
  budgetMs: (text) => budget(5_000, 60, text.length) + RULE_FILE_CHECK_MS + RECHECK_TIMEOUT_MS,
  oracleMs: () => oracle,
  run,
  save: (text) => text,
  load: (saved) => saved as string,
  file: (text) => ({ ext: 'yml', data: text }),
};
