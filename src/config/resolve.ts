/**
 * Finding the `.claimlint.yml` files that apply to a file, and merging them (the cascade).
 * The rules are spelled out in index.ts and docs/configuration.md.
 *
 * Three caches, all dropped by clearConfigCache(): parsed config files by path, the lookup
 * of each directory (its config file, whether it holds `.git`), and the resolution of each
 * directory. The files of one directory share one frozen ResolvedConfig object.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FileError, SourcePlace } from '../rules/types.js';
import { globMatches } from './glob.js';
import { readConfigFile } from './parse.js';
import type { ConfigFile, ConfigName, Severity } from './parse.js';

export const CONFIG_NAMES = ['.claimlint.yml', '.claimlint.yaml'] as const;
/** The ignore used when no applying config has an `ignore` key. */
export const DEFAULT_IGNORE = 'Documentation/translations/**';

export interface ResolvedConfig {
  /** The config files that applied, nearest first. */
  files: string[];
  /** Absolute rule-file paths, or the string 'default' (the shipped rule set); farthest config first, deduplicated. */
  rules: string[];
  /** In precedence order: the first entry whose glob matches a file gives its scope. */
  scopes: { glob: string; base: string; technologies: string[]; place: SourcePlace }[];
  severity: Record<string, Severity>;
  ignore: { glob: string; base: string }[];
  /** The nearest directory at or above the file that holds `.git` (a directory or a file), if any. */
  gitRoot: string | undefined;
  /** Every technology id and rule id the applying files name, for checkConfigNames. */
  names: ConfigName[];
}

interface DirLookup {
  config: ConfigFile | undefined;
  /** Problems of the lookup itself (both file names present). */
  errors: FileError[];
  hasGit: boolean;
}

const fileCache = new Map<string, ConfigFile>();
const dirCache = new Map<string, DirLookup>();
const chainCache = new Map<string, DirLookup[]>();
const resolvedCache = new Map<string, { config: ResolvedConfig; errors: FileError[] }>();

/** Drop every cached config file and resolution (the editor calls this when a config changes). */
export function clearConfigCache(): void {
  fileCache.clear();
  dirCache.clear();
  chainCache.clear();
  resolvedCache.clear();
}

/** A config file, parsed once per path. */
export function loadConfigFile(file: string): ConfigFile {
  const abs = path.resolve(file);
  let c = fileCache.get(abs);
  if (!c) {
    c = readConfigFile(abs);
    fileCache.set(abs, c);
  }
  return c;
}

function lookup(dir: string): DirLookup {
  let d = dirCache.get(dir);
  if (d) return d;
  const [ymlName, yamlName] = CONFIG_NAMES;
  const yml = path.join(dir, ymlName);
  const yaml = path.join(dir, yamlName);
  const hasYml = existsSync(yml);
  const hasYaml = existsSync(yaml);
  const errors: FileError[] = [];
  if (hasYml && hasYaml) {
    errors.push({
      file: yaml,
      line: 1,
      column: 1,
      message: `not used: ${ymlName} in the same directory takes precedence; remove one of them`,
    });
  }
  const found = hasYml ? yml : hasYaml ? yaml : undefined;
  d = { config: found ? loadConfigFile(found) : undefined, errors, hasGit: existsSync(path.join(dir, '.git')) };
  dirCache.set(dir, d);
  return d;
}

/** The lookups of `dir` and its parents whose config applies, nearest first, up to where the search stops. */
function chain(dir: string): DirLookup[] {
  let c = chainCache.get(dir);
  if (c) return c;
  const here = lookup(dir);
  const parent = path.dirname(dir);
  const stop = here.hasGit || here.config?.root === true || parent === dir;
  const rest = stop ? [] : chain(parent);
  c = here.config || here.errors.length > 0 ? [here, ...rest] : rest;
  chainCache.set(dir, c);
  return c;
}

