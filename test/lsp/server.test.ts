import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { main } from '../../src/cli/main.js';
import { lintText } from '../../src/engine/lint.js';
import { disableEdit, REASON } from '../../src/lsp/disable.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import { corpusOrSkip, readCorpusFile } from '../helpers/corpus.js';
import { newFileFromPatch, reviewFileOrSkip } from '../helpers/review.js';
import { describeIf } from '../helpers/skip.js';
import { LspClient, ROOT, type Diagnostic, type Range } from './helpers/client.js';

/**
 * `claimlint lsp --stdio` as a child process, spoken to over stdio by a hand-written client
 * (helpers/client.ts). Needs the bundle (`npm test` builds it; in a single run, `npm run build`
 * first). Every wait is on a published version or a response, never on a timer.
 */

interface JsonMessage { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }

const tmp = mkdtempSync(path.join(tmpdir(), 'claimlint-lsp-'));
const clients: LspClient[] = [];

function client(): LspClient {
  const c = new LspClient();
  clients.push(c);
  return c;
}

afterEach(() => {
  for (const c of clients.splice(0)) {
    expect(c.junk).toBe(''); // nothing but JSON-RPC on stdout
    c.kill();
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `claimlint --format json` on `text` saved at `file`, run in-process. */
async function cliJson(file: string, text: string): Promise<JsonMessage[]> {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  let out = '';
  const status = await main(['--format', 'json', file], { out: (s) => { out += s; }, err: () => undefined });
  expect(status === 0 || status === 1).toBe(true);
  return (JSON.parse(out) as { messages: JsonMessage[] }[])[0]?.messages ?? [];
}

/** A diagnostic in the JSON shape (its message's first line is the CLI's message; the second, the scope's origin). */
function asJson(d: Diagnostic): JsonMessage {
  return {
    ruleId: String(d.code),
    severity: d.severity === 1 ? 2 : 1,
    message: d.message.split('\n')[0] ?? '',
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

const key = (m: JsonMessage) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.message}`;
const keys = (ms: JsonMessage[]) => ms.map(key).sort();

/** The multiset difference a - b. */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

function rangeOf(text: string, needle: string, within?: string): Range {
  const base = within === undefined ? 0 : text.indexOf(within);
  expect(base).toBeGreaterThanOrEqual(0);
  const start = text.indexOf(needle, base);
  expect(start).toBeGreaterThanOrEqual(0);
  const doc = TextDocument.create('x:', 'rst', 0, text);
  return { start: doc.positionAt(start), end: doc.positionAt(start + needle.length) };
}

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { documentChanges?: { textDocument: { uri: string; version: number }; edits: { range: Range; newText: string }[] }[] };
  command?: { command: string; arguments?: unknown[] };
}

const V2_PATH = 'Documentation/security/x86-confidential-computing.rst';
const v2mbox = reviewFileOrSkip('v2-patch.mbox', 'the LSP round trip lints the v2 document');

describeIf(v2mbox)('claimlint lsp: the v2 document', () => {
  test('initialize, diagnostics as the CLI gives them, a fix, quick fixes, hover, non-ASCII columns, shutdown', async () => {
    const text = newFileFromPatch(v2mbox as string, V2_PATH);
    const file = path.join(tmp, 'v2', V2_PATH);
    const uri = pathToFileURL(file).href;
    const c = client();

    const init = await c.initialize();
    const caps = init.capabilities as Record<string, unknown>;
    expect(caps['positionEncoding']).toBe('utf-16');
    expect(caps['textDocumentSync']).toMatchObject({ openClose: true, change: 2, save: {} });
    expect(caps['hoverProvider']).toBe(true);
    expect(caps['codeActionProvider']).toEqual({ codeActionKinds: ['quickfix', 'refactor.rewrite'] });
    expect(caps['executeCommandProvider']).toEqual({ commands: ['claimlint.explain'] });

    // didOpen: finding for finding what `claimlint --format json` reports on the same text.
    c.open(uri, text, 1);
    const v1 = await c.diagnostics(uri, 1);
    const cli1 = await cliJson(file, text);
    expect(cli1.length).toBeGreaterThan(10);
    expect(keys(v1.diagnostics.map(asJson))).toEqual(keys(cli1));
    for (const d of v1.diagnostics) {
      expect(d.source).toBe('claimlint');
      expect(d.severity).toBe(2); // the shipped rules are warnings
      expect(d.codeDescription?.href).toMatch(/^https:\/\/lore\.kernel\.org\//);
      expect(d.data?.ruleId).toBe(d.code);
    }
    // The scope's origin is the message's second line.
    const scoped = v1.diagnostics.find((d) => d.code === 'attestation-report');
    expect(scoped?.message.split('\n')[1]).toMatch(/^scope from /);
    expect(scoped?.data?.sentence).toBeDefined();

    // didChange (incremental) that fixes one claim: that finding, and only it, is gone.
    const x86 = rangeOf(text, 'x86', 'environments in x86 operate');
    c.change(uri, 2, [{ range: x86, text: 'SEV-SNP and TDX' }]);
    const v2 = await c.diagnostics(uri, 2);
    const gone = minus(keys(v1.diagnostics.map(asJson)), keys(v2.diagnostics.map(asJson)));
    expect(gone).toHaveLength(1);
    expect(gone[0]).toMatch(new RegExp(`^overgeneral-umbrella ${x86.start.line + 1}:${x86.start.character + 1}-`));
    expect(minus(keys(v2.diagnostics.map(asJson)), keys(v1.diagnostics.map(asJson)))).toEqual([]);
    const doc = TextDocument.create(uri, 'rst', 2, text);
    TextDocument.update(doc, [{ range: x86, text: 'SEV-SNP and TDX' }], 2);
    expect(keys(v2.diagnostics.map(asJson))).toEqual(keys(await cliJson(file, doc.getText())));

    // codeAction: the quick fixes of a finding with suggestions, the first preferred.
    const target = v2.diagnostics.find((d) => d.code === 'imprecise-term' && d.range.start.line === d.range.end.line);
    expect(target?.data?.expected?.length).toBeGreaterThan(0);
    const t = target as Diagnostic;
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: t.range, context: { diagnostics: [t] },
    });
    const fixes = actions.filter((a) => a.kind === 'quickfix' && a.title.startsWith('Replace '));
    expect(fixes).toHaveLength(t.data?.expected?.length ?? -1);
    const preferred = fixes.find((a) => a.isPreferred);
    expect(preferred?.title).toBe(`Replace '${t.data?.actual}' with '${t.data?.expected?.[0]}'`);
    expect(fixes.filter((a) => a.isPreferred)).toHaveLength(1);
    expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining([`Disable ${t.code} for this paragraph`, `Explain ${t.code}`]));
    // A "Refactor..." menu (only: refactor) gets the suggestions as rewrites, and nothing else.
    const rewrites = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: t.range, context: { diagnostics: [t], only: ['refactor'] },
    });
    expect(rewrites.map((a) => [a.kind, a.title])).toEqual(fixes.map((a) => ['refactor.rewrite', a.title]));
    const change = preferred?.edit?.documentChanges?.[0];
    expect(change?.textDocument).toEqual({ uri, version: 2 });
    expect(change?.edits).toEqual([{ range: t.range, newText: t.data?.expected?.[0] }]);
    // Applying it changes only the primary range.
    const before = doc.getText();
    const after = TextDocument.applyEdits(doc, change?.edits ?? []);
    const [s, e] = [doc.offsetAt(t.range.start), doc.offsetAt(t.range.end)];
    expect(after.slice(0, s)).toBe(before.slice(0, s));
    expect(after.slice(s + (t.data?.expected?.[0] ?? '').length)).toBe(before.slice(e));
    // ... and the re-lint shows that finding gone and no new one.
    c.change(uri, 3, change?.edits.map((x) => ({ range: x.range, text: x.newText })) ?? []);
    TextDocument.update(doc, change?.edits.map((x) => ({ range: x.range, text: x.newText })) ?? [], 3);
    const v3 = await c.diagnostics(uri, 3);
    const rulesMessages = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.message}`).sort();
    expect(minus(rulesMessages(v2.diagnostics), rulesMessages(v3.diagnostics))).toEqual([`${t.code} ${t.message}`]);
    expect(minus(rulesMessages(v3.diagnostics), rulesMessages(v2.diagnostics))).toEqual([]);

    // "Disable RULE for this paragraph" silences that finding and adds none (no unused suppression).
    const victim = v3.diagnostics.find((d) => d.code === 'memory-integrity') as Diagnostic;
    const actions3 = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: victim.range, context: { diagnostics: [victim] },
    });
    const disable = actions3.find((a) => a.title.startsWith('Disable memory-integrity for this '));
    const edits = disable?.edit?.documentChanges?.[0]?.edits ?? [];
    expect(edits).toHaveLength(1);
    expect(edits[0]?.newText).toMatch(/^\s*\.\. claimlint: disable-next memory-integrity -- .+\n\n/);
    c.change(uri, 4, edits.map((x) => ({ range: x.range, text: x.newText })));
    TextDocument.update(doc, edits.map((x) => ({ range: x.range, text: x.newText })), 4);
    const v4 = await c.diagnostics(uri, 4);
    expect(v4.diagnostics.some((d) => d.code === 'unused-suppression')).toBe(false);
    expect(v4.diagnostics.filter((d) => d.code === 'memory-integrity' && d.message === victim.message)).toHaveLength(0);
    expect(v4.diagnostics.length).toBe(v3.diagnostics.length - v3.diagnostics.filter((d) => d.code === 'memory-integrity' && d.message === victim.message).length);

    // Explain: the command shows the rationale and returns it as Markdown.
    const explain = actions3.find((a) => a.title === 'Explain memory-integrity');
    expect(explain?.command?.command).toBe('claimlint.explain');
    const mark = c.received.length;
    const explained = await c.request<{ markdown: string }>('workspace/executeCommand', { command: 'claimlint.explain', arguments: explain?.command?.arguments });
    const shown = await c.waitFor((m) => m.method === 'window/showMessage', mark);
    const rule = defaultRuleFiles().flatMap((f) => loadRuleFile(f).ruleSet?.rules ?? []).find((r) => r.id === 'memory-integrity');
    const messageId = rule?.source?.messageId as string;
    expect(messageId).toMatch(/^<.+@.+>$/);
    expect((shown.params as { message: string }).message).toContain(messageId);
    expect(explained.markdown).toContain(rule?.rationale.slice(0, 30));

    // Hover on a flagged range: the rule's message, rationale and provenance, with the Message-ID.
    const flagged = v4.diagnostics.find((d) => d.code === 'untrusted-host') as Diagnostic;
    const hover = await c.request<{ contents: { kind: string; value: string }; range?: Range }>('textDocument/hover', {
      textDocument: { uri }, position: flagged.range.start,
    });
    expect(hover.contents.kind).toBe('markdown');
    const hoverRule = defaultRuleFiles().flatMap((f) => loadRuleFile(f).ruleSet?.rules ?? []).find((r) => r.id === 'untrusted-host');
    expect(hover.contents.value).toContain(hoverRule?.source?.messageId as string);
    expect(hover.contents.value).toContain(hoverRule?.source?.reviewer as string);
    expect(hover.contents.value).toContain('untrusted-host');
    expect(hover.range).toEqual(flagged.range);
    const clean = [...Array(doc.lineCount).keys()].find((l) => !v4.diagnostics.some((d) => d.range.start.line <= l && l <= d.range.end.line)) as number;
    expect(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: clean, character: 0 } })).toBeNull();

    // Non-ASCII before a finding on its line: the range the CLI reports (UTF-16 columns).
    const naFile = path.join(tmp, 'na', 'Documentation', 'coco-notes.rst');
    const naUri = pathToFileURL(naFile).href;
    const naText = 'Notes\n=====\n\nIt doesn’t matter → 😀 confidential computing guarantees memory integrity for every guest.\n';
    c.open(naUri, naText, 7);
    const na = await c.diagnostics(naUri, 7);
    const naCli = await cliJson(naFile, naText);
    expect(naCli.length).toBeGreaterThan(0);
    expect(keys(na.diagnostics.map(asJson))).toEqual(keys(naCli));
    const first = na.diagnostics[0] as Diagnostic;
    const line = naText.split('\n')[first.range.start.line] ?? '';
    expect(line.slice(first.range.start.character, first.range.end.character)).toBe('confidential computing');

    // Save lints again; close clears.
    const saved = c.received.length;
    c.notify('textDocument/didSave', { textDocument: { uri } });
    expect((await c.diagnostics(uri, 4, saved)).diagnostics).toEqual(v4.diagnostics);
    const closing = c.received.length;
    c.notify('textDocument/didClose', { textDocument: { uri } });
    expect((await c.diagnostics(uri, undefined, closing)).diagnostics).toEqual([]);

    expect(await c.shutdown()).toBe(0);
  });
});

