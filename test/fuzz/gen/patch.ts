/**
 * Patches as they arrive: git format-patch mails and mbox series (cover letters, folded and
 * RFC 2047 subjects, base64 and quoted-printable bodies, trailers, notes below "---" with
 * `claimlint-ignore:`), plain `git diff` output, built from real edits of a generated tree
 * (RST files and MAINTAINERS) so the hunks apply; then, for some inputs, corrupted: wrong
 * counts, truncated hunks, dropped headers, stray lines, paths that leave the tree, corrupt
 * encodings, CRLF. Well-formed inputs carry the post-images they should produce.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { hunks, hunkText } from './diff.js';
import { blocks } from './rst.js';
import { claim, sentence } from './text.js';

export interface PatchInput {
  text: string;
  /** The tree's files (undefined: no tree, as --no-tree). */
  tree?: Record<string, string>;
  /** Git blobs by abbreviated id (what `index` lines name). */
  blobs: Record<string, string>;
  /** Time budget per kilobyte for this input (large inputs whose cost is known to be low set it lower). */
  perKb?: number;
  /** For well-formed inputs: each linted post-image (mail by mail, file by file), its added lines, the rules its mail ignores. */
  expect?: { path: string; post: string; added: number[]; ignored: string[] }[];
}

const RST_PATHS = ['Documentation/security/snp-tdx-threat-model.rst', 'Documentation/x86/tdx.rst', 'Documentation/virt/coco/sev-guest.rst', 'Documentation/index.rst'];
const EVIL_PATHS = ['../../etc/passwd', '/etc/passwd', 'Documentation/../../x.rst', 'a/\0b.rst', '"Documentation/with space.rst"'];

const maintainersEntry = fc.tuple(fc.oneof(claim, fc.constantFrom('CONFIDENTIAL COMPUTING THREAT MODEL FOR X86 VIRTUALIZATION (SNP/TDX)', 'X86 SEV GUEST SUPPORT', 'INTEL TDX')), fc.constantFrom(...RST_PATHS, 'Documentation/x86/coco.rst'))
  .map(([title, file]) => [title.toUpperCase().replace(/\.$/, ''), 'M:\tA Person <a@example.org>', 'L:\tlinux-coco@lists.linux.dev', 'S:\tSupported', `F:\t${file}`, '']);

/** Text as it comes out of a UTF-8 file: a lone surrogate of a generated string becomes U+FFFD. */
const asRead = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

const fileLines = (path: string) => (path === 'MAINTAINERS'
  ? fc.array(maintainersEntry, { minLength: 1, maxLength: 3 }).map((es) => es.flat())
  : blocks(1).map((ls) => ls.slice(0, 60).map(asRead)));

interface Op { at: number; del: number; ins: string[] }
const op: fc.Arbitrary<Op> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat(3), ins: fc.array(fc.oneof(claim, sentence, fc.constant('')).map(asRead), { maxLength: 3 }) });

function applyOps(lines: string[], ops: Op[]): string[] {
  const out = lines.slice();
  for (const o of ops) {
    const at = Math.min(out.length, Math.floor(o.at * (out.length + 1)));
    out.splice(at, o.del, ...o.ins);
  }
  return out;
}

type ChangeKind = 'modify' | 'add' | 'delete' | 'rename' | 'binary' | 'maintainers';
interface Change { kind: ChangeKind; file: number; ops: Op[]; added: string[] }
const change: fc.Arbitrary<Change> = fc.record({
  kind: fc.constantFrom<ChangeKind>('modify', 'modify', 'modify', 'add', 'delete', 'rename', 'binary', 'maintainers'),
  file: fc.nat(10), ops: fc.array(op, { minLength: 1, maxLength: 4 }), added: fc.array(fc.oneof(claim, sentence).map(asRead), { minLength: 1, maxLength: 6 }),
});

type Corruption = 'count' | 'huge-count' | 'truncate' | 'drop-line' | 'dup-line' | 'blank-context' | 'no-newline' | 'evil-path' | 'drop-header' | 'junk' | 'bad-encoding';
const corruption = fc.record({ kind: fc.constantFrom<Corruption>('count', 'huge-count', 'truncate', 'drop-line', 'dup-line', 'blank-context', 'no-newline', 'evil-path', 'drop-header', 'junk', 'bad-encoding'), at: fc.double({ min: 0, max: 1, noNaN: true }), text: sentence });

