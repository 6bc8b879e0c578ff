/**
 * Structure-aware Markdown: documents built from GitHub Markdown's pieces (ATX and setext
 * headings, paragraphs full of claim sentences and inline markup, bullet, ordered and task
 * lists nested by indentation, block quotes with lazy lines, GitHub alerts, tables, fenced and
 * indented code, HTML blocks and comments including `<!-- claimlint: ... -->` suppression and
 * scope comments, front matter, footnotes, reference definitions, thematic breaks), then
 * dressed in CR/CRLF/LF mixes, tabs, a BOM and odd characters. Blocks are line arrays (no line
 * ends) so that nesting is a prefix.
 */
import fc from 'fast-check';
import { claim, joinLines, lineEnding, noise, prose, sentence, sprinkle, word, wrap } from './text.js';

export type Lines = string[];

const prefix = (lines: Lines, first: string, rest: string): Lines => lines.map((l, i) => (i === 0 ? first + l : l === '' ? rest.trimEnd() : rest + l));

/** Inline Markdown around a few words, well formed or not. */
const inline = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), fc.nat(27)).map(([w, k]) => [
  `*${w}*`, `_${w}_`, `**${w}**`, `__${w}__`, `~~${w}~~`, `\`${w}\``, `\`\`${w} \` ${w}\`\``, `[${w}](https://example.org/${k})`,
  `[${w}][ref${k % 3}]`, `![${w}](img${k}.png "t")`, `<https://example.org/${k}>`, `https://example.org/${k}_x`, `www.example.org/${k}`,
  `a${k}@example.org`, `[^n${k % 3}]`, `<b>${w}</b>`, `<!-- ${w} -->`, `\\*${w}\\*`, `&amp; &#42; &nbsp;`, `${w}  `, `*${w}`, `[${w}`,
  `${w}]`, `**${w}*`, `[${w}]`, `<span title="${w}">`, `***${w}***`, `[*${w}*](x "y")`,
][k] as string);

/** Prose with inline markup between its words and sentences. */
const mdProse = fc.tuple(prose, fc.array(fc.tuple(fc.nat(200), inline), { maxLength: 4 })).map(([text, marks]) => {
  const words = text.split(' ');
  for (const [at, m] of marks) words.splice(at % (words.length + 1), 0, m);
  return words.join(' ');
});

const paragraph = fc.tuple(mdProse, fc.integer({ min: 20, max: 120 }), fc.boolean()).map(([t, w, lazyBreak]) => {
  const lines = wrap(t, w);
  // A hard break at the end of some line: two spaces or a backslash.
  if (lazyBreak && lines.length > 1) lines[0] = `${lines[0] as string}\\`;
  return lines;
});

const atx = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(claim, sentence), fc.boolean())
  .map(([d, t, closed]) => [`${'#'.repeat(d)} ${t.replace(/\s+/g, ' ')}${closed ? ` ${'#'.repeat(d)}` : ''}`]);
const setext = fc.tuple(fc.oneof(claim, sentence), fc.constantFrom('=', '-'), fc.integer({ min: 1, max: 30 }))
  .map(([t, c, n]) => [t.replace(/\s+/g, ' '), c.repeat(n)]);

const fenced = fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'c', 'sh', 'markdown', 'yaml'), fc.array(fc.oneof(claim, sentence), { minLength: 0, maxLength: 4 }), fc.boolean())
  .map(([f, info, body, closed]) => [`${f}${info}`, ...body, ...(closed ? [f] : [])]);
const indentedCode = fc.array(fc.oneof(claim, sentence), { minLength: 1, maxLength: 3 }).map((b) => b.map((l) => `    ${l}`));

const comment = fc.oneof(
  fc.tuple(fc.constantFrom('disable-next', 'disable', 'enable', 'disable-file', 'disable-next', 'bogus'),
    fc.constantFrom('memory-integrity', 'all', 'overgeneral-umbrella, untrusted-host', 'MEMORY_INTEGRITY', '', 'no-such-rule'),
    fc.constantFrom('', ' -- the reason', ' --'), fc.boolean())
    .map(([k, r, why, two]) => (two ? ['<!--', `claimlint: ${k} ${r}${why}`, '-->'] : [`<!-- claimlint: ${k} ${r}${why} -->`])),
  fc.constantFrom(['<!-- claimlint: scope=sev-snp,tdx -->'], ['<!-- SPDX-License-Identifier: GPL-2.0 -->'], ['<!-- a comment', 'that goes on -->'], ['<!-- unclosed'], ['<!---->']),
  sentence.map((s) => [`<!-- ${s} -->`]),
);

const html = fc.tuple(fc.constantFrom('div', 'details', 'p', 'table', 'pre', 'script'), fc.oneof(claim, sentence), fc.boolean())
  .map(([tag, s, blank]) => [`<${tag}>`, ...(blank ? [''] : []), s, `</${tag}>`]);

const table = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(fc.oneof(word, claim, inline), { minLength: 0, maxLength: 2 }), { minLength: 1, maxLength: 20 }), fc.nat(5), fc.boolean())
  .map(([cols, cells, flaw, pipes]) => {
    const row = (cs: string[]) => (pipes ? `| ${cs.join(' | ')} |` : cs.join(' | '));
    const out = [row(Array.from({ length: cols }, (_, c) => `Head ${c}`)), row(Array.from({ length: cols }, (_, c) => [':---', '---:', ':---:', '---'][c % 4] as string))];
    for (let k = 0; k < cells.length; k += cols) out.push(row(Array.from({ length: cols }, (_, c) => (cells[k + c] ?? []).join(' ').replace(/\|/g, '\\|'))));
    if (flaw === 1 && out.length > 2) out[2] = `${out[2] as string} | extra`;
    if (flaw === 2) out[1] = '|---';
    return out;
  });

