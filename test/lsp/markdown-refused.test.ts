import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, ROOT, type Diagnostic } from './helpers/client.js';

/**
 * `claimlint lsp --stdio` and Markdown documents claimlint refuses to read (src/md/limits.ts,
 * src/md/guard.ts), over stdio with the test client (needs the bundle: `npm run build`): the
 * server does not fail; it publishes one diagnostic, `document-not-read`, at the place the
 * refusal names, saying why the document is not linted; an edit that makes the document
 * readable brings its findings back; code actions asked with a finding of an earlier version
 * answer without failing; documents of a workspace with a rule file of its own (the budget's
 * worker) get the same diagnostic. Inputs are generated here.
 */

const tmp = mkdtempSync(path.join(tmpdir(), 'claimlint-lsp-md-refused-'));
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

const CLAIM = 'Every confidential VM has its memory integrity enforced by the CPU.';
const FINE = `# Guest memory\n\n${CLAIM}\n`;
/** Line 5 (4 from 0) nests 101 block quotes: refused at its 101st ">" (character 200). */
const DEEP = `# Guest memory\n\n${CLAIM}\n\n${'> '.repeat(101)}${CLAIM}\n`;
const DEEP_DIAGNOSTIC: Diagnostic = {
  range: { start: { line: 4, character: 200 }, end: { line: 4, character: 200 } },
  severity: 1,
  code: 'document-not-read',
  source: 'claimlint',
  message: 'claimlint: this document is not linted: Markdown nested too deeply: 101 levels of block quotes, list items and footnotes here; claimlint reads up to 100 levels',
};
/** 150 brackets open at once on line 5: the reader refuses at the 101st (character 100). */
const BRACKETS = `# Guest memory\n\n${CLAIM}\n\n${'['.repeat(150)}x\n`;

describe('claimlint lsp: a Markdown document it refuses to read', () => {
  test('one diagnostic where and why; an edit that makes it readable brings its findings back, and back again', async () => {
    const c = client();
    await c.initialize();
    const uri = uriOf('docs', 'Documentation', 'deep.md');
    c.open(uri, DEEP, 1, 'markdown');
    expect((await c.diagnostics(uri, 1)).diagnostics).toEqual([DEEP_DIAGNOSTIC]);
    c.change(uri, 2, [{ text: FINE }]);
    const fine = await c.diagnostics(uri, 2);
    expect(fine.diagnostics.map((d) => d.code)).toContain('memory-integrity');
    c.change(uri, 3, [{ text: BRACKETS }]);
    const brackets = (await c.diagnostics(uri, 3)).diagnostics;
    expect(brackets).toEqual([{
      ...DEEP_DIAGNOSTIC,
      range: { start: { line: 4, character: 100 }, end: { line: 4, character: 100 } },
      message: 'claimlint: this document is not linted: Markdown nested too deeply: more than 100 brackets ("[", "![") open at once in one paragraph; claimlint reads up to 100',
    }]);

    // Code actions: for the refusal, none; for the finding of version 2 (the client may still
    // hold it), no failure, and no edit that needs the document read.
    const none = await c.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: brackets[0]?.range, context: { diagnostics: brackets } });
    expect(none).toEqual([]);
    const stale = fine.diagnostics.find((d) => d.code === 'memory-integrity') as Diagnostic;
    const actions = await c.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale] } });
    expect(actions.map((a) => a.title).filter((t) => t.startsWith('Disable'))).toEqual([]);
    expect(actions.map((a) => a.title)).toContain('Explain memory-integrity');
    expect(c.stderr).not.toContain('Error');
    expect(await c.shutdown()).toBe(0);
  });

  test('an unused suppression\'s quick fix asked after the document became unreadable answers without failing', async () => {
    const c = client();
    await c.initialize();
    const uri = uriOf('unused', 'Documentation', 'notes.md');
    const text = `# Notes\n\n<!-- claimlint: disable-next memory-integrity -- checked -->\nThe guest has a page table.\n\n${CLAIM.replace('Every', 'A')}\n`;
    c.open(uri, text, 1, 'markdown');
    const unused = (await c.diagnostics(uri, 1)).diagnostics.find((d) => d.code === 'unused-suppression');
    expect(unused).toBeDefined();
    c.change(uri, 2, [{ text: `${text}\n${'> '.repeat(101)}x\n` }]);
    expect((await c.diagnostics(uri, 2)).diagnostics.map((d) => d.code)).toEqual(['document-not-read']);
    const actions = await c.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri }, range: unused?.range, context: { diagnostics: [unused] } });
    expect(actions.map((a) => a.title)).not.toContain('Remove this unused suppression');
    expect(await c.shutdown()).toBe(0);
  });

  test('a workspace with a rule file of its own (the budget\'s worker): the same diagnostic', async () => {
    const ws = path.join(tmp, 'budget');
    mkdirSync(path.join(ws, '.git'), { recursive: true });
    mkdirSync(path.join(ws, 'rules'));
    writeFileSync(path.join(ws, '.claimlint.yml'), 'root: true\nrules: [default, rules/extra.yml]\n');
    copyFileSync(path.join(ROOT, 'fixtures/rules/sample.yml'), path.join(ws, 'rules', 'extra.yml'));
    const c = client();
    await c.initialize();
    const deep = uriOf('budget', 'deep.md');
    const fine = uriOf('budget', 'fine.md');
    c.open(deep, DEEP, 1, 'markdown');
    c.open(fine, FINE, 1, 'markdown');
    expect((await c.diagnostics(deep, 1)).diagnostics).toEqual([DEEP_DIAGNOSTIC]);
    expect((await c.diagnostics(fine, 1)).diagnostics.map((d) => d.code)).toContain('memory-integrity');
    expect(await c.shutdown()).toBe(0);
  });
});
