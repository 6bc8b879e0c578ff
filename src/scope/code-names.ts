/**
 * Names a page gives a technology in code: a product's instance shape or runtime class
 * ("**IBM Secure Execution** shapes (`ncvm-z`)", a table row "| `c2e` | ... | AMD SEV-ES |").
 * A reader takes "On `ncvm-z`, the guest requests ..." as said of Secure Execution; so do the
 * scope levels, through the matcher's identifiers (as for ``SNP_GET_REPORT``).
 *
 * Input: the document's source, its prose units and a matcher; output: code name → technology ids.
 * Names the page defines come first; a name spelled for its technology (`kata-qemu-snp`) is read
 * so where the page gives it no other meaning (withCodeNames).
 */
import type { ProseUnit } from '../prose/units.js';
import type { Parent } from '../rst/types.js';
import type { Matcher } from './mentions.js';
import { boundedMemo, detached, perObject, type Recall } from '../memo.js';

/** A code span in Markdown or reStructuredText source: `x` or ``x``. */
const CODE = /(`{1,2})([^`\n]{2,40}?)\1(?!`)/g;
/** A code span in parentheses right after a name, a few words on: "SEV-SNP shapes (`ncvm-a`)". */
const DEFINED_AFTER = /^[^().;:\n]{0,40}?\(\s*(`{1,2})([\w.-]{2,30})\1\s*\)/;
/** A cell that is only a code span. */
const ONLY_CODE = /^\s*(`{1,2})([\w.-]{2,30})\1\s*$/;

export function documentCodeNames(source: string, units: ProseUnit[], matcher: Matcher): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const define = (name: string, ids: string[]) => {
    if (ids.length === 0) return;
    // A name given two different meanings means nothing certain.
    const before = names.get(name);
    names.set(name, before && before.join() !== ids.join() ? [] : ids);
  };
  const rows = new Set<Parent>();
  // The first backtick at or after a unit's start; units come mostly in source order, so the
  // last one found usually answers for the next unit too (a long page has few backticks).
  let from = Infinity;
  let found = -1;
  const tickFrom = (start: number) => {
    if (!(start >= from && (found < 0 || found >= start))) found = source.indexOf('`', start);
    from = start;
    return found;
  };
  for (const u of units) {
    if (u.kind === 'table-cell') for (const a of u.ancestors) if (a.type === 'tableRow') rows.add(a);
    const tick = tickFrom(u.start);
    if (tick < 0 || tick >= u.end) continue;
    for (const m of matcher.find(u.text)) {
      if (m.kind !== 'technology') continue;
      const d = DEFINED_AFTER.exec(source.slice(u.start + m.end, Math.min(u.end, u.start + m.end + 80)));
      if (d) define(d[2] as string, m.ids);
    }
  }
  // A row that pairs a code name with technologies: "| `c2e` | AMD EPYC | AMD SEV-ES |".
  for (const row of rows) {
    const cells = (row.children as Parent[]).map((c) => source.slice(c.position.start.offset ?? 0, c.position.end.offset ?? 0).replace(/^\s*\|?|\|?\s*$/g, ''));
    const coded = cells.map((c) => ONLY_CODE.exec(c)?.[2]);
    const named = coded.filter((x): x is string => !!x);
    if (named.length !== 1) continue;
    const ids = [...new Set(cells.filter((_, k) => !coded[k]).flatMap((c) => matcher.find(detached(c)).filter((m) => m.kind === 'technology').flatMap((m) => m.ids)))];
    if (ids.length && ids.length <= 3) define(named[0] as string, ids);
  }
  for (const [k, v] of names) if (v.length === 0) names.delete(k);
  return names;
}

/**
 * The matcher, with the page's code names among its identifiers: the same object for the same
 * matcher and names, so what is remembered per matcher (a section's level, a sentence's scope)
 * outlives the editor's keystroke.
 */
export function withCodeNames(matcher: Matcher, names: Map<string, string[]>): Matcher {
  return withNames(matcher)(JSON.stringify([...names].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))), () => codeNamesMatcher(matcher, names));
}
const withNames = perObject<Matcher, Recall<Matcher>>(() => boundedMemo(16));

function codeNamesMatcher(matcher: Matcher, names: Map<string, string[]>): Matcher {
  const codeNames = (text: string) => {
    const out: { text: string; ids: string[] }[] = [];
    CODE.lastIndex = 0;
    for (let m = CODE.exec(text); m; m = CODE.exec(text)) {
      const name = (m[2] as string).trim();
      // A name the page defines, else one spelled for its technology (`kata-qemu-snp`: the rule
      // set's identifier endings), where the page gives it no other meaning.
      const ids = names.get(name) ?? matcher.codeNameEnding(name)?.filter((id) => matcher.all.includes(id));
      if (ids?.length) out.push({ text: m[2] as string, ids });
    }
    return out;
  };
  return { ...matcher, identifiers: (text) => [...matcher.identifiers(text), ...codeNames(text)], codeNames };
}