interface MailRecipe {
  subject: string; subjectForm: 'plain' | 'folded' | 'b' | 'q'; message: string[]; notes: string[];
  changes: Change[]; encoding: 'none' | 'none' | 'base64' | 'qp'; trailers: boolean;
}
const mail: fc.Arbitrary<MailRecipe> = fc.record({
  subject: fc.tuple(fc.constantFrom('', 'docs: ', 'docs: security: ', 'x86/sev: ', 'KVM: x86: '), claim).map(([p, c]) => p + c),
  subjectForm: fc.constantFrom<MailRecipe['subjectForm']>('plain', 'plain', 'folded', 'b', 'q'),
  message: fc.array(fc.oneof(claim, sentence, fc.constant('')).map(asRead), { maxLength: 6 }),
  notes: fc.array(fc.oneof(fc.constantFrom('claimlint-ignore: memory-integrity', 'claimlint-ignore: OVERGENERAL_UMBRELLA, untrusted-host', 'v2: reworded'), sentence), { maxLength: 2 }),
  changes: fc.array(change, { minLength: 0, maxLength: 3 }),
  encoding: fc.constantFrom<MailRecipe['encoding']>('none', 'none', 'none', 'base64', 'qp'),
  trailers: fc.boolean(),
});

const blobId = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 12);

function encodeQp(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1').split('\n').map((line) => {
    let out = '';
    let width = 0;
    for (const ch of line) {
      const c = ch.charCodeAt(0);
      const enc = c === 61 || c > 126 || (c < 32 && c !== 9) ? `=${c.toString(16).toUpperCase().padStart(2, '0')}` : ch;
      if (width + enc.length > 75) { out += '=\n'; width = 0; }
      out += enc;
      width += enc.length;
    }
    return out;
  }).join('\n');
}

function subjectHeader(s: string, form: MailRecipe['subjectForm']): string[] {
  if (form === 'b') return [`Subject: =?UTF-8?B?${Buffer.from(s).toString('base64')}?=`];
  if (form === 'q') return [`Subject: =?utf-8?q?${encodeQp(s).replace(/=\n/g, '').replace(/ /g, '_').replace(/\?/g, '=3F')}?=`];
  if (form === 'folded' && s.length > 20) return [`Subject: ${s.slice(0, 20)}`, ` ${s.slice(20)}`];
  return [`Subject: ${s}`];
}

/** Rule ids a mail's notes silence ("claimlint-ignore: A, B"). */
function ignoredBy(m: MailRecipe): string[] {
  return m.notes.flatMap((n) => /^\s*claimlint-ignore:\s*(.+)$/i.exec(n)?.[1]?.split(/[\s,]+/).filter(Boolean) ?? []).map((id) => id.toLowerCase().replace(/_/g, '-'));
}

interface Built { diff: string[]; expect: PatchInput['expect'] }

