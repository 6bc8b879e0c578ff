/**
 * The Markdown reader (src/md): what becomes prose and what does not, and the document tree's
 * structure (sections, titles, comments, lead-ins, alerts, tables) as the rest of claimlint reads
 * it; then the same through the linter: a claim found in a paragraph is not found where Markdown
 * says it is not prose.
 */
import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/engine/lint.js';
import { parseDocument } from '../../src/engine/syntax.js';
import { proseUnits, type ProseUnit } from '../../src/prose/units.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import type { Root, TableCell } from '../../src/rst/types.js';
import { positionProblems } from '../helpers/invariants.js';
import { all, slice } from '../helpers/tree.js';

const parse = (text: string): Root => {
  const tree = parseDocument(text, { syntax: 'markdown' });
  expect(positionProblems(tree, text)).toEqual([]);
  return tree;
};
const units = (text: string): ProseUnit[] => {
  const found = proseUnits(parse(text), text);
  // The units' contract: text at identity offsets, the same length as the source span.
  for (const u of found) expect(u.text.length).toBe(u.end - u.start);
  return found;
};
/** All prose of a document, white space collapsed. */
const prose = (text: string): string => units(text).map((u) => u.text.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | ');

describe('what is not prose', () => {
  test('code: fenced (backticks and tildes), indented, inline', () => {
    const text = [
      'Before the code.', '',
      '```sh', 'fenced-backtick words', '```', '',
      '~~~', 'fenced-tilde words', '~~~', '',
      '    indented words', '',
      'Some `inline words` here.', '',
    ].join('\n');
    expect(prose(text)).toBe('Before the code. | Some here.');
    expect(all(parse(text), 'literalBlock').map((b) => b.kind)).toEqual(['fenced', 'fenced', 'indented']);
    expect(all(parse(text), 'inlineLiteral').map((n) => n.value)).toEqual(['inline words']);
  });

  test('raw HTML: blocks and inline tags (the text between inline tags is prose, as rendered)', () => {
    const text = '<div class="note">\nblock-html words\n</div>\n\nA <abbr title="tag-attribute words">TEE</abbr> and <br> a break.\n';
    expect(prose(text)).toBe('A TEE and a break.');
    expect(all(parse(text), 'literalBlock').map((b) => b.kind)).toEqual(['html']);
  });

  test('link destinations, titles and reference definitions; images, alt text included', () => {
    const text = [
      'Read [the guide](https://example.org/destination-words "title words") and [the spec][ref].', '',
      'An image ![alt words](img/image-words.png "image title") in a sentence.', '',
      '[ref]: https://example.org/definition-words "definition title"', '',
    ].join('\n');
    expect(prose(text)).toBe('Read the guide and the spec . | An image in a sentence.');
    expect(all(parse(text), 'target').map((t) => [t.name, t.url])).toEqual([['ref', 'https://example.org/definition-words']]);
  });

  test('autolinks: <url>, bare addresses and e-mail addresses are URLs', () => {
    const text = 'See <https://example.org/a>, www.example.org and someone@example.org for more.\n';
    expect(prose(text)).toBe('See , and for more.');
    expect(all(parse(text), 'url').map((u) => u.value)).toEqual(['https://example.org/a', 'www.example.org', 'someone@example.org']);
  });

  test('struck-through text and footnote references', () => {
    expect(prose('Keys are ~~always~~ sometimes rotated.[^1]\n\n[^1]: Footnote words.\n')).toBe('Keys are sometimes rotated. | Footnote words.');
  });

  test('front matter, YAML and TOML (but a title, below)', () => {
    const yaml = '---\ndescription: yaml words\nauthors: [a, b]\n---\n\nBody.\n';
    expect(prose(yaml)).toBe('Body.');
    expect(all(parse(yaml), 'literalBlock').map((b) => b.kind)).toEqual(['front-matter']);
    const toml = '+++\ndescription = "toml words"\n+++\n\nBody.\n';
    expect(prose(toml)).toBe('Body.');
    expect(all(parse(toml), 'literalBlock').map((b) => b.kind)).toEqual(['front-matter']);
  });
});

describe('what is prose', () => {
  test('link text, emphasis and strong text; delimiters are masked but inside the unit', () => {
    const text = '**Memory encryption** is described in [the *vendor* guide](https://example.org).\n';
    const [unit] = units(text);
    expect(unit?.text).toBe('  Memory encryption   is described in  the  vendor  guide                      .');
    // The unit spans the paragraph's inline content, delimiters included (as cmark-gfm reports it).
    expect([unit?.start, unit?.end]).toEqual([0, text.length - 1]);
  });

  test('backslash escapes and entities stay in place, offsets unchanged', () => {
    const text = 'A \\*literal\\* star &amp; an entity.\n';
    expect(units(text)[0]?.text).toBe('A  *literal * star &amp; an entity.');
  });

  test('lazy continuation lines and quote markers', () => {
    const text = '> Quoted text that\ncontinues lazily\n> and with a marker.\n';
    const [unit] = units(text);
    expect(unit?.kind).toBe('block-quote');
    expect(unit?.text).toBe('Quoted text that\ncontinues lazily\n  and with a marker.');
  });
});

describe('structure', () => {
  const doc = '# Guide\n\nIntro.\n\n## Memory\n\nAbout memory.\n\n### Keys\n\nAbout keys.\n\n## Boot\n\nAbout boot.\n';

  test('headings nest sections by depth, and units carry the chain of their titles', () => {
    const tree = parse(doc);
    expect(all(tree, 'section').map((s) => [s.depth, slice(doc, s.children[0]!)])).toEqual([
      [1, '# Guide'], [2, '## Memory'], [3, '### Keys'], [2, '## Boot'],
    ]);
    const chains = units(doc).map((u) => [u.kind, u.text, u.sections]);
    expect(chains).toEqual([
      ['title', 'Guide', []],
      ['paragraph', 'Intro.', ['Guide']],
      ['title', 'Memory', ['Guide']],
      ['paragraph', 'About memory.', ['Guide', 'Memory']],
      ['title', 'Keys', ['Guide', 'Memory']],
      ['paragraph', 'About keys.', ['Guide', 'Memory', 'Keys']],
      ['title', 'Boot', ['Guide']],
      ['paragraph', 'About boot.', ['Guide', 'Boot']],
    ]);
  });

  test('setext headings are depth 1 (=) and 2 (-)', () => {
    const text = 'Top\n===\n\nSecond\n------\n\nBody.\n';
    expect(all(parse(text), 'section').map((s) => s.depth)).toEqual([1, 2]);
    expect(units(text).at(-1)?.sections).toEqual(['Top', 'Second']);
  });

  test('a front-matter title is the document\'s title unit, around all that follows', () => {
    for (const [front, name] of [
      ['---\ntitle: Guest memory\ntags: [coco]\n---\n', 'Guest memory'],
      ['---\ntitle: "Quoted title"\n---\n', 'Quoted title'],
      ['---\r\ntitle: CRLF title\r\n---\r\n', 'CRLF title'],
      ['+++\ntitle = "TOML title"\n+++\n', 'TOML title'],
    ] as const) {
      const text = `${front}\n# Heading\n\nBody.\n`;
      const found = units(text);
      expect(found[0]?.kind).toBe('title');
      expect(found[0]?.text).toBe(name);
      expect(text.slice(found[0]!.start, found[0]!.end)).toBe(name);
      expect(found.map((u) => u.sections)).toEqual([[], [name], [name, 'Heading']]);
    }
    // No title: a title in a TOML table, a title that is not one line of text.
    expect(units('+++\n[meta]\ntitle = "Not the page"\n+++\n\nBody.\n').map((u) => u.kind)).toEqual(['paragraph']);
    expect(units('---\ntitle: [a, b]\n---\n\nBody.\n').map((u) => u.kind)).toEqual(['paragraph']);
  });

  test('a suppression comment is a comment node holding the text inside the markers', () => {
    const text = 'Before.\n\n<!-- claimlint: disable-next memory-integrity -- reviewed: SNP only -->\n\nAfter.\n';
    const comments = all(parse(text), 'comment');
    expect(comments.map((c) => c.value)).toEqual([' claimlint: disable-next memory-integrity -- reviewed: SNP only ']);
    expect(slice(text, comments[0]!)).toBe('<!-- claimlint: disable-next memory-integrity -- reviewed: SNP only -->');
    expect(prose(text)).toBe('Before. | After.');
  });

  test('a paragraph ending in ":" introduces the list after it', () => {
    const text = 'The guest gets:\n\n- encrypted memory\n- a measured boot\n\nNot a lead-in:\n\nA paragraph.\n';
    const paragraphs = all(parse(text), 'paragraph');
    expect(paragraphs.filter((p) => p.data?.leadIn).map((p) => slice(text, p))).toEqual(['The guest gets:']);
    expect(paragraphs[0]?.data?.introduces).toBe(1);
  });

  test('GitHub alerts are admonitions, their marker masked', () => {
    const text = '> [!WARNING]\n> Debug mode turns the protection off.\n\n> [!NOTE]\n>\n> A note in its own paragraph.\n\n> A plain quote.\n';
    const tree = parse(text);
    expect(all(tree, 'directive').map((d) => d.name)).toEqual(['warning', 'note']);
    expect(units(text).map((u) => [u.kind, u.text.replace(/\s+/g, ' ').trim()])).toEqual([
      ['admonition', 'Debug mode turns the protection off.'],
      ['admonition', 'A note in its own paragraph.'],
      ['block-quote', 'A plain quote.'],
    ]);
  });

  test('table cells are table-cell units; the header row\'s cells are header cells', () => {
    const text = '| Technology | Integrity |\n|---|---|\n| SEV-SNP | `RMP` checks |\n| TDX | yes \\| mostly |\n';
    const found = units(text);
    const cellOf = (u: ProseUnit) => u.ancestors.find((a) => a.type === 'tableCell') as TableCell;
    expect(found.map((u) => [u.kind, u.text.trim(), cellOf(u).header, cellOf(u).column])).toEqual([
      ['table-cell', 'Technology', true, 0],
      ['table-cell', 'Integrity', true, 1],
      ['table-cell', 'SEV-SNP', false, 0],
      ['table-cell', 'checks', false, 1],
      ['table-cell', 'TDX', false, 0],
      ['table-cell', 'yes  | mostly', false, 1],
    ]);
    expect(all(parse(text), 'tableRow').map((r) => r.header)).toEqual([true, false, false]);
  });

  test('list items, nested, and their kinds', () => {
    const text = '1. First.\n2. Second:\n   - nested one\n   - nested two\n\n> - in a quote\n';
    expect(units(text).map((u) => [u.kind, u.text.trim()])).toEqual([
      ['list-item', 'First.'], ['list-item', 'Second:'], ['list-item', 'nested one'], ['list-item', 'nested two'], ['list-item', 'in a quote'],
    ]);
    expect(all(parse(text), 'enumeratedList')).toHaveLength(1);
    expect(all(parse(text), 'bulletList')).toHaveLength(2);
  });
});

describe('the linter reads only prose', () => {
  const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
  const CLAIM = 'Confidential guests always get memory integrity protection from the hardware.';
  const findings = (text: string) =>
    lintText(text, { path: 'Documentation/virt/coco/guests.md', ruleSets: [ruleSet!] }).messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`);

  test('the claim gives a finding in a paragraph, a list item, a quote, a table cell and link text', () => {
    expect(findings(`# Guests\n\n${CLAIM}\n`)).toEqual(['memory-integrity 3:1']);
    expect(findings(`- ${CLAIM}\n`)).toEqual(['memory-integrity 1:3']);
    expect(findings(`> ${CLAIM}\n`)).toEqual(['memory-integrity 1:3']);
    expect(findings(`| Claim |\n|---|\n| ${CLAIM} |\n`)).toEqual(['memory-integrity 3:3']);
    // Link text is prose: a claim made partly in it, or in it whole (found at its first word).
    expect(findings('Confidential guests always get [memory integrity protection](https://example.org) from the hardware.\n')).toEqual(['memory-integrity 1:1']);
    expect(findings(`[${CLAIM}](https://example.org)\n`)).toEqual(['memory-integrity 1:2']);
    expect(findings('Confidential guests always get **memory integrity** protection from the hardware.\n')).toEqual(['memory-integrity 1:1']);
  });

  test.each([
    ['a fenced code block', `\`\`\`text\n${CLAIM}\n\`\`\`\n`],
    ['an indented code block', `Intro.\n\n    ${CLAIM}\n`],
    ['inline code', `Intro: \`${CLAIM}\`\n`],
    ['an HTML block', `<div>\n${CLAIM}\n</div>\n`],
    ['an HTML comment', `<!-- ${CLAIM} -->\n`],
    ['a link title', `See [the guide](https://example.org "${CLAIM}").\n`],
    ['a reference definition', `See [the guide][g].\n\n[g]: https://example.org "${CLAIM}"\n`],
    ['an image\'s alt text', `![${CLAIM}](diagram.png)\n`],
    ['YAML front matter', `---\ndescription: ${CLAIM}\n---\n\nIntro.\n`],
    ['TOML front matter', `+++\ndescription = "${CLAIM}"\n+++\n\nIntro.\n`],
    ['struck-through text', `~~${CLAIM}~~\n`],
  ])('no finding in %s', (_where, text) => {
    expect(findings(text)).toEqual([]);
  });

  test('a suppression comment silences the next block', () => {
    const text = `<!-- claimlint: disable-next memory-integrity -- reviewed: this page is about SNP -->\n\n${CLAIM}\n\n${CLAIM}\n`;
    expect(findings(text)).toEqual(['memory-integrity 5:1']);
  });
});

describe('hostile input', () => {
  test('a line of many comments before text parses in linear time (no backtracking over "<!--a-->" runs)', () => {
    // With a regular expression over the whole block, 28 comments took 17 s; 5,000 would never end.
    const text = `${'<!--a-->'.repeat(5000)}X\n\n<!--b--> <!--c-->\n\nText.\n`;
    const tree = parseDocument(text, { syntax: 'markdown' });
    expect(all(tree, 'comment').map((c) => c.value)).toEqual(['b', 'c']);
  });
});
