/**
 * Structure-aware RST: documents built from grammar pieces (titles with over- and underlines,
 * nested lists, definition and field lists, block quotes, literal blocks, directives, comments
 * including `.. claimlint:` comments, grid and simple tables, line blocks, targets, footnotes),
 * their paragraphs full of claim sentences, then dressed in CR/CRLF/LF mixes, tabs, a BOM and
 * odd characters. Blocks are line arrays (no line ends) so that nesting is an indentation.
 */
import fc from 'fast-check';
import { claim, joinLines, lineEnding, noise, prose, sentence, sprinkle, word, wrap } from './text.js';

export type Lines = string[];

const indent = (lines: Lines, by: string): Lines => lines.map((l) => (l === '' ? '' : by + l));
const paragraphLines = (text: string, width: number): Lines => wrap(text, width);

const ADORNMENTS = ['=', '-', '~', '^', '"', "'", '`', '#', '*', '+', ':', '.', '_', '<', '>', '!', '%'];

const paragraph = fc.tuple(prose, fc.integer({ min: 20, max: 100 })).map(([t, w]) => paragraphLines(t, w));

const title = fc.tuple(fc.oneof(claim, sentence), fc.constantFrom(...ADORNMENTS), fc.boolean(), fc.integer({ min: -3, max: 3 }))
  .map(([t, c, over, delta]) => {
    const text = t.replace(/\s+/g, ' ');
    const line = c.repeat(Math.max(1, text.length + delta));
    return over ? [line, text, line] : [text, line];
  });

const literal = fc.tuple(paragraph, fc.array(fc.oneof(sentence, claim), { minLength: 1, maxLength: 4 }), fc.constantFrom('  ', '    ', '\t', ' '), fc.boolean())
  .map(([p, body, by, expanded]) => {
    const lead = [...p.slice(0, -1), `${p[p.length - 1] ?? ''}${expanded ? ' ::' : '::'}`];
    return [...lead, '', ...body.map((b) => by + b)];
  });

const comment = fc.oneof(
  fc.tuple(fc.constantFrom('disable-next', 'disable', 'enable', 'disable-file', 'disable-next', 'bogus'),
    fc.constantFrom('memory-integrity', 'all', 'overgeneral-umbrella, untrusted-host', 'MEMORY_INTEGRITY', '', 'no-such-rule'),
    fc.constantFrom('', ' -- the reason', ' --')).map(([k, r, why]) => [`.. claimlint: ${k} ${r}${why}`]),
  fc.constantFrom(['.. claimlint: scope=sev-snp,tdx'], ['..'], ['.. SPDX-License-Identifier: GPL-2.0'], ['.. a comment', '   that goes on']),
  sentence.map((s) => [`.. ${s}`]),
);

const explicitLeaf = fc.oneof(
  fc.constantFrom(
    ['.. _label:'], ['.. _`odd label`: https://example.org'], ['__ https://example.org/anonymous'],
    ['.. |sub| replace:: SEV-SNP and TDX'], ['.. |x| image:: x.png'], ['.. include:: ../x.rst'],
    ['.. code-block:: c', '', '   int x = 1; /* x86 guests have memory integrity. */'],
    ['.. kernel-doc:: include/linux/x.h', '   :internal:'], ['.. toctree::', '   :maxdepth: 2', '', '   a', '   b'],
    ['.. math::', '', '   x^2'], ['.. raw:: html', '', '   <p>x86 guests</p>'], ['.. c:function:: int f(void)'],
  ),
  claim.map((c) => ['.. rubric:: ' + c]),
  fc.tuple(fc.constantFrom('[#]', '[1]', '[*]', '[cit]'), prose).map(([l, p]) => [`.. ${l} ${p}`]),
);

