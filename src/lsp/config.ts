/**
 * The configuration the CLI would use, for the editor: `.claimlint.yml` resolved for each
 * document's path (src/config), the rule files it names (loaded once, until a watched file
 * changes), the document scope and severities. Problems in configuration and rule files are
 * kept as FileErrors by file, and published as diagnostics on those files' URIs.
 *
 * A workspace is untrusted input as a tree on the command line is: the same loader and the
 * same trust rules (docs/security.md). Outside git, the upward search for configuration
 * files stops at the workspace folder holding the document (useStartingDirectories).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { checkConfigNames, clearConfigCache, readConfiguredFile, resolveConfig, useStartingDirectories } from '../config/index.js';
import { optionsFor } from '../cli/lint-files.js';
import type { ClaimOptions } from '../engine/lint.js';
import { UNUSED } from '../engine/suppress.js';
import { defaultRuleFiles, loadRuleFile } from '../rules/load.js';
import type { FileError, RuleSet } from '../rules/types.js';

export interface DocumentSetup {
  options: ClaimOptions;
  ruleSets: RuleSet[];
}

/** A configuration or rule file changed: `.claimlint.yml`, `.claimlint.yaml` or a `*.yml`/`*.yaml`. */
export function isWatchedFile(uri: string): boolean {
  return /\.(?:yml|yaml)$/i.test(uri);
}

/** A configuration file that was found and not used (it is writable by others): a warning, not an error. */
type Problem = FileError & { warning?: true };

export class Workspace {
  /** Rule files by absolute path: the rule set, or its errors. */
  private ruleFiles = new Map<string, { ruleSet?: RuleSet; errors: FileError[] }>();
  /** Problems found since the last reload, by file, deduplicated by place and message. */
  private problems = new Map<string, Map<string, Problem>>();
  /** The files whose problems were last published (to clear those that are fixed). */
  private published = new Set<string>();
  /** The config files whose names were checked since the last reload. */
  private checked = new Set<string>();
  /** Directories of the (non-shipped) rule files the configurations name. */
  private dirs = new Set<string>();
  private shipped: string[] | undefined;
  /** Whether problems changed since they were last published. */
  private dirty = false;

  /** The editor's workspace folders (URIs or paths); outside git, the search for configuration files stops at them. */
  setFolders(folders: string[]): void {
    // A folder URI with no local path (file://host/share) bounds nothing here.
    const dirs = folders.flatMap((f) => (f.startsWith('file:') ? localPath(f) ?? [] : [f]));
    useStartingDirectories(dirs.length ? dirs : undefined);
  }

  /** The engine options for a document at `path`, as the CLI would lint it. */
  setupFor(path: string): DocumentSetup {
    const { config, errors, warnings } = resolveConfig(path);
    this.record(errors);
    this.record(warnings.map((w) => ({ ...w, warning: true as const })));
    const ruleSets: RuleSet[] = [];
    let complete = true;
    const shipped = this.defaults();
    for (const p of config.rules.flatMap((x) => (x === 'default' ? shipped : [resolve(x)]))) {
      const loaded = this.ruleFile(p);
      this.record(loaded.errors);
      if (loaded.ruleSet) ruleSets.push(loaded.ruleSet);
      else complete = false;
    }
    const key = config.files.join('\0');
    if (complete && !this.checked.has(key)) {
      this.checked.add(key);
      const techs = new Set(ruleSets.flatMap((r) => r.technologies.map((t) => t.id)));
      const rules = new Set([...ruleSets.flatMap((r) => r.rules.map((x) => x.id)), UNUSED]);
      this.record(checkConfigNames(config, techs, rules));
    }
    return { options: optionsFor(path, config, ruleSets), ruleSets };
  }

  /** The engine options for a document with no local path (pathOfUri): the shipped rule files, no configuration. */
  defaultSetup(): DocumentSetup {
    const ruleSets = this.defaults().flatMap((p) => this.ruleFile(p).ruleSet ?? []);
    return { options: { ruleSets }, ruleSets };
  }

  /** A rule file, loaded once until the next reload. */
  private ruleFile(p: string): { ruleSet?: RuleSet; errors: FileError[] } {
    let loaded = this.ruleFiles.get(p);
    if (!loaded) {
      const shipped = this.defaults().includes(p);
      loaded = shipped ? loadRuleFile(p) : loadRuleFile(p, readConfiguredFile);
      this.ruleFiles.set(p, loaded);
      if (!shipped) this.dirs.add(dirname(p));
    }
    return loaded;
  }

  /** Forget every configuration and rule file (a watched file changed). */
  reload(): void {
    clearConfigCache();
    this.ruleFiles.clear();
    this.problems.clear();
    this.checked.clear();
    this.dirs.clear();
    this.dirty = true;
  }

  /** Directories holding rule files that configurations name (the shipped ones excluded). */
  ruleDirs(): string[] {
    return [...this.dirs].sort();
  }

  /** Every rule set loaded so far. */
  allRuleSets(): RuleSet[] {
    return [...this.ruleFiles.values()].flatMap((l) => (l.ruleSet ? [l.ruleSet] : []));
  }

  /**
   * The diagnostics to publish for configuration and rule files: every file with problems,
   * and an empty list for each file that had problems when last published and has none now.
   * Nothing when nothing changed since the last call.
   */
  problemDiagnostics(): { uri: string; diagnostics: Diagnostic[] }[] {
    if (!this.dirty) return [];
    this.dirty = false;
    const out: { uri: string; diagnostics: Diagnostic[] }[] = [];
    for (const file of this.published) {
      if (!this.problems.has(file)) out.push({ uri: fileUri(file), diagnostics: [] });
    }
    for (const [file, errors] of this.problems) {
      out.push({ uri: fileUri(file), diagnostics: [...errors.values()].map(fileErrorDiagnostic) });
    }
    this.published = new Set(this.problems.keys());
    return out;
  }

  private defaults(): string[] {
    this.shipped ??= defaultRuleFiles();
    return this.shipped;
  }

  private record(errors: Problem[]): void {
    for (const e of errors) {
      let byFile = this.problems.get(e.file);
      if (!byFile) this.problems.set(e.file, (byFile = new Map()));
      const key = `${e.line}:${e.column}:${e.message}`;
      if (byFile.has(key)) continue;
      this.dirty = true;
      byFile.set(key, e);
    }
  }
}

/** The local path of a file URI, or undefined when it has none (a host, a malformed escape: fileURLToPath throws). */
export function localPath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A configuration or rule-file problem at file:line:col, as an error (or a warning) on that position. */
export function fileErrorDiagnostic(e: Problem): Diagnostic {
  const at = { line: Math.max(0, e.line - 1), character: Math.max(0, e.column - 1) };
  return { range: { start: at, end: at }, severity: e.warning ? 2 : 1, source: 'claimlint', message: e.message };
}
