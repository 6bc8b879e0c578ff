/**
 * What the machine formats (SARIF, GitHub workflow commands, reviewdog's
 * rdjsonl) share: where a finding is, relative to the repository root, its
 * range, its severity, and the rules of the run.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Rule, RuleSet } from '../rules/types.js';

/** Options every formatter accepts; each uses what it needs. */
export interface ReportOptions {
  /** Every rule of the loaded rule sets (SARIF lists them all in `tool.driver.rules`). */
  rules?: Rule[];
  /**
   * The directory that paths in the output are relative to (SARIF's SRCROOT,
   * GitHub's `file=`, reviewdog's `path`). Default: the git work tree holding
   * the current directory, else the current directory.
   */
  root?: string;
  /** The directory relative vfile paths are resolved from. Default: the current directory. */
  base?: string;
  /** claimlint's version (SARIF `tool.driver.version`). Default: package.json's. */
  version?: string;
  /** ANSI colour (stylish only). */
  color?: boolean;
}

/** Set by patch mode on the vfile of a commit message: it has no file in the tree. */
export interface CommitMessageData {
  /** The patch input's name (a file name, "-", a commit id). */
  patch: string;
  /** The commit subject as written. */
  subject?: string;
}

export function commitMessageOf(file: VFile): CommitMessageData | undefined {
  return file.data['commitMessage'] as CommitMessageData | undefined;
}

/** "the commit message of "SUBJECT"" (or of the patch's name). */
export function commitMessageLabel(c: CommitMessageData): string {
  return c.subject ? `the commit message of "${c.subject}"` : `the commit message of ${c.patch}`;
}

export type SeverityName = 'error' | 'warning' | 'info';

/** vfile-message's convention: fatal true is an error, false a warning, undefined info. */
export function severityName(m: VFileMessage): SeverityName {
  return m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
}

/** 1-based lines, 1-based UTF-16 columns, the end exclusive (as vfile has them). */
export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** Offsets into the file's text, when the message has them. */
  startOffset?: number;
  endOffset?: number;
}

export function rangeOf(m: VFileMessage): Range {
  const place = m.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : undefined;
  const startLine = start?.line ?? m.line ?? 1;
  const startColumn = start?.column ?? m.column ?? 1;
  return {
    startLine,
    startColumn,
    endLine: end?.line ?? startLine,
    endColumn: end?.column ?? startColumn,
    startOffset: start?.offset,
    endOffset: end?.offset,
  };
}

/** The directory holding `.git` at or above `dir`, else undefined. */
export function findRepoRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(resolve(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

export function rootOf(opts: ReportOptions): string {
  return resolve(opts.root ?? findRepoRoot(process.cwd()) ?? process.cwd());
}

export interface FileLocation {
  /** The absolute path. */
  absolute: string;
  /** The path relative to the root with `/` separators, or undefined when the file is outside it. */
  relative?: string;
}

export function locate(file: VFile, opts: ReportOptions, root = rootOf(opts)): FileLocation {
  const absolute = resolve(opts.base ?? process.cwd(), file.path);
  const rel = relative(root, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { absolute };
  return { absolute, relative: rel.split(sep).join('/') };
}

/** The path to print: relative to the root when inside it, else absolute. */
export function displayPath(loc: FileLocation): string {
  return loc.relative ?? loc.absolute;
}

/** Every rule of the rule sets, once each by id (the first set that defines an id wins). */
export function rulesOf(ruleSets: RuleSet[]): Rule[] {
  const seen = new Map<string, Rule>();
  for (const rs of ruleSets) for (const r of rs.rules) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}

/** The rule's documentation URL for a message: the message's own, else its rule's. */
export function ruleUrl(m: VFileMessage, rules: Map<string, Rule>): string | undefined {
  return m.url ?? rules.get(m.ruleId ?? '')?.url;
}
