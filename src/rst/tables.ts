/**
 * Tables: grid tables (scanned cell by cell as docutils does, so spanning
 * cells work), simple tables, and the list-table / flat-table directives
 * (two-level bullet lists). Every cell's content is parsed as RST.
 */
import type { Block, BulletList, LiteralBlock, Table, TableCell, TableRow } from './types.js';
import {
  columnAt, dedent, expandedLine, lineColumns, minIndent, offsetAt, positionOf, spanOf, trimBlankEnd, viewOf, viewText,
  type LineColumns, type LineView, type Source,
} from './source.js';
import { parseBody, type Ctx } from './blocks.js';

interface Cell { top: number; left: number; bottom: number; right: number }

/**
 * docutils' GridTableParser: follow each cell's border from its top-left
 * corner, corners taken top to bottom, left to right (a heap: a table has as
 * many corners as cells). Border scans are bounded by a budget in proportion
 * to the table's size: a block built to make them quadratic is malformed.
 */
function scanGrid(block: string[]): Cell[] | undefined {
  const bottom = block.length - 1;
  let width = 0;
  let size = 0;
  for (const l of block) { if (l.length > width) width = l.length; size += l.length; }
  const right = width - 1;
  let budget = 64 * size + 100_000;
  const at = (r: number, c: number) => (block[r] as string)[c] ?? ' ';
  const done = new Array<number>(right + 1).fill(-1);
  const cells: Cell[] = [];
  const scanUp = (top: number, left: number, bot: number) => {
    budget -= bot - top;
    for (let r = bot - 1; r > top; r--) { const ch = at(r, left); if (ch !== '+' && ch !== '|') return false; }
    return true;
  };
  const scanLeft = (top: number, left: number, bot: number, rgt: number) => {
    budget -= rgt - left;
    for (let c = rgt - 1; c > left; c--) { const ch = at(bot, c); if (ch !== '+' && ch !== '-') return false; }
    return at(bot, left) === '+' && scanUp(top, left, bot);
  };
  const scanDown = (top: number, left: number, rgt: number): number | undefined => {
    for (let r = top + 1; r <= bottom && budget > 0; r++) {
      budget--;
      const ch = at(r, rgt);
      if (ch === '+') { if (scanLeft(top, left, r, rgt)) return r; }
      else if (ch !== '|') return undefined;
    }
    return undefined;
  };
  const scanRight = (top: number, left: number): [number, number] | undefined => {
    for (let c = left + 1; c <= right && budget > 0; c++) {
      budget--;
      const ch = at(top, c);
      if (ch === '+') { const b = scanDown(top, left, c); if (b !== undefined) return [b, c]; }
      else if (ch !== '-') return undefined;
    }
    return undefined;
  };
  // Corners as numbers (row-major), so the heap orders them as docutils' sorted list does.
  const stride = right + 2;
  const corners: number[] = [];
  const queued = new Set<number>();
  const queue = (top: number, left: number) => {
    const key = top * stride + left;
    if (!queued.has(key)) { queued.add(key); heapPush(corners, key); }
  };
  queue(0, 0);
  while (corners.length > 0) {
    if (budget <= 0) return undefined;
    const key = heapPop(corners);
    const top = Math.floor(key / stride);
    const left = key - top * stride;
    if (top === bottom || left === right || top <= (done[left] as number)) continue;
    if (at(top, left) !== '+') continue;
    const found = scanRight(top, left);
    if (!found) continue;
    const [bot, rgt] = found;
    for (let c = left; c < rgt; c++) done[c] = bot - 1;
    cells.push({ top, left, bottom: bot, right: rgt });
    queue(top, rgt);
    queue(bot, left);
  }
  // Complete when every column reached the bottom border.
  for (let c = 0; c < right; c++) if ((done[c] as number) !== bottom - 1) return undefined;
  return cells;
}

/** A binary min-heap of numbers in an array: add one. */
function heapPush(a: number[], x: number): void {
  let i = a.push(x) - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if ((a[p] as number) <= x) break;
    a[i] = a[p] as number;
    i = p;
  }
  a[i] = x;
}

/** Take the smallest number out of a non-empty heap. */
function heapPop(a: number[]): number {
  const top = a[0] as number;
  const last = a.pop() as number;
  if (a.length === 0) return top;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= a.length) break;
    const r = l + 1;
    const c = r < a.length && (a[r] as number) < (a[l] as number) ? r : l;
    if ((a[c] as number) >= last) break;
    a[i] = a[c] as number;
    i = c;
  }
  a[i] = last;
  return top;
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

