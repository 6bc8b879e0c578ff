/**
 * Baselines (file mode): `--write-baseline FILE` records the current findings,
 * `--baseline FILE` reports only findings that are not in it.
 *
 * An entry is a rule id, the file's path relative to the baseline file's
 * directory, and a hash of the claim's text: the sentence the finding is in
 * (whitespace collapsed), or the flagged text when there is no sentence. So an
 * entry survives lines moving above or below it, and becomes new when its
 * sentence changes. Identical (rule, path, hash) entries carry an occurrence
 * counter; matching is by count: each entry matches at most one finding.
 */
import { createHash } from 'node:crypto';
import { dirname, relative, resolve, sep } from 'node:path';
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { ClaimMessage } from '../engine/lint.js';
import { MAX_BASELINE_BYTES, ReadRefusal, readRegularFile } from '../config/index.js';
import { InputError } from './read.js';
import { writeFileAtomic } from './fix.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  /** Relative to the baseline file's directory, with `/` separators. */
  path: string;
  /** sha256 of the claim's normalized text, first 16 hex digits. */
  hash: string;
  /** 1 for the first finding with this rule, path and hash in the file, 2 for the next, ... */
  occurrence: number;
}

export interface Baseline {
  version: number;
  findings: BaselineEntry[];
}

/** The text a finding is about: its sentence (whitespace collapsed), else the flagged text. */
export function claimText(m: VFileMessage, source: string): string {
  const sentence = (m as ClaimMessage).data?.sentence;
  const raw = sentence ? source.slice(sentence.start, sentence.end) : (m.actual ?? '');
  return raw.replace(/\s+/g, ' ').trim();
}

export function claimHash(m: VFileMessage, source: string): string {
  return createHash('sha256').update(claimText(m, source)).digest('hex').slice(0, 16);
}

/** A file's path as the baseline records it. */
export function baselinePath(baselineFile: string, file: string): string {
  return relative(dirname(resolve(baselineFile)), resolve(file)).split(sep).join('/');
}

const keyOf = (rule: string, path: string, hash: string) => `${rule}\0${path}\0${hash}`;

/** Each message of each file with its baseline key, in report order. */
function keyed(files: VFile[], baselineFile: string): { file: VFile; message: VFileMessage; entry: Omit<BaselineEntry, 'occurrence'> }[] {
  const out = [];
  for (const file of files) {
    const path = baselinePath(baselineFile, file.path);
    const source = String(file.value);
    for (const message of file.messages) {
      out.push({ file, message, entry: { rule: message.ruleId ?? '', path, hash: claimHash(message, source) } });
    }
  }
  return out;
}

/** The entries for the current findings, sorted by path (then in report order). */
export function baselineEntries(files: VFile[], baselineFile: string): BaselineEntry[] {
  const seen = new Map<string, number>();
  const entries = keyed(files, baselineFile).map(({ entry }) => {
    const k = keyOf(entry.rule, entry.path, entry.hash);
    const occurrence = (seen.get(k) ?? 0) + 1;
    seen.set(k, occurrence);
    return { ...entry, occurrence };
  });
  return entries.map((e, i) => [e, i] as const).sort((a, b) => (a[0].path < b[0].path ? -1 : a[0].path > b[0].path ? 1 : a[1] - b[1])).map(([e]) => e);
}

