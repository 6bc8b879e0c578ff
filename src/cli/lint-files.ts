/**
 * Linting files from the command line: each file's configuration
 * (.claimlint.yml found upward), its rule sets (loaded once), its document
 * scope and severities, then the engine. Configuration and rule-file errors
 * are collected as `file:line:col: message` (exit status 2).
 */
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import { resolveConfig, documentScope, checkConfigNames, type ResolvedConfig } from '../config/index.js';
import { defaultRuleFiles, loadRuleFile } from '../rules/load.js';
import { formatFileError, type RuleSet } from '../rules/types.js';
import { lintFile, type ClaimOptions } from '../engine/lint.js';
import { UNUSED } from '../engine/suppress.js';
import { InputError, readVFileSync } from './read.js';

export interface LintRun {
  files: VFile[];
  /** Bad input, configuration or rule files: each one line, and exit status 2. */
  errors: string[];
  /** Every rule set loaded for the run, in load order (SARIF lists all their rules). */
  ruleSets: RuleSet[];
}

/** Rule files loaded once per run, by absolute path. */
export class RuleSets {
  private loaded = new Map<string, RuleSet | undefined>();
  readonly errors: string[] = [];

  /** Every rule set loaded so far, in load order. */
  all(): RuleSet[] {
    return [...this.loaded.values()].filter((rs): rs is RuleSet => rs !== undefined);
  }

  get(paths: string[]): RuleSet[] {
    const out: RuleSet[] = [];
    for (const p of paths.flatMap((x) => (x === 'default' ? defaultRuleFiles() : [resolve(x)]))) {
      if (!this.loaded.has(p)) {
        const { ruleSet, errors } = loadRuleFile(p);
        this.errors.push(...errors.map(formatFileError));
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
}

export async function lintPaths(paths: string[], extraRuleFiles: string[] = [], hooks: LintHooks = {}): Promise<LintRun> {
  const sets = new RuleSets();
  const files: VFile[] = [];
  const errors: string[] = [];
  const checked = new Set<string>();
  let done = 0;
  for (const path of paths) {
    const { config, errors: configErrors } = resolveConfig(path);
    const ruleSets = sets.get([...config.rules, ...extraRuleFiles]);
    const key = config.files.join('\0');
    if (!checked.has(key)) {
      checked.add(key);
      errors.push(...configErrors.map(formatFileError));
      const techs = new Set(ruleSets.flatMap((r) => r.technologies.map((t) => t.id)));
      const rules = new Set([...ruleSets.flatMap((r) => r.rules.map((x) => x.id)), UNUSED]);
      errors.push(...checkConfigNames(config, techs, rules).map(formatFileError));
    }
    try {
      const file = (hooks.read ?? readVFileSync)(path);
      // A rule over its time budget (rule files that do not ship with claimlint) is a rule-file error.
      files.push(lintFile(file, { ...optionsFor(path, config, ruleSets), onRuleError: (e) => errors.push(formatFileError(e)) }));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push(err.message);
    }
    hooks.progress?.(++done, paths.length);
  }
  return { files, errors: [...new Set([...sets.errors, ...errors])], ruleSets: sets.all() };
}