/** Each line's columns, computed when first asked for. */
function columnsCache(src: Source): (v: LineView) => LineColumns {
  const cache = new Map<number, LineColumns>();
  return (v) => {
    let lc = cache.get(v.line);
    if (!lc || lc.end < v.end) { lc = lineColumns(src, v.line, v.end); cache.set(v.line, lc); }
    return lc;
  };
}

export function parseGridTable(ctx: Ctx, views: LineView[]): Table | LiteralBlock {
  const { src } = ctx;
  const columns = columnsCache(src);
  // Columns are visual (tabs expanded), as docutils measures them.
  const col0 = views.map((v) => columnAt(columns(v), v.start));
  const rows = views.map((v, k) => expandedLine(src, v.start, v.end, col0[k] as number));
  const headSep = rows.findIndex((r, k) => k > 0 && /^\+(?:=+\+)+$/.test(r));
  const block = rows.map((r, k) => (k === headSep ? r.replace(/=/g, '-') : r));
  const cells = scanGrid(block);
  if (!cells || cells.length === 0) return malformed(ctx, views);
  const lefts = [...new Set(cells.map((c) => c.left))].sort((a, b) => a - b);
  const columnOf = new Map(lefts.map((left, k) => [left, k] as const));
  const byTop = new Map<number, Cell[]>();
  for (const c of cells) {
    const row = byTop.get(c.top);
    if (row) row.push(c); else byTop.set(c.top, [c]);
  }
  const tableRows: TableRow[] = [];
  for (const top of [...byTop.keys()].sort((a, b) => a - b)) {
    const rowCells = (byTop.get(top) as Cell[]).sort((a, b) => a.left - b.left);
    const header = headSep > 0 && top < headSep;
    let bottom = top;
    const children = rowCells.map((c) => {
      const column = columnOf.get(c.left) as number;
      if (c.bottom > bottom) bottom = c.bottom;
      const cellViews: LineView[] = [];
      for (let r = c.top + 1; r < c.bottom; r++) {
        const v = views[r] as LineView;
        const lc = columns(v);
        const base = col0[r] as number;
        const from = offsetAt(lc, base + c.left + 1, v.end);
        const to = offsetAt(lc, base + c.right, v.end);
        cellViews.push(viewOf(src, v.line, from, to, base + c.left + 1));
      }
      return cellNode(ctx, cellViews, header, column, !header && column === 0, (views[c.top] as LineView).start + c.left);
    });
    const first = rowCells[0] as Cell;
    const last = views[bottom] as LineView;
    tableRows.push({ type: 'tableRow', header, children, position: positionOf(src, (views[first.top] as LineView).start, last.end) });
  }
  return { type: 'table', kind: 'grid', children: tableRows, position: spanOf(src, views) };
}

/** Simple tables: columns from the top border, a row per line whose first column is not blank. */
export function parseSimpleTable(ctx: Ctx, views: LineView[]): Table | LiteralBlock {
  const { src } = ctx;
  const columns = columnsCache(src);
  const top = views[0] as LineView;
  // Visual column of the table's left edge; cell columns are measured from it.
  const base = columnAt(columns(top), top.start);
  const border = expandedLine(src, top.start, top.end, base);
  const cols: [number, number][] = [];
  for (const m of border.matchAll(/=+/g)) cols.push([m.index, m.index + m[0].length]);
  if (cols.length === 0) return malformed(ctx, views);
  const isBorder = (v: LineView) => v.ind === 0 && /^=+(?:[ \t]+=+)*$/.test(viewText(src, v));
  const borders = views.map((v, k) => (isBorder(v) ? k : -1)).filter((k) => k >= 0);
  const headSep = borders.length >= 3 ? (borders[1] as number) : -1;
  /** The offset in `v`'s line at visual column `base + col`, within the line's content. */
  const cellOffset = (v: LineView, col: number) => (col === Infinity ? v.end : offsetAt(columns(v), base + col, v.end));
  const rows: { lines: LineView[]; header: boolean }[] = [];
  for (let k = 1; k < views.length; k++) {
    const v = views[k] as LineView;
    if (isBorder(v)) continue;
    if (v.ind >= 0 && /^-+(?:[ \t]+-+)*$/.test(viewText(src, v))) continue; // column-span underline
    const [a0, b0] = cols[0] as [number, number];
    const firstCol = v.ind < 0 ? '' : src.text.slice(cellOffset(v, a0), cellOffset(v, b0));
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
        const from = cellOffset(v, a);
        return viewOf(src, v.line, from, cellOffset(v, b), columnAt(columns(v), from));
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
