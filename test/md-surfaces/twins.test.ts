/**
 * Every surface takes .md (issue 13). Twin documents, one in reStructuredText and one in
 * Markdown, say the same sentences (title, paragraphs, a bullet list, a table, and a code
 * block quoting an over-claim, which is no claim of the document). Each surface of the built
 * program (`node bin/claimlint.js`, no resident server) reports the same findings for the same
 * sentences in both: `claimlint FILE.rst`, `claimlint FILE.md`, a directory holding both, a
 * git-format patch adding each, and `--git` over the commits that add them. A finding is
 * compared by its rule id, its message, the sentence it lies in and its columns counted from
 * where that sentence starts, so the twins' different markup moves nothing that matters.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'claimlint.js');

interface Run { status: number; out: string; err: string }

/** The built claimlint in a child process, never handing its run to a resident server. */
function claimlint(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26, env: { ...process.env, CLAIMLINT_NO_SERVER: '1' },
  });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, out: r.stdout, err: r.stderr };
}

// Over-claims: each holds for some technologies of its scope only.
const OVER = {
  integrity: 'Confidential guests always get memory integrity protection from the hardware.',
  report: 'On every confidential VM the guest can request a signed attestation report at any time.',
  umbrella: 'Confidential computing on x86 preserves the integrity of guest private memory.',
  replay: 'Confidential VMs are protected against memory replay.',
};
// Scoped correctly: the sentence names the technology it is about.
const SCOPED = {
  snp: 'With SEV-SNP, the hardware protects the integrity of guest memory.',
  tdx: 'On Intel TDX, the guest asks the TDX module for a report that a quoting enclave then signs.',
  measured: 'With TDX, the TDX module has measured the initial guest image.',
  firmware: 'Under SEV-SNP the firmware signs attestation reports.',
};
const OTHER = [
  'Memory guarantees for confidential VMs',
  'This page lists what a guest may rely on once it runs as a confidential VM.',
  'Attestation',
  'Before the guest owner hands over a secret, it checks that:',
  'The report is fresh, which the verifier decides.',
  'Summary',
  'A guest that quotes this page in a log message might print:',
];
/** Every sentence of the twins' prose, each on a line of its own in both documents. */
const SENTENCES = [...Object.values(OVER), ...Object.values(SCOPED), ...OTHER];

const RST = `.. SPDX-License-Identifier: GPL-2.0

======================================
Memory guarantees for confidential VMs
======================================

This page lists what a guest may rely on once it runs as a confidential VM.

${OVER.integrity}
${SCOPED.snp}

Attestation
===========

${OVER.report}
${SCOPED.tdx}

Before the guest owner hands over a secret, it checks that:

- ${OVER.umbrella}
- ${SCOPED.measured}
- The report is fresh, which the verifier decides.

Summary
=======

+-----------+--------------------------------------------------------+
| Area      | What holds                                             |
+===========+========================================================+
| Integrity | ${OVER.replay}  |
+-----------+--------------------------------------------------------+
| Reports   | ${SCOPED.firmware}  |
+-----------+--------------------------------------------------------+

A guest that quotes this page in a log message might print::

    ${OVER.integrity}
`;

const MD = `<!-- SPDX-License-Identifier: GPL-2.0 -->

# Memory guarantees for confidential VMs

This page lists what a guest may rely on once it runs as a confidential VM.

${OVER.integrity}
${SCOPED.snp}

## Attestation

${OVER.report}
${SCOPED.tdx}

Before the guest owner hands over a secret, it checks that:

* ${OVER.umbrella}
* ${SCOPED.measured}
* The report is fresh, which the verifier decides.

## Summary

| Area      | What holds                                             |
|-----------|--------------------------------------------------------|
| Integrity | ${OVER.replay}  |
| Reports   | ${SCOPED.firmware}  |

A guest that quotes this page in a log message might print:

\`\`\`text
${OVER.integrity}
\`\`\`
`;

