/**
 * The configuration the CLI would use, for the editor: `.claimlint.yml` resolved for each
 * document's path (src/config), the rule files it names (loaded once, until a watched file
 * changes), the document scope and severities. Problems in configuration and rule files are
 * kept as FileErrors by file, and published as diagnostics on those files' URIs.
 */
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { checkConfigNames, clearConfigCache, resolveConfig } from '../config/index.js';
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

export class Workspace {
  /** Rule files by absolute path: the rule set, or its errors. */
  private ruleFiles = new Map<string, { ruleSet?: RuleSet; errors: FileError[] }>();
  /** Problems found since the last reload, by file, deduplicated by place and message. */
  private problems = new Map<string, Map<string, FileError>>();
  /** The files whose problems were last published (to clear those that are fixed). */
  private published = new Set<string>();
  /** The config files whose names were checked since the last reload. */
  private checked = new Set<string>();
  /** Directories of the (non-shipped) rule files the configurations name. */
  private dirs = new Set<string>();
  private shipped: string[] | undefined;
  /** Whether problems changed since they were last published. */
  private dirty = false;

  /** The engine options for a document at `path`, as the CLI would lint it. */
  setupFor(path: string): DocumentSetup {
    const { config, errors } = resolveConfig(path);
    this.record(errors);
    const ruleSets: RuleSet[] = [];
    let complete = true;
    for (const p of config.rules.flatMap((x) => (x === 'default' ? this.defaults() : [resolve(x)]))) {
      let loaded = this.ruleFiles.get(p);
      if (!loaded) {
        loaded = loadRuleFile(p);
        this.ruleFiles.set(p, loaded);
        if (!this.defaults().includes(p)) this.dirs.add(dirname(p));
      }
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

  private record(errors: FileError[]): void {
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

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A configuration or rule-file problem at file:line:col, as an error on that position. */
export function fileErrorDiagnostic(e: FileError): Diagnostic {
  const at = { line: Math.max(0, e.line - 1), character: Math.max(0, e.column - 1) };
  return { range: { start: at, end: at }, severity: 1, source: 'claimlint', message: e.message };
}