function buildDiff(recipe: MailRecipe, state: Map<string, string[]>, blobs: Record<string, string>, paths: string[]): Built {
  const diff: string[] = [];
  const expect: NonNullable<PatchInput['expect']> = [];
  const touched = new Set<string>();
  for (const c of recipe.changes) {
    const path = c.kind === 'maintainers' ? 'MAINTAINERS' : paths[c.file % paths.length] as string;
    if (touched.has(path)) continue;
    touched.add(path);
    const pre = state.get(path);
    const blob = (lines: string[]) => { const t = lines.length ? `${lines.join('\n')}\n` : ''; const id = blobId(t); blobs[id] = t; return id; };
    if (c.kind === 'binary') {
      diff.push(`diff --git a/${path}.png b/${path}.png`, 'index 1234567..89abcde 100644', `Binary files a/${path}.png and b/${path}.png differ`);
      continue;
    }
    if (c.kind === 'add' || pre === undefined) {
      const name = pre === undefined ? path : path.replace(/\.rst$/, '-new.rst');
      if (state.has(name)) continue;
      const post = c.added;
      diff.push(`diff --git a/${name} b/${name}`, 'new file mode 100644', `index 0000000..${blob(post)}`, '--- /dev/null', `+++ b/${name}`, ...hunkText({ oldStart: 0, oldCount: 0, newStart: 1, newCount: post.length, lines: post.map((text) => ({ kind: '+', text })) }));
      state.set(name, post);
      if (name.endsWith('.rst')) expect.push({ path: name, post: `${post.join('\n')}\n`, added: post.map((_, i) => i + 1), ignored: ignoredBy(recipe) });
      continue;
    }
    if (c.kind === 'delete') {
      diff.push(`diff --git a/${path} b/${path}`, 'deleted file mode 100644', `index ${blob(pre)}..0000000`, `--- a/${path}`, '+++ /dev/null');
      if (pre.length) diff.push(...hunkText({ oldStart: 1, oldCount: pre.length, newStart: 0, newCount: 0, lines: pre.map((text) => ({ kind: '-', text })) }));
      state.delete(path);
      continue;
    }
    const post = applyOps(pre, c.ops);
    const hs = hunks(pre, post);
    const to = c.kind === 'rename' ? path.replace(/\.rst$/, '-renamed.rst') : path;
    if (c.kind === 'rename' && state.has(to)) continue;
    if (c.kind !== 'rename' && hs.length === 0) continue;
    diff.push(`diff --git a/${path} b/${to}`);
    if (c.kind === 'rename') diff.push('similarity index 90%', `rename from ${path}`, `rename to ${to}`);
    if (hs.length) diff.push(`index ${blob(pre)}..${blob(post)} 100644`, `--- a/${path}`, `+++ b/${to}`, ...hs.flatMap((h) => hunkText(h)));
    state.delete(path);
    state.set(to, post);
    if (to.endsWith('.rst') && hs.length) {
      const added: number[] = [];
      for (const h of hs) { let n = h.newStart; for (const l of h.lines) { if (l.kind === '+') added.push(n); if (l.kind !== '-') n++; } }
      expect.push({ path: to, post: `${post.join('\n')}\n`, added, ignored: ignoredBy(recipe) });
    }
  }
  return { diff, expect };
}

function corrupt(lines: string[], k: { kind: Corruption; at: number; text: string }): string[] {
  const out = lines.slice();
  if (out.length === 0) return out;
  const i = Math.min(out.length - 1, Math.floor(k.at * out.length));
  const hunkAt = out.findIndex((l, j) => j >= i && l.startsWith('@@ '));
  const headerAt = out.findIndex((l) => /^(?:diff --git|--- |\+\+\+ )/.test(l));
  switch (k.kind) {
    case 'count': if (hunkAt >= 0) out[hunkAt] = (out[hunkAt] as string).replace(/,(\d+) @@/, (_, n: string) => `,${Number(n) + (k.at < 0.5 ? 1 : -1)} @@`); break;
    case 'huge-count': if (hunkAt >= 0) out[hunkAt] = (out[hunkAt] as string).replace(/\+(\d+)(,\d+)? @@/, '+$1,99999999 @@'); break;
    case 'truncate': out.length = Math.max(1, i); break;
    case 'drop-line': out.splice(i, 1); break;
    case 'dup-line': out.splice(i, 0, out[i] as string); break;
    case 'blank-context': { const j = out.findIndex((l, x) => x >= i && l.startsWith(' ')); if (j >= 0) out[j] = ''; break; }
    case 'no-newline': out.splice(i + 1, 0, '\\ No newline at end of file'); break;
    case 'evil-path': if (headerAt >= 0) out[headerAt] = (out[headerAt] as string).replace(/[ab]\/\S+/g, (m) => `${m[0]}/${EVIL_PATHS[i % EVIL_PATHS.length]}`); break;
    case 'drop-header': if (headerAt >= 0) out.splice(headerAt, 1); break;
    case 'junk': out.splice(i, 0, k.text); break;
    default: break;
  }
  return out;
}

