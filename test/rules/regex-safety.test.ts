/**
 * The regular-expression check of rule files (src/rules/regex-safety.ts):
 * recheck refuses exponential and polynomial backtracking, on a corpus of
 * known ReDoS patterns; sound patterns, the shipped ones among them, pass.
 * recheck is slow on some patterns (seconds each on a loaded machine), hence
 * the long timeouts; verdicts are memoized per pattern.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backtrackingProblem, checkClock, clampBounds, RECHECK_TIMEOUT_MS, regexProblem, RULE_FILE_CHECK_MS } from '../../src/rules/regex-safety.js';
import { defaultRuleFiles, loadRuleFile, parseRuleFile } from '../../src/rules/load.js';
import { formatFileError } from '../../src/rules/types.js';
import { ruleFile } from './rule-file.js';

const SLOW = 300_000;
/** Long enough for recheck to decide the corpus on a loaded machine: these tests are about its verdicts, not its timeout. */
const DECIDE_MS = 120_000;

const errorsOf = (text: string, file = 'r.yml') => parseRuleFile(text, file).errors.map(formatFileError);

describe('issue 9 item 5: polynomial backtracking is refused when a rule file is loaded', () => {
  test.each([
    ['a*a*a*a*a*a*b', '7th'],
    ['.*.*.*=.*', '4th'],
    ['\\w*\\w*\\w*!x', '4th'],
  ])('%s', (pattern, degree) => {
    const quoted = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(errorsOf(ruleFile(pattern))).toEqual([
      expect.stringMatching(new RegExp(`^r\\.yml:9:16: properties\\.p\\.patterns\\[0\\]: regular expression '${quoted}' backtracks catastrophically: its matching time is a ${degree} degree polynomial in the length of the text \\(recheck, automaton checker`)),
    ]);
  }, SLOW);

  test('the message quotes a short attack string', () => {
    expect(errorsOf(ruleFile('^(a+)+$'))).toEqual([
      'r.yml:9:16: properties.p.patterns[0]: regular expression \'^(a+)+$\' backtracks catastrophically: its matching time is exponential in the length of the text '
      + '(recheck, automaton checker; slow on "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\\u0000"); avoid quantifiers inside repeated groups, e.g. write [^.]{0,40} for "a few words"',
    ]);
  }, SLOW);

  test('a pattern that can match the empty string is refused (the term scan would never move on)', () => {
    expect(errorsOf(ruleFile('\\bp\\b', 'x?'))).toEqual([
      'r.yml:12:14: terms.t.regex: regular expression can match the empty string (it must match at least one character)',
    ]);
    expect(errorsOf(ruleFile('(?=p)'))).toEqual([
      'r.yml:9:16: properties.p.patterns[0]: regular expression can match the empty string (it must match at least one character)',
    ]);
  });

  test('groups nested past the limit are refused before any recursive analysis', () => {
    const deep = `${'('.repeat(3000)}a${')'.repeat(3000)}`;
    expect(errorsOf(ruleFile(deep))).toEqual([
      expect.stringMatching(/^r\.yml:9:16: properties\.p\.patterns\[0\]: regular expression nests groups more than 50 deep$/),
    ]);
  });
});

/**
 * Known ReDoS patterns, exponential and polynomial, anchored where the
 * original is (unanchored, `(a+)+` always matches at once and is linear).
 */
