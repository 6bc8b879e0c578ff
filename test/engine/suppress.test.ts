import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lintText } from '../../src/engine/lint.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';

const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
const CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const lint = (text: string, severity?: Record<string, 'off' | 'warning'>) =>
  lintText(text, { path: 'Documentation/virt/coco/example.rst', ruleSets: [ruleSet!], severity }).messages
    .map((m) => [m.ruleId, m.line]);

describe('suppression comments', () => {
  test('disable-next silences the rule in the next block only', () => {
    const text = `Intro.\n\n.. claimlint: disable-next memory-integrity -- reviewed: SNP only here\n\n${CLAIM}\n\n${CLAIM}\n`;
    expect(lint(text)).toEqual([['overgeneral-umbrella', 5], ['memory-integrity', 7], ['overgeneral-umbrella', 7]]);
  });
  test('disable ... enable covers the range between them', () => {
    const text = `${CLAIM}\n\n.. claimlint: disable memory-integrity, overgeneral-umbrella\n\n${CLAIM}\n\n.. claimlint: enable memory-integrity, overgeneral-umbrella\n\n${CLAIM}\n`;
    expect(lint(text)).toEqual([['memory-integrity', 1], ['overgeneral-umbrella', 1], ['memory-integrity', 9], ['overgeneral-umbrella', 9]]);
  });
  test('disable-file covers the whole file; "all" covers every rule', () => {
    expect(lint(`${CLAIM}\n\n.. claimlint: disable-file all\n\n${CLAIM}\n`)).toEqual([]);
    expect(lint(`${CLAIM}\n\n.. claimlint: disable-file overgeneral-umbrella\n`)).toEqual([['memory-integrity', 1]]);
  });
  test('a suppression that silences nothing is reported, unless that report is off', () => {
    const text = `Intro.\n\n.. claimlint: disable-next memory-integrity -- stale\n\nNothing to see.\n`;
    expect(lint(text)).toEqual([['unused-suppression', 3]]);
    expect(lint(text, { 'unused-suppression': 'off' })).toEqual([]);
  });
  test('inside a list item, the comment silences the next block of that item', () => {
    const text = `- First item.\n\n  .. claimlint: disable-next all\n\n  ${CLAIM}\n\n- ${CLAIM}\n`;
    expect(lint(text)).toEqual([['memory-integrity', 7], ['overgeneral-umbrella', 7]]);
  });
  test('the suppression comment renders as nothing (docutils)', () => {
    // Debian's python3 has python3-docutils (installed by .ci/run).
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const py = (src: string) => spawnSync(python, ['-c', [
      'import sys, re, docutils.core',
      'html = docutils.core.publish_string(sys.stdin.read(), writer_name="html5").decode()',
      'body = html[html.index("<main>"):html.index("</main>")]',
      'print(re.sub(r"<!--.*?-->\\n?", "", body, flags=re.S))',
    ].join('\n')], { input: src, encoding: 'utf8' });
    const withComment = py(`Para one.\n\n.. claimlint: disable-next memory-integrity -- reason\n\n${CLAIM}\n`);
    if (withComment.status !== 0 && process.env['CI'] !== 'true') { console.warn('skipped: python3 with docutils not found'); return; }
    const without = py(`Para one.\n\n${CLAIM}\n`);
    expect(withComment.stdout).toBe(without.stdout);
    expect(withComment.stdout).not.toContain('claimlint');
    expect(withComment.stdout).toContain('integrity of guest private memory');
  });
});
