/**
 * One `.claimlint.yml` file, read and checked on its own (no cascade: see resolve.ts).
 *
 * Every problem becomes a FileError at the offending YAML node and the offending entry is
 * dropped; the rest of the file still applies. Nothing here throws. Rule files are checked
 * against the trust rules (trust.ts) where the config names them, so the error points there.
 */
import path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { FileError, SourcePlace } from '../rules/types.js';
import { linePosition, tooDeepAt, tooDeepMessage } from '../rules/yaml-depth.js';
import { yamlMessage } from '../rules/yaml-reader.js';
import { globProblem } from './glob.js';
import { fsStore, ReadRefusal, type FileStore } from './store.js';
import { confineRuleFile, MAX_CONFIG_BYTES, type Checked } from './trust.js';

export type Severity = 'error' | 'warning' | 'info' | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'off'];
export const CONFIG_KEYS = ['root', 'rules', 'scopes', 'severity', 'ignore'] as const;

/** A name the config refers to, checked later against the loaded rule sets. */
export interface ConfigName {
  kind: 'technology' | 'rule';
  name: string;
  place: SourcePlace;
}

export interface ConfigFile {
  /** Absolute path of the file. */
  file: string;
  /** Its directory: the base of its globs and relative rule paths. */
  dir: string;
  root: boolean;
  /** Absolute rule-file paths or 'default'; undefined when the key is absent. */
  rules?: string[];
  /** In file order. */
  scopes: { glob: string; technologies: string[]; place: SourcePlace }[];
  /** In file order; a later entry for the same rule wins. */
  severity: { rule: string; level: Severity }[];
  /** Undefined when the key is absent (an empty list is not absent: it drops the default ignore). */
  ignore?: string[];
  names: ConfigName[];
  errors: FileError[];
}

function empty(file: string): ConfigFile {
  return { file, dir: path.dirname(file), root: false, scopes: [], severity: [], names: [], errors: [] };
}

/** Checks a rule file a config names (as written in it): its absolute path, or why it may not be read. */
export type RuleFileCheck = (written: string) => Checked;

/** Read and check a configuration file from `store` (the file system, or a git revision). */
export function readConfigFile(file: string, store: FileStore = fsStore): ConfigFile {
  let bytes: Buffer;
  try {
    bytes = store.read(file, MAX_CONFIG_BYTES);
  } catch (e) {
    const out = empty(file);
    const why = e instanceof ReadRefusal ? e.message : messageOf(e);
    out.errors.push({ file, line: 1, column: 1, message: `cannot read configuration file: ${why}` });
    return out;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const out = empty(file);
    out.errors.push({ file, line: 1, column: 1, message: 'configuration file is not valid UTF-8' });
    return out;
  }
  return parseConfigText(text, file, (written) => confineRuleFile(store, path.dirname(file), written));
}

type Place = (node: Node | null | undefined, fallback?: Node | null) => SourcePlace;

/**
 * Check the text of a configuration file whose absolute path is `file`; `ruleFile` checks
 * the rule files it names (by default: in the file system, confined to its repository).
 */
export function parseConfigText(
  source: string,
  file: string,
  ruleFile: RuleFileCheck = (written) => confineRuleFile(fsStore, path.dirname(file), written),
): ConfigFile {
  const out = empty(file);
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    out.errors.push({ file, ...linePosition(text, deep), message: tooDeepMessage() });
    return out;
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourcePlace => {
    const { line, col } = lc.linePos(offset);
    return { file, line, column: col };
  };
  const place: Place = (node, fallback) => {
    const range = node?.range ?? fallback?.range;
    return at(range ? range[0] : 0);
  };
  const error = (p: SourcePlace, message: string) => out.errors.push({ ...p, message });

  for (const e of doc.errors) error(at(e.pos[0]), yamlMessage(e));
  if (doc.errors.length > 0) return out;

  const top = deref(doc, doc.contents);
  if (top === null || (isScalar(top) && top.value === null)) return out; // an empty file
  if (!isMap(top)) {
    error(place(top), 'a configuration file must be a mapping with the keys ' + CONFIG_KEYS.join(', '));
    return out;
  }
  for (const pair of top.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const value = deref(doc, pair.value as Node | null);
    const keyNode = pair.key as Node;
    switch (key) {
      case 'root':
        if (isScalar(value) && typeof value.value === 'boolean') out.root = value.value;
        else error(place(value, keyNode), "'root' must be true or false");
        break;
      case 'rules':
        readRules(doc, value, keyNode, out, place, error, ruleFile);
        break;
      case 'scopes':
        readScopes(doc, value, keyNode, out, place, error);
        break;
      case 'severity':
        readSeverity(doc, value, keyNode, out, place, error);
        break;
      case 'ignore':
        readIgnore(doc, value, keyNode, out, place, error);
        break;
      default:
        error(
          place(pair.key as Node),
          `unknown key ${unknownKey(pair.key as Node | null)}; allowed keys: ${CONFIG_KEYS.join(', ')}`,
        );
    }
  }
  return out;
}

type Report = (p: SourcePlace, message: string) => void;

