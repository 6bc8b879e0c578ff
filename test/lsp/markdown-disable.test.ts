/**
 * "Disable RULE for this block" in Markdown documents (issue 13): the comment is
 * `<!-- claimlint: disable-next RULE -- reason -->` on a line of its own before the block (in a
 * list item's first paragraph, after the item's marker), `disable-file` after the front matter.
 * Each case is a round trip: the edit is applied, the document linted again, and the finding is
 * gone with nothing else reported; the comment is, in the converted tree, right before the block
 * that holds the finding; and remark reads the document as before but for the comment (the same
 * blocks, the same tight or loose lists): it renders the same.
 */
import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/engine/lint.js';
import { parseMarkdown, parseMdast } from '../../src/md/parse.js';
import { disableEdit, removeMarkdownComment, REASON } from '../../src/lsp/disable.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import type { RstNode } from '../../src/rst/types.js';

const sets = defaultRuleFiles().flatMap((f) => loadRuleFile(f).ruleSet ?? []);
const CLAIM = 'Every confidential VM has its memory integrity enforced by the CPU.';
const RULE = 'memory-integrity';
const path = '/tmp/Documentation/guest-notes.md';
const off = (rule: string) => `<!-- claimlint: disable-next ${rule} -- ${REASON} -->`;
const C = off(RULE);
const UNUSED_LINE = '<!-- claimlint: disable-next memory-integrity -- stale -->';

/** What remark reads, without positions and without blocks that are only comments: what renders. */
function rendered(text: string): string {
  return JSON.stringify(parseMdast(text), (key, value: unknown) => {
    if (key === 'position') return undefined;
    if (key !== 'children' || !Array.isArray(value)) return value;
    const comments = (html: string) => html.trimStart().startsWith('<!--') && html.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
    return value.filter((c: { type: string; value?: string }) => !(c.type === 'html' && comments(c.value ?? '')));
  });
}

type Node = RstNode & { children?: Node[]; value?: string };

/** The sibling after the converted tree's disable-next comment (skipping comments and targets), and the comment. */
function coveredBy(text: string): { comment: Node; next: Node | undefined } | undefined {
  const walk = (n: Node): { comment: Node; next: Node | undefined } | undefined => {
    const kids = n.children ?? [];
    for (const [i, c] of kids.entries()) {
      if (c.type === 'comment' && /claimlint:\s*disable-next/.test(c.value ?? '')) {
        return { comment: c, next: kids.slice(i + 1).find((k) => k.type !== 'comment' && k.type !== 'target') };
      }
      const deeper = walk(c);
      if (deeper) return deeper;
    }
    return undefined;
  };
  return walk(parseMarkdown(text) as unknown as Node);
}

const findingOf = (text: string, rule = RULE) => {
  const m = lintText(text, { path, ruleSets: sets }).messages.find((x) => x.ruleId === rule);
  const place = m?.place as { start: { offset: number }; end: { offset: number } } | undefined;
  return place && { start: place.start.offset, end: place.end.offset };
};

const apply = (text: string, edit: { offset: number; text: string }) => text.slice(0, edit.offset) + edit.text + text.slice(edit.offset);

