/**
 * Linting files from the command line: each file's configuration
 * (.claimlint.yml found upward), its rule sets (loaded once), its document
 * scope and severities, then the engine. Configuration and rule-file errors
 * are collected as `file:line:col: message` (exit status 2), as are documents claimlint
 * refuses to read (a DocumentError: Markdown nested too deeply or too costly to read);
 * configuration files not used because others may write them are warnings.
 */
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import {
  checkConfigNames, configRevisionNote, documentScope, readConfiguredFile, resolveConfig, type ResolvedConfig,
} from '../config/index.js';
import { defaultRuleFiles, loadRuleFile, type ReadBytes } from '../rules/load.js';
import { formatFileError, type RuleSet } from '../rules/types.js';
import { lintFile, type ClaimOptions } from '../engine/lint.js';
import { UNUSED } from '../engine/suppress.js';
import { DocumentError, formatDocumentError } from '../engine/document-error.js';
import { InputError, readVFileSync } from './read.js';
import type { LintCache } from './lint-cache.js';

export interface LintRun {
  files: VFile[];
  /** Bad input, configuration or rule files: each one line, and exit status 2. */
  errors: string[];
  /** Every rule set loaded for the run, in load order (SARIF lists all their rules). */
  ruleSets: RuleSet[];
  /** `warning: ...` and `note: ...` lines: they do not change the exit status. */
  notes: string[];
}

/**
 * Rule files loaded once per run, by absolute path: the shipped ones (`default`) from the
 * package, the ones configurations name from where configurations are read (the file system
 * or a git revision; src/config has already confined them to their repository).
 */
export class RuleSets {
  private loaded = new Map<string, RuleSet | undefined>();
  /** The shipped rule files, listed once per run (every file of a tree asks). */
  private shipped: string[] | undefined;
  readonly errors: string[] = [];

  /** Every rule set loaded so far, in load order. */
  all(): RuleSet[] {
    return [...this.loaded.values()].filter((rs): rs is RuleSet => rs !== undefined);
  }

  get(paths: string[]): RuleSet[] {
    const out: RuleSet[] = [];
    const files = paths.flatMap((x): { p: string; read?: ReadBytes }[] =>
      x === 'default' ? (this.shipped ??= defaultRuleFiles()).map((p) => ({ p })) : [{ p: resolve(x), read: readConfiguredFile }]);
    for (const { p, read } of files) {
      if (!this.loaded.has(p)) {
        const { ruleSet, errors } = loadRuleFile(p, read);
        for (const e of errors) this.errors.push(formatFileError(e));
        this.loaded.set(p, ruleSet);
      }
      const rs = this.loaded.get(p);
      if (rs) out.push(rs);
    }
    return out;
  }
}

/** The engine options for one file under its configuration. */
export function optionsFor(path: string, config: ResolvedConfig, ruleSets: RuleSet[]): ClaimOptions {
  return { ruleSets, scope: documentScope(config, path), severity: config.severity };
}

export interface LintHooks {
  /** Called after each file with the number done and the total (progress). */
  progress?: (done: number, total: number) => void;
  /** Read a file (default: from disk); `--fix` lints the fixed text from memory. */
  read?: (path: string) => VFile;
  /** --cache: files whose text and options are unchanged get their recorded messages. */
  cache?: LintCache;
}

export async function lintPaths(paths: string[], extraRuleFiles: string[] = [], hooks: LintHooks = {}): Promise<LintRun> {
  const sets = new RuleSets();
  const files: VFile[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const checked = new Set<string>();
  let done = 0;
  for (const path of paths) {
    const { config, errors: configErrors, warnings: configWarnings } = resolveConfig(path);
    for (const w of configWarnings) warnings.push(`warning: ${formatFileError(w)}`);
    const ruleSets = sets.get([...config.rules, ...extraRuleFiles]);
    const key = config.files.join('\0');
    if (!checked.has(key)) {
      checked.add(key);
      for (const e of configErrors) errors.push(formatFileError(e));
      const techs = new Set(ruleSets.flatMap((r) => r.technologies.map((t) => t.id)));
      const rules = new Set([...ruleSets.flatMap((r) => r.rules.map((x) => x.id)), UNUSED]);
      for (const e of checkConfigNames(config, techs, rules)) errors.push(formatFileError(e));
    }
    try {
      const file = (hooks.read ?? readVFileSync)(path);
      const options = optionsFor(path, config, ruleSets);
      const errorsBefore = errors.length;
      // A rule over its time budget (rule files that do not ship with claimlint) is a rule-file error.
      const linted = hooks.cache?.restore(file, options) ? file : lintFile(file, { ...options, onRuleError: (e) => errors.push(formatFileError(e)) });
      if (hooks.cache && linted === file && errors.length === errorsBefore) hooks.cache.record(linted, options);
      // A file with nothing to report needs no text afterwards (reports, --fix and baselines read
      // the text of files with messages only): a whole tree's text is not held to the end.
      if (linted.messages.length === 0 && !hooks.read) linted.value = '';
      files.push(linted);
    } catch (err) {
      if (err instanceof DocumentError) errors.push(formatDocumentError(path, err));
      else if (err instanceof InputError) errors.push(err.message);
      else throw err;
    }
    hooks.progress?.(++done, paths.length);
  }
  const notes = [...new Set(warnings)];
  const revision = configRevisionNote();
  if (revision) notes.push(revision);
  return { files, errors: [...new Set([...sets.errors, ...errors])], ruleSets: sets.all(), notes };
}
