/**
 * Markdown on the command line (issue 13): directory walks take .md and .markdown beside .rst,
 * `--ext` chooses (ESLint's option: comma separated, with or without the dot), a file named is
 * linted whatever its extension, configuration ignores apply to Markdown as to RST, `parse` and
 * `prose` read a document in its own syntax, and `--fix` / `--fix-dry-run` edit Markdown.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { removeAfterAll } from '../helpers/tmp.js';

/** A tree of its own (a .git directory and a root .claimlint.yml, or `config`), so nothing outside configures the run. */
function tempTree(files: Record<string, string>, config = 'root: true\n'): string {
  const root = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-md-cli-')));
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.claimlint.yml'), config);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

// One over-claim, written for each syntax: the same sentence, so the same findings.
const CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const RST_DOC = `Guest memory\n============\n\n${CLAIM}\n`;
const MD_DOC = `# Guest memory\n\n${CLAIM}\n`;

const MIXED = {
  'Documentation/virt/coco/a.rst': RST_DOC,
  'Documentation/virt/coco/b.md': MD_DOC,
  'Documentation/virt/coco/c.markdown': MD_DOC,
  'Documentation/virt/coco/notes.txt': `${CLAIM}\n`,
  'Documentation/virt/coco/d.MD': MD_DOC,
};

interface Result { filePath: string; messages: { ruleId: string; line: number; column: number }[] }

/** `-f json` run from `cwd`: each file's path and rule ids. */
async function lintJson(args: string[], cwd: string) {
  const r = await runCli(['-f', 'json', ...args], { cwd });
  const files = r.status === 2 ? [] : (JSON.parse(r.out) as Result[]);
  return { ...r, files, paths: files.map((f) => f.filePath), rules: files.map((f) => [f.filePath, f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)]) };
}

describe('directory walks', () => {
  test('a directory means its .rst, .md and .markdown files; the same claim gets the same findings in each', async () => {
    const root = tempTree(MIXED);
    const r = await lintJson(['Documentation'], root);
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
    // .txt is no document; names are matched as written, as ESLint matches --ext (d.MD is not walked).
    expect(r.paths).toEqual(['Documentation/virt/coco/a.rst', 'Documentation/virt/coco/b.md', 'Documentation/virt/coco/c.markdown']);
    const [rst, md, markdown] = r.files as [Result, Result, Result];
    const ids = (f: Result) => f.messages.map((m) => `${m.column} ${m.ruleId}`);
    expect(ids(rst)).toEqual(['27 memory-integrity', '27 overgeneral-umbrella']);
    expect(ids(md)).toEqual(ids(rst));
    expect(ids(markdown)).toEqual(ids(rst));
    // The claim's line in each document: 4 below the RST title's underline, 3 below the ATX heading.
    expect(rst.messages.map((m) => m.line)).toEqual([4, 4]);
    expect(md.messages.map((m) => m.line)).toEqual([3, 3]);
  });

  test.each([
    { ext: ['rst'], paths: ['a.rst'] },
    { ext: ['.rst'], paths: ['a.rst'] },
    { ext: ['md'], paths: ['b.md'] },
    { ext: ['markdown'], paths: ['c.markdown'] },
    { ext: ['.md,.rst'], paths: ['a.rst', 'b.md'] },
    { ext: ['md, markdown'], paths: ['b.md', 'c.markdown'] },
    { ext: ['MD'], paths: ['b.md'] },
    { ext: ['rst,'], paths: ['a.rst'] },
    { ext: ['rst', 'md'], paths: ['a.rst', 'b.md'] },
  ])('--ext $ext', async ({ ext, paths }) => {
    const root = tempTree(MIXED);
    const r = await lintJson([...ext.flatMap((e) => ['--ext', e]), 'Documentation'], root);
    expect(r.err).toBe('');
    expect(r.paths).toEqual(paths.map((p) => `Documentation/virt/coco/${p}`));
  });

  test('--ext=VALUE is the same option', async () => {
    const root = tempTree(MIXED);
    expect((await lintJson(['--ext=md', 'Documentation'], root)).paths).toEqual(['Documentation/virt/coco/b.md']);
  });

  test.each([
    { value: '', says: /^claimlint: --ext "": expected a comma-separated list of extensions \(\.rst, \.md, \.markdown\)\n$/ },
    { value: ',', says: /^claimlint: --ext ",": expected a comma-separated list/ },
    { value: 'txt', says: /^claimlint: --ext txt: unknown extension 'txt' \(claimlint reads \.rst, \.md, \.markdown\)\n$/ },
    { value: 'rst,adoc', says: /^claimlint: --ext rst,adoc: unknown extension 'adoc'/ },
    { value: '..md', says: /^claimlint: --ext \.\.md: unknown extension '\.\.md'/ },
  ])('--ext "$value" is a usage error naming the option (exit status 2)', async ({ value, says }) => {
    const root = tempTree(MIXED);
    const r = await runCli(['--ext', value, 'Documentation'], { cwd: root });
    expect(r.status).toBe(2);
    expect(r.err).toMatch(says);
    expect(r.out).toBe('');
  });

  test('--ext without a value is a usage error; in patch mode it is a files-only option', async () => {
    const root = tempTree(MIXED);
    const missing = await runCli(['Documentation', '--ext'], { cwd: root });
    expect(missing.status).toBe(2);
    expect(missing.err).toContain('--ext');
    const patch = await runCli(['--patch', '--ext', 'md', 'x.patch'], { cwd: root });
    expect(patch.status).toBe(2);
    expect(patch.err).toBe('claimlint: --ext: only for files, not in patch mode\n');
  });

  test('a file named is linted whatever its extension and --ext; a glob picks its own files', async () => {
    const root = tempTree(MIXED);
    const named = await lintJson(['--ext', 'rst', 'Documentation/virt/coco/b.md', 'Documentation/virt/coco/d.MD', 'Documentation/virt/coco/notes.txt'], root);
    expect(named.paths).toEqual(['Documentation/virt/coco/b.md', 'Documentation/virt/coco/d.MD', 'Documentation/virt/coco/notes.txt']);
    // Each read in its syntax by its name (d.MD as Markdown): the claim's findings on its own line.
    expect(named.files.map((f) => f.messages.map((m) => m.line))).toEqual([[3, 3], [3, 3], [1, 1]]);
    const glob = await lintJson(['--ext', 'rst', 'Documentation/**/*.md'], root);
    expect(glob.paths).toEqual(['Documentation/virt/coco/b.md']);
  });
});

