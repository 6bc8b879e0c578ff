/**
 * Patch mode against expectations computed from git alone: for each commit
 * and each .rst file it touches, the post-image from `git show` linted whole
 * with `lintText`, keeping the findings whose sentence overlaps a line the
 * commit adds (from `git diff -U0` hunk headers). Inputs: a three-patch
 * series in one mbox, a rename with a change, `git diff` on stdin, and
 * `--git base..HEAD`; the tree (`--tree`, or the work tree we run in)
 * supplies scope.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  Repo, cli, expectedForCommit, expectedForRange, expectedForWorkTree, jsonFindings, lineNumber, removeTemps, run, tempDir, withFindings,
} from './helpers.js';

afterAll(removeTemps);

const GUESTS = 'Documentation/security/confidential-guests.rst';
const TDX = 'Documentation/security/tdx-guests.rst';
const INDEX = 'Documentation/security/index.rst';

// The base document already holds overgeneralized claims (lines 9 and 11-12): a patch
// that does not touch them must not be blamed for them.
const BASE = `.. SPDX-License-Identifier: GPL-2.0

===========================
Confidential guest overview
===========================

This document describes confidential computing guests.

The host cannot modify guest private memory on x86.

Confidential computing on x86 preserves the integrity
of guest private memory for all guests.
`;

const INDEX_BASE = `.. SPDX-License-Identifier: GPL-2.0

======================
Security documentation
======================

.. toctree::
   :maxdepth: 1

   confidential-guests
`;

const X86_CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const SCOPED = 'On SEV-SNP and TDX, the host cannot modify guest private memory.';
const UNSCOPED = 'The host cannot modify guest private memory.';

/**
 * A series of three whose patches build on each other:
 *  1. a section titled "SEV-SNP and TDX" with an overgeneralized sentence at its end;
 *  2. an unscoped claim inside that section, its title outside the hunk (silent when the
 *     post-image is right; flagged when linted from the hunks alone);
 *  3. a new document (and its toctree line), a sentence before everything (which moves
 *     the lines of patches 1 and 2), and a change to the second line of an old
 *     two-line claim (so that claim is now the patch's).
 */
function dependentSeries() {
  const repo = new Repo();
  repo.write(GUESTS, BASE).write(INDEX, INDEX_BASE).write('README', 'A tree.\n');
  const base = repo.commit('Initial tree');
  repo.edit(GUESTS, 'for all guests.\n', `for all guests.

SEV-SNP and TDX
===============

Both technologies arrived in recent kernels.

Guests accept their private pages before use.

Guests validate the pages they are given.

${X86_CLAIM}
`);
  const p1 = repo.commit('docs: security: add a section on SEV-SNP and TDX guests', 'Describe how guests take their pages.');
  repo.edit(GUESTS, 'Guests validate the pages they are given.\n', `Guests validate the pages they are given.

${UNSCOPED}
`);
  const p2 = repo.commit('docs: security: say what the host cannot do', 'One sentence more.');
  repo.edit(GUESTS, 'This document describes confidential computing guests.\n', `This document describes confidential computing guests.

It is meant for readers new to the topic.
`);
  repo.edit(GUESTS, 'of guest private memory for all guests.', 'of guest private memory for every guest.');
  repo.write(TDX, `.. SPDX-License-Identifier: GPL-2.0

==========
TDX guests
==========

${UNSCOPED}

x86 guests have memory integrity.

${SCOPED}
`);
  repo.edit(INDEX, '   confidential-guests\n', '   confidential-guests\n   tdx-guests\n');
  const p3 = repo.commit('docs: security: add a page on TDX guests', 'Name the audience, too.');
  return { repo, base, p1, p2, p3 };
}

/** A series of three touching different files: each patch's pre-image is in the base tree. */
function independentSeries() {
  const repo = new Repo();
  repo.write(GUESTS, BASE).write(INDEX, INDEX_BASE);
  const base = repo.commit('Initial tree');
  repo.edit(GUESTS, 'for all guests.\n', `for all guests.

SEV-SNP and TDX
===============

Both technologies arrived in recent kernels.

Guests accept their private pages before use.

Guests validate the pages they are given.

${UNSCOPED}

${X86_CLAIM}
`);
  repo.commit('docs: security: add a section on SEV-SNP and TDX guests');
  repo.write(TDX, `.. SPDX-License-Identifier: GPL-2.0

==========
TDX guests
==========

${UNSCOPED}

x86 guests have memory integrity.
`);
  repo.commit('docs: security: add a page on TDX guests');
  repo.edit(INDEX, '   confidential-guests\n', '   confidential-guests\n   tdx-guests\n');
  repo.commit('docs: security: link the TDX page');
  return { repo, base };
}

