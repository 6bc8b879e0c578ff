/**
 * The sets a page's tables define by a word in a row: a support matrix with a status column
 * ("| AMD SEV-SNP | `kestrel-snp` | GA |", "| AMD SEV / SEV-ES | ... | Deprecated |") makes "the GA
 * platforms" the rows that say GA. A claim "on all GA platforms" is about those rows, not every
 * platform there is, and not every technology the page names.
 *
 * Input: the document's source, its prose units and its technology matcher. Output: word (lower
 * case) → the technologies of the rows that have it in a short cell of their own (only words that
 * set some rows apart from others in the same table), and every technology the rows name.
 */
import type { Parent } from '../rst/types.js';
import type { ProseUnit, UnitNode } from '../prose/units.js';
import type { Matcher } from './mentions.js';
import { perObject } from '../memo.js';

/** A cell this long or shorter is a value (a status, a yes/no), not a description. */
const VALUE_WORDS = 4;
const WORD = /[A-Za-z][A-Za-z-]*/g;
/** Words no set is named by. */
const PLAIN = /^(?:the|a|an|and|or|of|in|on|for|to|by|with|via|yes|no|n\/a|none|x86_64|x86|s390x|aarch64|arm64)$/;

export interface TableSets {
  /** "GA" → the technologies of the rows that say GA. */
  byWord: Map<string, string[]>;
  /** Every technology a table row names ("every TEE in our support matrix"). */
  rows: string[];
}

/** What a cell gives its row: the technologies it names, or the words of a short value. */
interface Cell {
  ids: readonly string[];
  words: readonly string[];
}

function cellOf(matcher: Matcher, all: string[], text: string, raw: string): Cell {
  // By name, or by a code name the page gives one (`snp`, `kestrel-tdx`).
  const named = [...matcher.find(text, false, true).filter((m) => m.kind === 'technology'), ...matcher.identifiers(raw)];
  const ids = named.flatMap((m) => m.ids.filter((id) => all.includes(id)));
  const words = text.match(WORD) ?? [];
  const value = named.length === 0 && words.length > 0 && words.length <= VALUE_WORDS;
  return Object.freeze({ ids: Object.freeze(ids), words: Object.freeze(value ? words.map((w) => w.toLowerCase()).filter((w) => !PLAIN.test(w)) : []) });
}

/**
 * Per matcher (`all` is its own), each cell's part by its paragraph: the editor asks again after
 * every keystroke, and a paragraph node the next parse keeps has the same source (prose/units.ts nodeText).
 */
const cellMemos = perObject<Matcher, WeakMap<UnitNode, Cell>>(() => new WeakMap());

export function tableSets(source: string, units: ProseUnit[], matcher: Matcher, all: string[]): TableSets {
  const cells = cellMemos(matcher);
  // Rows of each table: the technologies its cells name, and the words of its short cells.
  const tables = new Map<Parent, Map<Parent, { ids: Set<string>; words: Set<string> }>>();
  for (const u of units) {
    if (u.kind === 'title') continue;
    const k = u.ancestors.findIndex((a) => a.type === 'tableRow');
    if (k < 1) continue;
    const row = u.ancestors[k] as Parent & { header?: boolean };
    if (row.header) continue;
    const table = u.ancestors[k - 1] as Parent;
    let rows = tables.get(table);
    if (!rows) tables.set(table, (rows = new Map()));
    let r = rows.get(row);
    if (!r) rows.set(row, (r = { ids: new Set(), words: new Set() }));
    let cell = cells.get(u.node);
    if (!cell) cells.set(u.node, (cell = cellOf(matcher, all, u.text, source.slice(u.start, u.end))));
    for (const id of cell.ids) r.ids.add(id);
    for (const w of cell.words) r.words.add(w);
  }
  const sets = new Map<string, Set<string>>();
  for (const rows of tables.values()) {
    const named = [...rows.values()].filter((r) => r.ids.size > 0);
    if (named.length < 2) continue;
    const counts = new Map<string, number>();
    for (const r of named) for (const w of r.words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const r of named) {
      for (const w of r.words) {
        // A word in every row sets nothing apart.
        if ((counts.get(w) ?? 0) === named.length) continue;
        let s = sets.get(w);
        if (!s) sets.set(w, (s = new Set()));
        for (const id of r.ids) s.add(id);
      }
    }
  }
  const rowIds = new Set([...tables.values()].flatMap((rows) => [...rows.values()].flatMap((r) => [...r.ids])));
  return { byWord: new Map([...sets].map(([w, s]) => [w, all.filter((id) => s.has(id))])), rows: all.filter((id) => rowIds.has(id)) };
}

/** A set the page points at by its table: "in our support matrix", "in the table above". */
const IN_TABLE = /\b(?:in|from|on)\s+(?:our|the|this)\s+(?:[\w-]+\s+)?(?:matrix|table)\b/i;

/** The technologies of the page's tables, when a phrase points at them. */
export function tableRowsOf(sets: TableSets, phrase: string): string[] | undefined {
  return sets.rows.length && IN_TABLE.test(phrase) ? sets.rows : undefined;
}

/** The technologies of the rows a phrase's words pick out ("all three GA platforms"), if any. */
export function tableSetOf(sets: TableSets, phrase: string): string[] | undefined {
  if (sets.byWord.size === 0) return undefined;
  let ids: string[] | undefined;
  for (const w of phrase.match(WORD) ?? []) {
    const s = sets.byWord.get(w.toLowerCase());
    if (s) ids = ids ? ids.filter((id) => s.includes(id)) : s;
  }
  return ids?.length ? ids : undefined;
}