/** [name, document, what the action says it covers, the document after the edit] */
const cases: [string, string, string, string][] = [
  ['a paragraph after a heading and a blank line', `# Guests\n\n${CLAIM}\n`, 'paragraph', `# Guests\n\n${C}\n${CLAIM}\n`],
  ['a paragraph right under an ATX heading', `# Guests\n${CLAIM}\n`, 'paragraph', `# Guests\n${C}\n${CLAIM}\n`],
  ['a paragraph right under a setext heading', `Guests\n======\n${CLAIM}\n`, 'paragraph', `Guests\n======\n${C}\n${CLAIM}\n`],
  ['the second of two paragraphs', `Some words first.\n\n${CLAIM}\nIt goes on here.\n`, 'paragraph', `Some words first.\n\n${C}\n${CLAIM}\nIt goes on here.\n`],
  ['a bullet item (the list stays one tight list)', `- First point.\n- ${CLAIM}\n- Last point.\n`, 'list item', `- First point.\n- ${C}\n  ${CLAIM}\n- Last point.\n`],
  ['an ordered item', `1. First point.\n2. ${CLAIM}\n`, 'list item', `1. First point.\n2. ${C}\n   ${CLAIM}\n`],
  ['an item with a wide marker', `10.  ${CLAIM}\n`, 'list item', `10.  ${C}\n     ${CLAIM}\n`],
  ['a list that interrupts a paragraph', `The points are:\n- ${CLAIM}\n`, 'list item', `The points are:\n- ${C}\n  ${CLAIM}\n`],
  ['a nested item', `- Outer point.\n  - ${CLAIM}\n`, 'list item', `- Outer point.\n  - ${C}\n    ${CLAIM}\n`],
  ['the second paragraph of a loose item', `- First point.\n\n  ${CLAIM}\n`, 'paragraph', `- First point.\n\n  ${C}\n  ${CLAIM}\n`],
  ['a paragraph in a block quote', `> ${CLAIM}\n`, 'paragraph', `> ${C}\n> ${CLAIM}\n`],
  ['a block quote that interrupts a paragraph', `As one list put it:\n> ${CLAIM}\n`, 'paragraph', `As one list put it:\n> ${C}\n> ${CLAIM}\n`],
  ['an item in a block quote', `> - ${CLAIM}\n`, 'list item', `> - ${C}\n>   ${CLAIM}\n`],
  ['an item in a block quote with no space after the markers', `>>- ${CLAIM}\n`, 'list item', `>>- ${C}\n> >   ${CLAIM}\n`],
  ['an item whose marker a tab follows', `-\t${CLAIM}\n`, 'list item', `-\t${C}\n \t${CLAIM}\n`],
  ['a task item (its checkbox stays first: the list)', `- [ ] ${CLAIM}\n`, 'list', `${C}\n- [ ] ${CLAIM}\n`],
  ['a GitHub alert (its marker stays first: the alert)', `> [!NOTE]\n> ${CLAIM}\n`, 'note alert', `${C}\n> [!NOTE]\n> ${CLAIM}\n`],
  ['a table cell (the table)', `| Guest | Note |\n|---|---|\n| any | ${CLAIM} |\n`, 'table', `${C}\n| Guest | Note |\n|---|---|\n| any | ${CLAIM} |\n`],
  ['a table right after a paragraph', `Guests:\n\n| Guest | Note |\n|---|---|\n| any | ${CLAIM} |\n`, 'table', `Guests:\n\n${C}\n| Guest | Note |\n|---|---|\n| any | ${CLAIM} |\n`],
  ['a footnote', `See the note.[^n]\n\n[^n]: ${CLAIM}\n`, 'footnote', `See the note.[^n]\n\n${C}\n[^n]: ${CLAIM}\n`],
  ['a paragraph after a link definition (the comment goes before it)', `Intro.\n\n[tdx]: https://example.org/tdx\n${CLAIM} See [tdx].\n`, 'paragraph', `Intro.\n\n${C}\n[tdx]: https://example.org/tdx\n${CLAIM} See [tdx].\n`],
  ['after an unrelated comment', `<!-- an author's note -->\n${CLAIM}\n`, 'paragraph', `<!-- an author's note -->\n${C}\n${CLAIM}\n`],
  ['an existing disable-next comment with a reason', `<!-- claimlint: disable-next imprecise-term -- a reason -->\n${CLAIM}\n`, 'paragraph', `<!-- claimlint: disable-next imprecise-term, ${RULE} -- a reason -->\n${CLAIM}\n`],
  ['an existing disable-next comment without one, a blank line away', `<!-- claimlint: disable-next imprecise-term -->\n\n${CLAIM}\n`, 'paragraph', `<!-- claimlint: disable-next imprecise-term, ${RULE} -->\n\n${CLAIM}\n`],
  ['an existing comment in a list item', `- <!-- claimlint: disable-next imprecise-term -->\n  ${CLAIM}\n`, 'paragraph', `- <!-- claimlint: disable-next imprecise-term, ${RULE} -->\n  ${CLAIM}\n`],
];

const eols: [string, string][] = [['\\n', '\n'], ['\\r\\n', '\r\n'], ['\\r', '\r']];
const table = eols.flatMap(([eolName, eol]) => cases.map(([name, text, what, expected]) => [`${eolName}: ${name}`, text.replace(/\n/g, eol), what, expected.replace(/\n/g, eol)] as const));