describe('known ReDoS patterns are refused', () => {
  test.each([
    // OWASP, "Regular expression Denial of Service - ReDoS", evil regex examples:
    // https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS
    ['^(a+)+$', 'exponential'],
    ['^([a-zA-Z]+)*$', 'exponential'],
    ['^(a|aa)+$', 'exponential'],
    ['^(a|a?)+$', 'exponential'],
    ['^(.*a){12}$', 'polynomial'], // "(.*a){x} for x > 10"
    ['^(([a-z])+.)+[A-Z]([a-z])+$', 'exponential'], // the same page: the "Java Classname" validation regex
    // The textbook overlapping alternation.
    ['^(a|a)*$', 'exponential'],
    // claimlint issue 9, item 5: accepted by the old check, then hung on a 3 kB sentence.
    ['a*a*a*a*a*a*b', 'polynomial'],
    ['.*.*.*=.*', 'polynomial'],
    ['\\w*\\w*\\w*!x', 'polynomial'],
    // Cloudflare outage of 2019-07-02, the core of the WAF rule:
    // https://blog.cloudflare.com/details-of-the-cloudflare-outage-on-july-2-2019/
    ['.*(?:.*=.*)', 'polynomial'],
    // Stack Exchange outage of 2016-07-20:
    // https://stackstatus.net/post/147710624694/outage-postmortem-july-20-2016
    ['^[\\s\\u200c]+|[\\s\\u200c]+$', 'polynomial'],
    // lodash trimEnd, CVE-2020-28500 (GHSA-29mw-wpgm-hmr9).
    ['\\s+$', 'polynomial'],
    // word-wrap, CVE-2023-26115 (GHSA-j8xg-fqg3-53r7).
    ['[ \\t]*$', 'polynomial'],
    // The shape a rule author writes first: quadratic on a long paragraph ("foo foo foo ...").
    ['foo.*bar', 'polynomial'],
  ])('%s (%s)', (pattern, kind) => {
    expect(backtrackingProblem(pattern, DECIDE_MS)).toMatch(new RegExp(`backtracks catastrophically: its matching time is (?:a \\d+\\w\\w degree )?${kind}`));
  }, SLOW);

  test('when recheck cannot decide in time, the structural check decides', () => {
    // A timeout of 1 ms: recheck answers "unknown". Nested quantifiers are still refused...
    expect(backtrackingProblem('^(a+)+$', 1)).toMatch(/^regular expression '\^\(a\+\)\+\$' can backtrack catastrophically \(nested quantifier: 'a\+' inside '\(a\+\)\+'\)/);
    // ...a flat polynomial is not: the time budget of the matcher stops it (test/engine/budget.test.ts).
    expect(backtrackingProblem('a*a*a*a*a*a*b', 1)).toBeUndefined();
  }, SLOW);
});

describe('sound patterns are accepted', () => {
  test.each([
    '\\b(?:host|hypervisor)s?\\b',
    '\\b(?:hosts?|hypervisors?)\\b',
    '\\bintegrity\\b[^.]{0,40}\\bprotect',
    '\\bcontrol(?:s|led|ling)?\\b[^.]{0,60}\\b(?:I/O|devices?)\\b',
    '(?:\\s|,)+',
    '(a+)+', // unanchored: it matches at once, and claimlint only searches
    '\\b(?:launch|boot)(?:[- ]time)? (?:measurements?|attestation|digest)\\b',
  ])('%s', (pattern) => {
    expect(backtrackingProblem(pattern, DECIDE_MS)).toBeUndefined();
  }, SLOW);

  test('every pattern of the shipped rule files', () => {
    const patterns = defaultRuleFiles().flatMap((file) => {
      const { ruleSet } = loadRuleFile(file);
      return [...(ruleSet?.properties.flatMap((p) => p.patterns.map((x) => x.regex)) ?? []), ...(ruleSet?.terms.map((t) => t.regex) ?? [])];
    });
    // Most claims are frames now (rules/coco.yml): few patterns are left, but some.
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.map((p) => [p, backtrackingProblem(p)]).filter(([, problem]) => problem)).toEqual([]);
  }, 600_000);

  test('a copy of a shipped pattern in another rule file is not checked again', () => {
    const shipped = defaultRuleFiles()[0] as string;
    const source = loadRuleFile(shipped).ruleSet?.properties[0]?.patterns[0]?.regex as string;
    // Seen in a shipped file (loaded above), it is trusted anywhere; a pattern never seen is checked.
    expect(regexProblem(source, '/elsewhere/rules.yml')).toBeUndefined();
  });
});