describe('a three-patch series in one mbox', () => {
  test('the expectations themselves: what git says each patch adds (hand-checked)', () => {
    const { repo, p1, p2, p3 } = dependentSeries();
    const post3 = repo.git('show', `${p3}:${GUESTS}`);
    // Under the section "SEV-SNP and TDX", the x86 claim holds; only its scope word is too broad.
    expect(withFindings(expectedForCommit(repo, p1))).toEqual([{ filePath: GUESTS, messages: [
      { ruleId: 'overgeneral-umbrella', line: 23, column: 27 },
    ] }]);
    expect(expectedForCommit(repo, p2)).toEqual([{ filePath: GUESTS, messages: [] }]);
    // Patch 3: the old two-line claim now starts on line 13 (two lines were added above it).
    expect(lineNumber(post3, 'Confidential computing on x86 preserves the integrity')).toBe(13);
    expect(expectedForCommit(repo, p3)).toEqual([
      { filePath: GUESTS, messages: [{ ruleId: 'memory-integrity', line: 13, column: 27 }, { ruleId: 'overgeneral-umbrella', line: 13, column: 27 }] },
      { filePath: INDEX, messages: [] },
      // In a document named for TDX, "x86 guests" claim nothing false; "x86" is still too broad.
      { filePath: TDX, messages: [{ ruleId: 'overgeneral-umbrella', line: 9, column: 1 }] },
    ]);
  });

  test('patches touching different files, tree at the base: the findings git gives', async () => {
    const { repo, base } = independentSeries();
    const mbox = repo.saveOutside('series.mbox', repo.formatPatch(`${base}..HEAD`));
    const expected = expectedForRange(repo, `${base}..HEAD`);
    expect(withFindings(expected).length).toBeGreaterThan(0);
    repo.git('checkout', '-q', base);
    const r = await run(['--patch', '--format', 'json', '--tree', repo.dir, mbox]);
    expect(r.err).toBe('');
    expect(jsonFindings(r.out)).toEqual(expected);
    expect(r.status).toBe(1);
  });

  test('patches touching different files, tree at the tip (the series committed): the findings git gives', async () => {
    const { repo, base } = independentSeries();
    const mbox = repo.saveOutside('series.mbox', repo.formatPatch(`${base}..HEAD`));
    const r = await run(['--patch', '--format', 'json', '--tree', repo.dir, mbox]);
    expect(r.err).toBe('');
    expect(jsonFindings(r.out)).toEqual(expectedForRange(repo, `${base}..HEAD`));
  });

  // Regression: each mail applies to the post-image of the mails before it in the same input.
  test('patches building on each other, tree at the base: the findings git gives', async () => {
    const { repo, base } = dependentSeries();
    const mbox = repo.saveOutside('series.mbox', repo.formatPatch(`${base}..HEAD`));
    const expected = expectedForRange(repo, `${base}..HEAD`);
    repo.git('checkout', '-q', base);
    const r = await run(['--patch', '--format', 'json', '--tree', repo.dir, mbox]);
    expect(jsonFindings(r.out)).toEqual(expected);
  });

  // Regression: with the series committed, the post-image comes from the blob the diff's "index" line names.
  test('patches building on each other, tree at the tip: the findings git gives', async () => {
    const { repo, base } = dependentSeries();
    const mbox = repo.saveOutside('series.mbox', repo.formatPatch(`${base}..HEAD`));
    const r = await run(['--patch', '--format', 'json', '--tree', repo.dir, mbox]);
    expect(jsonFindings(r.out)).toEqual(expectedForRange(repo, `${base}..HEAD`));
  });

  test('checkpatch format over the mbox: #N counts lines of the whole input, FILE lines are post-image lines', async () => {
    const { repo, base } = independentSeries();
    const text = repo.formatPatch(`${base}..HEAD`);
    const mbox = repo.saveOutside('series.mbox', text);
    repo.git('checkout', '-q', base);
    const r = await run(['--patch', '-q', '--no-summary', '--show-types', '--tree', repo.dir, mbox]);
    const p1 = lineNumber(text, `+${X86_CLAIM}`);
    const p2 = lineNumber(text, '+x86 guests have memory integrity.');
    expect(p1).toBeLessThan(lineNumber(text, 'Subject: [PATCH 2/3] docs: security: add a page on TDX guests'));
    expect(r.out.split('\n').filter((l) => !/^(?:WARNING|$)/.test(l))).toEqual([
      `#${p1}: FILE: ${GUESTS}:25:`, `+${X86_CLAIM}`,
      `#${p2}: FILE: ${TDX}:9:`, '+x86 guests have memory integrity.',
    ]);
    expect(r.out.split('\n').filter((l) => l.startsWith('WARNING')).map((l) => l.replace(/: .*/, ''))).toEqual([
      'WARNING:OVERGENERAL_UMBRELLA', 'WARNING:OVERGENERAL_UMBRELLA',
    ]);
    expect(r.status).toBe(1);
  });
});