const definitions = fc.array(fc.tuple(fc.nat(3), fc.boolean()), { minLength: 1, maxLength: 3 })
  .map((ds) => ds.map(([k, title]) => `[ref${k}]: https://example.org/ref${k}${title ? ' "A title"' : ''}`));
const footnote = fc.tuple(fc.nat(3), mdProse, fc.boolean()).map(([k, t, more]) => [`[^n${k}]: ${t}`, ...(more ? ['', `    ${t}`] : [])]);
const thematic = fc.constantFrom(['***'], ['---'], ['___'], ['* * *'], ['- - -']);

const leaf = fc.oneof(
  { weight: 10, arbitrary: paragraph },
  { weight: 3, arbitrary: atx },
  { weight: 1, arbitrary: setext },
  { weight: 2, arbitrary: fenced },
  { weight: 1, arbitrary: indentedCode },
  { weight: 2, arbitrary: comment },
  { weight: 1, arbitrary: html },
  { weight: 2, arbitrary: table },
  { weight: 1, arbitrary: definitions },
  { weight: 1, arbitrary: footnote },
  { weight: 1, arbitrary: thematic },
);

const BULLETS = ['-', '*', '+', '- [ ]', '- [x]', '1.', '1)', '2.', '10)'];
const ALERTS = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION', 'note', 'Bogus'];

/** Blocks nested up to `depth` more levels; memoised by depth so the arbitraries are built once. */
const blocksAt = new Map<number, fc.Arbitrary<Lines>>();
export function blocks(depth: number): fc.Arbitrary<Lines> {
  let a = blocksAt.get(depth);
  if (a) return a;
  const block = depth <= 0 ? leaf : fc.oneof(
    { weight: 12, arbitrary: leaf },
    { weight: 3, arbitrary: listOf(depth) },
    { weight: 2, arbitrary: quoteOf(depth) },
  );
  a = fc.array(block, { minLength: 1, maxLength: depth <= 0 ? 3 : 4 }).map((bs) => bs.flatMap((b, i) => (i ? ['', ...b] : b)));
  blocksAt.set(depth, a);
  return a;
}

/** Lists whose items hold blocks: the item's lines indented to its content (or not: lazy lines). */
function listOf(depth: number): fc.Arbitrary<Lines> {
  return fc.tuple(fc.constantFrom(...BULLETS), fc.array(blocks(depth - 1), { minLength: 1, maxLength: 4 }), fc.boolean(), fc.constantFrom(' ', '  ', '\t'), fc.nat(9))
    .map(([bullet, items, loose, gap, lazy]) => {
      const out: Lines = [];
      items.forEach((body, i) => {
        if (i && loose) out.push('');
        const marker = `${bullet}${gap}`;
        const indent = gap === '\t' ? '\t' : ' '.repeat(bullet.replace(/ \[.\]$/, '').length + 1);
        // Sometimes a continuation line is left unindented (a lazy line of the item's paragraph).
        const lines = prefix(body, marker, indent);
        if (lazy === 0 && lines.length > 1 && lines[1] !== '') lines[1] = (lines[1] as string).trimStart();
        out.push(...lines);
      });
      return out;
    });
}

/** Block quotes (and GitHub alerts) holding blocks, with a lazy line now and then. */
function quoteOf(depth: number): fc.Arbitrary<Lines> {
  return fc.tuple(blocks(depth - 1), fc.constantFrom('> ', '>', '>  '), fc.nat(4), fc.constantFrom(...ALERTS), fc.nat(5))
    .map(([body, marker, alert, kind, lazy]) => {
      const lines = [...(alert === 0 ? [`[!${kind}]`] : []), ...body].map((l) => (l === '' ? '>' : marker + l));
      if (lazy === 0 && lines.length > 1 && /^> ?\w/.test(lines[1] as string)) lines[1] = (lines[1] as string).replace(/^> ?/, '');
      return lines;
    });
}

const frontMatter = fc.oneof(
  fc.oneof(claim, sentence).map((t) => ['---', `title: ${t.replace(/[:#]/g, '')}`, 'tags: [coco]', '---', '']),
  fc.oneof(claim, sentence).map((t) => ['+++', `title = "${t.replace(/["\\]/g, '')}"`, '+++', '']),
  fc.constant(['---', 'title: "unclosed', '']),
);

export interface MdInput {
  text: string;
  /** The document's path: its name can scope it. */
  path: string;
}

const PATHS = ['docs/coco.md', 'Documentation/security/snp-tdx-threat-model.md', 'README.md', 'docs/virt/coco/sev-guest.markdown', 'a b/ü.md'];

/** A whole document: front matter (or not), blocks, then line ends, a BOM, tabs and odd characters. */
export const mdDocument: fc.Arbitrary<MdInput> = fc.tuple(
  fc.option(frontMatter, { nil: undefined }),
  fc.array(fc.oneof({ weight: 3, arbitrary: blocks(2) }, { weight: 1, arbitrary: blocks(4) }), { minLength: 1, maxLength: 3 }), lineEnding, fc.boolean(), fc.boolean(), noise, fc.nat(1000),
  fc.constantFrom(...PATHS), fc.boolean(),
).map(([front, parts, ending, bom, finalNewline, odd, salt, path, tabs]) => {
  let lines = [...(front ?? []), ...parts.flatMap((p, i) => (i ? ['', ...p] : p))];
  if (tabs) lines = lines.map((l) => l.replace(/^( {4})+/, (m) => '\t'.repeat(m.length / 4)));
  const text = sprinkle(joinLines(lines, ending, finalNewline, salt), odd);
  return { text: bom ? `\uFEFF${text}` : text, path };
});
