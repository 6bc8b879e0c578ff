/**
 * Formatters on very large reports (issue 9, item 8): the stylish formatter took the widest
 * "line:column" with Math.max(...rows), a RangeError past ~125,000 findings in one file; the
 * checkpatch formatter read a "diff --git" line with a regex quadratic in a long path.
 */
import { describe, expect, test } from '@jest/globals';
import { VFile } from 'vfile';
import { formatVFiles, VFILE_FORMATS } from '../../src/report/format.js';
import { claimlintCapped, withTree } from '../rst/capped.js';

/** A file of `n` lines with a warning on each. */
function fileWithFindings(n: number): VFile {
  const file = new VFile({ path: 'Documentation/big.rst', value: 'word\n'.repeat(n) });
  // vfile messages are Errors: no stack traces for 130,000 of them.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (let i = 0; i < n; i++) {
      const m = file.message('a finding', { place: { start: { line: i + 1, column: 1, offset: i * 5 }, end: { line: i + 1, column: 5, offset: i * 5 + 4 } }, ruleId: 'some-rule', source: 'claimlint' });
      m.fatal = false;
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  return file;
}

describe('130,000 findings in one file', () => {
  const n = 130_000;
  const file = fileWithFindings(n);

  test('stylish lists them all', () => {
    const out = formatVFiles('stylish', [file]);
    expect(out.split('\n').filter((l) => l.includes('some-rule'))).toHaveLength(n);
    expect(out).toContain(`✖ ${n} problems (0 errors, ${n} warnings)`);
    // The widest position sets the column: "130000:1" is 8 characters.
    expect(out).toContain('\n  1:1       warning  a finding  some-rule\n');
  });

  test.each(VFILE_FORMATS.filter((f) => f !== 'stylish'))('%s does too', (format) => {
    expect(() => formatVFiles(format, [file], { root: '/', rules: [] })).not.toThrow();
  });
});

describe('checkpatch output', () => {
  test('a "diff --git" line with a 600,000-character path', () => {
    const name = `${'x'.repeat(300_000)}.txt`;
    const patch = [
      'From: A <a@example.org>', 'Subject: [PATCH] docs: a long name', '', 'Body.', '', '---',
      `diff --git a/${name} b/${name}`, 'new file mode 100644', 'index 0000000..e69de29', '--- /dev/null', `+++ b/${name}`,
      '@@ -0,0 +1 @@', '+text', '',
    ].join('\n');
    withTree({ 'long.patch': patch }, (root) => {
      // /^diff --git .*?(\S+)$/ backtracked quadratically over the path: minutes on main.
      const r = claimlintCapped(['--no-tree', 'long.patch'], { cwd: root, timeoutMs: 30_000 });
      expect(r.timedOut).toBe(false);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('total: 0 errors, 0 warnings');
    });
  });
});