const corpus = corpusOrSkip('the LSP burst test edits virt/kvm/api.rst', ['Documentation/virt/kvm/api.rst']);

describeIf(corpus)('claimlint lsp: robustness', () => {
  test('500 didChange notifications in a burst end with diagnostics for the final version only', async () => {
    const text = readCorpusFile(corpus as NonNullable<typeof corpus>, 'virt/kvm/api.rst');
    const uri = pathToFileURL(path.join(tmp, 'kernel', 'Documentation', 'virt', 'kvm', 'api.rst')).href;
    const c = client();
    await c.initialize();
    c.open(uri, text, 1);
    await c.diagnostics(uri, 1);
    // Type a paragraph at the end, a character a change: 500 changes written at once.
    const doc = TextDocument.create(uri, 'rst', 1, text);
    const sentence = 'Confidential computing guarantees memory integrity for every guest. ';
    const typed = `\n${sentence.repeat(Math.ceil(500 / sentence.length))}`.slice(0, 500);
    const frames: Buffer[] = [];
    for (let i = 0; i < 500; i++) {
      const end = doc.positionAt(doc.getText().length);
      const change = { range: { start: end, end }, text: typed[i] as string };
      TextDocument.update(doc, [change], i + 2);
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: i + 2 }, contentChanges: [change] } }));
      frames.push(Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body);
    }
    const mark = c.received.length;
    c.writeRaw(Buffer.concat(frames));
    const final = await c.diagnostics(uri, 501, mark);
    // A request answered after the final publish: anything published later would be in by now.
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const after = c.published(uri).slice(c.published(uri).indexOf(final) + 1);
    expect(after).toEqual([]);
    const versions = c.published(uri).map((p) => p.version ?? 0);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(final.diagnostics.some((d) => d.code === 'memory-integrity' && d.range.start.line >= 9088)).toBe(true);
    expect(await c.shutdown()).toBe(0);
  });
});

