import { describe, expect, test } from '@jest/globals';
import type * as Sarif from 'sarif';
import { lintText } from '../../src/engine/lint.js';
import { firstSentences, lineHashes, toSarif } from '../../src/report/sarif.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';
import { newFileFromPatch, reviewFileOrSkip } from '../helpers/review.js';
import { DOC, ROOT, RULES, commitFile, sampleFile } from './helpers.js';
import { expectValid, githubProblems, validate } from './sarif-checks.js';

const run = (log: Sarif.Log) => log.runs[0] as Sarif.Run;

describe('lineHashes: github/codeql-action fingerprints.ts', () => {
  // Expected values from codeql-action's src/fingerprints.test.ts.
  test.each([
    ['', ['c129715d7a2bc9a3:1']],
    [' a\nb\n  \t\tc\n d', ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']],
    [' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End', ['8b7cf3e952e7aeb2:1', 'b1ae1287ec4718d9:1', 'bff680108adb0fcc:1', 'c6805c5e1288b612:1', 'b86d3392aea1be30:1', 'e6ceba753e1a442:1']],
    [' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n', ['e9496ae3ebfced30:1', 'fb7c023a8b9ccb3f:1', 'ce8ba1a563dcdaca:1', 'e20e36e16fcb0cc8:1', 'b3edc88f2938467e:1', 'c8e28b0b4002a3a0:1', 'c129715d7a2bc9a3:1']],
    [' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r', ['e9496ae3ebfced30:1', 'fb7c023a8b9ccb3f:1', 'ce8ba1a563dcdaca:1', 'e20e36e16fcb0cc8:1', 'b3edc88f2938467e:1', 'c8e28b0b4002a3a0:1', 'c129715d7a2bc9a3:1']],
    ['Lorem ipsum dolor sit amet.\n'.repeat(10), [
      'a7f2ff13bc495cf2:1', 'a7f2ff13bc495cf2:2', 'a7f2ff13bc495cf2:3', 'a7f2ff13bc495cf2:4', 'a7f2ff13bc495cf2:5', 'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1', 'a9cf91f7bbf1862b:1', '55ec222b86bcae53:1', 'cc97dc7b1d7d8f7b:1', 'c129715d7a2bc9a3:1',
    ]],
    ['x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n', [
      'e54938cc54b302f1:1', 'bb609acbe9138d60:1', '1131fd5871777f34:1', '5c482a0f8b35ea28:1', '54517377da7028d2:1', '2c644846cb18d53e:1', 'f1b89f20de0d133:1', 'c129715d7a2bc9a3:1',
    ]],
  ])('case %#', (text, expected) => {
    expect(lineHashes(text)).toEqual(expected);
  });
});

describe('SARIF', () => {
  test('a hand-made report: rules, results, regions, fixes, fingerprints, exact', () => {
    const log = toSarif([sampleFile(), commitFile()], { rules: RULES, root: ROOT, base: ROOT, version: '9.9.9' });
    expectValid(log);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const r = run(log);
    expect(r.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///repo/' } });
    expect(r.columnKind).toBe('utf16CodeUnits');
    expect(r.newlineSequences).toEqual(['\r\n', '\n', '\r']); // a lone CR ends a line, as in the other formats
    const rules = r.tool.driver.rules as Sarif.ReportingDescriptor[];
    expect(r.tool.driver).toMatchObject({ name: 'claimlint', version: '9.9.9' });
    // Every rule given, fired or not, then the one that fired without being given.
    expect(rules.map((d) => d.id)).toEqual(['imprecise-term', 'untrusted-host', 'memory-integrity', 'interrupt-control', 'memory-encryption']);
    expect(rules[0]).toEqual({
      id: 'imprecise-term',
      name: 'ImpreciseTerm',
      shortDescription: { text: 'Imprecise term' },
      fullDescription: { text: 'This term describes ordinary VMs as well. Say which environments.' },
      help: {
        text: 'This term describes ordinary VMs as well. Say which environments.\n\nSource: A Reviewer, 2023-06-13, "Re: [PATCH v2] docs: x86_64 *threat* model", Message-ID <abc@example.org> (https://example.org/imprecise-term).',
        markdown: 'This term describes ordinary VMs as well. Say which environments.\n\n**Source:** A Reviewer, 2023-06-13, [Re: \\[PATCH v2\\] docs: x86\\_64 \\*threat\\* model](https://example.org/imprecise-term), Message-ID `<abc@example.org>`.',
      },
      helpUri: 'https://example.org/imprecise-term',
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['documentation', 'term'] },
    });
    expect(rules[1]?.help?.markdown).toContain('untrusted.\n\npKVM trusts');
    expect(rules[1]?.helpUri).toBeUndefined();
    expect(rules.map((d) => d.defaultConfiguration)).toEqual([{ level: 'warning' }, { level: 'error' }, { level: 'note' }, { enabled: false, level: 'none' }, undefined]);

    const results = r.results as Sarif.Result[];
    expect(results.map((x) => [x.ruleId, x.ruleIndex, x.level])).toEqual([
      ['imprecise-term', 0, 'warning'], ['untrusted-host', 1, 'error'], ['memory-integrity', 2, 'note'], ['memory-encryption', 4, 'warning'],
    ]);
    const artifactLocation = { uri: 'Documentation/security/coco.rst', uriBaseId: 'SRCROOT' };
    const hashes = lineHashes(DOC);
    expect(results[0]).toEqual({
      ruleId: 'imprecise-term',
      ruleIndex: 0,
      level: 'warning',
      message: { text: "'virtualized environments': This term describes ordinary VMs as well" },
      locations: [{ physicalLocation: { artifactLocation, region: { startLine: 4, startColumn: 17, endLine: 5, endColumn: 13, snippet: { text: 'virtualized\nenvironments' } } } }],
      partialFingerprints: { primaryLocationLineHash: hashes[3], 'claimHash/v1': expect.stringMatching(/^[0-9a-f]{16}:1$/) },
      fixes: [{
        description: { text: "Replace 'virtualized environments' with 'cloud computing environments'" },
        artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { startLine: 4, startColumn: 17, endLine: 5, endColumn: 13 }, insertedContent: { text: 'cloud computing environments' } }] }],
      }],
    });
    expect(results[1]?.message.text).toBe('Not every technology treats the host as untrusted: pKVM does not\n\nscope from the document');
    expect(results[2]?.fixes).toBeUndefined();
    expect(results[2]?.partialFingerprints?.['primaryLocationLineHash']).toBe(hashes[6]);
    // The commit message is no file of the tree and patch mode said nothing of where to show it: its logical location,
    // and COMMIT_MSG at its own line (GitHub refuses a result without a physical location); the claim's fingerprint.
    expect(results[3]).toEqual({
      ruleId: 'memory-encryption',
      ruleIndex: 4,
      level: 'warning',
      message: { text: 'Not every technology encrypts memory (in the commit message of "docs: x86 threat model")' },
      locations: [{
        physicalLocation: { artifactLocation: { uri: 'COMMIT_MSG' }, region: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 34 } },
        message: { text: 'The finding is in the commit message of "docs: x86 threat model".' },
        logicalLocations: [{ name: 'commit message', fullyQualifiedName: '0001-x.patch: commit message' }],
      }],
      partialFingerprints: { primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{16}:1$/), 'claimHash/v1': expect.stringMatching(/^[0-9a-f]{16}:1$/) },
    });
    expect(results[3]?.partialFingerprints?.['primaryLocationLineHash']).toBe(results[3]?.partialFingerprints?.['claimHash/v1']);
    expect(githubProblems(log)).toEqual([]);
  });

  test('the schema check is not vacuous: a bad level or a missing version fails', () => {
    const good = JSON.stringify(toSarif([sampleFile()], { rules: RULES, root: ROOT, base: ROOT }));
    expect(validate(JSON.parse(good))).toBe(true);
    expect(validate(JSON.parse(good.replace('"level":"warning"', '"level":"fatal"')))).toBe(false);
    expect(validate(JSON.parse(good.replace('"version":"2.1.0",', '')))).toBe(false);
  });

  test('paths: relative to the root and URI-encoded; outside the root, an absolute file URI', () => {
    const inside = toSarif([sampleFile('Documentation/a b/x#1:y.rst')], { rules: RULES, root: ROOT, base: ROOT });
    const outside = toSarif([sampleFile('/elsewhere/z.rst')], { rules: RULES, root: ROOT, base: ROOT });
    expectValid(inside);
    expectValid(outside);
    const uriOf = (log: Sarif.Log) => run(log).results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation;
    expect(uriOf(inside)).toEqual({ uri: 'Documentation/a%20b/x%231%3Ay.rst', uriBaseId: 'SRCROOT' });
    expect(uriOf(outside)).toEqual({ uri: 'file:///elsewhere/z.rst' });
    // Relative vfile paths are resolved from `base`.
    const sub = toSarif([sampleFile('security/coco.rst')], { rules: RULES, root: ROOT, base: `${ROOT}/Documentation` });
    expect(uriOf(sub)?.uri).toBe('Documentation/security/coco.rst');
  });

  test('the claim fingerprint survives a line moving; the line hash of an unchanged line stays', () => {
    const prefix = '.. a comment\n\n';
    const before = toSarif([sampleFile()], { rules: RULES, root: ROOT, base: ROOT });
    const after = toSarif([sampleFile(undefined, prefix)], { rules: RULES, root: ROOT, base: ROOT });
    const fp = (log: Sarif.Log, key: string) => run(log).results?.map((x) => x.partialFingerprints?.[key]);
    expect(fp(after, 'claimHash/v1')).toEqual(fp(before, 'claimHash/v1'));
    expect(fp(after, 'primaryLocationLineHash')).toEqual(fp(before, 'primaryLocationLineHash'));
    expect(run(after).results?.map((x) => x.locations?.[0]?.physicalLocation?.region?.startLine)).toEqual([6, 7, 9]);
    expect(lineHashes(prefix + DOC).slice(2)).toEqual(lineHashes(DOC));
  });

  test('firstSentences keeps whole sentences within the limit', () => {
    const text = `${'A short sentence. '.repeat(3)}${'X'.repeat(1100)}.`;
    expect(firstSentences(text)).toBe('A short sentence. A short sentence. A short sentence.');
    expect(firstSentences('x'.repeat(2000))).toHaveLength(1024);
    expect(firstSentences('One.\n  Two.')).toBe('One. Two.');
  });
});