const DIR = 'Documentation/virt/coco';
const RST_PATH = `${DIR}/memory-guarantees.rst`;
const MD_PATH = `${DIR}/memory-guarantees.md`;
const TEXT: Record<string, string> = { [RST_PATH]: RST, [MD_PATH]: MD };

interface Message { ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }

/** Where each sentence starts in a document: its first occurrence (the code block's copy comes last). */
function sentencePlaces(text: string): Map<string, { line: number; column: number }> {
  const lines = text.split('\n');
  const out = new Map<string, { line: number; column: number }>();
  for (const s of SENTENCES) {
    const i = lines.findIndex((l) => l.includes(s));
    if (i < 0) throw new Error(`the twin lacks '${s}'`);
    out.set(s, { line: i + 1, column: (lines[i] as string).indexOf(s) + 1 });
  }
  return out;
}

/** A finding as the same in both twins: rule, message, its sentence and its columns in that sentence. */
function key(m: Message, places: Map<string, { line: number; column: number }>): string {
  for (const [sentence, at] of places) {
    if (m.line !== at.line || m.column < at.column || m.column >= at.column + sentence.length) continue;
    const end = m.endLine === m.line ? m.endColumn - at.column : `line+${m.endLine - m.line}`;
    return `${m.ruleId} | ${sentence} | ${m.column - at.column}-${end} | ${m.message}`;
  }
  return `outside every sentence: ${m.line}:${m.column} ${m.ruleId}`;
}

/** A `-f json` report as keys per document path (relative to the tree, whatever path the surface printed). */
function keysByPath(run: Run, tree: string): Map<string, string[]> {
  expect(run.err).toBe('');
  expect(run.status).toBe(1);
  const out = new Map<string, string[]>();
  for (const f of JSON.parse(run.out) as { filePath: string; messages: Message[] }[]) {
    const rel = f.filePath.startsWith(`${tree}/`) ? f.filePath.slice(tree.length + 1) : f.filePath;
    if (!(rel in TEXT)) continue; // a commit message, which has no findings here
    out.set(rel, f.messages.map((m) => key(m, sentencePlaces(TEXT[rel] as string))));
  }
  return out;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], {
  cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
});