describe('a rename with a change (git format-patch -M)', () => {
  const OLD = 'Documentation/security/snp-tdx-guests.rst';
  const NEW = 'Documentation/security/confidential-guests.rst';
  function renamed() {
    const repo = new Repo();
    repo.write(OLD, `.. SPDX-License-Identifier: GPL-2.0

=====================
Confidential guests
=====================

This document describes confidential computing guests.

SEV-SNP and TDX
===============

Both technologies arrived in recent kernels.

Guests accept their private pages before use.

Guests validate the pages they are given.

Guests keep a list of the pages they accepted.
`);
    const base = repo.commit('Initial tree');
    repo.git('mv', OLD, NEW);
    repo.edit(NEW, 'Guests keep a list of the pages they accepted.\n', `Guests keep a list of the pages they accepted.

${UNSCOPED}

${X86_CLAIM}
`);
    const commit = repo.commit('docs: security: rename the guest page and say what the host cannot do');
    return { repo, base, commit };
  }

  test('the patch is a rename, and git expects only the x86 scope word (the other sentence is scoped by its section)', () => {
    const { repo, commit } = renamed();
    const patch = repo.formatPatch('-1', commit);
    expect(patch).toContain(`rename from ${OLD}\nrename to ${NEW}\n`);
    expect(expectedForCommit(repo, commit)).toEqual([{ filePath: NEW, messages: [
      { ruleId: 'overgeneral-umbrella', line: 22, column: 27 },
    ] }]);
  });

  test('tree at the parent (the old path): the findings git gives', async () => {
    const { repo, base, commit } = renamed();
    const file = repo.saveOutside('0001-rename.patch', repo.formatPatch('-1', commit));
    repo.git('checkout', '-q', base);
    const r = await run(['--format', 'json', '--tree', repo.dir, file]);
    expect(r.err).toBe('');
    expect(jsonFindings(r.out)).toEqual(expectedForCommit(repo, commit));
    expect(r.status).toBe(1);
  });

  // Regression: with the rename committed, the post-image comes from the new path (or its blob).
  test('tree at the commit (the new path only): the findings git gives', async () => {
    const { repo, commit } = renamed();
    const file = repo.saveOutside('0001-rename.patch', repo.formatPatch('-1', commit));
    const r = await run(['--format', 'json', '--tree', repo.dir, file]);
    expect(jsonFindings(r.out)).toEqual(expectedForCommit(repo, commit));
  });
});

