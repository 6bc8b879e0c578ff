/**
 * Patch mode on Markdown (issue 13): a patch that touches .md (or .markdown) files lints their
 * post-images, built as for .rst (the tree's file with the hunks applied, a series building on
 * itself, the hunks alone without a tree), and reports only what the patch adds, at post-image
 * lines. A patch adding a Markdown document gets the findings the same patch adding its RST
 * twin gets: the same rule, message and column in the same sentence, at that sentence's line.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  Repo, expectedForCommit, jsonFindings, lineNumber, removeTemps, run, withFindings,
} from './helpers.js';

afterAll(removeTemps);

const OVER_INTEGRITY = 'Confidential guests always get memory integrity protection from the hardware.';
const OVER_REPORT = 'On every confidential VM the guest can request a signed attestation report at any time.';
const SCOPED = 'With SEV-SNP, the hardware protects the integrity of guest memory.';

// Twins written for this test: the same sentences in RST and in Markdown.
const RST = `.. SPDX-License-Identifier: GPL-2.0

==================
Guest memory notes
==================

${OVER_INTEGRITY}
${SCOPED}

Reports
=======

- ${OVER_REPORT}
`;

const MD = `<!-- SPDX-License-Identifier: GPL-2.0 -->

# Guest memory notes

${OVER_INTEGRITY}
${SCOPED}

## Reports

* ${OVER_REPORT}
`;

interface JsonMessage { ruleId: string; message: string; line: number; column: number }

/** The findings of a `-f json` patch-mode run, per file: rule id, message, the line's text and the column in it. */
function findings(out: string, textOf: (path: string) => string) {
  const results = JSON.parse(out) as { filePath: string; messages: JsonMessage[] }[];
  return results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => {
      const line = textOf(r.filePath).split('\n')[m.line - 1] ?? '';
      // The column counted from where the sentence starts on its line (past "- " or "* ").
      const sentenceColumn = line.search(/[A-Z]/) + 1;
      return { ruleId: m.ruleId, message: m.message, line: m.line, sentence: line.slice(sentenceColumn - 1), column: m.column - sentenceColumn };
    }),
  }));
}

/** A repository with a README, then one commit adding `path` with `text`; its format-patch saved outside the tree. */
function adding(path: string, text: string) {
  const repo = new Repo();
  repo.write('README', 'A tree.\n');
  repo.commit('Initial tree');
  repo.write(path, text);
  const commit = repo.commit('Documentation: virt: coco: guest memory notes');
  return { repo, commit, patch: repo.saveOutside('0001-notes.patch', repo.formatPatch('-1', commit)) };
}

describe('a patch adding a Markdown document', () => {
  test('gets the findings the patch adding its RST twin gets, at the line of the same sentence', async () => {
    const rst = adding('Documentation/virt/coco/guest-memory.rst', RST);
    const md = adding('Documentation/virt/coco/guest-memory.md', MD);
    const rstRun = await run(['-f', 'json', '--tree', rst.repo.dir, rst.patch]);
    const mdRun = await run(['-f', 'json', '--tree', md.repo.dir, md.patch]);
    expect(mdRun.err).toBe('');
    expect(rstRun.status).toBe(1);
    expect(mdRun.status).toBe(1);
    const [rstFile] = findings(rstRun.out, (p) => rst.repo.read(p));
    const [mdFile] = findings(mdRun.out, (p) => md.repo.read(p));
    expect(mdFile?.filePath).toBe('Documentation/virt/coco/guest-memory.md');

    // Both over-claims, on the line each document has them; nothing for the scoped sentence.
    expect(mdFile?.messages.map((m) => [m.ruleId, m.line, m.sentence])).toEqual([
      ['memory-integrity', lineNumber(MD, OVER_INTEGRITY), OVER_INTEGRITY],
      ['attestation-report', lineNumber(MD, `* ${OVER_REPORT}`), OVER_REPORT],
    ]);
    expect(rstFile?.messages.map((m) => [m.ruleId, m.line, m.sentence])).toEqual([
      ['memory-integrity', lineNumber(RST, OVER_INTEGRITY), OVER_INTEGRITY],
      ['attestation-report', lineNumber(RST, `- ${OVER_REPORT}`), OVER_REPORT],
    ]);
    // The same rule, message and place in the sentence.
    const same = (f: typeof mdFile) => f?.messages.map(({ ruleId, message, sentence, column }) => ({ ruleId, message, sentence, column }));
    expect(same(mdFile)).toEqual(same(rstFile));

    // Patch mode's findings are those of the post-image linted whole, on added lines (every line here).
    expect(withFindings(jsonFindings(mdRun.out))).toEqual(withFindings(expectedForCommit(md.repo, md.commit)));
  });

  test('checkpatch output names the Markdown file and quotes the added line', async () => {
    const md = adding('Documentation/virt/coco/guest-memory.md', MD);
    const r = await run(['--tree', md.repo.dir, md.patch]);
    expect(r.out).toContain(`FILE: Documentation/virt/coco/guest-memory.md:${lineNumber(MD, OVER_INTEGRITY)}:\n+${OVER_INTEGRITY}\n`);
    expect(r.out).toContain(`FILE: Documentation/virt/coco/guest-memory.md:${lineNumber(MD, `* ${OVER_REPORT}`)}:\n+* ${OVER_REPORT}\n`);
    expect(r.out).toMatch(/total: 0 errors, 2 warnings, \d+ lines checked/);
  });

  test('.markdown is linted too; other files (a .txt) are not', async () => {
    const repo = new Repo();
    repo.write('README', 'A tree.\n');
    repo.commit('Initial tree');
    repo.write('Documentation/virt/coco/notes.markdown', MD).write('Documentation/virt/coco/notes.txt', MD);
    const commit = repo.commit('Documentation: notes');
    const r = await run(['-f', 'json', '--tree', repo.dir, repo.saveOutside('0001.patch', repo.formatPatch('-1', commit))]);
    expect(withFindings(jsonFindings(r.out)).map((f) => [f.filePath, f.messages.map((m) => m.ruleId)])).toEqual([
      ['Documentation/virt/coco/notes.markdown', ['memory-integrity', 'attestation-report']],
    ]);
  });
});