let tmp: string;
/** A git work tree whose first commit holds a README, the second adds the RST twin and the third the Markdown twin. */
let tree: string;
let base: string;
let rstPatch: string;
let mdPatch: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'claimlint.mjs'))) throw new Error('dist/claimlint.mjs is missing: run `npm run build` first (npm test does)');
  tmp = mkdtempSync(join(tmpdir(), 'claimlint-twins-'));
  tree = join(tmp, 'tree');
  mkdirSync(join(tree, DIR), { recursive: true });
  git(tree, 'init', '-q');
  writeFileSync(join(tree, 'README'), 'A tree.\n');
  git(tree, 'add', '-A');
  git(tree, 'commit', '-q', '-m', 'Initial tree');
  base = git(tree, 'rev-parse', 'HEAD').trim();
  for (const path of [RST_PATH, MD_PATH]) {
    writeFileSync(join(tree, path), TEXT[path] as string);
    git(tree, 'add', '-A');
    git(tree, 'commit', '-q', '-m', `Documentation: coco: memory guarantees (${path.endsWith('.md') ? 'Markdown' : 'RST'})`);
  }
  rstPatch = join(tmp, '0001-rst.patch');
  mdPatch = join(tmp, '0002-md.patch');
  writeFileSync(rstPatch, git(tree, 'format-patch', '-M', '--stdout', '-1', 'HEAD~1'));
  writeFileSync(mdPatch, git(tree, 'format-patch', '-M', '--stdout', '-1', 'HEAD'));
  // A root configuration: nothing outside the tree configures the runs.
  writeFileSync(join(tree, '.claimlint.yml'), 'root: true\n');
});
afterAll(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

describe('twin documents on every surface', () => {
  /** The findings of the RST twin linted as a file: what every surface must report for either twin. */
  let rstAlone: string[] | undefined;
  const expectedKeys = () => (rstAlone ??= keysByPath(claimlint(['-f', 'json', RST_PATH], tree), tree).get(RST_PATH) as string[]);

  test('the file surfaces: FILE.rst and FILE.md report the same findings for the same sentences', () => {
    const rst = expectedKeys();
    const md = keysByPath(claimlint(['-f', 'json', MD_PATH], tree), tree).get(MD_PATH) as string[];
    expect(md).toEqual(rst);

    // Each over-claim is flagged, by the rule it breaks; the scoped sentences and the code block are not.
    const flagged = (s: string) => rst.filter((k) => k.includes(` | ${s} | `)).map((k) => k.split(' | ')[0]);
    expect(flagged(OVER.integrity)).toEqual(['memory-integrity']);
    expect(flagged(OVER.report)).toEqual(['attestation-report']);
    expect(flagged(OVER.umbrella)).toEqual(['memory-integrity', 'overgeneral-umbrella']);
    expect(flagged(OVER.replay)).toEqual(['memory-integrity']);
    for (const s of [...Object.values(SCOPED), ...OTHER]) expect([s, flagged(s)]).toEqual([s, []]);
    expect(rst.filter((k) => k.startsWith('outside every sentence'))).toEqual([]);
  });

  test('absolute paths: the same findings', () => {
    const both = keysByPath(claimlint(['-f', 'json', join(tree, RST_PATH), join(tree, MD_PATH)], tree), tree);
    expect([...both.keys()]).toEqual([MD_PATH, RST_PATH]);
    expect(both.get(MD_PATH)).toEqual(expectedKeys());
    expect(both.get(RST_PATH)).toEqual(expectedKeys());
  });

  test('a directory holding both twins lints both, with the same findings', () => {
    const walked = keysByPath(claimlint(['-f', 'json', 'Documentation'], tree), tree);
    expect([...walked.keys()]).toEqual([MD_PATH, RST_PATH]);
    expect(walked.get(MD_PATH)).toEqual(expectedKeys());
    expect(walked.get(RST_PATH)).toEqual(expectedKeys());
    // --ext narrows the walk to one twin.
    expect([...keysByPath(claimlint(['-f', 'json', '--ext', 'md', 'Documentation'], tree), tree).keys()]).toEqual([MD_PATH]);
    expect([...keysByPath(claimlint(['-f', 'json', '--ext', '.rst', 'Documentation'], tree), tree).keys()]).toEqual([RST_PATH]);
  });

  test('a patch adding the Markdown twin and a patch adding the RST twin report the same findings', () => {
    const rst = keysByPath(claimlint(['-f', 'json', rstPatch], tree), tree);
    const md = keysByPath(claimlint(['-f', 'json', mdPatch], tree), tree);
    expect([...rst.keys()]).toEqual([RST_PATH]);
    expect([...md.keys()]).toEqual([MD_PATH]);
    expect(md.get(MD_PATH)).toEqual(expectedKeys());
    expect(rst.get(RST_PATH)).toEqual(expectedKeys());
  });

  test('the same patches as checkpatch output: one block per finding, at the same sentence', () => {
    const blocks = (p: string) => {
      const r = claimlint([p], tree);
      expect(r.status).toBe(1);
      // "WARNING: message" / "#N: FILE: path:line:" / "+line": the message and the sentence on the added line.
      return [...r.out.matchAll(/^WARNING: (.*)\n#\d+: FILE: \S+:\d+:\n\+(.*)$/gm)]
        .map((m) => `${m[1]} | ${SENTENCES.find((s) => (m[2] as string).includes(s)) ?? m[2]}`);
    };
    const md = blocks(mdPatch);
    expect(md).toHaveLength(expectedKeys().length);
    expect(md).toEqual(blocks(rstPatch));
  });

  test('--git over the commits adding both twins reports each with the same findings', () => {
    const both = keysByPath(claimlint(['-f', 'json', '--git', `${base}..HEAD`], tree), tree);
    expect([...both.keys()]).toEqual([RST_PATH, MD_PATH]);
    expect(both.get(MD_PATH)).toEqual(expectedKeys());
    expect(both.get(RST_PATH)).toEqual(expectedKeys());
  });
});
