import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { removeAfterAll } from '../helpers/tmp.js';

const run = (args: string[]) => runCli(args);

const CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.\n';

function tree(config?: string) {
  const root = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-cfg-')));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'Documentation', 'translations', 'it_IT'), { recursive: true });
  mkdirSync(join(root, 'Documentation', 'security'), { recursive: true });
  writeFileSync(join(root, 'Documentation', 'security', 'coco.rst'), CLAIM);
  writeFileSync(join(root, 'Documentation', 'translations', 'it_IT', 'coco.rst'), CLAIM);
  if (config !== undefined) writeFileSync(join(root, '.claimlint.yml'), config);
  return root;
}
const rules = (out: string) => (JSON.parse(out) as { filePath: string; messages: { ruleId: string }[] }[])
  .map((r) => [r.filePath.replace(/^.*Documentation\//, ''), r.messages.map((m) => m.ruleId).sort()]);

describe('the CLI with .claimlint.yml', () => {
  test('translations are skipped by default, linted with --no-ignore or when named', async () => {
    const root = tree();
    expect(rules((await run(['-f', 'json', root])).out)).toEqual([
      ['security/coco.rst', ['memory-integrity', 'overgeneral-umbrella']],
    ]);
    expect(rules((await run(['-f', 'json', '--no-ignore', root])).out).map((r) => r[0])).toEqual([
      'security/coco.rst', 'translations/it_IT/coco.rst',
    ]);
    const named = join(root, 'Documentation', 'translations', 'it_IT', 'coco.rst');
    expect(rules((await run(['-f', 'json', named])).out).map((r) => r[0])).toEqual(['translations/it_IT/coco.rst']);
  });
  test('severity off, and a document scope by glob', async () => {
    const root = tree('severity:\n  overgeneral-umbrella: off\n');
    expect(rules((await run(['-f', 'json', root])).out)).toEqual([['security/coco.rst', ['memory-integrity']]]);
    const scoped = tree('scopes:\n  "Documentation/security/*.rst": [sev-snp, tdx]\n');
    // x86 names nothing outside {SNP, TDX} (it is an umbrella): it narrows to them, and integrity holds
    const r = await run(['-f', 'json', scoped]);
    expect(rules(r.out)).toEqual([['security/coco.rst', ['overgeneral-umbrella']]]);
    expect(r.status).toBe(1);
  });
  test('a broken configuration is an error naming file, line and column, exit 2', async () => {
    const root = tree('severity:\n  overgeneral-umbrella: loud\n');
    const r = await run(['-f', 'json', root]);
    expect(r.status).toBe(2);
    expect(r.err).toContain(`${join(root, '.claimlint.yml')}:2:`);
  });
  test('a scope naming an unknown technology is an error', async () => {
    const root = tree('scopes:\n  "**": [sev-snpp]\n');
    const r = await run(['-f', 'json', root]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/\.claimlint\.yml:2:\d+: .*sev-snpp/);
  });
});
