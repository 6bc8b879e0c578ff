/**
 * Words that name rather than claim: a table's labels (a header cell, a row's short first cell,
 * a row's first cell under a header that names a technology per column) and a run-in heading
 * ("**Runtime attestation.** The agent ..."). check.ts reads no property claim in them, as in
 * a title.
 *
 * Input: a prose unit (or a sentence and its source); output: whether it is such a label.
 */
import type { Parent, Table, TableCell } from '../rst/types.js';
import type { Sentence } from '../prose/sentences.js';
import type { ProseUnit } from '../prose/units.js';
import type { DocumentContext } from '../scope/document.js';
import { detached, perObject } from '../memo.js';

/** A sentence of a few words set in strong type on its own, ending in "." or ":": a run-in heading. */
export function runInHeading(source: string, sentence: Sentence): boolean {
  const end = sentence.start + sentence.text.length;
  const marker = source.slice(sentence.start - 2, sentence.start);
  if ((marker !== '**' && marker !== '__') || source.slice(end, end + 2) !== marker) return false;
  return /[.:]$/.test(sentence.text) && sentence.text.split(/\s+/).length <= 8;
}

/**
 * The unit is a label of a table: in its header row, a short first cell of a row, or the first cell of a row in a table whose
 * header names a technology per column ("| Register state hidden | no | yes |" under "| Property |
 * SEV | SEV-ES |"): the row's claims are its cells, per column.
 */
export function labelCell(unit: ProseUnit, ctx: DocumentContext): boolean {
  if (unit.kind !== 'table-cell') return false;
  for (let k = unit.ancestors.length - 1; k >= 0; k--) {
    const a = unit.ancestors[k] as Parent;
    if (a.type !== 'tableCell') continue;
    const cell = a as TableCell;
    if (cell.header) return true;
    if (cell.column !== 0) return false;
    // A row's short label ("| CPU register state protection | C3a, C3i |"): the row's claim is in its other cells.
    const row = unit.ancestors[k - 1] as Parent | undefined;
    if (row && row.children.length > 1 && unit.text.trim().split(/\s+/).length <= 6 && !/[.!?]\s*$/.test(unit.text)) return true;
    const table = unit.ancestors.slice(0, k).reverse().find((x) => x.type === 'table') as Table | undefined;
    if (!table) return false;
    // Per document context: a table node outlives its lint when the editor's next parse keeps it
    // (rst/incremental.ts), and what its header names depends on the document's matcher.
    const columns = technologyColumns(ctx);
    let perColumn = columns.get(table);
    if (perColumn === undefined) {
      const header = table.children.find((r) => r.header);
      const named = (header?.children ?? []).filter((c) => c.column > 0 && ctx.matcher.find(detached(ctx.text.slice(c.position.start.offset ?? 0, c.position.end.offset ?? 0))).some((m) => m.kind === 'technology'));
      columns.set(table, (perColumn = named.length >= 2));
    }
    return perColumn;
  }
  return false;
}
const technologyColumns = perObject<DocumentContext, WeakMap<Table, boolean>>(() => new WeakMap());