describe('a patch changing a Markdown document', () => {
  // The base already holds an over-claim (the first paragraph): a patch that does not touch it is not blamed for it.
  const BASE = `# Guest memory notes\n\n${OVER_INTEGRITY}\n\n## SEV-SNP guests\n\nThe guest talks to the firmware.\n\n## Reports\n\nThe host relays messages.\n`;
  // Added below the "SEV-SNP guests" heading, which is outside the hunk (no finding in either reading).
  const PLAIN = 'The hardware protects the integrity of guest memory.';

  function changed() {
    const repo = new Repo();
    repo.write('Documentation/virt/coco/notes.md', BASE).write('README', 'A tree.\n');
    repo.commit('Initial tree');
    repo.edit('Documentation/virt/coco/notes.md', 'The guest talks to the firmware.\n', `The guest talks to the firmware.\n${PLAIN}\n`);
    repo.edit('Documentation/virt/coco/notes.md', 'The host relays messages.\n', `The host relays messages.\n${OVER_REPORT}\n`);
    const commit = repo.commit('Documentation: notes: more');
    return { repo, commit, patch: repo.saveOutside('0001.patch', repo.formatPatch('-1', commit)) };
  }

  test('only added lines are reported, at post-image lines (an over-claim already there is not the patch\'s)', async () => {
    const { repo, commit, patch } = changed();
    const r = await run(['-f', 'json', '--tree', repo.dir, patch]);
    const post = repo.read('Documentation/virt/coco/notes.md');
    expect(withFindings(jsonFindings(r.out))).toEqual([{
      filePath: 'Documentation/virt/coco/notes.md',
      messages: [{ ruleId: 'attestation-report', line: lineNumber(post, OVER_REPORT), column: 10 }],
    }]);
    expect(withFindings(jsonFindings(r.out))).toEqual(withFindings(expectedForCommit(repo, commit)));
  });

  test('with --no-tree the hunks alone are linted and the findings say scope was limited', async () => {
    const { patch } = changed();
    const json = await run(['-f', 'json', '--no-tree', patch]);
    const results = JSON.parse(json.out) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    const md = results.find((f) => f.filePath === 'Documentation/virt/coco/notes.md');
    expect(md?.messages.map((m) => m.ruleId)).toEqual(['attestation-report']);
    const r = await run(['--no-tree', patch]);
    expect(r.out).toContain(`+${OVER_REPORT}\n`);
    expect(r.out).toContain('NOTE: Documentation/virt/coco/notes.md: no tree (--no-tree): linted from the hunks alone');
  });

  test('a series builds on itself: the second patch applies to the first one\'s Markdown post-image', async () => {
    const repo = new Repo();
    repo.write('Documentation/virt/coco/notes.md', BASE).write('README', 'A tree.\n');
    const base = repo.commit('Initial tree');
    repo.edit('Documentation/virt/coco/notes.md', 'The host relays messages.\n', 'The host relays messages.\nIt cannot read them.\n');
    repo.commit('Documentation: notes: one');
    repo.edit('Documentation/virt/coco/notes.md', 'It cannot read them.\n', `It cannot read them.\n${OVER_REPORT}\n`);
    repo.commit('Documentation: notes: two');
    const mbox = repo.saveOutside('series.mbox', repo.formatPatch(`${base}..HEAD`));
    // The tree is at the base: the second patch's hunks do not apply to it, only to the first's result.
    repo.git('checkout', '-q', base);
    const r = await run(['-f', 'json', '--tree', repo.dir, mbox]);
    expect(r.err).toBe('');
    const post = repo.git('show', 'main:Documentation/virt/coco/notes.md');
    expect(withFindings(jsonFindings(r.out))).toEqual([{
      filePath: 'Documentation/virt/coco/notes.md',
      messages: [{ ruleId: 'attestation-report', line: lineNumber(post, OVER_REPORT), column: 10 }],
    }]);
    // Not from the hunks alone: no note says scope was limited.
    const checkpatch = await run(['--tree', repo.dir, mbox]);
    expect(checkpatch.out).toContain(`+${OVER_REPORT}\n`);
    expect(checkpatch.out).not.toContain('NOTE: Documentation/virt/coco/notes.md');
  });
});
