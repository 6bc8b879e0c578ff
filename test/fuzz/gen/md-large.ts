/**
 * Markdown at the sizes where the reader's costs show (scripts/md-stress.mjs measured them) and
 * around claimlint's limits for them (src/md/limits.ts, src/md/guard.ts): nesting on one line
 * and by indentation to past 100 levels, paragraphs to past 128 KiB, emphasis delimiters and
 * brackets past their counts, many "<", unmatched brackets, lazy lines, thousands of list items, table rows,
 * footnotes, definitions, sections and claims, a 1 MB line in a code block. Each document is
 * either linted or refused with a DocumentError at a place inside it. `scale` 1 is what
 * `npm test` runs; `npm run fuzz` passes more for the costliest kinds.
 */
import fc from 'fast-check';
import { CLAIMS } from './text.js';
import type { MdInput } from './md.js';

const claimAt = (i: number) => CLAIMS[i % CLAIMS.length] as string;

function build(kind: string, n: number, salt: number): string {
  const out: string[] = [];
  switch (kind) {
    case 'deep-same-line': {
      const markers = ['> ', '- ', '>', '1. ', '* ', '> - ', '[^x]: '];
      let line = '';
      for (let i = 0; i < n; i++) line += markers[(i * salt) % markers.length];
      return `# Title\n\n${line}${claimAt(salt)}\n`;
    }
    case 'deep-list':
      for (let i = 0; i < n; i++) out.push(`${'  '.repeat(i)}${['-', '*', '+'][salt % 3]} ${claimAt(i)}`);
      break;
    case 'deep-quote':
      for (let i = 0; i < n; i++) out.push(`${'>'.repeat(i + 1)} ${claimAt(i)}`);
      break;
    case 'long-paragraph':
      for (let len = 0, i = 0; len < n; i++) { const s = i % 7 ? claimAt(i) : `*${claimAt(i)}* [x](u)`; out.push(s); len += s.length + 1; }
      break;
    case 'emphasis':
      for (let i = 0; i < n; i++) out.push(`${['*a*', '_b_', '**c**', '~~d~~', 'e*f', '*g'][(i + salt) % 6]} ${i % 50 ? 'x' : claimAt(i)}`);
      return `${out.join(' ')}\n`;
    case 'angles':
      for (let i = 0; i < n; i++) out.push(`${['<b>', '<!--', '</i>', '<https://e.org/x>', '<?', '<a href="'][(i + salt) % 6]} ${i % 40 ? 'x' : claimAt(i)}`);
      return `${out.join(' ')}\n`;
    case 'brackets':
      for (let i = 0; i < n; i++) out.push(`${['[', ']', '![', '[a](u)', '[b][c]', '[^n]'][(i * salt) % 6]} ${i % 40 ? 'word' : claimAt(i)}`);
      return `${out.join(' ')}\n\n[c]: /u\n\n[^n]: note\n`;
    case 'list':
      for (let i = 0; i < n; i++) out.push(`${i % 5 ? '  ' : ''}- ${i % 89 ? `item ${i}` : claimAt(i)}`);
      break;
    case 'table':
      out.push('| a | b |', '|---|:-:|');
      for (let i = 0; i < n; i++) out.push(`| ${i} | ${i % 97 ? '*cell*' : claimAt(i)} |`);
      break;
    case 'footnotes':
      for (let i = 0; i < n; i++) out.push(`${claimAt(i)}[^f${i}]`, '');
      for (let i = 0; i < n; i++) out.push(`[^f${i}]: Note ${i}.`);
      break;
    case 'definitions':
      for (let i = 0; i < n; i++) out.push(`See [r${i}] and [x][r${(i * salt) % n}].`, '');
      for (let i = 0; i < n; i++) out.push(`[r${i}]: https://example.org/${i}`);
      break;
    case 'lazy':
      out.push(`> ${claimAt(salt)}`);
      for (let i = 0; i < n; i++) out.push(i % 3 ? `lazy line ${i}` : `> quoted ${i}`);
      break;
    case 'quotes':
      for (let i = 0; i < n; i++) out.push(i % 3 ? `> ${claimAt(i)}` : `> [!NOTE]\n> ${claimAt(i)}`, '');
      break;
    case 'code-line':
      return `# Title\n\n${claimAt(salt)}\n\n\`\`\`\n${'x = 1; '.repeat(Math.floor(n / 7))}\n\`\`\`\n`;
    case 'sections':
      for (let i = 0; i < n; i++) out.push(i % 2 ? `${'#'.repeat(1 + ((i * salt) % 6))} Title ${i}` : `Title ${i}\n${'=-'[i % 4 ? 1 : 0]?.repeat(5)}`, '', claimAt(i), '');
      break;
    default: // 'claims': one finding or more per paragraph
      for (let i = 0; i < n; i++) out.push(claimAt(i), '');
  }
  return `${out.join('\n')}\n`;
}

/** [kind, largest n at scale 1, largest n at full scale]: past 100 levels, 128 KiB, 5,000 delimiters, 100 open brackets the document is refused. */
const KINDS: [string, number, number][] = [
  ['deep-same-line', 160, 3000],
  ['deep-list', 130, 1000],
  ['deep-quote', 130, 1000],
  ['long-paragraph', 150_000, 400_000],
  ['emphasis', 3_000, 8_000],
  ['angles', 1_200, 5_000],
  ['brackets', 700, 30_000],
  ['list', 20_000, 100_000],
  ['table', 10_000, 60_000],
  ['footnotes', 2_000, 20_000],
  ['definitions', 2_000, 20_000],
  ['lazy', 10_000, 40_000],
  ['quotes', 5_000, 40_000],
  ['code-line', 300_000, 1_000_000],
  ['sections', 2_000, 10_000],
  ['claims', 2_000, 20_000],
];

export function mdLarge(full: boolean): fc.Arbitrary<MdInput> {
  return fc.tuple(fc.constantFrom(...KINDS), fc.double({ min: 0.5, max: 1, noNaN: true }), fc.nat(1000), fc.boolean()).map(([[kind, small, big], f, salt, crlf]) => {
    const text = build(kind, Math.max(1, Math.floor((full ? big : small) * f)), salt + 1);
    return { text: crlf ? text.replace(/\n/g, '\r\n') : text, path: `docs/large/${kind}.md` };
  });
}
