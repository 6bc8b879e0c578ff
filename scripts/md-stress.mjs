// Measures how long the Markdown path takes on constructs that can be super-linear or exhaust
// the stack or the heap (remark/micromark, claimlint's mdast conversion, the whole lint), each
// case in a child process with a timeout (and node's default heap: pass --heap MB to change
// it), at growing sizes up to the 16 MiB document limit; a refusal is timed too.
//
//   node scripts/md-stress.mjs [--timeout SECONDS] [--phase mdast|tree|parse|lint] [--only NAME,...] [--max BYTES]
//
// Phases: mdast (remark alone, dist/md/parse.js parseMdast), tree (mdast then treeFromMdast),
// parse (parseDocument: the guarded path, with the pre-check), lint (lintText with the shipped
// rules, as a CoCo document so that the prescan does not skip it). Needs `npm run build`.
// Prints one line per case: construct, n, size, milliseconds (or timeout / the error's name).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MIB = 1024 * 1024;
const CLAIM = 'AMD SEV-SNP guests have memory integrity.';

/** About 600 bytes of ordinary Markdown: a section with prose, inline markup, lists, a quote, a table, code and definitions (labels made unique by `i`). */
const MIXED = (i) => `## Section ${i}

${CLAIM} See [the guide][g${i}], \`kvm_amd\`, *emphasis* and **strong** text, and <https://example.org/${i}>.
A second line of the paragraph with a footnote[^f${i}] and a [link](https://example.org/a_${i}).

- First item with ${CLAIM}
  - Nested item with \`code\`
- Second item

> ${CLAIM}
> Continued quote.

| Column | Other |
|--------|-------|
| ${CLAIM} | x |

\`\`\`
int x = ${i}; /* code */
\`\`\`

[g${i}]: https://example.org/guide/${i}
[^f${i}]: A note.

`;

