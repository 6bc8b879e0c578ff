/**
 * Line numbers in every output agree with the editor's when a file has lone "\r" line ends
 * (issue 9, item 9; rst/source.ts): JSON, stylish, github and rdjsonl count "\n", "\r\n" and
 * "\r" as LSP, SARIF and ESLint do. checkpatch output keeps checkpatch.pl's and git's count
 * ("\n" only): its "FILE: path:L:" names the line of the patch that adds the finding.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RdDiagnostic } from '../../src/report/rdjsonl.js';
import { runCli } from '../helpers/cli.js';
import { CLAIM } from '../rst/capped.js';

const dir = mkdtempSync(join(tmpdir(), 'claimlint-line-ends-'));
mkdirSync(join(dir, '.git'));
writeFileSync(join(dir, '.claimlint.yml'), 'root: true\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = `Title\r=====\r\rIntro.\r\r${CLAIM}\r`;
/** Where memory-integrity flags CLAIM ("x86"), as an LSP client counts. */
const flagged = TextDocument.create('file:///x', 'rst', 1, TEXT).positionAt(TEXT.indexOf('x86'));
const LINE = flagged.line + 1;
const COLUMN = flagged.character + 1;

describe('file mode, a file with lone "\\r" line ends', () => {
  const file = join(dir, 'mac.rst');
  writeFileSync(file, TEXT);

  test('json', async () => {
    const r = await runCli(['--format', 'json', file], { cwd: dir });
    const m = (JSON.parse(r.out) as { messages: { ruleId: string; line: number; column: number }[] }[])[0]?.messages.find((x) => x.ruleId === 'memory-integrity');
    expect(LINE).toBe(6);
    expect(m).toMatchObject({ line: LINE, column: COLUMN });
  });

  test('stylish, github and rdjsonl', async () => {
    expect((await runCli(['--format', 'stylish', file], { cwd: dir })).out).toContain(`  ${LINE}:${COLUMN}  warning`);
    expect((await runCli(['--format', 'github', file], { cwd: dir })).out).toContain(`line=${LINE},col=${COLUMN},`);
    const rd = (await runCli(['--format', 'rdjsonl', file], { cwd: dir })).out.trim().split('\n').map((l) => JSON.parse(l) as RdDiagnostic);
    expect(rd.find((d) => d.code.value === 'memory-integrity')?.location?.range.start).toEqual({ line: LINE, column: COLUMN });
  });
});

describe('patch mode', () => {
  // The post-image has a lone "\r" before the claim: git counts the claim on line 5, an editor on 6.
  const post = ['Title', '=====', '', 'Intro.\rMore.', CLAIM, 'Another added line.'];
  const patch = [
    'From: A <a@example.org>', 'Subject: [PATCH] docs: add mac.rst', '', 'Body.', '', '---',
    'diff --git a/Documentation/mac.rst b/Documentation/mac.rst', 'new file mode 100644', 'index 0000000..1111111',
    '--- /dev/null', '+++ b/Documentation/mac.rst', `@@ -0,0 +1,${post.length} @@`, ...post.map((l) => `+${l}`), '',
  ].join('\n');
  writeFileSync(join(dir, 'mac.patch'), patch);

  test('checkpatch output names the line as git numbers it, with that line quoted', async () => {
    const r = await runCli(['--no-tree', join(dir, 'mac.patch')], { cwd: dir });
    expect(r.out).toContain(`FILE: Documentation/mac.rst:5:\n+${CLAIM}\n`);
    expect(r.out).not.toContain('FILE: Documentation/mac.rst:6:');
  });

  test('json gives the line an editor shows, as it does for the file itself', async () => {
    const r = await runCli(['--no-tree', '--format', 'json', join(dir, 'mac.patch')], { cwd: dir });
    const m = (JSON.parse(r.out) as { messages: { ruleId: string; line: number }[] }[])[0]?.messages.find((x) => x.ruleId === 'memory-integrity');
    expect(m?.line).toBe(6);
  });
});
