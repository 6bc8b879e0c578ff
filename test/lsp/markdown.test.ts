import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REASON } from '../../src/lsp/disable.js';
import { LspClient, ROOT, type Diagnostic, type PublishDiagnostics, type Range } from './helpers/client.js';

/**
 * `claimlint lsp --stdio` and Markdown documents (issue 13), over stdio with the test client
 * (needs the bundle: `npm run build`). A Markdown document and its reStructuredText twin (the
 * same sentences in each markup) get the same diagnostics; the language id `markdown` makes any
 * document Markdown (an untitled buffer too) and a `.md` file is Markdown whatever the client
 * says; the quick fixes write Markdown's comments, and the re-lint shows the finding gone and
 * nothing else changed.
 */

const tmp = mkdtempSync(path.join(tmpdir(), 'claimlint-lsp-md-'));
const clients: LspClient[] = [];

function client(): LspClient {
  const c = new LspClient();
  clients.push(c);
  return c;
}

afterEach(() => {
  for (const c of clients.splice(0)) {
    expect(c.junk).toBe('');
    c.kill();
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const uriOf = (...parts: string[]) => pathToFileURL(path.join(tmp, ...parts)).href;

interface CodeAction {
  title: string;
  kind?: string;
  edit?: { documentChanges?: { textDocument: { uri: string; version: number }; edits: { range: Range; newText: string }[] }[] };
}

const CLAIM = 'Every confidential VM has its memory integrity enforced by the CPU.';
const FINE = 'the CPU enforces the integrity of private guest memory.';
const UMBRELLA = 'A confidential guest on x86 has no reason to trust the hypervisor.';
const ATTEST = 'Trust in a guest is gained through attestation.';

const MD = `# Guest memory on confidential VMs

${CLAIM}

With [TDX](https://example.org/tdx), ${FINE}

## Who trusts whom

- ${UMBRELLA}
- ${ATTEST}
- The \`kvm\` module is *not* changed by this.

An example of the wording to avoid:

\`\`\`
${CLAIM}
\`\`\`
`;

const RST = `Guest memory on confidential VMs
================================

${CLAIM}

With \`TDX <https://example.org/tdx>\`_, ${FINE}

Who trusts whom
---------------

- ${UMBRELLA}
- ${ATTEST}
- The \`\`kvm\`\` module is *not* changed by this.

An example of the wording to avoid::

    ${CLAIM}
`;

/** What a diagnostic says, with the words it flags and its sentence taken from the document: the same for twins. */
function said(text: string, d: Diagnostic): string {
  const doc = TextDocument.create('x:', 'x', 0, text);
  const sentence = d.data?.sentence ? doc.getText(d.data.sentence) : '';
  return `${String(d.code)} ${d.severity} [${doc.getText(d.range)}] in [${sentence.replace(/\s+/g, ' ')}]: ${d.message}`;
}

const codes = (p: PublishDiagnostics) => p.diagnostics.map((d) => String(d.code)).sort();

/** The document after the edits of an action (one document, in order). */
function applied(text: string, action: CodeAction | undefined): { text: string; changes: { range: Range; text: string }[] } {
  const edits = action?.edit?.documentChanges?.[0]?.edits ?? [];
  expect(edits.length).toBeGreaterThan(0);
  const doc = TextDocument.create('x:', 'x', 0, text);
  return { text: TextDocument.applyEdits(doc, edits), changes: edits.map((e) => ({ range: e.range, text: e.newText })) };
}

async function actionsFor(c: LspClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
}

describe('claimlint lsp: Markdown documents', () => {
  test('a Markdown document and its reStructuredText twin publish the same diagnostics, for the same sentences', async () => {
    const c = client();
    await c.initialize();
    const md = uriOf('twins', 'Documentation', 'guest-memory.md');
    const rst = uriOf('twins', 'Documentation', 'guest-memory.rst');
    c.open(md, MD, 1, 'markdown');
    c.open(rst, RST, 1, 'rst');
    const [mdd, rstd] = [await c.diagnostics(md, 1), await c.diagnostics(rst, 1)];
    // The findings the test relies on: one in a paragraph, two in list items; none in the
    // sentence about TDX, the inline literal or the literal block.
    expect(codes(mdd)).toEqual(['attestation-report', 'memory-integrity', 'overgeneral-umbrella']);
    expect(mdd.diagnostics.map((d) => said(MD, d)).sort()).toEqual(rstd.diagnostics.map((d) => said(RST, d)).sort());
    // Each on its own sentence's line in its own document (the ranges are the document's, not the twin's).
    const lineOf = (text: string, s: string) => text.split('\n').findIndex((l) => l.includes(s));
    for (const [text, p] of [[MD, mdd], [RST, rstd]] as const) {
      expect(p.diagnostics.map((d) => d.range.start.line).sort((a, b) => a - b))
        .toEqual([lineOf(text, CLAIM), lineOf(text, UMBRELLA), lineOf(text, ATTEST)].sort((a, b) => a - b));
    }
    // Hover on the Markdown finding: the rule's explanation.
    const flagged = mdd.diagnostics.find((d) => d.code === 'memory-integrity') as Diagnostic;
    const hover = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: md }, position: flagged.range.start });
    expect(hover.contents.value).toContain('`memory-integrity`');
    expect(await c.shutdown()).toBe(0);
  });

  test('the language id markdown makes a document Markdown (an untitled buffer too); a .md file is Markdown whatever the client says', async () => {
    // Markdown silences the first claim with its comment and keeps the second in a fenced block:
    // no diagnostics. Read as reStructuredText, the comment is a paragraph and the first claim prose.
    const text = `<!-- claimlint: disable-next memory-integrity -- checked with the platform's documentation -->\n${CLAIM}\n\n\`\`\`\n${CLAIM}\n\`\`\`\n`;
    const c = client();
    await c.initialize();
    const docs: [string, string, boolean][] = [
      ['untitled:Untitled-1', 'markdown', true],
      ['untitled:Untitled-2', 'restructuredtext', false],
      [uriOf('ids', 'Documentation', 'notes.md'), 'plaintext', true],
      [uriOf('ids', 'Documentation', 'notes.markdown'), 'rst', true],
      [uriOf('ids', 'Documentation', 'notes.rst'), 'markdown', true],
      [uriOf('ids', 'Documentation', 'notes.txt'), 'plaintext', false],
    ];
    // A workspace with a rule file of its own: its documents are linted in the budget's worker,
    // which gets the syntax with the text.
    const ws = path.join(tmp, 'ids', 'budget');
    mkdirSync(path.join(ws, '.git'), { recursive: true });
    mkdirSync(path.join(ws, 'rules'));
    writeFileSync(path.join(ws, '.claimlint.yml'), 'root: true\nrules: [default, rules/extra.yml]\n');
    copyFileSync(path.join(ROOT, 'fixtures/rules/sample.yml'), path.join(ws, 'rules', 'extra.yml'));
    docs.push([uriOf('ids', 'budget', 'notes.rst'), 'markdown', true], [uriOf('ids', 'budget', 'other.rst'), 'rst', false]);
    for (const [uri, languageId] of docs) c.open(uri, text, 1, languageId);
    const got: unknown[] = [];
    for (const [uri, languageId] of docs) {
      const p = await c.diagnostics(uri, 1);
      got.push({ uri, languageId, found: [...new Set(codes(p).filter((x) => x === 'memory-integrity' || x === 'unused-suppression'))] });
    }
    expect(got).toEqual(docs.map(([uri, languageId, markdown]) => ({ uri, languageId, found: markdown ? [] : ['memory-integrity'] })));
    expect(await c.shutdown()).toBe(0);
  });

  test('"Disable RULE for this paragraph / list item" write Markdown comments; after each, the finding is gone and nothing else changed', async () => {
    const c = client();
    await c.initialize();
    const uri = uriOf('fix', 'Documentation', 'guest-memory.md');
    let text = MD;
    c.open(uri, text, 1, 'markdown');
    let current = await c.diagnostics(uri, 1);
    const steps: [string, string, string][] = [
      ['memory-integrity', 'paragraph', `<!-- claimlint: disable-next memory-integrity -- ${REASON} -->\n`],
      ['overgeneral-umbrella', 'list item', `<!-- claimlint: disable-next overgeneral-umbrella -- ${REASON} -->\n  `],
    ];
    let version = 1;
    for (const [rule, what, newText] of steps) {
      const target = current.diagnostics.find((d) => d.code === rule) as Diagnostic;
      expect(target).toBeDefined();
      const actions = await actionsFor(c, uri, target);
      const disable = actions.find((a) => a.title === `Disable ${rule} for this ${what}`);
      expect(disable?.edit?.documentChanges?.[0]?.textDocument).toEqual({ uri, version });
      expect(disable?.edit?.documentChanges?.[0]?.edits.map((e) => e.newText)).toEqual([newText]);
      const next = applied(text, disable);
      c.change(uri, ++version, next.changes);
      const after = await c.diagnostics(uri, version);
      // The finding is gone; every other one is still there, as it was (its words and sentence).
      const before = current.diagnostics.filter((d) => d !== target).map((d) => said(text, d)).sort();
      expect(after.diagnostics.map((d) => said(next.text, d)).sort()).toEqual(before);
      text = next.text;
      current = after;
    }
    expect(text).toContain(`- <!-- claimlint: disable-next overgeneral-umbrella -- ${REASON} -->\n  ${UMBRELLA}\n- ${ATTEST}`);
    expect(await c.shutdown()).toBe(0);
  });

  test('an unused Markdown suppression is reported and removed by its quick fix', async () => {
    const c = client();
    await c.initialize();
    const uri = uriOf('unused', 'Documentation', 'guest-memory.md');
    const stale = '<!-- claimlint: disable-next memory-integrity -- no longer needed -->';
    const text = MD.replace(`With [TDX]`, `${stale}\nWith [TDX]`);
    c.open(uri, text, 1, 'markdown');
    const p = await c.diagnostics(uri, 1);
    const unused = p.diagnostics.find((d) => d.code === 'unused-suppression') as Diagnostic;
    expect(unused).toBeDefined();
    expect(TextDocument.create('x:', 'x', 0, text).getText(unused.range)).toBe(stale);
    const remove = (await actionsFor(c, uri, unused)).find((a) => a.title === 'Remove this unused suppression');
    const next = applied(text, remove);
    expect(next.text).toBe(MD);
    c.change(uri, 2, next.changes);
    expect(codes(await c.diagnostics(uri, 2))).toEqual(['attestation-report', 'memory-integrity', 'overgeneral-umbrella']);
    expect(await c.shutdown()).toBe(0);
  });
});