/** [name, generator, sizes] */
export const CASES = [
  ['quote >>>', (n) => `${'>'.repeat(n)} ${CLAIM}\n`, [200, 1000, 2000, 5000, 10_000, 20_000, 100_000]],
  ['quote "> > "', (n) => `${'> '.repeat(n)}${CLAIM}\n`, [200, 1000, 2000, 5000, 10_000, 20_000]],
  ['quote stair', (n) => Array.from({ length: n }, (_, i) => `${'>'.repeat(i + 1)} ${CLAIM}`).join('\n'), [100, 200, 500, 1000, 2000]],
  ['quote deep, many lines', (n) => `${`${'> '.repeat(n)}${CLAIM}\n`.repeat(Math.floor(16 * MIB / (2 * n + CLAIM.length + 1)))}`, [8, 16, 32, 64, 128, 256]],
  ['list stair 2sp', (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n'), [50, 100, 200, 300, 500, 1000, 2000]],
  ['list stair ordered', (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(3 * i)}1. item`).join('\n'), [50, 100, 200, 300, 500]],
  ['list stair repeated to 16 MiB', (n) => {
    const one = Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- ${CLAIM}`).join('\n');
    return `${one}\n\n`.repeat(Math.max(1, Math.floor(16 * MIB / (one.length + 2))));
  }, [8, 16, 32, 48, 64, 100]],
  ['list deep, many lines', (n) => {
    const stair = Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n');
    const line = `${' '.repeat(2 * n)}${CLAIM}\n`;
    return `${stair}\n${line.repeat(Math.floor(16 * MIB / line.length))}`;
  }, [8, 16, 32, 64, 128]],
  ['list markers "- - -"', (n) => `${'- '.repeat(n)}x\n`, [200, 500, 1000, 2000, 5000, 10_000]],
  ['list markers "1. 1."', (n) => `${'1. '.repeat(n)}x\n`, [200, 500, 1000, 2000, 5000]],
  ['list markers "* " many lines', (n) => `${'* '.repeat(n)}${CLAIM}\n`.repeat(Math.floor(16 * MIB / (2 * n + CLAIM.length + 1))), [8, 16, 32, 64, 128]],
  ['mixed "> - "', (n) => `${'> - '.repeat(n)}x\n`, [200, 500, 1000, 2000, 5000]],
  ['mixed "> 1. "', (n) => `${'> 1. '.repeat(n)}x\n`, [200, 500, 1000, 2000]],
  ['mixed "- > " stair', (n) => Array.from({ length: n }, (_, i) => `${'- > '.repeat(i + 1)}x`).join('\n'), [50, 100, 200, 500]],
  ['indented line', (n) => `${' '.repeat(n)}x\n`, [1000, 100_000, 16 * MIB]],
  ['tabs', (n) => `${'\t'.repeat(n)}x\n`, [1000, 100_000, 16 * MIB]],
  ['"-\\t" markers', (n) => `${'-\t'.repeat(n)}x\n`, [200, 500, 1000, 2000, 5000]],
  ['">\\t" quotes', (n) => `${'>\t'.repeat(n)}x\n`, [200, 1000, 2000, 5000, 20_000]],
  ['emphasis ***a***', (n) => `${'*'.repeat(n)}a${'*'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 8 * MIB]],
  ['emphasis open *a', (n) => `${'*a '.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 5 * MIB]],
  ['emphasis nested *_*_', (n) => `${'*_'.repeat(n)}a${'_*'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 4 * MIB]],
  ['emphasis _a* mix', (n) => `${'_a* '.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 4 * MIB]],
  ['strong **', (n) => `${'**a '.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 4 * MIB]],
  ['strike ~~', (n) => `${'~~a '.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 4 * MIB]],
  ['brackets [[[a]]]', (n) => `${'['.repeat(n)}a${']'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 8 * MIB]],
  ['brackets [[[a', (n) => `${'['.repeat(n)}a\n`, [2000, 20_000, 200_000, 2_000_000, 16 * MIB]],
  ['brackets ]]]', (n) => `a${']'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 16 * MIB]],
  ['link [a](', (n) => `${'[a]('.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 4 * MIB]],
  ['link nested labels [[a](u)', (n) => `${'['.repeat(n)}a](u)${'](u)'.repeat(n)}\n`, [2000, 20_000, 200_000, 1_000_000, 3 * MIB]],
  ['links [a](u)', (n) => `${'[a](u) '.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['image ![', (n) => `${'!['.repeat(n)}a${']'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 6 * MIB]],
  ['link [a](<', (n) => `${'[a](<'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['link title [a](u "', (n) => `${'[a](u "'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['link dest parens', (n) => `[a](${'('.repeat(n)}u${')'.repeat(n)})\n`, [2000, 20_000, 200_000, 2_000_000, 8 * MIB]],
  ['ref links [a][b]', (n) => `${'[a][b]'.repeat(n)}\n\n[b]: /u\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['ref definitions', (n) => Array.from({ length: n }, (_, i) => `[r${i}]: /u${i}`).join('\n') + `\n\n${Array.from({ length: Math.min(n, 100_000) }, (_, i) => `[r${i}]`).join(' ')}\n`, [2000, 20_000, 200_000, 800_000]],
  ['ref definitions unused [a]:', (n) => `${'[a]: '.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['backticks `', (n) => `${'`a'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 8 * MIB]],
  ['backtick runs', (n) => Array.from({ length: n }, (_, i) => '`'.repeat(i % 500 + 1)).join('a') + '\n', [2000, 20_000, 100_000]],
  ['html <a ', (n) => `${'<a '.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 5 * MIB]],
  ['html <div> lines', (n) => '<div>\n'.repeat(n), [2000, 20_000, 200_000, 2_000_000]],
  ['html inline <b>', (n) => `x ${'<b>'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 5 * MIB]],
  ['html comments <!--', (n) => `x ${'<!--'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000, 4 * MIB]],
  ['html comments <!--a-->', (n) => `${'<!--a-->'.repeat(n)}x\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['html attrs', (n) => `<a ${'b="c" '.repeat(n)}>\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['autolinks <http', (n) => `${'<http://a'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['gfm www.', (n) => `${'www.a.'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['gfm www._', (n) => `www.${'_a'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['gfm email a@', (n) => `${'a@'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['gfm http:// many', (n) => `${'http://a.b '.repeat(n)}\n`, [2000, 20_000, 200_000, 1_000_000]],
  ['table columns', (n) => `${'|a'.repeat(n)}|\n${'|-'.repeat(n)}|\n${'|b'.repeat(n)}|\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['table rows', (n) => `|a|b|\n|-|-|\n${`|${CLAIM}|x|\n`.repeat(n)}`, [2000, 20_000, 200_000]],
  ['table many pipes in rows', (n) => `|a|\n|-|\n${`${'|'.repeat(n)}\n`.repeat(50)}`, [2000, 20_000, 200_000]],
  ['table rows of pipes', (n) => `|a|\n|-|\n${'|x'.repeat(n)}\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['table delimiter long', (n) => `a|b\n${'-'.repeat(n)}|-\n`, [2000, 200_000, 8 * MIB]],
  ['footnote refs [^1]', (n) => `${'[^1]'.repeat(n)}\n\n[^1]: note\n`, [2000, 20_000, 200_000, 2_000_000]],
  ['footnote defs', (n) => Array.from({ length: n }, (_, i) => `[^f${i}]: ${CLAIM}`).join('\n') + '\n', [2000, 20_000, 200_000]],
  ['footnote defs nested', (n) => `${'[^a]: '.repeat(n)}x\n`, [200, 1000, 2000, 5000, 20_000]],
  ['footnote def stair', (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(4 * i)}[^a${i}]: x`).join('\n'), [50, 100, 200, 500]],
  ['long line', (n) => `${`${CLAIM} `.repeat(Math.floor(n / (CLAIM.length + 1)))}\n`, [MIB, 4 * MIB, 16 * MIB]],
  ['long paragraph lines', (n) => `${`${CLAIM}\n`.repeat(Math.floor(n / (CLAIM.length + 1)))}`, [MIB, 4 * MIB, 16 * MIB]],
  ['quoted lazy lines', (n) => `> ${CLAIM}\n${`${CLAIM}\n`.repeat(Math.floor(n / (CLAIM.length + 1)))}`, [MIB, 4 * MIB, 16 * MIB]],
  ['paragraphs', (n) => `${`${CLAIM}\n\n`.repeat(Math.floor(n / (CLAIM.length + 2)))}`, [MIB, 4 * MIB, 16 * MIB]],
  ['list items', (n) => `${`- ${CLAIM}\n`.repeat(Math.floor(n / (CLAIM.length + 3)))}`, [MIB, 4 * MIB, 16 * MIB]],
  ['headings', (n) => `${`## ${CLAIM}\n`.repeat(Math.floor(n / (CLAIM.length + 4)))}`, [MIB, 4 * MIB, 16 * MIB]],
  ['setext', (n) => `${`${CLAIM}\n===\n`.repeat(Math.floor(n / (CLAIM.length + 5)))}`, [MIB, 4 * MIB, 16 * MIB]],
  ['blank lines', (n) => '\n'.repeat(n), [MIB, 16 * MIB]],
  ['fence unclosed', (n) => `\`\`\`\n${'x\n'.repeat(n)}`, [MIB, 8 * MIB]],
  ['fences', (n) => '```\n'.repeat(n), [MIB, 8 * MIB]],
  ['thematic breaks', (n) => '***\n'.repeat(n), [MIB, 4 * MIB]],
  ['escapes \\', (n) => `${'\\'.repeat(n)}\n`, [MIB, 16 * MIB]],
  ['entities &#', (n) => `${'&#'.repeat(n)}\n`, [MIB, 8 * MIB]],
  ['entities &amp;', (n) => `${'&amp;'.repeat(n)}\n`, [MIB, 3 * MIB]],
  ['front matter', (n) => `---\n${'a: b\n'.repeat(n)}---\n${CLAIM}\n`, [200_000, 3 * MIB]],
  ['front matter unclosed', (n) => `---\n${'a: b\n'.repeat(n)}`, [200_000, 3 * MIB]],
  ['alerts', (n) => `${`> [!NOTE]\n> ${CLAIM}\n\n`.repeat(n)}`, [20_000, 200_000]],
  ['CR only', (n) => `${`${CLAIM}\r`.repeat(n)}`, [20_000, 200_000]],
  ['non-ASCII', (n) => `${'é😀 '.repeat(n)}\n`, [200_000, 2_000_000]],
  ['one "[" then words', (n) => `x [ ${'word '.repeat(n)}\n`, [2000, 20_000, 40_000, 200_000]],
  ['nested list items', (n) => '- a\n  - b\n'.repeat(n), [1000, 4000, 24_000, 200_000]],
  ['one-line quotes', (n) => `> ${CLAIM}\n\n`.repeat(n), [2000, 8000, 24_000, 200_000]],
  ['backtick runs distinct', (n) => Array.from({ length: n }, (_, i) => '`'.repeat(i + 1)).join(' a '), [50, 300, 700]],
  ['"<!--" then words', (n) => `x ${'<!--'.repeat(n)} ${'word '.repeat(25_000)}\n`, [100, 999, 5000]],
  ['mixed (ordinary Markdown)', (n) => Array.from({ length: n }, (_, i) => MIXED(i)).join(''), [100, 1000, 4000, 16_000, 28_000]],
  ['setext under list stair', (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- x\n${' '.repeat(2 * i + 2)}===`).join('\n'), [50, 100, 200]],
  ['quote + list continuation', (n) => `${'> '.repeat(n)}- x\n${`${'> '.repeat(n)}  ${CLAIM}\n`.repeat(200)}`, [8, 32, 128, 256]],
];

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };

async function child(name, n, phase) {
  const gen = CASES.find((c) => c[0] === name)[1];
  const text = gen(n);
  const root = new URL('../dist/', import.meta.url);
  let run;
  if (phase === 'mdast') {
    const { parseMdast } = await import(new URL('md/parse.js', root));
    run = () => parseMdast(text);
  } else if (phase === 'tree') {
    const { parseMdast } = await import(new URL('md/parse.js', root));
    const { treeFromMdast } = await import(new URL('md/to-tree.js', root));
    run = () => treeFromMdast(parseMdast(text), text);
  } else if (phase === 'parse') {
    const { parseDocument } = await import(new URL('engine/syntax.js', root));
    run = () => parseDocument(text, { syntax: 'markdown' });
  } else {
    const { lintText } = await import(new URL('engine/lint.js', root));
    const { defaultRuleFiles, loadRuleFile } = await import(new URL('rules/load.js', root));
    const ruleSets = defaultRuleFiles().map((f) => loadRuleFile(f).ruleSet);
    run = () => lintText(text, { path: 'x.md', ruleSets, cocoDocument: true });
  }
  const t = performance.now();
  try {
    run();
    process.stdout.write(JSON.stringify({ size: text.length, ms: performance.now() - t }));
  } catch (err) {
    const ms = performance.now() - t;
    const refused = err?.constructor?.name === 'DocumentError' || err?.readerRefusal === true;
    process.stdout.write(JSON.stringify({ size: text.length, ms, error: refused ? 'refused' : err?.constructor?.name ?? String(err), message: String(err?.message).slice(0, 160) }));
  }
}

const direct = process.argv[1] === fileURLToPath(import.meta.url);
if (direct && args[0] === '--child') {
  await child(args[1], Number(args[2]), args[3]);
} else if (direct) {
  const timeout = Number(opt('--timeout', '20')) * 1000;
  const phase = opt('--phase', 'mdast');
  const only = opt('--only', '')?.split(',').filter(Boolean);
  const max = Number(opt('--max', String(16 * MIB)));
  const self = fileURLToPath(import.meta.url);
  for (const [name, , sizes] of CASES) {
    if (only.length && !only.some((o) => name.includes(o))) continue;
    for (const n of sizes) {
      const heap = opt('--heap', '');
      const r = spawnSync(process.execPath, [...(heap ? [`--max-old-space-size=${heap}`] : []), self, '--child', name, String(n), phase], { encoding: 'utf8', timeout, killSignal: 'SIGKILL', maxBuffer: 1 << 20 });
      let out;
      try { out = JSON.parse(r.stdout); } catch { out = { error: r.error?.code === 'ETIMEDOUT' || r.signal ? `timeout>${timeout / 1000}s` : `exit ${r.status}: ${(r.stderr || '').split('\n').find((l) => /Error/.test(l)) ?? ''}` }; }
      const size = out.size ?? '?';
      const time = out.ms !== undefined ? `${Math.round(out.ms)} ms` : '';
      const what = out.error === 'refused' ? `refused: ${out.message.replace(/^\d+:\d+: /, '').slice(0, 60)}` : out.error ? `${out.error}${out.message ? `: ${out.message}` : ''}` : 'read';
      console.log(`${name}\t${n}\t${size}\t${time}\t${what}`);
      if (out.size > max) break;
      if (out.ms === undefined) break;
      if (out.ms > timeout / 2) break;
    }
  }
}
