/**
 * Tables: grid tables (scanned cell by cell as docutils does, so spanning
 * cells work), simple tables, and the list-table / flat-table directives
 * (two-level bullet lists). Every cell's content is parsed as RST.
 */
import type { Block, BulletList, LiteralBlock, Table, TableCell, TableRow } from './types.js';
import {
  dedent, expandedLine, minIndent, offsetAtColumn, positionOf, spanOf, trimBlankEnd, viewOf, viewText, visualColumn,
  type LineView, type Source,
} from './source.js';
import { parseBody, type Ctx } from './blocks.js';

interface Cell { top: number; left: number; bottom: number; right: number }

/** docutils' GridTableParser: follow each cell's border from its top-left corner. */
function scanGrid(block: string[]): Cell[] | undefined {
  const bottom = block.length - 1;
  const right = Math.max(...block.map((l) => l.length)) - 1;
  const at = (r: number, c: number) => (block[r] as string)[c] ?? ' ';
  const done = new Array<number>(right + 1).fill(-1);
  const cells: Cell[] = [];
  const corners: [number, number][] = [[0, 0]];
  const scanUp = (top: number, left: number, bot: number) => {
    for (let r = bot - 1; r > top; r--) { const ch = at(r, left); if (ch !== '+' && ch !== '|') return false; }
    return true;
  };
  const scanLeft = (top: number, left: number, bot: number, rgt: number) => {
    for (let c = rgt - 1; c > left; c--) { const ch = at(bot, c); if (ch !== '+' && ch !== '-') return false; }
    return at(bot, left) === '+' && scanUp(top, left, bot);
  };
  const scanDown = (top: number, left: number, rgt: number): number | undefined => {
    for (let r = top + 1; r <= bottom; r++) {
      const ch = at(r, rgt);
      if (ch === '+') { if (scanLeft(top, left, r, rgt)) return r; }
      else if (ch !== '|') return undefined;
    }
    return undefined;
  };
  const scanRight = (top: number, left: number): [number, number] | undefined => {
    for (let c = left + 1; c <= right; c++) {
      const ch = at(top, c);
      if (ch === '+') { const b = scanDown(top, left, c); if (b !== undefined) return [b, c]; }
      else if (ch !== '-') return undefined;
    }
    return undefined;
  };
  let guard = 0;
  while (corners.length && guard++ < 100000) {
    const [top, left] = corners.shift() as [number, number];
    if (top === bottom || left === right || top <= (done[left] as number)) continue;
    if (at(top, left) !== '+') continue;
    const found = scanRight(top, left);
    if (!found) continue;
    const [bot, rgt] = found;
    for (let c = left; c < rgt; c++) done[c] = bot - 1;
    cells.push({ top, left, bottom: bot, right: rgt });
    corners.push([top, rgt], [bot, left]);
    corners.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
  // Complete when every column reached the bottom border.
  for (let c = 0; c < right; c++) if ((done[c] as number) !== bottom - 1) return undefined;
  return cells;
}

function malformed(ctx: Ctx, views: LineView[]): LiteralBlock {
  const first = views[0] as LineView;
  const last = views[views.length - 1] as LineView;
  return { type: 'literalBlock', kind: 'indented', value: ctx.src.text.slice(first.start, last.end), position: spanOf(ctx.src, views), data: { malformedTable: true } };
}

function cellNode(ctx: Ctx, views: LineView[], header: boolean, column: number, stub: boolean, at: number): TableCell {
  const body = trimBlankEnd(views);
  // An empty cell sits at its first line (or its top border when it has no lines).
  const empty = views[0]?.start ?? at;
  const position = body.some((v) => v.ind >= 0) ? spanOf(ctx.src, body) : positionOf(ctx.src, empty, empty);
  return { type: 'tableCell', header, stub, column, children: parseBody(ctx, dedent(body, minIndent(body)), false), position };
}

export function parseGridTable(ctx: Ctx, views: LineView[]): Table | LiteralBlock {
  const { src } = ctx;
  // Columns are visual (tabs expanded), as docutils measures them.
  const col0 = views.map((v) => visualColumn(src, v.line, v.start));
  const rows = views.map((v, k) => expandedLine(src, v.start, v.end, col0[k] as number));
  const headSep = rows.findIndex((r, k) => k > 0 && /^\+(?:=+\+)+$/.test(r));
  const block = rows.map((r, k) => (k === headSep ? r.replace(/=/g, '-') : r));
  const cells = scanGrid(block);
  if (!cells || cells.length === 0) return malformed(ctx, views);
  const lefts = [...new Set(cells.map((c) => c.left))].sort((a, b) => a - b);
  const byTop = new Map<number, Cell[]>();
  for (const c of cells) byTop.set(c.top, [...(byTop.get(c.top) ?? []), c]);
  const tableRows: TableRow[] = [];
  for (const top of [...byTop.keys()].sort((a, b) => a - b)) {
    const rowCells = (byTop.get(top) as Cell[]).sort((a, b) => a.left - b.left);
    const header = headSep > 0 && top < headSep;
    const children = rowCells.map((c) => {
      const column = lefts.indexOf(c.left);
      const cellViews: LineView[] = [];
      for (let r = c.top + 1; r < c.bottom; r++) {
        const v = views[r] as LineView;
        const base = col0[r] as number;
        const from = offsetAtColumn(src, v.line, base + c.left + 1, v.end);
        const to = offsetAtColumn(src, v.line, base + c.right, v.end);
        cellViews.push(viewOf(src, v.line, from, to, base + c.left + 1));
      }
      return cellNode(ctx, cellViews, header, column, !header && column === 0, (views[c.top] as LineView).start + c.left);
    });
    const first = rowCells[0] as Cell;
    const last = views[Math.max(...rowCells.map((c) => c.bottom))] as LineView;
    tableRows.push({ type: 'tableRow', header, children, position: positionOf(src, (views[first.top] as LineView).start, last.end) });
  }
  return { type: 'table', kind: 'grid', children: tableRows, position: spanOf(src, views) };
}

/** Simple tables: columns from the top border, a row per line whose first column is not blank. */
export function parseSimpleTable(ctx: Ctx, views: LineView[]): Table | LiteralBlock {
  const { src } = ctx;
  const top = views[0] as LineView;
  // Visual column of the table's left edge; cell columns are measured from it.
  const base = visualColumn(src, top.line, top.start);
  const border = expandedLine(src, top.start, top.end, base);
  const cols: [number, number][] = [];
  for (const m of border.matchAll(/=+/g)) cols.push([m.index, m.index + m[0].length]);
  if (cols.length === 0) return malformed(ctx, views);
  const isBorder = (v: LineView) => v.ind === 0 && /^=+(?:[ \t]+=+)*$/.test(viewText(src, v));
  const borders = views.map((v, k) => (isBorder(v) ? k : -1)).filter((k) => k >= 0);
  const headSep = borders.length >= 3 ? (borders[1] as number) : -1;
  const rows: { lines: LineView[]; header: boolean }[] = [];
  for (let k = 1; k < views.length; k++) {
    const v = views[k] as LineView;
    if (isBorder(v)) continue;
    if (v.ind >= 0 && /^-+(?:[ \t]+-+)*$/.test(viewText(src, v))) continue; // column-span underline
    const [a0, b0] = cols[0] as [number, number];
    const firstCol = v.ind < 0 ? '' : src.text.slice(cellOffset(src, v, base, a0), cellOffset(src, v, base, b0));
    const header = headSep > 0 && k < headSep;
    if (v.ind >= 0 && (firstCol.trim() !== '' || rows.length === 0 || (rows[rows.length - 1] as { header: boolean }).header !== header)) {
      rows.push({ lines: [v], header });
    } else if (rows.length) {
      (rows[rows.length - 1] as { lines: LineView[] }).lines.push(v);
    }
  }
  const tableRows: TableRow[] = rows.map((row) => {
    const children = cols.map(([a], c) => {
      const b = c + 1 < cols.length ? (cols[c + 1] as [number, number])[0] : Infinity;
      const cellViews = row.lines.map((v) => {
        if (v.ind < 0) return v;
        const from = cellOffset(src, v, base, a);
        return viewOf(src, v.line, from, cellOffset(src, v, base, b), visualColumn(src, v.line, from));
      });
      return cellNode(ctx, cellViews, row.header, c, !row.header && c === 0, (row.lines[0] as LineView).start);
    });
    return { type: 'tableRow', header: row.header, children, position: cover(spanOf(src, row.lines), children) };
  });
  return { type: 'table', kind: 'simple', children: tableRows, position: spanOf(src, views) };
}

/** A position widened to cover its children (empty cells sit at their column, left of the row's text). */
function cover(position: Table['position'], children: TableCell[]): Table['position'] {
  let { start, end } = position;
  for (const c of children) {
    if ((c.position.start.offset ?? 0) < (start.offset ?? 0)) start = c.position.start;
    if ((c.position.end.offset ?? 0) > (end.offset ?? 0)) end = c.position.end;
  }
  return { start, end };
}

/** The offset in `v`'s line at visual column `base + col`, within the line's content. */
function cellOffset(src: Source, v: LineView, base: number, col: number): number {
  if (col === Infinity) return v.end;
  return offsetAtColumn(src, v.line, base + col, v.end);
}

/** list-table and flat-table: a bullet list of rows, each a bullet list of cells. */
export function tableFromLists(body: Block[], kind: 'list-table' | 'flat-table', options: Record<string, string>): Table | undefined {
  const list = body.find((b): b is BulletList => b.type === 'bulletList');
  if (!list) return undefined;
  const headerRows = Number.parseInt(options['header-rows'] ?? '0', 10) || 0;
  const stubColumns = Number.parseInt(options['stub-columns'] ?? '0', 10) || 0;
  const rows: TableRow[] = [];
  list.children.forEach((item, r) => {
    const header = r < headerRows;
    const inner = item.children.find((b): b is BulletList => b.type === 'bulletList');
    const cells: TableCell[] = (inner ? inner.children : [item]).map((cell, c) => ({
      type: 'tableCell', header, stub: !header && c < Math.max(stubColumns, 1) && (stubColumns > 0 || c === 0), column: c,
      children: cell.children, position: cell.position,
    }));
    rows.push({ type: 'tableRow', header, children: cells, position: item.position });
  });
  return { type: 'table', kind, children: rows, position: list.position };
}