describe('claimlint lsp: bad input', () => {
  test('invalid JSON-RPC does not kill the server', async () => {
    const c = client();
    await c.initialize();
    // Separate writes, then all in one write (one chunk) before a request.
    const junk = [
      'this is not a header\r\n\r\n',
      'Content-Length: 10\r\n\r\n{not json}',
      'Content-Length: 2\r\n\r\n[]',
      'Content-Length: 4\r\n\r\nnull',
      'Content-Length: 39\r\n\r\n{"jsonrpc":"2.0","method":"nonsense/x"}',
      'Content-Length: 60\r\n\r\n{"jsonrpc":"2.0","method":"textDocument/didOpen","params":1}',
      '\x00\xff garbage bytes ',
    ];
    for (const j of junk) c.writeRaw(j);
    expect((await c.requestRaw('claimlint/noSuchMethod', {})).error?.code).toBe(-32601);
    const answered = await c.requestRaw('textDocument/hover', { textDocument: { uri: 'file:///nowhere.rst' }, position: { line: 0, character: 0 } }, junk.join(''));
    expect(answered.error).toBeUndefined();
    expect(answered.result).toBeNull();
    const uri = pathToFileURL(path.join(tmp, 'bad', 'Documentation', 'coco.rst')).href;
    c.open(uri, 'Title\n=====\n\nConfidential computing guarantees memory integrity for every guest.\n', 1);
    const d = await c.diagnostics(uri, 1);
    expect(d.diagnostics.map((x) => x.code)).toContain('memory-integrity');
    expect(await c.shutdown()).toBe(0);
  });

  test('a broken rule file is a diagnostic on that file; the server keeps linting once it is fixed', async () => {
    const dir = path.join(tmp, 'broken');
    mkdirSync(path.join(dir, 'rules'), { recursive: true });
    mkdirSync(path.join(dir, '.git')); // a work tree: outside git the search would stop at the document's directory
    mkdirSync(path.join(dir, 'Documentation'), { recursive: true });
    writeFileSync(path.join(dir, '.claimlint.yml'), 'root: true\nrules: [default, rules/extra.yml]\n');
    const ruleFile = path.join(dir, 'rules', 'extra.yml');
    writeFileSync(ruleFile, 'id: extra\ndescription: [unclosed\n');
    const ruleUri = pathToFileURL(ruleFile).href;
    const uri = pathToFileURL(path.join(dir, 'Documentation', 'notes.rst')).href;
    const text = 'Notes\n=====\n\nConfidential computing guarantees memory integrity for every guest.\n';

    const c = client();
    await c.initialize();
    // Before any document: the server asks to watch the config files.
    const watchConfig = await c.waitFor((m) => m.method === 'client/registerCapability', 0, 'client/registerCapability');
    expect(JSON.stringify(watchConfig.params)).toContain('"globPattern":"**/.claimlint.{yml,yaml}"');
    c.open(uri, text, 1);
    const problems = await c.diagnostics(ruleUri);
    expect(problems.diagnostics.length).toBeGreaterThan(0);
    expect(problems.diagnostics[0]).toMatchObject({ severity: 1, source: 'claimlint' });
    expect(problems.diagnostics[0]?.message).toMatch(/YAML/);
    expect(problems.diagnostics[0]?.range.start.line).toBeGreaterThanOrEqual(1);
    const first = await c.diagnostics(uri, 1);
    expect(first.diagnostics.map((d) => d.code)).toContain('memory-integrity');
    // The server asked to watch the config files and the rules directory.
    const registration = await c.waitFor((m) => m.method === 'client/registerCapability'
      && JSON.stringify(m.params).includes(pathToFileURL(path.join(dir, 'rules')).href));
    expect(JSON.stringify(registration.params)).toContain('**/.claimlint.{yml,yaml}');

    // Fixed: a valid rule file (the sample one); the problem is cleared and the document re-linted.
    writeFileSync(ruleFile, readFileSync(path.join(ROOT, 'fixtures/rules/sample.yml'), 'utf8'));
    const mark = c.received.length;
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ruleUri, type: 2 }] });
    const cleared = await c.diagnostics(ruleUri, undefined, mark);
    expect(cleared.diagnostics).toEqual([]);
    const again = await c.diagnostics(uri, 1, mark);
    expect(again.diagnostics.map((d) => d.code)).toContain('memory-integrity');

    // Broken again, through the config this time: a bad severity is reported on .claimlint.yml.
    writeFileSync(path.join(dir, '.claimlint.yml'), 'root: true\nrules: [default]\nseverity:\n  memory-integrity: loud\n');
    const mark2 = c.received.length;
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.claimlint.yml')).href, type: 2 }] });
    const configProblems = await c.diagnostics(pathToFileURL(path.join(dir, '.claimlint.yml')).href, undefined, mark2);
    expect(configProblems.diagnostics[0]?.range.start.line).toBe(3);
    const still = await c.diagnostics(uri, 1, mark2);
    expect(still.diagnostics.map((d) => d.code)).toContain('memory-integrity');
    expect(await c.shutdown()).toBe(0);
  });
});