function gitRootOf(dir: string): string | undefined {
  for (let d = dir; ; ) {
    if (lookup(d).hasGit) return d;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

let explicit: { config: ResolvedConfig; errors: FileError[] } | undefined;

/**
 * `claimlint --config FILE`: this file alone applies to every linted file (its globs are
 * relative to its directory), instead of the .claimlint.yml files found upward.
 */
export function useConfigFile(file: string | undefined): void {
  if (!file) { explicit = undefined; return; }
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  if (!existsSync(abs)) {
    explicit = merge([], gitRootOf(dir), path.parse(dir).root);
    explicit = { ...explicit, errors: [{ file: abs, line: 1, column: 1, message: 'no such configuration file' }] };
    return;
  }
  explicit = merge([{ config: loadConfigFile(abs), errors: [], hasGit: false }], gitRootOf(dir), path.parse(dir).root);
}

/**
 * The configuration for `filePath` (absolute, or relative to the working directory), with the
 * problems of every config file that applies. Never throws. The result is shared by all
 * files of a directory and frozen: do not modify it.
 */
export function resolveConfig(filePath: string): { config: ResolvedConfig; errors: FileError[] } {
  if (explicit) return explicit;
  const dir = path.dirname(path.resolve(filePath));
  let r = resolvedCache.get(dir);
  if (!r) {
    r = merge(chain(dir), gitRootOf(dir), path.parse(dir).root);
    deepFreeze(r);
    resolvedCache.set(dir, r);
  }
  return r;
}

function merge(
  lookups: DirLookup[],
  gitRoot: string | undefined,
  fsRoot: string,
): { config: ResolvedConfig; errors: FileError[] } {
  const configs = lookups.flatMap((l) => (l.config ? [l.config] : []));
  const errors = lookups.flatMap((l) => [...l.errors, ...(l.config?.errors ?? [])]);
  const farthestFirst = [...configs].reverse();

  const rules: string[] = [];
  let anyRules = false;
  for (const c of farthestFirst) {
    if (!c.rules) continue;
    anyRules = true;
    for (const r of c.rules) if (!rules.includes(r)) rules.push(r);
  }
  if (!anyRules) rules.push('default');

  const severity: Record<string, Severity> = Object.create(null) as Record<string, Severity>;
  for (const c of farthestFirst) for (const s of c.severity) severity[s.rule] = s.level;

  const scopes: ResolvedConfig['scopes'] = [];
  for (const c of configs) {
    for (const s of [...c.scopes].reverse()) {
      scopes.push({ glob: s.glob, base: c.dir, technologies: [...s.technologies], place: { ...s.place } });
    }
  }

  const ignore: ResolvedConfig['ignore'] = [];
  let anyIgnore = false;
  for (const c of configs) {
    if (!c.ignore) continue;
    anyIgnore = true;
    for (const glob of c.ignore) {
      if (!ignore.some((i) => i.glob === glob && i.base === c.dir)) ignore.push({ glob, base: c.dir });
    }
  }
  if (!anyIgnore) {
    ignore.push(
      gitRoot !== undefined
        ? { glob: DEFAULT_IGNORE, base: gitRoot }
        : { glob: `**/${DEFAULT_IGNORE}`, base: fsRoot },
    );
  }

  const names = configs.flatMap((c) => c.names.map((n) => ({ ...n, place: { ...n.place } })));
  return { config: { files: configs.map((c) => c.file), rules, scopes, severity, ignore, gitRoot, names }, errors };
}

function deepFreeze(o: object): void {
  Object.freeze(o);
  for (const v of Object.values(o)) if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) deepFreeze(v);
}

/** The technologies of the first scope entry (in precedence order) whose glob matches `filePath`. */
export function documentScope(config: ResolvedConfig, filePath: string): string[] | undefined {
  const abs = path.resolve(filePath);
  return config.scopes.find((s) => globMatches(s.glob, s.base, abs))?.technologies;
}

/** Whether an `ignore` glob (or the default ignore) matches `filePath`. */
export function isIgnored(config: ResolvedConfig, filePath: string): boolean {
  const abs = path.resolve(filePath);
  return config.ignore.some((i) => globMatches(i.glob, i.base, abs));
}