describe('git diff output on stdin', () => {
  function workTree() {
    const { repo } = independentSeries();
    repo.edit(GUESTS, 'Both technologies arrived in recent kernels.\n', `Both technologies arrived in recent kernels.

${SCOPED}
`);
    repo.edit(GUESTS, 'This document describes confidential computing guests.\n', `This document describes confidential computing guests.

Confidential computing guests have their memory encrypted.
`);
    repo.edit(TDX, 'x86 guests have memory integrity.\n', 'x86 guests have memory integrity.\n\nAMD guests have memory integrity.\n');
    return repo;
  }

  test('uncommitted changes (`git diff | claimlint --patch`), run in the work tree: the findings git gives', () => {
    const repo = workTree();
    const diff = repo.git('diff');
    const expected = expectedForWorkTree(repo);
    expect(withFindings(expected).map((f) => f.filePath)).toEqual([GUESTS, TDX]);
    const r = cli(['--patch', '--format', 'json'], { input: diff, cwd: repo.dir });
    expect(r.err).toBe('');
    expect(jsonFindings(r.out)).toEqual(expected);
    expect(r.status).toBe(1);
    // "-" names stdin, as for checkpatch.pl.
    const terse = cli(['--terse', '--no-summary', '-q'], { input: diff, cwd: repo.dir });
    expect(terse.out).toMatch(/^-:\d+: WARNING: /);
  });

  test('staged changes (`git diff --cached`), with --patch -: the findings git gives', () => {
    const repo = workTree();
    repo.git('add', '-A');
    const r = cli(['--patch', '--format', 'json', '-'], { input: repo.git('diff', '--cached'), cwd: repo.dir });
    expect(r.err).toBe('');
    expect(jsonFindings(r.out)).toEqual(expectedForWorkTree(repo, '--cached'));
  });

  test('`git diff base HEAD` with the tree at the base (run elsewhere, --tree): the findings git gives', () => {
    const { repo, base } = independentSeries();
    const diff = repo.git('diff', '-M', `${base}`, 'HEAD');
    const expected = touchedAtOnce(repo, base);
    repo.git('checkout', '-q', base);
    const r = cli(['--patch', '--format', 'json', '--tree', repo.dir], { input: diff, cwd: tempDir('cwd') });
    expect(r.err).toBe('');
    expect(jsonFindings(r.out)).toEqual(expected);
  });
});

/** The expectations for one diff from `base` to HEAD, as a single change. */
function touchedAtOnce(repo: Repo, base: string) {
  repo.git('checkout', '-q', '-b', 'squashed', base);
  repo.git('merge', '-q', '--squash', 'main');
  const squashed = repo.commit('All at once');
  const out = expectedForCommit(repo, squashed);
  repo.git('checkout', '-q', 'main');
  return out;
}

describe('--git RANGE (-g), run in the repository', () => {
  test('patches touching different files: the findings git gives, a report per commit', () => {
    const { repo, base } = independentSeries();
    const r = cli(['--git', `${base}..HEAD`, '--format', 'json'], { cwd: repo.dir });
    expect(r.err).toBe('');
    expect(jsonFindings(r.out)).toEqual(expectedForRange(repo, `${base}..HEAD`));
    expect(r.status).toBe(1);
    const plain = cli(['-g', `${base}..HEAD`], { cwd: repo.dir });
    const subjects = [...plain.out.matchAll(/^Commit ([0-9a-f]{12}) \("(.*)"\)$/gm)].map((m) => m[2]);
    expect(subjects).toEqual(['docs: security: add a section on SEV-SNP and TDX guests', 'docs: security: add a page on TDX guests', 'docs: security: link the TDX page']);
  });

  test('-g HEAD-3 (checkpatch.pl\'s "the last N commits") is the same as base..HEAD', () => {
    const { repo, base } = independentSeries();
    const a = cli(['-g', 'HEAD-3', '--format', 'json'], { cwd: repo.dir });
    expect(a.err).toBe('');
    expect(jsonFindings(a.out)).toEqual(expectedForRange(repo, `${base}..HEAD`));
  });

  // Each commit's pre- and post-images come from git objects, not from the work tree (at HEAD, where an earlier
  // commit's pre-image is gone).
  test('patches building on each other: the findings git gives', () => {
    const { repo, base } = dependentSeries();
    const r = cli(['--git', `${base}..HEAD`, '--format', 'json'], { cwd: repo.dir });
    expect(jsonFindings(r.out)).toEqual(expectedForRange(repo, `${base}..HEAD`));
  });

  test('a rename with a change, -g <commit>: the findings git gives', () => {
    const repo = new Repo();
    repo.write('Documentation/security/old.rst', `.. SPDX-License-Identifier: GPL-2.0

Guests
======

This document describes confidential computing guests.
`);
    repo.commit('Initial tree');
    repo.git('mv', 'Documentation/security/old.rst', 'Documentation/security/guests.rst');
    repo.edit('Documentation/security/guests.rst', 'guests.\n', `guests.\n\n${X86_CLAIM}\n`);
    const commit = repo.commit('docs: security: rename and extend');
    const r = cli(['-g', commit, '--format', 'json'], { cwd: repo.dir });
    expect(r.err).toBe('');
    expect(jsonFindings(r.out)).toEqual(expectedForCommit(repo, commit));
    expect(withFindings(jsonFindings(r.out))).toHaveLength(1);
  });
});

