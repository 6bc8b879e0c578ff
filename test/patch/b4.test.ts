/**
 * claimlint in b4's place for checkpatch.pl: `b4 prep --check` runs its
 * per-patch command with one patch mail on stdin at the top of the tree
 * (default recipe `-q --terse --no-summary --mailback --showfile`); every
 * stdout line is an item (`ERROR:` fails), every stderr line a failure, and a
 * clean patch must print nothing. `b4 review` checks read a JSON array
 * (`--format b4-review`). Also checkpatch.pl's other flags on stdin: --emacs,
 * --terse, --show-types, --types, --ignore, -v, and exit statuses; and a mail
 * with a quoted-printable body and an RFC 2047 subject.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { Repo, cli, defaultRuleSets, expectedMessagesForCommit, jsonFindings, lineNumber, removeTemps } from './helpers.js';

afterAll(removeTemps);

const DOC = 'Documentation/security/guests.rst';
const BASE = `Guests
======

This document describes confidential computing guests.

Confidential VMs accept their private pages before use.
`;
const X86_CLAIM = 'Confidential computing on x86 preserves the integrity of guest private memory.';
const SCOPED = 'On SEV-SNP and TDX, the host cannot modify guest private memory.';
const RECIPE = ['-q', '--terse', '--no-summary', '--mailback', '--showfile'];

const typeOf = (id: string) => id.toUpperCase().replace(/-/g, '_');

/** A repository with BASE, and one commit appending `added` to it; the mail is `git format-patch -1`. */
function onePatch(added: string, files: Record<string, string> = {}) {
  const repo = new Repo();
  repo.write(DOC, BASE);
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  const base = repo.commit('Initial tree');
  repo.edit(DOC, 'before use.\n', `before use.\n\n${added}\n`);
  const commit = repo.commit('docs: security: describe guest memory', 'Say what the host may do.');
  const mail = repo.formatPatch('-1', commit);
  const expected = expectedMessagesForCommit(repo, commit).flatMap((f) => f.messages.map((m) => ({ path: f.path, m })))
    .sort((a, b) => (a.m.line ?? 0) - (b.m.line ?? 0) || (a.m.ruleId ?? '').localeCompare(b.m.ruleId ?? ''));
  return { repo, base, commit, mail, expected };
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('b4 prep --check: claimlint -q --terse --no-summary --mailback --showfile, one mail on stdin', () => {
  test('one "path:line: WARNING: message" line per finding, as git says (tree at the pre-image)', () => {
    const { repo, base, mail, expected } = onePatch(`${X86_CLAIM}\n\n${SCOPED}`);
    expect(expected.map((e) => e.m.ruleId)).toEqual(['memory-integrity', 'overgeneral-umbrella']);
    repo.git('checkout', '-q', base);
    const r = cli(RECIPE, { input: mail, cwd: repo.dir });
    expect(r.err).toBe('');
    expect(r.out).toBe(expected.map(({ path, m }) => `${path}:${m.line}: WARNING: ${m.reason}\n`).join(''));
    expect(lines(r.out)).toHaveLength(2);
    for (const l of lines(r.out)) expect(l).toContain('WARNING:');
    expect(lines(r.out)[0]).toMatch(new RegExp(`^${DOC}:8: WARNING: `));
    expect(r.status).toBe(1);
  });

  test('the same with the patch applied in the tree (b4 runs at the prep branch)', () => {
    const { repo, mail, expected } = onePatch(`${X86_CLAIM}\n\n${SCOPED}`);
    const r = cli(RECIPE, { input: mail, cwd: repo.dir });
    expect(r.err).toBe('');
    expect(r.out).toBe(expected.map(({ path, m }) => `${path}:${m.line}: WARNING: ${m.reason}\n`).join(''));
  });

  // Regression: a hunk that appends at the end of a file already applied in the tree must not be applied
  // a second time (post-image.ts checks "already applied" before applying).
  test('a patch appending at the end of the file, applied in the tree: the findings git gives', () => {
    const repo = new Repo();
    repo.write(DOC, 'Guests\n======\n\nThis document describes guests.\n');
    repo.commit('Initial tree');
    repo.write(DOC, `Guests\n======\n\nThis document describes guests.\n\n${X86_CLAIM}\n`);
    const commit = repo.commit('docs: security: describe guest memory');
    const expected = expectedMessagesForCommit(repo, commit).flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}: WARNING: ${m.reason}\n`));
    expect(expected).toHaveLength(2);
    const r = cli(RECIPE, { input: repo.formatPatch('-1', commit), cwd: repo.dir });
    expect(r.out).toBe(expected.join(''));
  });

  test('a clean patch: nothing at all on stdout or stderr, exit 0', () => {
    const { repo, base, mail, expected } = onePatch(SCOPED);
    expect(expected).toEqual([]);
    repo.git('checkout', '-q', base);
    expect(cli(RECIPE, { input: mail, cwd: repo.dir })).toEqual({ status: 0, out: '', err: '' });
    // b4 am --check's recipe (no --showfile), and plain -q: nothing either.
    expect(cli(['-q', '--terse', '--no-summary', '--mailback'], { input: mail, cwd: repo.dir })).toEqual({ status: 0, out: '', err: '' });
    expect(cli(['-q'], { input: mail, cwd: repo.dir })).toEqual({ status: 0, out: '', err: '' });
    // checkpatch.pl's quirk, which is why b4 passes --no-summary: -q --terse is quiet 2, and the summary stays.
    expect(cli(['-q', '--terse'], { input: mail, cwd: repo.dir }).out).toMatch(/^total: 0 errors, 0 warnings, \d+ lines checked\n$/);
  });

  test('error-severity findings print ERROR: (b4 counts them as failures)', () => {
    const { repo, base, mail } = onePatch(X86_CLAIM, { '.claimlint.yml': 'root: true\nseverity:\n  memory-integrity: error\n' });
    repo.git('checkout', '-q', base);
    const r = cli(RECIPE, { input: mail, cwd: repo.dir });
    expect(lines(r.out).map((l) => l.replace(/: (ERROR|WARNING): .*/, ' $1'))).toEqual([`${DOC}:8 ERROR`, `${DOC}:8 WARNING`]);
    expect(r.status).toBe(1);
    // --fail-on error: warnings alone pass.
    const { repo: r2, base: b2, mail: m2 } = onePatch(X86_CLAIM);
    r2.git('checkout', '-q', b2);
    const warnOnly = cli([...RECIPE, '--fail-on', 'error'], { input: m2, cwd: r2.dir });
    expect(lines(warnOnly.out)).toHaveLength(2);
    expect(warnOnly.status).toBe(0);
  });
});

describe('--format b4-review: the JSON array b4 review checks read', () => {
  test('warn with the findings as details; pass for a clean patch', () => {
    const { repo, base, mail, expected } = onePatch(X86_CLAIM);
    repo.git('checkout', '-q', base);
    const r = cli(['--patch', '--format', 'b4-review'], { input: mail, cwd: repo.dir });
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual([{
      tool: 'claimlint', status: 'warn', summary: '0 errors, 2 warnings',
      details: expected.map(({ path, m }) => `${path}:${m.line}: WARNING:${typeOf(m.ruleId ?? '')}: ${m.reason}`).join('\n'),
    }]);
    expect(r.status).toBe(1);

    const clean = onePatch(SCOPED);
    clean.repo.git('checkout', '-q', clean.base);
    const c = cli(['--patch', '--format', 'b4-review'], { input: clean.mail, cwd: clean.repo.dir });
    const out = JSON.parse(c.out) as { tool: string; status: string; summary: unknown; details?: unknown }[];
    expect(out).toEqual([{ tool: 'claimlint', status: 'pass', summary: expect.any(String) }]);
    expect(c.status).toBe(0);
  });

  test('fail when a finding is an error', () => {
    const { repo, base, mail } = onePatch(X86_CLAIM, { '.claimlint.yml': 'root: true\nseverity:\n  memory-integrity: error\n' });
    repo.git('checkout', '-q', base);
    const out = JSON.parse(cli(['--patch', '--format', 'b4-review'], { input: mail, cwd: repo.dir }).out) as { status: string; summary: string }[];
    expect(out.map((o) => [o.status, o.summary])).toEqual([['fail', '1 errors, 1 warnings']]);
  });

  // Regression: --format b4-review (patch mode only) reads the mail on stdin, as the README tells b4.
  test('`claimlint --format b4-review` (the command the README gives b4) reads the mail on stdin', () => {
    const { repo, base, mail } = onePatch(X86_CLAIM);
    repo.git('checkout', '-q', base);
    const r = cli(['--format', 'b4-review'], { input: mail, cwd: repo.dir });
    expect(r.err).toBe('');
    expect((JSON.parse(r.out) as { status: string }[]).map((o) => o.status)).toEqual(['warn']);
  });
});

describe("checkpatch.pl's flags on stdin", () => {
  function setup(added = `${X86_CLAIM}\n\n${SCOPED}`) {
    const p = onePatch(added);
    p.repo.git('checkout', '-q', p.base);
    const run = (args: string[]) => cli(args, { input: p.mail, cwd: p.repo.dir });
    return { ...p, run };
  }

  test('--emacs: "-:N: " before each block (stdin is "-"), N the input line of the + line', () => {
    const { mail, expected, run } = setup();
    const n = lineNumber(mail, `+${X86_CLAIM}`);
    const r = run(['--emacs', '-q', '--no-summary']);
    expect(r.out).toBe(expected.map(({ path, m }) => `-:${n}: WARNING: ${m.reason}\n#${n}: FILE: ${path}:${m.line}:\n+${X86_CLAIM}\n\n`).join(''));
    expect(r.status).toBe(1);
  });

  test('--terse: one "-:N: WARNING: message" line per finding, then the summary', () => {
    const { mail, expected, run } = setup();
    const n = lineNumber(mail, `+${X86_CLAIM}`);
    const r = run(['--terse']);
    const out = lines(r.out);
    expect(out.slice(0, -1)).toEqual(expected.map(({ m }) => `-:${n}: WARNING: ${m.reason}`));
    expect(out[out.length - 1]).toMatch(/^total: 0 errors, 2 warnings, \d+ lines checked$/);
  });

  test('--show-types: WARNING:MEMORY_INTEGRITY: and WARNING:OVERGENERAL_UMBRELLA:', () => {
    const { expected, run } = setup();
    const r = run([...RECIPE, '--show-types']);
    expect(r.out).toBe(expected.map(({ path, m }) => `${path}:${m.line}: WARNING:${typeOf(m.ruleId ?? '')}: ${m.reason}\n`).join(''));
    expect(lines(r.out).map((l) => l.replace(/^[^ ]+ (WARNING:\w+):.*/, '$1'))).toEqual(['WARNING:MEMORY_INTEGRITY', 'WARNING:OVERGENERAL_UMBRELLA']);
  });

  test.each([
    [['--types', 'MEMORY_INTEGRITY'], ['MEMORY_INTEGRITY']],
    [['--types', 'memory-integrity'], ['MEMORY_INTEGRITY']],
    [['--types', 'Memory_Integrity'], ['MEMORY_INTEGRITY']],
    [['--types=overgeneral-UMBRELLA'], ['OVERGENERAL_UMBRELLA']],
    [['--types', 'memory_integrity,OVERGENERAL-UMBRELLA'], ['MEMORY_INTEGRITY', 'OVERGENERAL_UMBRELLA']],
    [['--types', 'MEMORY_INTEGRITY', '--types', 'overgeneral_umbrella'], ['MEMORY_INTEGRITY', 'OVERGENERAL_UMBRELLA']],
    [['--ignore', 'OVERGENERAL_UMBRELLA'], ['MEMORY_INTEGRITY']],
    [['--ignore', 'memory-integrity'], ['OVERGENERAL_UMBRELLA']],
    [['--ignore', 'overgeneral_umbrella,MEMORY-INTEGRITY'], []],
    [['--types', 'MEMORY_INTEGRITY', '--ignore', 'memory_integrity'], []],
  ])('%j shows %j', (args, types) => {
    const { run } = setup();
    const r = run([...RECIPE, '--show-types', ...args]);
    expect(lines(r.out).map((l) => /WARNING:(\w+):/.exec(l)?.[1])).toEqual(types);
    expect(r.err).toBe('');
    expect(r.status).toBe(types.length ? 1 : 0);
  });

  test('-v: the rule\'s rationale after its first finding only', () => {
    const { mail, expected, run } = setup(`${X86_CLAIM}\n\nx86 guests have memory integrity.`);
    expect(expected.map((e) => e.m.ruleId)).toEqual(['memory-integrity', 'overgeneral-umbrella', 'memory-integrity', 'overgeneral-umbrella']);
    const rationale = new Map(defaultRuleSets().flatMap((s) => s.rules.map((r) => [r.id, r.rationale.replace(/\s+/g, ' ').trim()] as const)));
    const r = run(['-q', '--no-summary', '-v']);
    const blocks = r.out.split('\n\n').filter(Boolean);
    const shape = blocks.map((b) => (b.startsWith('    ') ? `rationale: ${b.replace(/\s+/g, ' ').trim()}` : b.split('\n').slice(0, 2).join(' | ')));
    const first = lineNumber(mail, `+${X86_CLAIM}`);
    const second = lineNumber(mail, '+x86 guests have memory integrity.');
    const [a, b, c, d] = expected.map((e) => e.m);
    expect(shape).toEqual([
      `WARNING: ${a?.reason} | #${first}: FILE: ${DOC}:${a?.line}:`,
      `rationale: ${rationale.get('memory-integrity')}`,
      `WARNING: ${b?.reason} | #${first}: FILE: ${DOC}:${b?.line}:`,
      `rationale: ${rationale.get('overgeneral-umbrella')}`,
      `WARNING: ${c?.reason} | #${second}: FILE: ${DOC}:${c?.line}:`,
      `WARNING: ${d?.reason} | #${second}: FILE: ${DOC}:${d?.line}:`,
    ]);
    // Indented by four spaces, as checkpatch.pl prints the long descriptions from checkpatch.rst.
    for (const l of r.out.split('\n').filter((x) => x.startsWith(' '))) expect(l).toMatch(/^ {4}\S/);
  });

  test('exit status: 1 with findings, 0 without', () => {
    expect(setup().run(['-q']).status).toBe(1);
    expect(setup(SCOPED).run(['-q']).status).toBe(0);
    expect(setup(SCOPED).run(['--terse']).status).toBe(0);
  });

  // Regression: "#N", "FILE: path:L:" and the "+line" name the same line even when the claim starts above the hunk;
  // b4 review's checkpatch handler reads the offending line back from the input by "-:N:".
  test('#N, FILE: path:L: and the quoted line are the same line when the sentence starts above the hunk', () => {
    const repo = new Repo();
    repo.write(DOC, `${BASE}
Confidential computing on x86
keeps the private memory of a guest
away from the host, and it
preserves the integrity of guest
private memory against a host
that is not trusted by the guest.
`);
    const base = repo.commit('Initial tree');
    repo.edit(DOC, 'that is not trusted by the guest.', 'that the guest does not trust.');
    const commit = repo.commit('docs: security: reword');
    const mail = repo.formatPatch('-1', commit);
    const post = repo.git('show', `${commit}:${DOC}`).split('\n');
    const mailLines = mail.split('\n');
    repo.git('checkout', '-q', base);
    const r = cli(['-q', '--no-summary'], { input: mail, cwd: repo.dir });
    const found = [...r.out.matchAll(/^#(\d+): FILE: ([^:]+):(\d+):\n(.*)$/gm)];
    expect(found).toHaveLength(2);
    for (const [, n, , l, raw] of found) {
      expect(mailLines[Number(n) - 1]).toBe(raw);
      expect(raw?.slice(1)).toBe(post[Number(l) - 1]);
    }
  });
});

describe('a mail with a quoted-printable body and an RFC 2047 subject', () => {
  // Written by hand: the same mail plain (8bit) and encoded; the subject is folded, the body has a soft line break
  // in the middle of an added line, "=3D" and UTF-8 quotes.
  const PLAIN = `From: =?UTF-8?Q?J=C3=B6rg_T?= <t@example.org>
Date: Thu, 1 Jan 2026 00:00:00 +0000
Subject: [PATCH] docs: security: x86 guests have memory integrity
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

The host’s view of guest memory is described below; the old sentence
“x = 1” stays.
---
 ${DOC} | 4 ++++
 1 file changed, 4 insertions(+)

diff --git a/${DOC} b/${DOC}
index 1111111..2222222 100644
--- a/${DOC}
+++ b/${DOC}
@@ -4,3 +4,7 @@ Guests
 This document describes confidential computing guests.
 
 Confidential VMs accept their private pages before use.
+
+Confidential computing on x86 preserves the integrity of guest private memory, which the host’s writes cannot change.
+
+${SCOPED}
-- 
2.39.5
`;
  const QP = `From: =?UTF-8?Q?J=C3=B6rg_T?= <t@example.org>
Date: Thu, 1 Jan 2026 00:00:00 +0000
Subject: =?UTF-8?Q?=5BPATCH=5D_docs=3A_security=3A_x86_guests_have_memory?=
 =?UTF-8?Q?_integrity?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

The host=E2=80=99s view of guest memory is described below; the old sentence
=E2=80=9Cx =3D 1=E2=80=9D stays.
---
 ${DOC} | 4 ++++
 1 file changed, 4 insertions(+)

diff --git a/${DOC} b/${DOC}
index 1111111..2222222 100644
--- a/${DOC}
+++ b/${DOC}
@@ -4,3 +4,7 @@ Guests
 This document describes confidential computing guests.
 
 Confidential VMs accept their private pages before use.
+
+Confidential computing on x86 preserves the integrity of guest private mem=
ory, which the host=E2=80=99s writes cannot change.
+
+${SCOPED}
-- 
2.39.5
`;
  /** The plain mail with its body in base64, lines of 76. */
  const BASE64 = (() => {
    const at = PLAIN.indexOf('\n\n');
    const body = Buffer.from(PLAIN.slice(at + 2)).toString('base64').replace(/.{76}/g, '$&\n');
    return `${PLAIN.slice(0, at).replace('Content-Transfer-Encoding: 8bit', 'Content-Transfer-Encoding: base64')}\n\n${body}\n`;
  })();

  function tree() {
    const repo = new Repo();
    repo.write(DOC, BASE);
    repo.commit('Initial tree');
    return repo;
  }

  test('the same findings as the plain mail: the decoded subject and the decoded + line', () => {
    const repo = tree();
    const plain = cli(RECIPE, { input: PLAIN, cwd: repo.dir });
    const qp = cli(RECIPE, { input: QP, cwd: repo.dir });
    expect(qp.err).toBe('');
    expect(plain.out).not.toBe('');
    // One finding on the subject, which is a heading ("x86" scoping it; a heading makes no property claim;
    // commit-message findings have no file: checkpatch.pl's ":0: " prefix), and two in the file.
    expect(lines(plain.out).map((l) => l.replace(/ WARNING: .*/, ''))).toEqual([':0:', `${DOC}:8:`, `${DOC}:8:`]);
    expect(qp.out).toBe(plain.out);
    expect(qp.status).toBe(1);

    const json = (input: string) => jsonFindings(cli(['--patch', '--format', 'json'], { input, cwd: repo.dir }).out);
    expect(json(QP)).toEqual(json(PLAIN));

    // The blocks quote the decoded lines.
    const full = cli(['-q', '--no-summary'], { input: QP, cwd: repo.dir }).out;
    expect(full).toContain('\nSubject: [PATCH] docs: security: x86 guests have memory integrity\n');
    expect(full).toContain('\n+Confidential computing on x86 preserves the integrity of guest private memory, which the host’s writes cannot change.\n');
  });

  // A quoted-printable soft line break above a finding does not move its "#N" / "-:N:" off the input line it is on.
  test('#N after a soft line break is the input line of the finding', () => {
    const repo = tree();
    // The two added sentences swapped: the soft line break now comes first.
    const qp = QP.replace(
      `+Confidential computing on x86 preserves the integrity of guest private mem=\nory, which the host=E2=80=99s writes cannot change.\n+\n+${SCOPED}\n`,
      `+On SEV-SNP and TDX, the host cannot modify guest private memory, which the=\n host=E2=80=99s writes cannot change.\n+\n+${X86_CLAIM}\n`,
    );
    expect(qp).not.toBe(QP);
    const input = qp.split('\n');
    const r = cli(['-q', '--emacs', '--no-summary'], { input: qp, cwd: repo.dir });
    const ns = [...r.out.matchAll(/^-:(\d+): WARNING: /gm)].map((m) => Number(m[1]));
    // The subject's finding first, then the two on the claim's line.
    expect(ns).toHaveLength(3);
    expect(ns.slice(1)).toEqual([lineNumber(qp, `+${X86_CLAIM}`), lineNumber(qp, `+${X86_CLAIM}`)]);
    for (const n of ns.slice(1)) expect(input[n - 1]).toBe(`+${X86_CLAIM}`);
  });

  test('a base64 body: the same findings as the plain mail', () => {
    const repo = tree();
    expect(BASE64).toContain('Content-Transfer-Encoding: base64\n\nVGhl');
    const b64 = cli(RECIPE, { input: BASE64, cwd: repo.dir });
    expect(b64.err).toBe('');
    expect(b64.out).toBe(cli(RECIPE, { input: PLAIN, cwd: repo.dir }).out);
  });
});