function readRules(
  doc: Document, value: Node | null, keyNode: Node, out: ConfigFile, place: Place, error: Report, ruleFile: RuleFileCheck,
): void {
  if (!isSeq(value)) {
    error(place(value, keyNode), "'rules' must be a list of rule files (relative to this file) or 'default'");
    return;
  }
  out.rules = [];
  for (const raw of value.items) {
    const item = deref(doc, raw as Node | null);
    const p = place(item, value);
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
      error(p, "a 'rules' entry must be the path of a rule file or 'default'");
    } else if (item.value === 'default') {
      out.rules.push('default');
    } else {
      const checked = ruleFile(item.value);
      if ('path' in checked) out.rules.push(checked.path);
      else error(p, checked.problem);
    }
  }
}

function readScopes(doc: Document, value: Node | null, keyNode: Node, out: ConfigFile, place: Place, error: Report): void {
  if (!isMap(value)) {
    error(place(value, keyNode), "'scopes' must be a mapping from path glob to a list of technology ids");
    return;
  }
  for (const pair of value.items) {
    const key = pair.key as Node | null;
    const kp = place(key, value);
    if (!isScalar(key) || typeof key.value !== 'string') {
      error(kp, `glob must be a string, not ${describe(key)}`);
      continue;
    }
    const problem = globProblem(key.value);
    if (problem) {
      error(kp, problem);
      continue;
    }
    const list = deref(doc, pair.value as Node | null);
    if (!isSeq(list)) {
      error(place(list, key), `the scope of '${key.value}' must be a list of technology ids`);
      continue;
    }
    const technologies: string[] = [];
    for (const raw of list.items) {
      const item = deref(doc, raw as Node | null);
      const p = place(item, list);
      if (!isScalar(item) || typeof item.value !== 'string' || item.value === '') {
        error(p, `a technology id must be a string, not ${describe(item)}`);
        continue;
      }
      technologies.push(item.value);
      out.names.push({ kind: 'technology', name: item.value, place: p });
    }
    out.scopes.push({ glob: key.value, technologies, place: kp });
  }
}

function readSeverity(doc: Document, value: Node | null, keyNode: Node, out: ConfigFile, place: Place, error: Report): void {
  if (!isMap(value)) {
    error(place(value, keyNode), `'severity' must be a mapping from rule id to ${SEVERITIES.join(', ')}`);
    return;
  }
  for (const pair of value.items) {
    const key = pair.key as Node | null;
    const kp = place(key, value);
    if (!isScalar(key) || typeof key.value !== 'string' || key.value === '') {
      error(kp, `a rule id must be a string, not ${describe(key)}`);
      continue;
    }
    const level = deref(doc, pair.value as Node | null);
    if (!isScalar(level) || !SEVERITIES.includes(level.value as Severity)) {
      error(
        place(level, key),
        `severity of '${key.value}' must be one of ${SEVERITIES.join(', ')}, not ${describe(level)}`,
      );
      continue;
    }
    out.severity.push({ rule: key.value, level: level.value as Severity });
    out.names.push({ kind: 'rule', name: key.value, place: kp });
  }
}

function readIgnore(doc: Document, value: Node | null, keyNode: Node, out: ConfigFile, place: Place, error: Report): void {
  if (!isSeq(value)) {
    error(place(value, keyNode), "'ignore' must be a list of path globs (use [] for none)");
    return;
  }
  out.ignore = [];
  for (const raw of value.items) {
    const item = deref(doc, raw as Node | null);
    const p = place(item, value);
    if (!isScalar(item) || typeof item.value !== 'string') {
      error(p, `glob must be a string, not ${describe(item)}`);
      continue;
    }
    const problem = globProblem(item.value);
    if (problem) error(p, problem);
    else out.ignore.push(item.value);
  }
}

/**
 * An unknown key as its error names it: quoted when it looks like a key someone meant to
 * write (a misspelt one), else not shown, in case the file is not a configuration at all
 * (a `.claimlint.yml` that is a symlink to some other file of the repository).
 */
function unknownKey(node: Node | null): string {
  if (!isScalar(node)) return describe(node);
  const key = String(node.value);
  return /^\w[\w-]{0,39}$/.test(key) ? `'${key}'` : '(not shown: it does not look like a key name)';
}

/**
 * Follow a YAML alias (`*name`) to the node it names; a value left out (`key:` and nothing)
 * is null, so that errors about it point at its key.
 */
function deref(doc: Document, node: Node | null | undefined): Node | null {
  const n = node && isAlias(node) ? ((node.resolve(doc) as Node | undefined) ?? null) : (node ?? null);
  if (isScalar(n) && n.value === null && n.range && n.range[0] === n.range[1]) return null;
  return n;
}

function describe(node: Node | null): string {
  if (node === null) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    if (node.value === null) return 'nothing';
    if (typeof node.value === 'string') return `'${node.value}'`;
    return `${typeof node.value === 'boolean' ? 'the boolean' : `the ${typeof node.value}`} ${String(node.value)}`;
  }
  return 'this';
}

/** The message of a thrown value (an Error from another realm is not `instanceof Error`). */
export function messageOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') return e.message;
  return String(e);
}