describe('claimlint-ignore: RULE below the --- line silences a rule for that patch only', () => {
  const PAGES = 'Documentation/security/pages.rst';
  /** Two patches, each adding the x86 claim to its own document. */
  function twoPatches(firstBody?: string) {
    const repo = new Repo();
    const doc = (title: string) => `${title}\n${'='.repeat(title.length)}\n\nThis document describes confidential computing guests.\n\nConfidential VMs accept their private pages before use.\n`;
    repo.write(GUESTS, doc('Guests')).write(PAGES, doc('Pages'));
    const base = repo.commit('Initial tree');
    repo.edit(GUESTS, 'before use.\n', `before use.\n\n${X86_CLAIM}\n`);
    const p1 = repo.commit('docs: security: describe guest memory', firstBody);
    repo.edit(PAGES, 'before use.\n', `before use.\n\n${X86_CLAIM}\n`);
    repo.commit('docs: security: describe pages');
    return { repo, base, p1 };
  }
  const types = (out: string) => out.split('\n').filter(Boolean).map((l) => l.replace(/^([^ ]+) WARNING:(\w+):.*/, '$1 $2'));

  test('in git notes (format-patch --notes puts them below ---): patch 1 loses MEMORY_INTEGRITY, patch 2 keeps it', async () => {
    const { repo, base, p1 } = twoPatches();
    repo.git('notes', 'add', '-m', 'claimlint-ignore: memory-integrity', p1);
    const text = repo.git('format-patch', '--notes', '--stdout', `${base}..HEAD`);
    expect(text).toMatch(/\n---\n\nNotes:\n {4}claimlint-ignore: memory-integrity\n/);
    const mbox = repo.saveOutside('series.mbox', text);
    repo.git('checkout', '-q', base);
    const r = await run(['-q', '--terse', '--no-summary', '--showfile', '--show-types', '--tree', repo.dir, mbox]);
    expect(types(r.out)).toEqual([`${GUESTS}:8: OVERGENERAL_UMBRELLA`, `${PAGES}:8: MEMORY_INTEGRITY`, `${PAGES}:8: OVERGENERAL_UMBRELLA`]);
  });

  test('written by hand after ---, UPPER_SNAKE and a list: both rules silenced, exit 0', async () => {
    const { repo, base, p1 } = twoPatches();
    const text = repo.formatPatch('-1', p1).replace('\n---\n', '\n---\nclaimlint-ignore: MEMORY_INTEGRITY, Overgeneral_Umbrella\n');
    const file = repo.saveOutside('0001.patch', text);
    repo.git('checkout', '-q', base);
    const r = await run(['-q', '--tree', repo.dir, file]);
    expect(r).toEqual({ status: 0, out: '', err: '' });
  });

  test('the same line in the commit message silences nothing', async () => {
    const { repo, base, p1 } = twoPatches('claimlint-ignore: memory-integrity');
    const text = repo.formatPatch('-1', p1);
    expect(text).toMatch(/\n\nclaimlint-ignore: memory-integrity\n---\n/);
    const file = repo.saveOutside('0001.patch', text);
    repo.git('checkout', '-q', base);
    const r = await run(['-q', '--terse', '--no-summary', '--showfile', '--show-types', '--tree', repo.dir, file]);
    expect(types(r.out)).toEqual([`${GUESTS}:8: MEMORY_INTEGRITY`, `${GUESTS}:8: OVERGENERAL_UMBRELLA`]);
    expect(r.status).toBe(1);
  });
});
