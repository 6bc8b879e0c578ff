/**
 * The examples of a rule in a rule file (load.ts): what `claimlint test-rules` checks the rule
 * flags, and does not flag. Every problem is a FileError at its node, as in the rest of the loader.
 */
import { isMap } from 'yaml';
import { SHAPES } from './shape.js';
import type { Example, Rule } from './types.js';
import type { Entry, Reader } from './yaml-reader.js';

/** A rule's `examples`: a mapping of `flagged` (at least one) and `ok` lists. */
export function readExamples(r: Reader, x: Entry | undefined): Rule['examples'] | undefined {
  if (!x) return undefined;
  const f = r.record(x.value, x.path, SHAPES.examples, x.keyNode);
  if (!f) return undefined;
  const list = (key: 'flagged' | 'ok') => {
    const e = f.get(key);
    const items = e && r.seq(e.value, e.path, e.keyNode);
    if (!items) return undefined;
    if (key === 'flagged' && items.length === 0) r.error(r.resolve(e.value), `${e.path}: expected at least 1 example`, e.keyNode);
    const out = items.map((item) => example(r, item.node, item.path, key));
    return out.every((ex) => ex !== undefined) && (key === 'ok' || out.length > 0) ? out : undefined;
  };
  const flagged = list('flagged');
  const ok = list('ok');
  return flagged && ok ? { flagged, ok } : undefined;
}

/** One example: its text, or a mapping with the text and where it is (`path`, `at`). */
function example(r: Reader, node: Entry['value'], path: string, key: 'flagged' | 'ok'): Example | undefined {
  if (!isMap(node)) {
    const text = r.string(node, path);
    return text === undefined ? undefined : { text, place: r.place(node) };
  }
  const f = r.record(node, path, key === 'flagged' ? SHAPES.flaggedExample : SHAPES.okExample);
  if (!f) return undefined;
  const text = r.string(f.get('text')?.value, `${path}.text`, f.get('text')?.keyNode);
  const p = f.get('path');
  const file = p ? r.string(p.value, p.path, p.keyNode) : undefined;
  const a = f.get('at');
  const atText = a ? r.string(a.value, a.path, a.keyNode) : undefined;
  if (text !== undefined && atText !== undefined && !text.includes(atText)) {
    r.error(r.resolve(a?.value), `${path}.at: '${atText}' does not occur in the example's text`);
    return undefined;
  }
  if (text === undefined || (p && file === undefined) || (a && atText === undefined)) return undefined;
  const out: Example = { text, place: r.place(node) };
  if (file !== undefined) out.path = file;
  if (atText !== undefined) out.at = atText;
  return out;
}