const gridTable = fc.tuple(
  fc.integer({ min: 1, max: 5 }), fc.array(fc.array(fc.oneof(word, claim), { minLength: 0, maxLength: 2 }), { minLength: 1, maxLength: 30 }),
  fc.boolean(), fc.nat(5),
).map(([cols, cells, header, flaw]) => {
  const rows: string[][] = [];
  for (let k = 0; k < cells.length; k += cols) rows.push(Array.from({ length: cols }, (_, c) => (cells[k + c] ?? []).join(' ')));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(3, ...rows.map((r) => (r[c] as string).length)) + 2);
  const border = (ch: string) => `+${widths.map((w) => ch.repeat(w)).join('+')}+`;
  const out = [border('-')];
  rows.forEach((r, i) => {
    out.push(`|${r.map((cell, c) => ` ${cell.padEnd((widths[c] as number) - 1)}`).join('|')}|`);
    out.push(border(header && i === 0 ? '=' : '-'));
  });
  // Flaws: a short line, a missing right border, a missing bottom, a stray corner.
  if (flaw === 1 && out.length > 2) out[1] = (out[1] as string).slice(0, -3);
  if (flaw === 2) out.pop();
  if (flaw === 3 && out.length > 2) out[1] = (out[1] as string).replace(/\|$/, '');
  if (flaw === 4 && out.length > 2) out[2] = (out[2] as string).replace('-', '+');
  return out;
});

const simpleTable = fc.tuple(
  fc.integer({ min: 2, max: 4 }), fc.array(fc.oneof(word, claim), { minLength: 2, maxLength: 40 }), fc.boolean(), fc.nat(4),
).map(([cols, cells, header, flaw]) => {
  const widths = Array.from({ length: cols }, (_, c) => Math.max(4, ...cells.filter((_, k) => k % cols === c).map((x) => x.length)));
  const border = widths.map((w) => '='.repeat(w)).join('  ');
  const out = [border];
  for (let k = 0; k < cells.length; k += cols) {
    // The last column's text may run past its border, as docutils allows.
    out.push(widths.map((w, c) => (c === cols - 1 ? cells[k + c] ?? '' : (cells[k + c] ?? '').slice(0, w).padEnd(w))).join('  ').trimEnd());
    if (header && k === 0) out.push(border);
  }
  out.push(border);
  if (flaw === 1) out.pop();
  if (flaw === 2) out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out;
});

const lineBlock = fc.array(fc.oneof(sentence, claim), { minLength: 1, maxLength: 5 }).map((ls) => ls.map((l, i) => `|${i % 3 === 2 ? '   ' : ' '}${l}`));
const optionList = fc.array(fc.tuple(fc.constantFrom('-a', '--all', '-o FILE', '--output=FILE', '/V', '-x, --extra'), sentence), { minLength: 1, maxLength: 4 })
  .map((os) => os.map(([o, d]) => `${o}  ${d}`));
const doctest = sentence.map((s) => ['>>> ' + s, '... more', 'output']);
const transition = fc.constantFrom(['----------'], ['==========='], ['....']);

const leaf = fc.oneof(
  { weight: 10, arbitrary: paragraph },
  { weight: 3, arbitrary: title },
  { weight: 2, arbitrary: literal },
  { weight: 2, arbitrary: comment },
  { weight: 2, arbitrary: explicitLeaf },
  { weight: 2, arbitrary: gridTable },
  { weight: 2, arbitrary: simpleTable },
  { weight: 1, arbitrary: lineBlock },
  { weight: 1, arbitrary: optionList },
  { weight: 1, arbitrary: doctest },
  { weight: 1, arbitrary: transition },
);

const BULLETS = ['-', '*', '+', '•'];
const ENUMS = ['1.', '#.', '(a)', 'i)', 'A.', '12)', 'IV.'];
const PROSE_DIRECTIVES = ['note', 'warning', 'admonition', 'topic', 'sidebar', 'hint', 'container', 'seealso', 'list-table', 'flat-table', 'table', 'unknown-thing', 'only'];

/** Blocks nested up to `depth` more levels; memoised by depth so the arbitraries are built once. */
const blocksAt = new Map<number, fc.Arbitrary<Lines>>();
export function blocks(depth: number): fc.Arbitrary<Lines> {
  let a = blocksAt.get(depth);
  if (a) return a;
  const block = depth <= 0 ? leaf : fc.oneof(
    { weight: 12, arbitrary: leaf },
    { weight: 3, arbitrary: listOf(depth) },
    { weight: 2, arbitrary: container(depth) },
  );
  a = fc.array(block, { minLength: 1, maxLength: depth <= 0 ? 3 : 4 }).map((bs) => bs.flatMap((b, i) => (i ? ['', ...b] : b)));
  blocksAt.set(depth, a);
  return a;
}

