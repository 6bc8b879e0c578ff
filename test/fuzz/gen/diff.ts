/**
 * Unified diffs of generated edits, as git writes them: an LCS diff of two line arrays,
 * grouped into hunks with three lines of context (a count of 0 starts at the line before).
 */
export interface DiffLine { kind: ' ' | '-' | '+'; text: string }
export interface GenHunk { oldStart: number; oldCount: number; newStart: number; newCount: number; lines: DiffLine[] }

/** The edit script from `a` to `b` (small inputs: a quadratic table is fine). */
export function editScript(a: string[], b: string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      (t[i] as number[])[j] = a[i] === b[j] ? ((t[i + 1] as number[])[j + 1] as number) + 1 : Math.max((t[i + 1] as number[])[j] as number, (t[i] as number[])[j + 1] as number);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { out.push({ kind: ' ', text: a[i] as string }); i++; j++; }
    else if (j < m && (i >= n || ((t[i] as number[])[j + 1] as number) >= ((t[i + 1] as number[])[j] as number))) { out.push({ kind: '+', text: b[j] as string }); j++; }
    else { out.push({ kind: '-', text: a[i] as string }); i++; }
  }
  return out;
}

export function hunks(a: string[], b: string[], context = 3): GenHunk[] {
  const script = editScript(a, b);
  const out: GenHunk[] = [];
  let k = 0;
  let oldLine = 1;
  let newLine = 1;
  const positions = script.map((l) => {
    const p = { oldLine, newLine };
    if (l.kind !== '+') oldLine++;
    if (l.kind !== '-') newLine++;
    return p;
  });
  while (k < script.length) {
    if ((script[k] as DiffLine).kind === ' ') { k++; continue; }
    let from = Math.max(0, k - context);
    while (from < k && (script[from] as DiffLine).kind !== ' ') from++;
    let end = k;
    // Extend while the next change is within 2 * context unchanged lines.
    for (;;) {
      while (end < script.length && (script[end] as DiffLine).kind !== ' ') end++;
      let gap = end;
      while (gap < script.length && (script[gap] as DiffLine).kind === ' ') gap++;
      if (gap < script.length && gap - end <= 2 * context) { end = gap; continue; }
      end = Math.min(script.length, end + context);
      break;
    }
    const lines = script.slice(from, end);
    const oldCount = lines.filter((l) => l.kind !== '+').length;
    const newCount = lines.filter((l) => l.kind !== '-').length;
    const p = positions[from] as { oldLine: number; newLine: number };
    out.push({ oldStart: oldCount ? p.oldLine : p.oldLine - 1, oldCount, newStart: newCount ? p.newLine : p.newLine - 1, newCount, lines });
    k = end;
  }
  return out;
}

export function hunkText(h: GenHunk, section = ''): string[] {
  const range = (start: number, count: number) => (count === 1 ? `${start}` : `${start},${count}`);
  return [`@@ -${range(h.oldStart, h.oldCount)} +${range(h.newStart, h.newCount)} @@${section}`, ...h.lines.map((l) => `${l.kind}${l.text}`)];
}