describe('"disable RULE for this block" in Markdown', () => {
  test.each(table)('%s', (_name, text, what, expected) => {
    const finding = findingOf(text);
    expect(finding).toBeDefined();
    const { start, end } = finding as { start: number; end: number };
    const edit = disableEdit(text, RULE, start, end, { syntax: 'markdown' });
    expect(edit?.what).toBe(what);
    const after = apply(text, edit as { offset: number; text: string });
    expect(JSON.stringify(after)).toBe(JSON.stringify(expected));
    // The finding is gone, and nothing else is reported (an unused or broken suppression).
    expect(lintText(after, { path, ruleSets: sets }).messages).toEqual([]);
    // In the converted tree, the comment stands right before the block holding the finding.
    const shifted = start + (edit && edit.offset <= start ? edit.text.length : 0);
    const next = coveredBy(after)?.next;
    expect(next?.type).toBeDefined();
    const [from, to] = [next?.position.start.offset ?? Infinity, next?.position.end.offset ?? -1];
    expect({ block: [from, to], finding: shifted, inside: from <= shifted && shifted < to }).toMatchObject({ inside: true });
    // remark reads the same document but for the comment.
    expect(rendered(after)).toBe(rendered(text));
  });

  test('RST documents still get the RST comment (the default)', () => {
    const text = `Guests\n======\n\n${CLAIM}\n`;
    const finding = lintText(text, { path: '/tmp/Documentation/guest-notes.rst', ruleSets: sets }).messages.find((m) => m.ruleId === RULE);
    const place = finding?.place as { start: { offset: number }; end: { offset: number } };
    expect(disableEdit(text, RULE, place.start.offset, place.end.offset)?.text).toBe(`.. claimlint: disable-next ${RULE} -- ${REASON}\n\n`);
  });
});

describe('"disable RULE for this file" in Markdown', () => {
  const scoped = '/tmp/Documentation/security/x86-confidential-computing.md';
  const FILE = (rule: string) => `<!-- claimlint: disable-file ${rule} -- ${REASON} -->`;
  const files: [string, string, string][] = [
    ['no front matter', '# Notes\n\nText.\n', `${FILE('overgeneral-umbrella')}\n# Notes\n\nText.\n`],
    ['after YAML front matter', '---\ntitle: Notes\n---\n\nText.\n', `---\ntitle: Notes\n---\n\n${FILE('overgeneral-umbrella')}\nText.\n`],
    ['after front matter and a license comment', '---\ntitle: Notes\n---\n<!-- SPDX-License-Identifier: GPL-2.0 -->\n# Notes\n\nText.\n', `---\ntitle: Notes\n---\n<!-- SPDX-License-Identifier: GPL-2.0 -->\n${FILE('overgeneral-umbrella')}\n# Notes\n\nText.\n`],
    ['a document of comments only, without a last line end', '<!-- SPDX-License-Identifier: GPL-2.0 -->', `<!-- SPDX-License-Identifier: GPL-2.0 -->\n${FILE('overgeneral-umbrella')}\n`],
  ];
  test.each(files)('%s', (_name, text, expected) => {
    const finding = lintText(text, { path: scoped, ruleSets: sets }).messages.find((m) => m.place && 'start' in m.place && m.place.start.offset === 0 && m.place.end.offset === 0);
    expect(finding?.ruleId).toBe('overgeneral-umbrella');
    const edit = disableEdit(text, 'overgeneral-umbrella', 0, 0, { syntax: 'markdown' });
    expect(edit?.what).toBe('file');
    const after = apply(text, edit as { offset: number; text: string });
    expect(after).toBe(expected);
    expect(lintText(after, { path: scoped, ruleSets: sets }).messages).toEqual([]);
    expect(rendered(after)).toBe(rendered(text));
  });
});

describe('removing an unused Markdown suppression', () => {
  const UNUSED = '<!-- claimlint: disable-next memory-integrity -- stale -->';
  /** [name, document, after the removal (undefined: no removal offered)] */
  const removals: [string, string, string | undefined][] = [
    ['between blank lines', `One.\n\n${UNUSED}\n\nTwo.\n`, 'One.\n\nTwo.\n'],
    ['before a paragraph, a blank line above', `One.\n\n${UNUSED}\nTwo.\n`, 'One.\n\nTwo.\n'],
    ['after a paragraph, a blank line below', `One.\n${UNUSED}\n\nTwo.\n`, 'One.\n\nTwo.\n'],
    ['between two paragraphs with no blank line (one takes its place)', `One.\n${UNUSED}\nTwo.\n`, 'One.\n\nTwo.\n'],
    ['under a heading', `# Title\n${UNUSED}\nTwo.\n`, '# Title\nTwo.\n'],
    ['in a tight list item', `- One.\n  ${UNUSED}\n  - Two.\n`, '- One.\n  - Two.\n'],
    ['where it parts two lists (nothing keeps them apart without it)', `- One.\n${UNUSED}\n- Two.\n`, undefined],
    ['sharing its line with text', `${UNUSED} One.\n`, undefined],
  ];
  test.each(removals)('%s', (_name, text, expected) => {
    const start = text.indexOf(UNUSED);
    const edit = removeMarkdownComment(text, start, start + UNUSED.length);
    if (expected === undefined) {
      expect(edit).toBeUndefined();
      return;
    }
    const after = text.slice(0, edit?.start) + (edit?.newText ?? '') + text.slice(edit?.end);
    expect(after).toBe(expected);
    expect(rendered(after)).toBe(rendered(text));
  });
});