export const patchInput: fc.Arbitrary<PatchInput> = fc.record({
  paths: fc.uniqueArray(fc.constantFrom(...RST_PATHS), { minLength: 1, maxLength: 3 }),
  contents: fc.array(fileLines('Documentation/x.rst'), { minLength: 3, maxLength: 3 }),
  maintainers: fileLines('MAINTAINERS'),
  mails: fc.array(mail, { minLength: 1, maxLength: 3 }),
  form: fc.constantFrom('mbox', 'mbox', 'single', 'diff', 'cover'),
  tree: fc.constantFrom(true, true, true, false),
  corruptions: fc.oneof({ weight: 3, arbitrary: fc.constant<Corruption[]>([]).map(() => [] as { kind: Corruption; at: number; text: string }[]) }, { weight: 2, arbitrary: fc.array(corruption, { minLength: 1, maxLength: 3 }) }),
  crlf: fc.boolean(),
  useBlobs: fc.boolean(),
}).map((r) => {
  const tree: Record<string, string> = {};
  const state = new Map<string, string[]>();
  r.paths.forEach((p, i) => { const lines = r.contents[i] as string[]; state.set(p, lines); tree[p] = `${lines.join('\n')}\n`; });
  state.set('MAINTAINERS', r.maintainers);
  tree['MAINTAINERS'] = `${r.maintainers.join('\n')}\n`;
  const blobs: Record<string, string> = {};
  const expect: NonNullable<PatchInput['expect']> = [];
  const out: string[] = [];
  const total = r.mails.length;
  let wellFormed = r.corruptions.length === 0;
  if (r.form === 'cover') {
    out.push('From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001', 'From: A Person <a@example.org>', `Subject: [PATCH 0/${total}] docs: a series`, '', 'Confidential computing guests have memory integrity.', '', 'A Person (1):', '  docs: x', '', '-- ', '2.43.0', '');
  }
  r.mails.forEach((m, k) => {
    // Without "From " lines only one mail can be told apart.
    if ((r.form === 'diff' || r.form === 'single') && k > 0) return;
    // A bare diff has no notes, so nothing is ignored.
    const built = buildDiff(r.form === 'diff' ? { ...m, notes: [] } : m, state, blobs, r.paths);
    let diff = built.diff;
    if (k === 0) for (const c of r.corruptions) diff = corrupt(diff, c);
    expect.push(...(built.expect ?? []));
    if (r.form === 'diff') { out.push(...diff); return; }
    const body = [...m.message, ...(m.trailers ? ['', 'Signed-off-by: A Person <a@example.org>'] : []), '---', ...m.notes, ` ${built.diff.length} files changed`, '', ...diff, '-- ', '2.43.0', ''];
    const headers = [
      ...(r.form === 'mbox' || r.form === 'cover' ? [`From ${createHash('sha1').update(String(k)).digest('hex')} Mon Sep 17 00:00:00 2001`] : []),
      'From: A Person <a@example.org>', 'Date: Mon, 1 Jan 2024 00:00:00 +0000',
      ...subjectHeader(`[PATCH v2 ${k + 1}/${total}] ${m.subject}`, m.subjectForm),
    ];
    let encoded = body;
    if (m.encoding !== 'none') {
      const text = body.join('\n');
      const bad = r.corruptions.some((c) => c.kind === 'bad-encoding') && k === 0;
      encoded = m.encoding === 'base64'
        ? Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\n').split('\n').map((l, i) => (bad && i === 1 ? `${l.slice(0, 10)}!*${l.slice(10)}` : l))
        : encodeQp(text).split('\n').map((l, i) => (bad && i === 1 ? `${l}=ZZ` : l));
      headers.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', `Content-Transfer-Encoding: ${m.encoding === 'qp' ? 'quoted-printable' : 'base64'}`);
    }
    out.push(...headers, '', ...encoded);
  });
  // The oracle needs the tree; a patch with no diff, or with an RST file the series touches twice, is left to the other properties.
  if (!r.tree || new Set(expect.map((e) => e.path)).size !== expect.length) wellFormed = false;
  const text = out.join(r.crlf ? '\r\n' : '\n');
  return { text, tree: r.tree ? tree : undefined, blobs: r.useBlobs ? blobs : {}, expect: wellFormed ? expect : undefined };
});