/** The baseline file's text: one entry a line, so it diffs well. */
export function formatBaseline(entries: BaselineEntry[]): string {
  const lines = entries.map((e) => `    ${JSON.stringify({ rule: e.rule, path: e.path, hash: e.hash, occurrence: e.occurrence })}`);
  return `{\n  "version": ${BASELINE_VERSION},\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** Write the baseline for `files` to `baselineFile` (atomically); returns the number of entries. */
export function writeBaseline(baselineFile: string, files: VFile[]): number {
  const entries = baselineEntries(files, baselineFile);
  writeFileAtomic(baselineFile, Buffer.from(formatBaseline(entries), 'utf8'));
  return entries.length;
}

/** Line and column (1-based) of an offset in a text. */
function lineColumn(text: string, at: number): string {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return `${line}:${at - (before.lastIndexOf('\n') + 1) + 1}`;
}

/**
 * Where text that JSON.parse refused without saying where stops being JSON: the first YAML
 * syntax error, or the first value JSON does not have (an unquoted word, a block collection).
 */
function notJsonAt(text: string): number {
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter: new LineCounter() });
  if (doc.errors[0]) return doc.errors[0].pos[0];
  let at: number | undefined;
  visit(doc, (_key, node) => {
    const plainWord = isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string';
    const block = isCollection(node) && !node.flow && (isMap(node) || isSeq(node));
    if (plainWord || block || (isScalar(node) && (node.type === 'QUOTE_SINGLE' || node.type?.startsWith('BLOCK')))) {
      at = node.range?.[0];
      return visit.BREAK;
    }
    return undefined;
  });
  return at ?? 0;
}

/** What a JSON value is, for messages (the value itself is not quoted: the file may be something else). */
function kindOf(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return `the number ${v}`;
  return `a ${typeof v}`;
}

/**
 * Read and check a baseline file: a bad one is an InputError `file:line:col: message` at the
 * offending JSON value. Only a regular file under MAX_BASELINE_BYTES is read, and no message
 * quotes the file's text (it may be any file).
 */
export function readBaseline(baselineFile: string): Baseline {
  let text: string;
  try {
    text = readRegularFile(baselineFile, MAX_BASELINE_BYTES).toString('utf8');
  } catch (err) {
    throw new InputError(`${baselineFile}: cannot read baseline: ${err instanceof ReadRefusal ? err.message : (err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const v8 = /at position (\d+)/.exec(msg);
    const at = v8 ? Number(v8[1]) : /end of JSON input/.test(msg) ? text.length : notJsonAt(text);
    // V8's reason, without the excerpt of the file some of its messages quote.
    const reason = /^Unexpected token/.test(msg) ? 'Unexpected token' : msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new InputError(`${baselineFile}:${lineColumn(text, at)}: not a valid baseline: ${reason}`);
  }
  // JSON is YAML: its parser gives the position of each value, for the errors below.
  const doc = parseDocument(text, { uniqueKeys: false });
  /** An error at the value at `where` (a path of keys and indexes), or at the nearest enclosing value that exists. */
  const bad = (where: (string | number)[], what: string) => {
    let node: YamlNode | undefined;
    for (let n = where.length; n > 0 && !node; n--) node = doc.getIn(where.slice(0, n), true) as YamlNode | undefined;
    node ??= (doc.contents ?? undefined) as YamlNode | undefined;
    return new InputError(`${baselineFile}:${lineColumn(text, node?.range?.[0] ?? 0)}: not a valid baseline: ${what}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw bad([], 'expected a JSON object with "version" and "findings"');
  const obj = data as Record<string, unknown>;
  if (obj['version'] !== BASELINE_VERSION) throw bad(['version'], `"version" must be ${BASELINE_VERSION} (found ${kindOf(obj['version'])})`);
  const findings = obj['findings'];
  if (!Array.isArray(findings)) throw bad(['findings'], `"findings" must be an array (found ${kindOf(findings)})`);
  const out: BaselineEntry[] = [];
  findings.forEach((f: unknown, i) => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) throw bad(['findings', i], `findings[${i}] must be an object (found ${kindOf(f)})`);
    const e = f as Record<string, unknown>;
    for (const k of ['rule', 'path', 'hash'] as const) {
      if (typeof e[k] !== 'string') throw bad(['findings', i, k], `findings[${i}].${k} must be a string (found ${kindOf(e[k])})`);
    }
    const occurrence = e['occurrence'] ?? 1;
    if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1) {
      throw bad(['findings', i, 'occurrence'], `findings[${i}].occurrence must be a positive integer (found ${kindOf(occurrence)})`);
    }
    out.push({ rule: e['rule'] as string, path: e['path'] as string, hash: e['hash'] as string, occurrence });
  });
  return { version: BASELINE_VERSION, findings: out };
}

/**
 * Drop from each file the messages the baseline holds (each entry matches at
 * most one finding with the same rule, path and hash, the earliest first);
 * returns how many were dropped.
 */
export function applyBaseline(files: VFile[], baseline: Baseline, baselineFile: string): number {
  const budget = new Map<string, number>();
  for (const e of baseline.findings) {
    const k = keyOf(e.rule, e.path, e.hash);
    budget.set(k, (budget.get(k) ?? 0) + 1);
  }
  const drop = new Set<VFileMessage>();
  for (const { message, entry } of keyed(files, baselineFile)) {
    const k = keyOf(entry.rule, entry.path, entry.hash);
    const left = budget.get(k) ?? 0;
    if (left > 0) { budget.set(k, left - 1); drop.add(message); }
  }
  for (const file of files) file.messages = file.messages.filter((m) => !drop.has(m));
  return drop.size;
}