describe('configuration applies to Markdown as to RST', () => {
  test('translations are skipped by default and linted with --no-ignore; ignore globs skip .md files', async () => {
    const files = {
      'Documentation/security/coco.md': MD_DOC,
      'Documentation/translations/it_IT/coco.md': MD_DOC,
      'Documentation/drafts/coco.md': MD_DOC,
      'Documentation/drafts/coco.rst': RST_DOC,
    };
    const byDefault = tempTree(files);
    expect((await lintJson(['Documentation'], byDefault)).paths).toEqual([
      'Documentation/drafts/coco.md', 'Documentation/drafts/coco.rst', 'Documentation/security/coco.md',
    ]);
    expect((await lintJson(['--no-ignore', 'Documentation'], byDefault)).paths).toContain('Documentation/translations/it_IT/coco.md');

    const configured = tempTree(files, 'root: true\nignore:\n  - "Documentation/drafts/**"\n  - "**/*.md"\n');
    expect((await lintJson(['Documentation'], configured)).paths).toEqual([]);
    const onlyDrafts = tempTree(files, 'root: true\nignore:\n  - "Documentation/drafts/**"\n');
    expect((await lintJson(['Documentation'], onlyDrafts)).paths).toEqual([
      'Documentation/security/coco.md', 'Documentation/translations/it_IT/coco.md',
    ]);
  });

  test('severities and document scopes by glob reach .md files', async () => {
    const root = tempTree({ 'Documentation/security/coco.md': MD_DOC },
      'root: true\nseverity:\n  overgeneral-umbrella: off\nscopes:\n  "Documentation/security/*.md": [sev-snp, tdx]\n');
    // x86 narrows to SNP and TDX, where integrity holds; the umbrella rule is off.
    const r = await lintJson(['Documentation'], root);
    expect(r.rules).toEqual([['Documentation/security/coco.md', []]]);
    expect(r.status).toBe(0);
  });

  test('--cache records and restores the findings of a .md file', async () => {
    const root = tempTree({ 'Documentation/virt/coco/b.md': MD_DOC });
    const location = join(root, 'cache.json');
    const first = await lintJson(['--cache-location', location, 'Documentation'], root);
    const second = await lintJson(['--cache-location', location, 'Documentation'], root);
    expect(first.rules).toEqual([['Documentation/virt/coco/b.md', ['3:27 memory-integrity', '3:27 overgeneral-umbrella']]]);
    expect(second.out).toBe(first.out);
    expect(JSON.parse(readFileSync(location, 'utf8'))).toBeTruthy();
  });
});

