/**
 * The report formats on generated findings: many files and many findings (up to 130,000 in
 * one file, where a spread over the findings gives way), odd paths and messages (newlines,
 * "::", "%", commas, astral characters), commit-message files without a location. Each
 * format must not throw; JSON, SARIF and rdjsonl must parse, with 1-based positions; every
 * GitHub workflow command must stay on one line with its properties escaped, since a message
 * quotes document text that a pull request controls.
 */
import fc from 'fast-check';
import { VFile } from 'vfile';
import { formatVFiles, VFILE_FORMATS } from '../../../src/report/format.js';
import { stepSummary } from '../../../src/report/github.js';
import { rulesOf } from '../../../src/report/common.js';
import { isKnown } from '../known-failing.js';
import { claim, sentence } from '../gen/text.js';
import { budget, digest, fail, shippedRuleSets, type Target } from '../target.js';

interface GenMessage { at: number; length: number; rule: string; severity: 0 | 1 | 2; reason: string; note?: string; expected?: string[]; url?: string }
interface GenFile { path: string; text: string; commit?: string; messages: GenMessage[]; count: number }

const RULES = ['memory-integrity', 'overgeneral-umbrella', 'untrusted-host', 'unused-suppression', 'no-such-rule', 'x:y,z'];
const PATHS = ['Documentation/a.rst', 'a b/c,d::e%f.rst', '/elsewhere/abs.rst', '../up.rst', 'ü/😀.rst', 'x\ny.rst', 'Documentation/security/snp-tdx-threat-model.rst'];
const ODD = ['', '\n::error::injected', '%0A', 'a,b:c', '\r\n', '\u2028', '😀', '`|*_[]<>#'];

/** Most runs: a few findings; some: as many as the formats must survive (130,000 in one file). */
const manyFindings = () => (isKnown('stylish-spread') ? 100_000 : 130_000);

const message: fc.Arbitrary<GenMessage> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(60),
  rule: fc.constantFrom(...RULES),
  severity: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
  reason: fc.tuple(fc.oneof(claim, sentence), fc.constantFrom(...ODD)).map(([a, b]) => a + b),
  note: fc.option(fc.oneof(sentence, fc.constantFrom(...ODD)), { nil: undefined }),
  expected: fc.option(fc.array(fc.oneof(fc.constantFrom('SEV-SNP and TDX', ''), sentence), { maxLength: 2 }), { nil: undefined }),
  url: fc.option(fc.constantFrom('https://lore.kernel.org/r/x@y', 'not a url'), { nil: undefined }),
});

const file: fc.Arbitrary<GenFile> = fc.record({
  path: fc.constantFrom(...PATHS),
  text: fc.array(fc.oneof(claim, sentence, fc.constant('')), { maxLength: 30 }).map((ls) => ls.join('\n')),
  commit: fc.option(fc.constantFrom('0001-x.patch', '-'), { nil: undefined }),
  messages: fc.array(message, { maxLength: 12 }),
  count: fc.oneof({ weight: 20, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1_000, max: 9_999 }) }, { weight: 1, arbitrary: fc.integer({ min: 90_000, max: 140_000 }) }),
});

/** Offsets to line:column with "\n" line ends. */
function point(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset };
}

function vfiles(files: GenFile[]): VFile[] {
  return files.map((f) => {
    const v = new VFile({ path: f.path, value: f.text });
    if (f.commit) v.data['commitMessage'] = { patch: f.commit, subject: 'docs: x86: a subject' };
    for (const g of f.messages) {
      const start = Math.floor(g.at * f.text.length);
      const end = Math.min(f.text.length, start + g.length);
      const m = v.message(g.reason, { place: { start: point(f.text, start), end: point(f.text, end) }, ruleId: g.rule, source: 'claimlint' });
      m.fatal = g.severity === 2 ? true : g.severity === 1 ? false : undefined;
      if (g.note) m.note = g.note;
      if (g.expected) m.expected = g.expected;
      if (g.url) m.url = g.url;
      m.actual = f.text.slice(start, end);
      (m as { data?: unknown }).data = { sentence: { start, end } };
    }
    // Repeat the findings up to `count` (the sizes of item 8); formats only read them.
    const total = Math.min(f.count, manyFindings());
    const made = v.messages.slice();
    for (let k = made.length; k < total && made.length; k++) v.messages.push(made[k % made.length] as (typeof made)[number]);
    return v;
  });
}

const positive = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1;

function check(format: string, out: string): void {
  if (format === 'json') {
    for (const r of JSON.parse(out) as { messages: { line: unknown; column: unknown }[] }[]) {
      for (const m of r.messages) if (!positive(m.line) || !positive(m.column)) fail(`json: position ${String(m.line)}:${String(m.column)}`);
    }
  } else if (format === 'sarif') {
    const log = JSON.parse(out) as { runs: { results: { locations?: { physicalLocation?: { region?: Record<string, unknown> } }[] }[] }[] };
    for (const r of log.runs[0]?.results ?? []) {
      const region = r.locations?.[0]?.physicalLocation?.region;
      if (region && !['startLine', 'startColumn', 'endLine', 'endColumn'].every((k) => region[k] === undefined || positive(region[k]))) fail(`sarif: region ${JSON.stringify(region)}`);
    }
  } else if (format === 'rdjsonl') {
    for (const l of out.split('\n').filter(Boolean)) JSON.parse(l);
  } else if (format === 'github') {
    for (const l of out.split('\n').filter(Boolean)) {
      const m = /^::(error|warning|notice) ([^:]*)::([^\r]*)$/.exec(l);
      if (!m) fail(`github: not one workflow command a line: ${JSON.stringify(l.slice(0, 120))}`);
      for (const p of (m[2] as string).split(',')) if (!/^(file|line|col|endLine|endColumn|title)=[^,:\r\n]*$/.test(p)) fail(`github: property ${JSON.stringify(p)}`);
    }
  }
}

/** `full`: every format at every size; else the 130,000-finding inputs go through the cheap formats only (stylish, JSON). */
export const reportTarget = (full: boolean): Target<GenFile[]> => ({
  name: 'report',
  covers: 'every report format (and the GitHub step summary) on generated findings: odd paths and messages, up to 130,000 findings in a file',
  arbitrary: fc.array(file, { minLength: 1, maxLength: 3 }),
  budgetMs: (files) => budget(5_000, 0, 0) + files.reduce((n, f) => n + Math.min(f.count, manyFindings()), 0) / 2,
  rerun: (files) => files.every((f) => f.count < 10_000),
  run(files) {
    const vs = vfiles(files);
    const rules = rulesOf(shippedRuleSets()).filter((r) => r.id === 'memory-integrity');
    const big = files.some((f) => f.count >= 10_000);
    const formats = full || !big ? VFILE_FORMATS : (['stylish', 'json'] as const);
    const outputs = formats.map((format) => {
      const out = formatVFiles(format, vs, { rules, root: '/fuzz', base: '/fuzz', version: '0', color: format === 'stylish' });
      check(format, out);
      return digest(out);
    });
    return JSON.stringify([...outputs, digest(stepSummary(vs, { rules, root: '/fuzz', base: '/fuzz' }))]);
  },
  save: (files) => files,
  load: (saved) => saved as GenFile[],
});
