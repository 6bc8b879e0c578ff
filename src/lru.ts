/**
 * A bounded map of recent results, for pure functions of a string that a process calls again
 * with the same input: the editor re-lints a document after each keystroke, the resident server
 * lints patch after patch, and most paragraphs and sentences have not changed. The oldest entry
 * goes first (a hit does not reorder: that would cost more than it saves).
 */
export function lruMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const recent = new Map<string, V>();
  return (key) => {
    const hit = recent.get(key);
    if (hit !== undefined || recent.has(key)) return hit as V;
    const v = compute(key);
    if (recent.size >= limit) recent.delete(recent.keys().next().value as string);
    recent.set(key, v);
    return v;
  };
}