/** Bullet, enumerated, definition, field and list-table lists whose items hold blocks. */
function listOf(depth: number): fc.Arbitrary<Lines> {
  const item = blocks(depth - 1);
  return fc.tuple(
    fc.constantFrom('bullet', 'enum', 'definition', 'field', 'listtable'), fc.constantFrom(...BULLETS), fc.constantFrom(...ENUMS),
    fc.array(item, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.constantFrom(' ', '  ', '\t'),
  ).map(([kind, bullet, en, items, compact, gap]) => {
    const out: Lines = [];
    items.forEach((body, i) => {
      if (i && !compact) out.push('');
      const [first = '', ...rest] = body;
      if (kind === 'definition') { out.push(`term ${i} : classifier`, ...indent(body, '   ')); return; }
      if (kind === 'listtable') {
        out.push(`* - ${first}`, ...indent(rest, '    '), `  - ${claimOf(i)}`);
        return;
      }
      const marker = kind === 'bullet' ? bullet : kind === 'enum' ? en : `:field ${i}:`;
      const lead = `${marker}${gap}`;
      out.push(lead + first, ...indent(rest, gap === '\t' ? '\t' : ' '.repeat(lead.length)));
    });
    return kind === 'listtable' ? ['.. list-table:: A table', '   :header-rows: 1', '', ...indent(out, '   ')] : out;
  });
}

function claimOf(i: number): string {
  return ['SEV guests have memory integrity.', 'x86 TDX', 'cell'][i % 3] as string;
}

/** Block quotes (with attributions) and directives whose bodies hold blocks. */
function container(depth: number): fc.Arbitrary<Lines> {
  return fc.tuple(fc.constantFrom('quote', 'directive'), blocks(depth - 1), fc.constantFrom(...PROSE_DIRECTIVES), fc.constantFrom('  ', '   ', '    ', '\t'), fc.boolean(), sentence)
    .map(([kind, body, name, by, extra, s]) => {
      if (kind === 'quote') return [...indent(body, by), ...(extra ? ['', `${by}-- ${s}`] : [])];
      const head = name === 'admonition' || name === 'topic' || name === 'sidebar' ? `.. ${name}:: ${s}` : `.. ${name}::`;
      return [head, ...(extra ? ['   :class: x', '   :header-rows: 1'] : []), '', ...indent(body, '   ')];
    });
}

export interface RstInput {
  text: string;
  /** Parse as a fragment (patch mode's hunks-only documents). */
  fragment: boolean;
  /** The document's path: its name can scope it. */
  path: string;
}

const PATHS = ['Documentation/x86/coco.rst', 'Documentation/security/snp-tdx-threat-model.rst', 'index.rst', 'Documentation/virt/coco/sev-guest.rst', 'a b/ü.rst'];

/** A whole document: blocks, then line ends, a BOM, tabs and odd characters. */
export const rstDocument: fc.Arbitrary<RstInput> = fc.tuple(
  fc.array(fc.oneof({ weight: 3, arbitrary: blocks(2) }, { weight: 1, arbitrary: blocks(4) }), { minLength: 1, maxLength: 3 }), lineEnding, fc.boolean(), fc.boolean(), noise, fc.nat(1000),
  fc.boolean(), fc.constantFrom(...PATHS), fc.boolean(),
).map(([parts, ending, bom, finalNewline, odd, salt, fragment, path, tabs]) => {
  let lines = parts.flatMap((p, i) => (i ? ['', ...p] : p));
  if (tabs) lines = lines.map((l) => l.replace(/^ {8}/, '\t'));
  const text = sprinkle(joinLines(lines, ending, finalNewline, salt), odd);
  return { text: bom ? `\uFEFF${text}` : text, fragment: fragment && salt % 4 === 0, path };
});
