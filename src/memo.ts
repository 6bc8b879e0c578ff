/**
 * Bounded memos for pure functions that a process calls again with the same input: the editor
 * re-lints a document after each keystroke, the resident server lints patch after patch, and
 * most paragraphs and sentences have not changed. When full, the oldest entry goes (a hit does
 * not reorder: that would cost more than it saves).
 */

/**
 * The same characters in a string of their own, in a process that lives on (detachKeys). A key
 * cut from a document (a paragraph, a sentence) is, in V8, a view into the whole document's text:
 * kept as a memo's key it keeps that version of the document alive, and an editor makes a version
 * per keystroke (300 edits of virt/kvm/api.rst held some 240 MB of heap; 76 MB with copies).
 * Concatenation makes a string V8 flattens when cut again, so the slice below points into a copy
 * of just these characters; short strings are copies already. A run over a tree reads each
 * document once: there the views share its text, and copies would cost some 10 MB more.
 */
export function detached(s: string): string {
  return !detaching || s.length < 13 ? s : ` ${s}`.slice(1);
}
let detaching = false;

/** From now on memos keep copies of their keys (the editor and the resident server call this). */
export function detachKeys(): void {
  detaching = true;
}

/** `recall(key, compute)`: the value remembered for `key`, or `compute()`'s, then remembered. */
export type Recall<V> = (key: string, compute: () => V) => V;

/**
 * A value per object, made on first use and kept while the object lives: the memos that belong
 * to one matcher, or to one document context.
 */
export function perObject<K extends object, V>(make: () => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    let v = values.get(key);
    if (v === undefined) values.set(key, (v = make()));
    return v;
  };
}

/**
 * Keys that are strings of their own already: a prose unit's text (prose/units.ts nodeText makes
 * it so). Kept as given, the next lookup with the same string finds it by identity; a copy is
 * compared with it character by character on every hit (about 2 ms of an api.rst edit).
 */
export interface KeyOptions {
  ownKeys?: boolean;
}

/** A memo by key, of at most `limit` entries. */
export function boundedMemo<V>(limit: number, { ownKeys = false }: KeyOptions = {}): Recall<V> {
  const kept = new Map<string, V>();
  return (key, compute) => {
    const hit = kept.get(key);
    if (hit !== undefined || kept.has(key)) return hit as V;
    const v = compute();
    if (kept.size >= limit) kept.delete(kept.keys().next().value as string);
    kept.set(ownKeys ? key : detached(key), v);
    return v;
  };
}

/**
 * A function of a string, remembered by that string. It reads its own copy of the string, so
 * what it keeps (a match's text) does not point into the document the string was cut from.
 */
export function memoByText<V>(limit: number, compute: (text: string) => V, { ownKeys = false }: KeyOptions = {}): (text: string) => V {
  const kept = new Map<string, V>();
  return (text) => {
    const hit = kept.get(text);
    if (hit !== undefined || kept.has(text)) return hit as V;
    const own = ownKeys ? text : detached(text);
    const v = compute(own);
    if (kept.size >= limit) kept.delete(kept.keys().next().value as string);
    kept.set(own, v);
    return v;
  };
}
