/**
 * The machine formats and --output through the CLI, in file mode and patch
 * mode: the same bytes in the file as on stdout, nothing on stdout, the same
 * exit status.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';
import type { RdDiagnostic } from '../../src/report/rdjsonl.js';
import { runCli } from '../helpers/cli.js';

const run = (args: string[]) => runCli(args);

const CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const dir = mkdtempSync(join(tmpdir(), 'claimlint-output-'));
const doc = join(dir, 'coco.rst');
writeFileSync(doc, `Threat model\n============\n\n${CLAIM}\n`);

const PATCH = `From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001
From: T <t@example.org>
Date: Tue, 13 Jun 2023 10:00:00 +0000
Subject: [PATCH] docs: security: add a threat model

${CLAIM}

Signed-off-by: T <t@example.org>
---
 Documentation/security/coco.rst | 4 ++++
 1 file changed, 4 insertions(+)
 create mode 100644 Documentation/security/coco.rst

diff --git a/Documentation/security/coco.rst b/Documentation/security/coco.rst
new file mode 100644
index 0000000..1111111
--- /dev/null
+++ b/Documentation/security/coco.rst
@@ -0,0 +1,4 @@
+Threat model
+============
+
+${CLAIM}
-- 
2.40.0
`;
const patch = join(dir, '0001-threat-model.patch');
writeFileSync(patch, PATCH);
const tree = join(dir, 'tree');
mkdirSync(tree);

const savedSummary = process.env['GITHUB_STEP_SUMMARY'];
beforeAll(() => { delete process.env['GITHUB_STEP_SUMMARY']; });
afterAll(() => {
  if (savedSummary !== undefined) process.env['GITHUB_STEP_SUMMARY'] = savedSummary;
  rmSync(dir, { recursive: true, force: true });
});

const shipped = loadRuleFile(defaultRuleFiles()[0] as string).ruleSet as RuleSet;

describe('--output', () => {
  test.each(['stylish', 'json', 'sarif', 'github', 'rdjsonl'])('file mode, --format %s: the file holds what stdout would, stdout is empty', async (format) => {
    const out = join(dir, `out.${format}`);
    const plain = await run(['--format', format, doc]);
    const toFile = await run(['--format', format, '--output', out, doc]);
    expect(plain.status).toBe(1);
    expect(toFile.status).toBe(1);
    expect(toFile.out).toBe('');
    expect(toFile.err).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(plain.out);
    expect(plain.out).not.toBe('');
  });

  test('-o is --output; a clean run still writes (an empty) file', async () => {
    const clean = join(dir, 'clean.rst');
    writeFileSync(clean, 'Title\n=====\n\nNothing to see.\n');
    const out = join(dir, 'clean.rdjsonl');
    writeFileSync(out, 'stale');
    const r = await run(['--format', 'rdjsonl', '-o', out, clean]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('');
  });

  test('an unwritable --output is exit status 2, naming it', async () => {
    const out = join(dir, 'no', 'such', 'dir', 'x.sarif');
    const r = await run(['--format', 'sarif', '--output', out, doc]);
    expect(r.status).toBe(2);
    expect(r.err).toContain(`claimlint: --output ${out}: cannot write`);
  });

  test('file mode SARIF lists every rule of the loaded rule set, even those that did not fire', async () => {
    const r = await run(['--format', 'sarif', doc]);
    const log = JSON.parse(r.out) as Sarif.Log;
    const run0 = log.runs[0] as Sarif.Run;
    expect(run0.tool.driver.rules?.map((d) => d.id)).toEqual(shipped.rules.map((x) => x.id));
    const fired = new Set(run0.results?.map((x) => x.ruleId));
    expect(fired.size).toBeLessThan(shipped.rules.length);
    expect(fired).toEqual(new Set(['memory-integrity', 'overgeneral-umbrella']));
  });
});

describe('patch mode', () => {
  test.each(['checkpatch', 'json', 'sarif', 'github', 'rdjsonl', 'b4-review'])('--format %s --output: the file holds what stdout would', async (format) => {
    const out = join(dir, `patch.${format}`);
    const plain = await run(['--format', format, '--tree', tree, patch]);
    const toFile = await run(['--format', format, '--tree', tree, '--output', out, patch]);
    expect(toFile.status).toBe(plain.status);
    expect(plain.status).toBe(1);
    expect(toFile.out).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(plain.out);
  });

  test('sarif: post-image paths relative to the tree (SRCROOT), the commit message with its logical location', async () => {
    const r = await run(['--format', 'sarif', '--tree', tree, patch]);
    const run0 = (JSON.parse(r.out) as Sarif.Log).runs[0] as Sarif.Run;
    expect(run0.originalUriBaseIds).toEqual({ SRCROOT: { uri: `${pathToFileURL(tree).href}/` } });
    // (Where a commit message's findings are shown: test/report/sarif-patch.test.ts.)
    const located = run0.results?.filter((x) => !x.locations?.[0]?.logicalLocations) ?? [];
    expect(located.length).toBeGreaterThan(0);
    for (const x of located) {
      expect(x.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'Documentation/security/coco.rst', uriBaseId: 'SRCROOT' });
      expect(x.locations?.[0]?.physicalLocation?.region?.startLine).toBe(4);
    }
    const commit = run0.results?.filter((x) => x.locations?.[0]?.logicalLocations) ?? [];
    expect(commit.length).toBeGreaterThan(0);
    expect(commit[0]?.message.text).toContain('(in the commit message of 0123456789ab "docs: security: add a threat model")');
  });

  test('github: annotations at post-image lines, the commit message without a file, and the step summary', async () => {
    const summary = join(dir, 'patch-summary.md');
    process.env['GITHUB_STEP_SUMMARY'] = summary;
    try {
      const r = await run(['--format', 'github', '--tree', tree, patch]);
      const lines = r.out.split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(l).toMatch(/^::warning (file=Documentation\/security\/coco\.rst,line=4,col=\d+,endLine=4,endColumn=\d+,)?title=[a-z-]+::/);
      expect(lines.some((l) => l.startsWith('::warning title=') && l.includes('::In the commit message of "docs: security: add a threat model": '))).toBe(true);
      const md = readFileSync(summary, 'utf8');
      expect(md.startsWith(`## claimlint\n\n${lines.length} findings in 2 files: 0 errors, ${lines.length} warnings, 0 notices.\n`)).toBe(true);
      expect(md.match(/^\| /gm)).toHaveLength(lines.length + 2); // the header, the rule, a row a finding
    } finally {
      delete process.env['GITHUB_STEP_SUMMARY'];
    }
    expect(existsSync(summary)).toBe(true);
  });

  test('rdjsonl: paths relative to the tree, suggestions where there are suggested replacements', async () => {
    const r = await run(['--format', 'rdjsonl', '--tree', tree, patch]);
    const diags = r.out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as RdDiagnostic);
    expect(diags.filter((d) => d.location).every((d) => d.location?.path === 'Documentation/security/coco.rst')).toBe(true);
    expect(diags.some((d) => d.suggestions?.length)).toBe(true);
  });
});