/**
 * Every place a claim can stand in a page of mixed Markdown: the claim is put at the end of a
 * line, at the start of its text (after the quote and list markers), or on a new line after it
 * with the same markers' indentation; wherever that makes a finding, the action's comment must
 * silence it and nothing else, and leave what remark reads unchanged.
 */
describe('"disable RULE for this block" wherever a claim stands in a Markdown page', () => {
  const PAGE = [
    '<!-- SPDX-License-Identifier: GPL-2.0 -->',
    '',
    '# Guests and their memory',
    '',
    'A first paragraph that runs',
    'over two lines.',
    '',
    'Setext title',
    '------------',
    'Right under the title.',
    '',
    '- a point',
    '- another point',
    '  that goes on',
    '',
    '  and has a second paragraph',
    '  - a nested point',
    '    1. deeper, numbered',
    '- [ ] a task',
    '- [x] a done task',
    '',
    '3) numbered from three',
    '4) and on',
    '',
    '> a quote',
    '> - with a list',
    '>',
    '> > and a quote in it',
    'lazily continued',
    '',
    '> [!WARNING]',
    '> an alert',
    '',
    '| Name | Note |',
    '|------|------|',
    '| one  | two  |',
    'a row without pipes',
    '',
    'Terms are linked [here][ref] and in a footnote.[^f]',
    '',
    '[ref]: https://example.org/ref',
    '[^f]: The footnote says',
    '    more on a second line.',
    '',
    '<!-- an author\'s note -->',
    'After the note.',
    '',
    '```',
    'fenced code',
    '```',
    '',
    '    indented code',
    '',
    '***',
    'The end.',
    '',
  ];
  const plain = CLAIM.replace(/\.$/, '');
  const variants: [string, string][] = [];
  PAGE.forEach((line, i) => {
    if (!line.trim()) return;
    const markers = /^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/.exec(line)?.[0] ?? '';
    const put = (lines: string[]) => [...PAGE.slice(0, i), ...lines, ...PAGE.slice(i + 1)].join('\n');
    variants.push(
      [`line ${i + 1}, at its end`, put([`${line} ${CLAIM}`])],
      [`line ${i + 1}, at its start`, put([`${markers}${plain}, ${line.slice(markers.length)}`])],
      [`after line ${i + 1}`, put([line, `${markers.replace(/[^>\t]/g, ' ')}${CLAIM}`])],
    );
  });

  test('the claim is found in most places, each kind of block among them', () => {
    const whats = new Set<string>();
    let found = 0;
    for (const [, text] of variants) {
      const at = text.indexOf(plain.slice(0, 20));
      const f = findingOf(text);
      if (!f || f.start < at) continue;
      found++;
      whats.add(disableEdit(text, RULE, f.start, f.end, { syntax: 'markdown' })?.what ?? 'none');
    }
    expect(found).toBeGreaterThan(variants.length / 2);
    expect([...whats].sort()).toEqual(['footnote', 'list', 'list item', 'paragraph', 'table', 'warning alert']);
  });

  test.each(variants)('%s', (_name, text) => {
    const at = text.indexOf(plain.slice(0, 20));
    const messages = lintText(text, { path, ruleSets: sets }).messages;
    const finding = messages.find((m) => m.ruleId === RULE && ((m.place as { start: { offset: number } }).start.offset >= at));
    if (!finding) return; // not prose there (code, a link definition, HTML)
    const place = finding.place as { start: { offset: number }; end: { offset: number } };
    const edit = disableEdit(text, RULE, place.start.offset, place.end.offset, { syntax: 'markdown' });
    expect(edit).toBeDefined();
    const after = apply(text, edit as { offset: number; text: string });
    const said = (ms: typeof messages) => ms.map((m) => `${m.ruleId} ${m.reason}`).sort();
    expect(said(lintText(after, { path, ruleSets: sets }).messages)).toEqual(said(messages.filter((m) => m !== finding)));
    expect(rendered(after)).toBe(rendered(text));
  });
});

test('a line of many comments and other text is read in linear time (no regular expression backtracks over it)', () => {
  const text = `${'<!--a-->'.repeat(5000)}x\n\n${'<!--a-->'.repeat(5000)}\n\nText.\n\n${UNUSED_LINE}\nMore text.\n`;
  const started = performance.now();
  const at = text.indexOf(UNUSED_LINE);
  expect(removeMarkdownComment(text, at, at + UNUSED_LINE.length)).toBeDefined();
  expect(disableEdit(text, 'overgeneral-umbrella', 0, 0, { syntax: 'markdown' })?.offset).toBe(0);
  expect(performance.now() - started).toBeLessThan(5000);
});
