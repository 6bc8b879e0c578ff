/**
 * Bounded memos for pure functions that a process calls again with the same input: the editor
 * re-lints a document after each keystroke, the resident server lints patch after patch, and
 * most paragraphs and sentences have not changed. When full, the oldest entry goes (a hit does
 * not reorder: that would cost more than it saves).
 */

/** A memo by key: `recall(key, compute)` gives the remembered value, or computes and keeps it. */
export function boundedMemo<V>(limit: number): (key: string, compute: () => V) => V {
  const kept = new Map<string, V>();
  return (key, compute) => {
    const hit = kept.get(key);
    if (hit !== undefined || kept.has(key)) return hit as V;
    const v = compute();
    if (kept.size >= limit) kept.delete(kept.keys().next().value as string);
    kept.set(key, v);
    return v;
  };
}

/** A function of a string, remembered by that string. */
export function memoByText<V>(limit: number, compute: (text: string) => V): (text: string) => V {
  const recall = boundedMemo<V>(limit);
  return (text) => recall(text, () => compute(text));
}