describe('SARIF for the v2 document', () => {
  const mbox = reviewFileOrSkip('v2-patch.mbox', 'the SARIF schema test lints the v2 document');
  const maybe = mbox ? test : test.skip;
  maybe('validates against the SARIF 2.1.0 schema, lists every rule, locates every finding', () => {
    const path = 'Documentation/security/x86-confidential-computing.rst';
    const text = newFileFromPatch(mbox as string, path);
    const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
    const rs = ruleSet as RuleSet;
    const file = lintText(text, { path, ruleSets: [rs] });
    expect(file.messages.length).toBeGreaterThan(10);
    const log = toSarif([file], { rules: rs.rules, root: ROOT, base: ROOT });
    expectValid(log);
    const r = run(log);
    const rules = r.tool.driver.rules as Sarif.ReportingDescriptor[];
    expect(rules.map((d) => d.id)).toEqual(rs.rules.map((x) => x.id));
    rules.forEach((d, i) => {
      const rule = rs.rules[i];
      expect(d.shortDescription?.text).toBe(rule?.message);
      expect(d.fullDescription?.text.length).toBeLessThanOrEqual(1024);
      expect(d.help?.text.startsWith(rule?.rationale.trim() ?? '-')).toBe(true);
      if (rule?.source) {
        expect(d.help?.text).toContain(`Message-ID ${rule.source.messageId}`);
        expect(d.help?.markdown).toContain(`**Source:** ${rule.source.reviewer}, ${rule.source.date}, [`);
      }
      expect(d.helpUri).toBe(rule?.url);
      expect(d.help?.text).toContain(rule?.url);
    });
    const results = r.results as Sarif.Result[];
    expect(results).toHaveLength(file.messages.length);
    const hashes = lineHashes(text);
    results.forEach((res, i) => {
      const m = file.messages[i];
      expect(rules[res.ruleIndex as number]?.id).toBe(res.ruleId);
      expect(res.ruleId).toBe(m?.ruleId);
      const region = res.locations?.[0]?.physicalLocation?.region;
      expect(region).toMatchObject({ startLine: m?.place && 'start' in m.place ? m.place.start.line : 0, endColumn: m?.place && 'end' in m.place ? m.place.end.column : 0 });
      expect(res.partialFingerprints?.['primaryLocationLineHash']).toBe(hashes[(region?.startLine as number) - 1]);
      if (m?.expected?.length) expect(res.fixes?.[0]?.artifactChanges[0]?.replacements?.[0]?.insertedContent?.text).toBe(m.expected[0]);
      else expect(res.fixes).toBeUndefined();
    });
    expect(results.some((res) => res.fixes)).toBe(true);
  });
});