describe('claimlint lsp: "disable RULE for this block"', () => {
  const sets = defaultRuleFiles().flatMap((f) => loadRuleFile(f).ruleSet ?? []);
  const CLAIM = 'Confidential computing guarantees memory integrity for every guest.';
  const rule = `${'='.repeat(CLAIM.length)}  ====\n`;
  const TABLE = `${rule}${'Statement'.padEnd(CLAIM.length)}  Note\n${rule}${CLAIM}  none\n${rule}`;
  const cases: [string, string, string, string][] = [
    ['a paragraph', `Title\n=====\n\n${CLAIM}\n`, 'paragraph', `Title\n=====\n\n.. claimlint: disable-next memory-integrity -- ${REASON}\n\n${CLAIM}\n`],
    ['a paragraph under a title without a blank line', `Title\n=====\n${CLAIM}\n`, 'paragraph', `Title\n=====\n\n.. claimlint: disable-next memory-integrity -- ${REASON}\n\n${CLAIM}\n`],
    ['a list item (the list stays one list)', `1. First.\n2. ${CLAIM}\n3. Third.\n`, 'list item', `1. First.\n2. .. claimlint: disable-next memory-integrity -- ${REASON}\n\n   ${CLAIM}\n3. Third.\n`],
    ['a definition', `Term\n   ${CLAIM}\n`, 'paragraph', `Term\n   .. claimlint: disable-next memory-integrity -- ${REASON}\n\n   ${CLAIM}\n`],
    ['a field (the field list)', `:Status: draft\n:Note: ${CLAIM}\n`, 'field list', `.. claimlint: disable-next memory-integrity -- ${REASON}\n\n:Status: draft\n:Note: ${CLAIM}\n`],
    ['a list-table cell (the directive)', `.. list-table::\n\n   * - ${CLAIM}\n     - b\n`, 'list-table directive', `.. claimlint: disable-next memory-integrity -- ${REASON}\n\n.. list-table::\n\n   * - ${CLAIM}\n     - b\n`],
    ['a simple table\'s first column (the table: a comment inside would break it)', `${TABLE}`, 'table', `.. claimlint: disable-next memory-integrity -- ${REASON}\n\n${TABLE}`],
    ['a note', `.. note::\n\n   ${CLAIM}\n`, 'paragraph', `.. note::\n\n   .. claimlint: disable-next memory-integrity -- ${REASON}\n\n   ${CLAIM}\n`],
    ['an existing disable-next comment', `.. claimlint: disable-next imprecise-term -- why\n\n${CLAIM}\n`, 'paragraph', `.. claimlint: disable-next imprecise-term, memory-integrity -- why\n\n${CLAIM}\n`],
  ];
  test.each(cases)('%s', (_name, text, what, expected) => {
    const path = '/tmp/Documentation/coco-notes.rst';
    const finding = lintText(text, { path, ruleSets: sets }).messages.find((m) => m.ruleId === 'memory-integrity');
    expect(finding).toBeDefined();
    const place = finding?.place as { start: { offset: number }; end: { offset: number } };
    const edit = disableEdit(text, 'memory-integrity', place.start.offset, place.end.offset);
    expect(edit?.what).toBe(what);
    const after = text.slice(0, edit?.offset) + (edit?.text ?? '') + text.slice(edit?.offset);
    expect(after).toBe(expected);
    expect(lintText(after, { path, ruleSets: sets }).messages).toEqual([]);
  });

  test("a zero-width finding at the file's start (its name) gets disable-file, after the SPDX line", () => {
    const text = `.. SPDX-License-Identifier: GPL-2.0\n\nNotes\n=====\n\nText.\n`;
    const path = '/tmp/Documentation/security/x86-confidential-computing.rst';
    const finding = lintText(text, { path, ruleSets: sets }).messages.find((m) => m.place && 'start' in m.place && m.place.start.offset === 0 && m.place.end.offset === 0);
    expect(finding?.ruleId).toBe('overgeneral-umbrella');
    const edit = disableEdit(text, 'overgeneral-umbrella', 0, 0);
    expect(edit).toEqual({ what: 'file', offset: 37, text: `.. claimlint: disable-file overgeneral-umbrella -- ${REASON}\n\n` });
    const after = text.slice(0, edit?.offset) + (edit?.text ?? '') + text.slice(edit?.offset);
    expect(lintText(after, { path, ruleSets: sets }).messages).toEqual([]);
  });
});