describe('checking time is bounded per rule file', () => {
  test('past the limit no new check starts; a verdict already made is still given, and charged what it cost', () => {
    const fresh = checkClock();
    expect(regexProblem('a*a*a*a*a*a*c', 'clock.yml', fresh)).toMatch(/backtracks catastrophically/);
    const spent = checkClock(0);
    expect(regexProblem('\\bclock\\b', 'clock.yml', spent)).toMatch(
      /^regular expression '\\bclock\\b' was not checked for catastrophic backtracking: checking the 0 patterns before it in this rule file took 0\.0 s, and a rule file gets 0\.0 s; simplify the slow ones/,
    );
    // Charged again, so that loading the same file twice refuses the same patterns.
    expect(regexProblem('a*a*a*a*a*a*c', 'clock.yml', spent)).toMatch(/backtracks catastrophically/);
    expect([spent.spentMs, spent.checked]).toEqual([fresh.spentMs, 1]);
  });

  test('a rule file of patterns slow to check: loaded within the bound, the rest refused at their line:column, the same on a second load', () => {
    // Each takes recheck its whole per-pattern timeout (large counts next to overlapping repetition).
    const slow = ['guest', 'host', 'page', 'disk', 'vcpu', 'tdcall'].map((w) => `\\b${w}{99999}memory{1,}a{1,20}?`);
    const q = (x: string) => `'${x}'`;
    const text = ruleFile(slow[0] as string).replace(`patterns: [${q(slow[0] as string)}]`, `patterns: [${slow.map(q).join(', ')}]`);
    const start = performance.now();
    const first = errorsOf(text);
    expect(performance.now() - start).toBeLessThan(RULE_FILE_CHECK_MS + RECHECK_TIMEOUT_MS + 5_000);
    // (The term's regex after them is refused too, unless an earlier test checked it already.)
    const patterns = first.filter((e) => !e.startsWith('r.yml:12:14: terms.t.regex: '));
    expect(patterns.length).toBeGreaterThan(0);
    for (const e of first) expect(e).toMatch(/: regular expression '.*' was not checked for catastrophic backtracking: checking the \d patterns before it in this rule file took \d+\.\d s \(the slowest, '.*', \d+\.\d s\), and a rule file gets 10\.0 s;/);
    for (const e of patterns) expect(e).toMatch(/^r\.yml:9:\d+: properties\.p\.patterns\[[1-5]\]: regular expression '\\b\w+\{99999\}memory\{1,\}a\{1,20\}\?' was not/);
    // Each error at its own pattern.
    expect(new Set(first.map((e) => e.split(':')[2])).size).toBe(first.length);
    expect(errorsOf(text)).toEqual(first);
  }, SLOW);
});

describe('clampBounds', () => {
  test('lowers counts above the limit, outside classes and escapes', () => {
    expect(clampBounds('a{0,100}b{2,40}c{50,}d{3}', 30)).toBe('a{0,30}b{2,30}c{30,}d{3}');
    expect(clampBounds('[{0,100}]\\{0,100}a{,500}', 30)).toBe('[{0,100}]\\{0,100}a{,500}');
  });
});

describe('the built program', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const bundle = join(root, 'dist', 'claimlint.mjs');
  const built = () => {
    if (!existsSync(bundle)) throw new Error('dist/claimlint.mjs is missing: run `npm run build` first (npm test does)');
  };

  test('recheck is loaded only for rule files that do not ship with claimlint', () => {
    built();
    const dir = mkdtempSync(join(tmpdir(), 'claimlint-recheck-'));
    try {
      writeFileSync(join(dir, 'doc.rst'), 'A title\n=======\n\nSEV-SNP guests have memory integrity.\n');
      writeFileSync(join(dir, 'mine.yml'), ruleFile('\\bp\\b'));
      const loaded = (rules: string) => {
        writeFileSync(join(dir, '.claimlint.yml'), `root: true\nrules: [${rules}]\n`);
        const script = `import { main } from ${JSON.stringify(bundle)}; import { createRequire } from 'node:module';
          await main(['doc.rst'], { out() {}, err(s) { process.stderr.write(s); } });
          process.stdout.write(String(Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('recheck'))));`;
        const run = spawnSync(process.execPath, ['--max-old-space-size=300', '--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
        expect(run.stderr).toBe('');
        return run.stdout;
      };
      expect(loaded('default')).toBe('false');
      expect(loaded('default, mine.yml')).toBe('true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);

  test('a term that matches the empty string is refused, not scanned until memory runs out', () => {
    built();
    const dir = mkdtempSync(join(tmpdir(), 'claimlint-empty-'));
    try {
      writeFileSync(join(dir, 'doc.rst'), 'A title\n=======\n\nAAA guests run here.\n');
      writeFileSync(join(dir, 'mine.yml'), ruleFile('\\bp\\b', 'x?'));
      writeFileSync(join(dir, '.claimlint.yml'), 'root: true\nrules: [default, mine.yml]\n');
      // Before: exit 134, out of memory after ~10 s.
      const run = spawnSync(process.execPath, ['--max-old-space-size=300', join(root, 'bin', 'claimlint.js'), 'doc.rst'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr).toBe(`claimlint: ${join(dir, 'mine.yml')}:12:14: terms.t.regex: regular expression can match the empty string (it must match at least one character)\n`);
      expect(run.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);
});
