/**
 * Reading a parsed YAML document with positions: every accessor checks the
 * node's type and records a `FileError` at the node's line:column instead of
 * throwing. Messages start with the value's path ("rules.foo.severity: ...").
 */
import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type Scalar, type YAMLError } from 'yaml';
import type { FileError, SourcePlace } from './types.js';
import type { Shape } from './shape.js';

export interface Entry {
  key: string;
  keyNode: Scalar;
  value: Node | null;
  /** The path of the value ("technologies.sev"). */
  path: string;
}

type Positioned = { range?: [number, number, number] | null } | null | undefined;

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return v === '' ? 'an empty string' : 'a string';
    if (typeof v === 'number') return 'a number';
    if (typeof v === 'boolean') return 'a boolean';
  }
  return 'something else';
}

/**
 * The YAML parser's message for an error, without the source text some messages quote (an
 * escape sequence, a tag, a directive, a block scalar header): the file may not be a YAML
 * file at all, and an error about it must not echo its content.
 */
export function yamlMessage(e: YAMLError): string {
  switch (e.code) {
    case 'BAD_DIRECTIVE': return 'unknown or unsupported YAML directive';
    case 'BAD_DQ_ESCAPE': return 'invalid escape sequence in a double-quoted string';
    case 'TAG_RESOLVE_FAILED': return 'unknown YAML tag';
    case 'BAD_COLLECTION_TYPE': return 'a YAML tag used on the wrong kind of collection';
    default: break;
  }
  const first = e.message.split('\n')[0] ?? e.message;
  // The remaining messages are fixed text, except this one, which ends with the header it saw.
  return first.startsWith('Block scalar header includes extra characters') ? 'Block scalar header includes extra characters' : first;
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * Accessors take the raw value of a pair: `undefined` means the key is absent
 * (already reported as missing when required) and yields undefined silently.
 */
export class Reader {
  readonly errors: FileError[] = [];

  constructor(readonly file: string, readonly lineCounter: LineCounter, readonly doc: Document) {}

  place(node: Positioned, fallback?: Positioned): SourcePlace {
    const range = node?.range ?? fallback?.range;
    if (!range) return { file: this.file, line: 1, column: 1 };
    const { line, col } = this.lineCounter.linePos(range[0]);
    return { file: this.file, line, column: col };
  }

  error(node: Positioned, message: string, fallback?: Positioned): void {
    const { line, column } = this.place(node, fallback);
    this.errors.push({ file: this.file, line, column, message });
  }

  /** The node an alias points to; other nodes as they are. */
  resolve(node: unknown): Node | null {
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) this.error(node, `unknown YAML anchor '${node.source}'`);
      return (target as Node | undefined) ?? null;
    }
    return (node as Node | null | undefined) ?? null;
  }

  private expected(node: Node | null, path: string, what: string, at?: Positioned): void {
    const empty = !node || (isScalar(node) && node.value === null);
    this.error(empty && at ? at : node, `${path || 'the rule file'}: expected ${what}, found ${describe(node)}`, at);
  }

  /**
   * The entries of a mapping with string keys. With a shape, reports unknown
   * keys (at the key) and missing required keys (at `at`, the key that holds
   * the mapping, or at the mapping).
   */
  map(raw: unknown, path: string, shape?: Shape, at?: Positioned): Entry[] | undefined {
    if (raw === undefined) return undefined;
    const node = this.resolve(raw);
    if (!isMap(node)) { this.expected(node, path, 'a mapping', at); return undefined; }
    const entries: Entry[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key;
      if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
        this.error(keyNode as Positioned, `${path}: keys must be plain names`, node);
        continue;
      }
      const key = String(keyNode.value);
      if (shape && !shape.allowed.includes(key)) {
        this.error(keyNode, `unknown key '${key}' in ${path || 'the rule file'} (allowed: ${shape.allowed.join(', ')})`);
        continue;
      }
      entries.push({ key, keyNode, value: this.resolve(pair.value), path: join(path, key) });
    }
    if (shape) {
      const missing = shape.required.filter((k) => !entries.some((e) => e.key === k));
      // At the key that holds the mapping when there is one ("sev:"), else at the mapping.
      for (const key of missing) this.error(at ?? node, `missing key '${key}' in ${path || 'the rule file'}`);
    }
    return entries;
  }

  /** A mapping's entries by key (for records with a shape). */
  record(raw: unknown, path: string, shape: Shape, at?: Positioned): Map<string, Entry> | undefined {
    const entries = this.map(raw, path, shape, at);
    return entries && new Map(entries.map((e) => [e.key, e]));
  }

  seq(raw: unknown, path: string, at?: Positioned): Array<{ node: Node | null; path: string }> | undefined {
    if (raw === undefined) return undefined;
    const node = this.resolve(raw);
    if (!isSeq(node)) { this.expected(node, path, 'a list', at); return undefined; }
    return node.items.map((item, i) => ({ node: this.resolve(item), path: join(path, i) }));
  }

  /** A non-empty string, optionally matching `pattern` (described by `hint`). */
  string(raw: unknown, path: string, at?: Positioned, pattern?: { re: RegExp; hint: string }): string | undefined {
    if (raw === undefined) return undefined;
    const node = this.resolve(raw);
    if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') {
      this.expected(node, path, 'a non-empty string', at);
      return undefined;
    }
    if (pattern && !pattern.re.test(node.value)) {
      this.error(node, `${path}: '${node.value}' is not ${pattern.hint}`);
      return undefined;
    }
    return node.value;
  }

  /** One of the given words. */
  oneOf<T extends string>(raw: unknown, path: string, at: Positioned, words: readonly T[]): T | undefined {
    if (raw === undefined) return undefined;
    const node = this.resolve(raw);
    if (isScalar(node) && typeof node.value === 'string' && (words as readonly string[]).includes(node.value)) {
      return node.value as T;
    }
    if (isScalar(node) && typeof node.value === 'string') {
      this.error(node, `${path}: '${node.value}' is not one of ${words.join(', ')}`);
    } else {
      this.expected(node, path, `one of ${words.join(', ')}`, at);
    }
    return undefined;
  }

  bool(raw: unknown, path: string, at?: Positioned): boolean | undefined {
    if (raw === undefined) return undefined;
    const node = this.resolve(raw);
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.expected(node, path, 'true or false', at);
    return undefined;
  }

  /** A list of non-empty strings (`minItems`: at least that many). */
  strings(raw: unknown, path: string, at?: Positioned, minItems = 0): string[] | undefined {
    const items = this.seq(raw, path, at);
    if (!items) return undefined;
    if (items.length < minItems) {
      this.error(this.resolve(raw), `${path}: expected at least ${minItems} item${minItems === 1 ? '' : 's'}`);
    }
    const out: string[] = [];
    let ok = items.length >= minItems;
    for (const item of items) {
      const s = this.string(item.node, item.path);
      if (s === undefined) ok = false;
      else out.push(s);
    }
    return ok ? out : undefined;
  }

  /** A list of ids, each of which must be in `known` (named `kind` in messages). */
  ids(raw: unknown, path: string, known: ReadonlySet<string>, kind: string, at?: Positioned, minItems = 1): string[] | undefined {
    const items = this.seq(raw, path, at);
    if (!items) return undefined;
    if (items.length < minItems) this.error(this.resolve(raw), `${path}: expected at least ${minItems} ${kind}`);
    const out: string[] = [];
    let ok = items.length >= minItems;
    for (const item of items) {
      const id = this.id(item.node, item.path, known, kind);
      if (id === undefined) ok = false;
      else out.push(id);
    }
    return ok ? out : undefined;
  }

  /** One id that must be in `known`. */
  id(raw: unknown, path: string, known: ReadonlySet<string>, kind: string, at?: Positioned): string | undefined {
    const id = this.string(raw, path, at);
    if (id === undefined) return undefined;
    if (!known.has(id)) {
      this.error(this.resolve(raw), `${path}: unknown ${kind} '${id}' (known: ${[...known].join(', ') || 'none'})`);
      return undefined;
    }
    return id;
  }
}