describe('parse and prose read the document in its syntax', () => {
  test('claimlint prose FILE.md prints Markdown prose units: headings, paragraphs, list items, table cells', async () => {
    const root = tempTree({
      'small.md': '# Title\n\nSome text. More text.\n\n## Part two\n\n- An item.\n\n| Key | Value |\n|-----|-------|\n| a   | Cell text. |\n\n```\nNot prose.\n```\n',
    });
    const r = await runCli(['prose', 'small.md'], { cwd: root });
    expect(r.status).toBe(0);
    expect(r.out).toBe([
      '1:3  title', '  1:3  Title',
      '3:1  paragraph  [Title]', '  3:1  Some text.', '  3:12  More text.',
      '5:4  title  [Title]', '  5:4  Part two',
      '7:3  list-item  [Title > Part two]', '  7:3  An item.',
      '9:3  table-cell  [Title > Part two]', '  9:3  Key',
      '9:9  table-cell  [Title > Part two]', '  9:9  Value',
      '11:3  table-cell  [Title > Part two]', '  11:3  a',
      '11:9  table-cell  [Title > Part two]', '  11:9  Cell text.',
      '',
    ].join('\n'));
  });

  test('the same text named .rst is read as RST (the "#" line is a paragraph)', async () => {
    const root = tempTree({ 'small.rst': '# Title\n\nSome text.\n' });
    const r = await runCli(['prose', 'small.rst'], { cwd: root });
    expect(r.out).toBe('1:1  paragraph\n  1:1  # Title\n3:1  paragraph\n  3:1  Some text.\n');
  });

  test('claimlint parse FILE.md prints the document tree the Markdown reader builds', async () => {
    const root = tempTree({ 'small.md': '# Title\n\nSome text.\n' });
    const r = await runCli(['parse', 'small.md'], { cwd: root });
    const tree = JSON.parse(r.out) as { type: string; children: { type: string; children: { type: string }[] }[] };
    expect(tree.type).toBe('root');
    expect(tree.children.map((c) => c.type)).toEqual(['section']);
    expect(tree.children[0]?.children.map((c) => c.type)).toEqual(['title', 'paragraph']);
  });

  test('--help names --ext and Markdown', async () => {
    const r = await runCli(['--help']);
    expect(r.out).toContain('--ext LIST');
    expect(r.out).toContain('Directories mean every .rst, .md and .markdown file below them');
  });
});

describe('--fix on Markdown', () => {
  // Written for this test: a term with a fix inside emphasis and a link, an umbrella claim in a block quote.
  const rel = 'Documentation/virt/coco/overview.md';
  const DOC = [
    '# Confidential guests',
    '',
    'This page is about *confidential computing* in virtualized environments, see [the index](index.md).',
    '',
    '> Confidential computing on x86 preserves the integrity of guest private memory.',
    '',
    '```sh',
    '# virtualized environments stay as they are in code',
    '```',
    '',
  ].join('\n');
  const FIXED = DOC
    .replace('in virtualized environments, see', 'in cloud computing environments, see')
    .replace('on x86 preserves', 'on x86 (SEV-SNP, TDX and Hyper-V isolated VMs) preserves');

  test('the preferred suggestions replace the flagged words and nothing else', async () => {
    const root = tempTree({ [rel]: DOC });
    const r = await runCli(['--fix', rel], { cwd: root });
    expect(r.err).toBe([
      `${rel}:3:48: imprecise-term: 'virtualized environments' -> 'cloud computing environments'`,
      `${rel}:5:29: memory-integrity: 'x86' -> 'x86 (SEV-SNP, TDX and Hyper-V isolated VMs)'`,
      'claimlint: fixed 2 findings in 1 file',
      '',
    ].join('\n'));
    expect(readFileSync(join(root, rel), 'utf8')).toBe(FIXED);
    // Linted again: nothing remains.
    expect(r.out).toBe('');
    expect(r.status).toBe(0);
  });

  test('--fix-dry-run prints a diff that git applies, and writes nothing', async () => {
    const root = tempTree({ [rel]: DOC });
    const r = await runCli(['--fix-dry-run', rel], { cwd: root });
    expect(r.out.startsWith(`--- a/${rel}\n+++ b/${rel}\n@@ -1,8 +1,8 @@\n`)).toBe(true);
    expect(r.out).toContain('+> Confidential computing on x86 (SEV-SNP, TDX and Hyper-V isolated VMs) preserves');
    expect(readFileSync(join(root, rel), 'utf8')).toBe(DOC);
    execFileSync('git', ['apply', '-'], { cwd: root, input: r.out });
    expect(readFileSync(join(root, rel), 'utf8')).toBe(FIXED);
  });
});