// Issue 12: the server re-parses an open document from its previous version (src/rst/incremental.ts)
// and finds the unchanged parts of it by identity. Under a scripted sequence of edits, each
// version's diagnostics are what the CLI reports on that version's text.
describeIf(corpus)('claimlint lsp: virt/kvm/api.rst under a scripted edit sequence', () => {
  test('each version\'s diagnostics are the CLI\'s for its text', async () => {
    const base = readCorpusFile(corpus as NonNullable<typeof corpus>, 'virt/kvm/api.rst');
    const file = path.join(tmp, 'edits', 'Documentation', 'virt', 'kvm', 'api.rst');
    const uri = pathToFileURL(file).href;
    const c = client();
    await c.initialize({ debounceMs: 0 });
    c.open(uri, base, 1);
    await c.diagnostics(uri, 1);
    let doc = TextDocument.create(uri, 'rst', 1, base);
    const end = () => doc.positionAt(doc.getText().length);
    const middle = () => doc.positionAt(doc.getText().indexOf('\n\n', doc.getText().length >> 1) + 2);
    const near = (needle: string) => rangeOf(doc.getText(), needle);
    // Each edit is made on the version before it.
    const edits: (() => { range: Range; text: string })[] = [
      // Typing a new paragraph at the end, then a claim in the middle, then near the top.
      () => ({ range: { start: end(), end: end() }, text: '\nAll confidential guests have integrity-protected memory.\n' }),
      () => ({ range: { start: middle(), end: middle() }, text: 'The hypervisor cannot read the registers of SEV guests.\n\n' }),
      () => ({ range: near('The kvm API is'), text: 'Confidential VMs always encrypt memory.\n\nThe kvm API is' }),
      // A title, a list and a literal block typed in; a word replaced; a paragraph taken out again.
      () => ({ range: { start: middle(), end: middle() }, text: 'Encrypted guests\n================\n\n- SEV-SNP guests are attested.\n- TDX guests too::\n\n    code\n\n' }),
      () => ({ range: near('SEV guests.'), text: 'TDX guests.' }),
      () => ({ range: near('Confidential VMs always encrypt memory.\n\n'), text: '' }),
    ];
    let version = 1;
    for (const edit of edits) {
      version++;
      const make = [edit()];
      doc = TextDocument.update(doc, make, version);
      c.change(uri, version, make);
      const published = await c.diagnostics(uri, version);
      expect(keys(published.diagnostics.map(asJson))).toEqual(keys(await cliJson(file, doc.getText())));
    }
  }, 120_000);
});
