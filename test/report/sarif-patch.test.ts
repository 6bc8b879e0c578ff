/**
 * SARIF in patch mode, as GitHub code scanning takes it: every result has a
 * physical location (a commit message's findings too: GitHub refuses a whole
 * upload for one result with only a logical location), a URI relative to the
 * repository and a region; the logical location of a commit message stays.
 * Where a commit message's finding is shown: the patch file and its line when
 * the patch is a file under the tree; else the first line a file the commit
 * changes adds (`--git`, the Action), the message naming the commit; else
 * COMMIT_MSG at the message's own line.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { toSarif } from '../../src/report/sarif.js';
import type { CommitPlacement } from '../../src/patch/types.js';
import { runCli } from '../helpers/cli.js';
import { Repo, cli, removeTemps, tempDir } from '../patch/helpers.js';
import { ROOT, RULES, commitFile } from './helpers.js';
import { expectValid, githubProblems } from './sarif-checks.js';

afterAll(removeTemps);

const CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const DOC = 'Documentation/security/coco.rst';

function patchText(sha = '0123456789abcdef0123456789abcdef01234567'): string {
  return `From ${sha} Mon Sep 17 00:00:00 2001
From: T <t@example.org>
Date: Tue, 13 Jun 2023 10:00:00 +0000
Subject: [PATCH] docs: security: x86 guests have memory integrity

${CLAIM}

Signed-off-by: T <t@example.org>
---
 ${DOC} | 4 ++++
 1 file changed, 4 insertions(+)
 create mode 100644 ${DOC}

diff --git a/${DOC} b/${DOC}
new file mode 100644
index 0000000..1111111
--- /dev/null
+++ b/${DOC}
@@ -0,0 +1,4 @@
+Threat model
+============
+
+${CLAIM}
-- 
2.40.0
`;
}

const results = (out: string) => ((JSON.parse(out) as Sarif.Log).runs[0] as Sarif.Run).results as Sarif.Result[];
const isCommit = (r: Sarif.Result) => r.locations?.[0]?.logicalLocations?.[0]?.name === 'commit message';
const physical = (r: Sarif.Result) => r.locations?.[0]?.physicalLocation;

function expectAccepted(out: string): Sarif.Result[] {
  const log = JSON.parse(out) as Sarif.Log;
  expectValid(log);
  expect(githubProblems(log)).toEqual([]);
  return results(out);
}

describe('every result has a physical location GitHub accepts', () => {
  test('a patch file outside the tree: the commit message is shown at the first line the commit adds', async () => {
    const dir = tempDir('sarif-outside');
    const tree = join(dir, 'tree');
    mkdirSync(tree);
    const patch = join(dir, '0001-threat-model.patch');
    writeFileSync(patch, patchText());
    const r = await runCli(['--format', 'sarif', '--tree', tree, patch]);
    expect(r.status).toBe(1);
    const all = expectAccepted(r.out);
    const commit = all.filter(isCommit);
    expect(commit.length).toBeGreaterThan(0);
    expect(all.filter((x) => !isCommit(x)).length).toBeGreaterThan(0);
    for (const x of commit) {
      // The first (non-blank) line the commit adds to the file it changes, whole.
      expect(physical(x)).toEqual({
        artifactLocation: { uri: DOC, uriBaseId: 'SRCROOT' },
        region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 'Threat model'.length + 1 },
      });
      expect(x.locations?.[0]?.logicalLocations).toEqual([{ name: 'commit message', fullyQualifiedName: `${patch}: commit message` }]);
      // The commit is named by the id its "From <sha>" line gives and by its subject.
      expect(x.message.text).toContain('(in the commit message of 0123456789ab "docs: security: x86 guests have memory integrity")');
      expect(x.locations?.[0]?.message?.text).toBe('Shown at the first line the commit adds to this file: the finding is in the commit message of 0123456789ab "docs: security: x86 guests have memory integrity".');
    }
  });

  test('a patch file under the tree: the commit message\'s findings at their own line and columns in it', async () => {
    const tree = tempDir('sarif-inside');
    mkdirSync(join(tree, 'patches'));
    const text = patchText();
    writeFileSync(join(tree, 'patches', '0001-threat-model.patch'), text);
    const r = await runCli(['--format', 'sarif', '--tree', tree, 'patches/0001-threat-model.patch'], { cwd: tree });
    const commit = expectAccepted(r.out).filter(isCommit);
    expect(commit.length).toBeGreaterThan(1);
    const lines = text.split('\n');
    const seen = new Set<number>();
    for (const x of commit) {
      const loc = physical(x);
      expect(loc?.artifactLocation).toEqual({ uri: 'patches/0001-threat-model.patch', uriBaseId: 'SRCROOT' });
      const reg = loc?.region as Sarif.Region;
      seen.add(reg.startLine as number);
      // The region holds exactly the flagged words, in the subject line or in the body.
      const line = lines[(reg.startLine as number) - 1] as string;
      expect(reg.endLine).toBe(reg.startLine);
      expect(line.slice((reg.startColumn as number) - 1, (reg.endColumn as number) - 1)).toBe(reg.snippet?.text);
    }
    // The subject's line (4) and the body's claim (6).
    expect([...seen].sort()).toEqual([4, 6]);
  });

  test('--git RANGE (the Action): a file the commit changes, the message naming the commit by id and subject', async () => {
    const repo = new Repo();
    repo.write(DOC, 'Threat model\n============\n\nNothing yet.\n').write('scripts/run.sh', 'true\n');
    repo.commit('Initial tree');
    repo.write(DOC, `Threat model\n============\n\nNothing yet.\n\n${CLAIM}\n`);
    const first = repo.commit('docs: security: x86 guests', `${CLAIM}\n\nSigned-off-by: T <t@example.org>`);
    // A commit that changes no documentation file, and an empty one: both with the claim in their message.
    repo.write('scripts/run.sh', 'true\nexit 0\n');
    const second = repo.commit('scripts: exit', CLAIM);
    repo.git('-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '--allow-empty', '-m', 'empty: nothing', '-m', CLAIM);
    const third = repo.git('rev-parse', 'HEAD').trim();
    const r = await runCli(['--format', 'sarif', '--git', 'HEAD~3..HEAD'], { cwd: repo.dir });
    expect(r.err).toBe('');
    const all = expectAccepted(r.out);
    const about = (sha: string) => all.filter((x) => isCommit(x) && (x.message.text ?? '').includes(`(in the commit message of ${sha.slice(0, 12)} "`));
    expect(about(first).length).toBeGreaterThan(0);
    for (const x of about(first)) {
      expect(x.message.text).toContain(`(in the commit message of ${first.slice(0, 12)} "docs: security: x86 guests")`);
      expect(physical(x)).toEqual({ artifactLocation: { uri: DOC, uriBaseId: 'SRCROOT' }, region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: CLAIM.length + 1 } });
      expect(x.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName).toBe(`${first}: commit message`);
    }
    // Not a documentation file, but the one the commit changes: its first added line.
    expect(about(second).length).toBeGreaterThan(0);
    for (const x of about(second)) expect(physical(x)).toEqual({ artifactLocation: { uri: 'scripts/run.sh', uriBaseId: 'SRCROOT' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 7 } });
    // An empty commit: shown with the run's first changed file.
    expect(about(third).length).toBeGreaterThan(0);
    for (const x of about(third)) expect(physical(x)?.artifactLocation).toEqual({ uri: DOC, uriBaseId: 'SRCROOT' });
  });

  test('a cover letter alone on stdin: COMMIT_MSG at the message\'s own line', () => {
    const dir = tempDir('sarif-cover');
    const cover = `From: T <t@example.org>\nSubject: [PATCH 0/2] docs: security: threat model\n\nThis series says:\n${CLAIM}\n`;
    const r = cli(['--format', 'sarif', '--no-tree', '--patch', '-'], { input: cover, cwd: dir });
    expect(r.err).toBe('');
    const all = expectAccepted(r.out);
    expect(all.length).toBeGreaterThan(0);
    for (const x of all) {
      expect(physical(x)?.artifactLocation).toEqual({ uri: 'COMMIT_MSG' });
      // The message document: the subject as its title (lines 1-3), then the body.
      expect(physical(x)?.region?.startLine).toBe(5);
    }
  });
});

describe('toSarif with a commit placement', () => {
  const withPlacement = (placement: CommitPlacement, inputPlace?: object) => {
    const file = commitFile();
    file.data['commitPlacement'] = placement;
    if (inputPlace) for (const m of file.messages) (m as { data?: Record<string, unknown> }).data = { ...(m as { data?: Record<string, unknown> }).data, inputPlace };
    return toSarif([file], { rules: RULES, root: ROOT, base: ROOT });
  };
  const loc = (log: Sarif.Log) => ((log.runs[0] as Sarif.Run).results as Sarif.Result[])[0]?.locations?.[0];

  test('the patch file when it is under the root; the changed file when it is not; each with the logical location', () => {
    const inside = withPlacement({ patchFile: `${ROOT}/p/0001-x.patch`, changed: { path: 'Documentation/a.rst', line: 3, text: 'abc' } }, { startLine: 9, startColumn: 5, endLine: 9, endColumn: 34 });
    expect(loc(inside)?.physicalLocation).toEqual({
      artifactLocation: { uri: 'p/0001-x.patch', uriBaseId: 'SRCROOT' },
      region: { startLine: 9, startColumn: 5, endLine: 9, endColumn: 34, snippet: { text: 'host cannot read guest memory' } },
    });
    const outside = withPlacement({ patchFile: '/elsewhere/0001-x.patch', changed: { path: 'Documentation/a.rst', line: 3, text: 'abc' }, commit: 'f'.repeat(40) }, { startLine: 9, endLine: 9 });
    expect(loc(outside)?.physicalLocation).toEqual({ artifactLocation: { uri: 'Documentation/a.rst', uriBaseId: 'SRCROOT' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 4 } });
    expect(((outside.runs[0] as Sarif.Run).results as Sarif.Result[])[0]?.message.text).toBe('Not every technology encrypts memory (in the commit message of ffffffffffff "docs: x86 threat model")');
    // Whole lines when the input's columns are not the message's (an encoded or folded line).
    const whole = withPlacement({ patchFile: `${ROOT}/0001-x.patch` }, { startLine: 9, endLine: 10 });
    expect(loc(whole)?.physicalLocation?.region).toEqual({ startLine: 9, endLine: 10 });
    for (const log of [inside, outside, whole]) {
      expectValid(log);
      expect(githubProblems(log)).toEqual([]);
      expect(loc(log)?.logicalLocations).toEqual([{ name: 'commit message', fullyQualifiedName: '0001-x.patch: commit message' }]);
    }
  });

  test('the GitHub checks are not vacuous', () => {
    const log = withPlacement({});
    expect(githubProblems(log)).toEqual([]);
    const bad = JSON.parse(JSON.stringify(log)) as Sarif.Log;
    const result = ((bad.runs[0] as Sarif.Run).results as Sarif.Result[])[0] as Sarif.Result;
    result.locations = [{ logicalLocations: [{ name: 'commit message' }] }];
    expect(githubProblems(bad)).toEqual(['runs[0].results[0] (memory-encryption).locations[0]: no physicalLocation (GH1001)']);
    result.locations = [{ physicalLocation: { artifactLocation: { uri: 'file:///etc/x.rst' }, region: { startLine: 0 } } }];
    expect(githubProblems(bad)).toEqual([
      'runs[0].results[0] (memory-encryption).locations[0]: file:///etc/x.rst is an absolute URI, not relative to the repository (GH1005)',
      'runs[0].results[0] (memory-encryption).locations[0]: region.startLine is not a line (GH1003)',
    ]);
    delete result.locations;
    expect(githubProblems(bad)).toEqual(['runs[0].results[0] (memory-encryption): no locations (GH1001)']);
  });
});
