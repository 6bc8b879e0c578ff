/**
 * YAML text from a value model with the features hostile files use: anchors and aliases
 * (alias bombs: each level lists the previous one ten times), tags, flow and block styles,
 * nesting thousands deep, huge and odd scalars, duplicate keys; then text-level damage
 * (truncation, tabs, CRLF, a BOM, NUL, directives, a second document).
 */
import fc from 'fast-check';
import { isKnown } from '../known-failing.js';

/** A YAML value: plain data, or a node with YAML-only features. */
export type Y = string | number | boolean | null | Y[] | { [k: string]: Y } | YNode;
export type YNode =
  | { $alias: string }
  | { $anchor: string; value: Y }
  | { $tag: string; value: string }
  | { $raw: string }
  | { $dup: [string, Y][] };

const isNode = (v: Y): v is YNode => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).some((k) => k.startsWith('$'));
const entriesOf = (v: Y): [string, Y][] => (isNode(v) && '$dup' in v ? v.$dup : Object.entries(v as Record<string, Y>));
const PLAIN = /^[A-Za-z_][\w ./-]*$/;

function scalar(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isNaN(v) ? '.nan' : v === Infinity ? '.inf' : v === -Infinity ? '-.inf' : String(v);
  if (typeof v === 'boolean') return String(v);
  if (PLAIN.test(v) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(v) && !/ $/.test(v)) return v;
  return JSON.stringify(v);
}

/** Flow style, for deep values (block style would indent thousands of columns). */
function flow(v: Y): string {
  const parts: string[] = [];
  const stack: (Y | string)[] = [v];
  // Iterative: the values nest thousands deep.
  while (stack.length) {
    const x = stack.pop() as Y | string;
    if (typeof x === 'string' && x.startsWith('\u0000')) { parts.push(x.slice(1)); continue; }
    if (Array.isArray(x)) {
      stack.push('\u0000]');
      for (let i = x.length - 1; i >= 0; i--) { stack.push(x[i] as Y); if (i) stack.push('\u0000, '); }
      stack.push('\u0000[');
    } else if (x !== null && typeof x === 'object') {
      if (isNode(x) && '$alias' in x) parts.push(`*${x.$alias}`);
      else if (isNode(x) && '$anchor' in x) { stack.push(x.value); stack.push(`\u0000&${x.$anchor} `); }
      else if (isNode(x) && '$tag' in x) parts.push(`${x.$tag} ${JSON.stringify(x.value)}`);
      else if (isNode(x) && '$raw' in x) parts.push(x.$raw);
      else {
        const entries = entriesOf(x);
        stack.push('\u0000}');
        for (let i = entries.length - 1; i >= 0; i--) {
          const [k, val] = entries[i] as [string, Y];
          stack.push(val); stack.push(`\u0000${scalar(k)}: `);
          if (i) stack.push('\u0000, ');
        }
        stack.push('\u0000{');
      }
    } else parts.push(scalar(x));
  }
  return parts.join('');
}

function depthOver(v: Y, limit: number): boolean {
  let d = 0;
  let x: Y = v;
  while (d <= limit && x !== null && typeof x === 'object') {
    if (Array.isArray(x)) { if (!x.length) return false; x = x[0] as Y; } else if (isNode(x) && '$anchor' in x) x = x.value; else break;
    d++;
  }
  return d > limit;
}

/** Block-style YAML (flow style below 20 levels or for deep values). */
export function emit(v: Y, indent = ''): string {
  if (depthOver(v, 50) || indent.length > 40) return flow(v);
  if (v === null || typeof v !== 'object') return scalar(v);
  if (isNode(v)) {
    if ('$alias' in v) return `*${v.$alias}`;
    if ('$anchor' in v) return `&${v.$anchor} ${emit(v.value, indent)}`;
    if ('$tag' in v) return `${v.$tag} ${JSON.stringify(v.value)}`;
    if ('$raw' in v) return v.$raw;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `\n${v.map((x) => `${indent}- ${emit(x, inner).replace(/^\n\s*/, '')}`).join('\n')}`;
  }
  const entries = entriesOf(v);
  if (!entries.length) return '{}';
  return `\n${entries.map(([k, x]) => `${indent}${scalar(k)}: ${emit(x, inner)}`).join('\n')}`;
}

export function document(v: Y): string {
  return `${emit(v).replace(/^\n/, '')}\n`;
}

/** An alias bomb: `levels` anchors, each a list of ten aliases of the one before; the value refers to the last. */
export function bomb(levels: number): { defs: Record<string, Y>; top: YNode } {
  const defs: Record<string, Y> = { b0: { $anchor: 'b0', value: ['lol', 'lol', 'lol'] } };
  for (let i = 1; i <= levels; i++) defs[`b${i}`] = { $anchor: `b${i}`, value: Array.from({ length: 10 }, () => ({ $alias: `b${i - 1}` })) };
  return { defs, top: { $alias: `b${levels}` } };
}

/** The yaml library overflows its stack near 800 levels, with varying results or a V8 abort (a known defect). */
const maxDepth = () => (isKnown('yaml-deep-nesting') ? 500 : 10_000);

/** Values of the wrong type or size for any key. */
export const oddValue: fc.Arbitrary<Y> = fc.oneof(
  fc.constantFrom<Y>(null, true, false, 0, -1, 1e308, 2 ** 53 + 1, -0, '', ' ', 'x'.repeat(100_000), [], {}, '~', 'yes', '0x1F', '2024-01-01', '\0', '\uFEFF', 'a\r\nb', '😀'),
  fc.constantFrom<Y>({ $tag: '!!binary', value: 'aGVsbG8=' }, { $tag: '!custom', value: 'x' }, { $tag: '!!int', value: 'not a number' }, { $raw: '*undefined_alias' }, { $raw: '&a' }, { $raw: '{a: 1, a: 2}' }, { $raw: '"unterminated' }, { $raw: '[1, 2' }),
  fc.integer({ min: 100, max: 10_000 }).map((n) => { let x: Y = 'deep'; for (let i = 0; i < Math.min(n, maxDepth()); i++) x = [x]; return x; }),
  fc.integer({ min: 100, max: 10_000 }).map((n) => { let x: Y = 'deep'; for (let i = 0; i < Math.min(n, maxDepth()); i++) x = { k: x }; return x; }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.double(),
);

type Damage = 'none' | 'truncate' | 'tab' | 'crlf' | 'bom' | 'nul' | 'directive' | 'second-doc' | 'dup-line';
export const damage = fc.record({ kind: fc.constantFrom<Damage>('none', 'none', 'none', 'truncate', 'tab', 'crlf', 'bom', 'nul', 'directive', 'second-doc', 'dup-line'), at: fc.double({ min: 0, max: 1, noNaN: true }) });

export function damaged(text: string, d: { kind: Damage; at: number }): string {
  const i = Math.floor(d.at * text.length);
  const lines = text.split('\n');
  const li = Math.min(lines.length - 1, Math.floor(d.at * lines.length));
  switch (d.kind) {
    case 'truncate': return text.slice(0, i);
    case 'tab': lines[li] = (lines[li] as string).replace(/^ {2}/, '\t'); return lines.join('\n');
    case 'crlf': return text.replace(/\n/g, '\r\n');
    case 'bom': return `\uFEFF${text}`;
    case 'nul': return text.slice(0, i) + '\0' + text.slice(i);
    case 'directive': return `%YAML 1.1\n---\n${text}`;
    case 'second-doc': return `${text}---\nid: second\n`;
    case 'dup-line': lines.splice(li, 0, lines[li] as string); return lines.join('\n');
    default: return text;
  }
}
