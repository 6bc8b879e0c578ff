/**
 * Finding the `.claimlint.yml` files that apply to a file, and merging them (the cascade).
 * The rules are spelled out in index.ts and docs/configuration.md.
 *
 * The caches, all dropped by clearConfigCache(): parsed config files by path, the lookup
 * of each directory (its config file), the git root of each directory, and the resolution of
 * each directory. The files of one directory share one frozen ResolvedConfig object.
 *
 * Files are read from a FileStore (store.ts): the file system, or with --config-rev a git
 * revision; the trust rules (trust.ts) are the same for both.
 */
import path from 'node:path';
import type { FileError, SourcePlace } from '../rules/types.js';
import { globMatches } from './glob.js';
import { openGitStore, type GitStore } from './git-store.js';
import { readConfigFile } from './parse.js';
import type { ConfigFile, ConfigName, Severity } from './parse.js';
import { fsStore, type FileStore } from './store.js';
import { foundConfigProblem, isWithin, writableByOthers } from './trust.js';

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

/** A resolution: the configuration, the errors of the files that apply, and warnings about files not used. */
export interface Resolution {
  config: ResolvedConfig;
  errors: FileError[];
  /** Config files found but not used because others may write them (not errors: the run goes on without them). */
  warnings: FileError[];
}

interface DirLookup {
  config: ConfigFile | undefined;
  /** Problems of the lookup itself (both file names present, a file that is not a regular file). */
  errors: FileError[];
  warnings: FileError[];
}

/** Where configs and rule files are read from: the file system, or a git revision (--config-rev). */
let store: FileStore = fsStore;
/** The directories where the search stops outside git (the language server's workspace folders); default: the working directory. */
let startingDirectories: string[] | undefined;

const fileCache = new Map<string, ConfigFile>();
const dirCache = new Map<string, DirLookup>();
const chainCache = new Map<string, DirLookup[]>();
const gitRootCache = new Map<string, string | undefined>();
const resolvedCache = new Map<string, Resolution>();
/** Resolutions by the directory of an absolute path as given: a tree's files ask per file, and resolving each path costs more than the rest. */
const byGivenDir = new Map<string, Resolution>();

/** Drop every cached config file and resolution (the editor calls this when a config changes). */
export function clearConfigCache(): void {
  fileCache.clear();
  dirCache.clear();
  chainCache.clear();
  gitRootCache.clear();
  resolvedCache.clear();
  byGivenDir.clear();
}

/**
 * `claimlint --config-rev REV`: read configuration and rule files from that git revision of
 * the repository holding the working directory (undefined: from the file system again).
 * Returns why that is not possible, or undefined.
 */
export function useConfigRevision(rev: string | undefined): string | undefined {
  clearConfigCache();
  explicit = undefined;
  if (rev === undefined) {
    store = fsStore;
    return undefined;
  }
  const opened = openGitStore(rev);
  if (typeof opened === 'string') return opened;
  store = opened;
  return undefined;
}

/** The language server's workspace folders: outside git, the upward search stops at the one holding a file. */
export function useStartingDirectories(dirs: string[] | undefined): void {
  startingDirectories = dirs?.map((d) => path.resolve(d));
  clearConfigCache();
}

/** The bytes of a rule file a configuration named (already confined), from where configs are read. */
export function readConfiguredFile(abs: string, limit: number): Buffer {
  return store.read(abs, limit);
}

/**
 * With --config-rev: a note naming the configuration files (any `.claimlint.yml` or
 * `.claimlint.yaml`, and the rule files read) that differ between the working tree and the
 * revision, whose versions were used; undefined when none differ or without --config-rev.
 */
export function configRevisionNote(): string | undefined {
  if (!('changedInWorkTree' in store)) return undefined;
  const git = store as GitStore;
  const configNames = new Set<string>(CONFIG_NAMES);
  const changed = git.changedInWorkTree((rel) => configNames.has(path.posix.basename(rel)) || git.readPaths.has(rel) || rel === explicitPath);
  if (changed.length === 0) return undefined;
  // Names with control characters are quoted, so that the note stays one line.
  const names = changed.map((n) => ([...n].some((c) => c < ' ' || c === '\u007f') ? JSON.stringify(n) : n));
  return `note: the working tree changes configuration files (${names.join(', ')}); claimlint used their versions in ${git.label}`;
}

/** A config file, parsed once per path. */
export function loadConfigFile(file: string): ConfigFile {
  const abs = path.resolve(file);
  let c = fileCache.get(abs);
  if (!c) {
    c = readConfigFile(abs, store);
    fileCache.set(abs, c);
  }
  return c;
}

const at1 = (file: string, message: string): FileError => ({ file, line: 1, column: 1, message });

/** The config file of `dir`, in a search that stops at `stop`. */
function lookup(dir: string, stop: string): DirLookup {
  const key = `${stop}\0${dir}`;
  let d = dirCache.get(key);
  if (d) return d;
  const [ymlName, yamlName] = CONFIG_NAMES;
  const yml = path.join(dir, ymlName);
  const yaml = path.join(dir, yamlName);
  const hasYml = store.entry(yml).kind !== 'missing';
  const hasYaml = store.entry(yaml).kind !== 'missing';
  d = { config: undefined, errors: [], warnings: [] };
  if (hasYml && hasYaml) {
    d.errors.push(at1(yaml, `not used: ${ymlName} in the same directory takes precedence; remove one of them`));
  }
  const found = hasYml ? yml : hasYaml ? yaml : undefined;
  if (found) {
    const problem = foundConfigProblem(store, found, stop);
    const untrusted = problem === undefined ? writableByOthers(store, found) : undefined;
    if (problem !== undefined) d.errors.push(at1(found, problem));
    else if (untrusted !== undefined) d.warnings.push(at1(found, untrusted));
    else d.config = loadConfigFile(found);
  }
  dirCache.set(key, d);
  return d;
}

/** The lookups of `dir` and its parents up to `stop` whose config applies, nearest first. */
function chain(dir: string, stop: string): DirLookup[] {
  const key = `${stop}\0${dir}`;
  let c = chainCache.get(key);
  if (c) return c;
  const here = lookup(dir, stop);
  const parent = path.dirname(dir);
  const last = dir === stop || here.config?.root === true || parent === dir;
  const rest = last ? [] : chain(parent, stop);
  c = here.config || here.errors.length > 0 || here.warnings.length > 0 ? [here, ...rest] : rest;
  chainCache.set(key, c);
  return c;
}

/**
 * trust.ts's gitRootOf, remembered for each directory on the way up: the directories of a tree
 * share their parents, so a whole-tree walk looks for .git once per directory, not once per level.
 */
function gitRootOf(dir: string): string | undefined {
  if (gitRootCache.has(dir)) return gitRootCache.get(dir);
  const parent = path.dirname(dir);
  const root = store.isGitRoot(dir) ? dir : parent === dir ? undefined : gitRootOf(parent);
  gitRootCache.set(dir, root);
  return root;
}

/**
 * Where the upward search from `dir` stops outside git: the starting directory holding it
 * (the working directory, or the language server's workspace folder), else `dir` itself.
 */
function startingDirectoryOf(dir: string): string {
  const starts = startingDirectories ?? [process.cwd()];
  let best: string | undefined;
  for (const s of starts) if (isWithin(s, dir) && (best === undefined || s.length > best.length)) best = s;
  return best ?? dir;
}

let explicit: Resolution | undefined;
/** The explicit config's path relative to the revision's top (with --config-rev), for configRevisionNote. */
let explicitPath: string | undefined;

/**
 * `claimlint --config FILE`: this file alone applies to every linted file (its globs are
 * relative to its directory), instead of the .claimlint.yml files found upward. It is the
 * user's choice, so it is not refused for where it is; the rule files it names are confined
 * to its repository like any config's.
 */
export function useConfigFile(file: string | undefined): void {
  explicitPath = undefined;
  if (!file) { explicit = undefined; return; }
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  if ('top' in store) explicitPath = path.relative((store as GitStore).top, abs).split(path.sep).join('/');
  if (store.target(abs).kind === 'missing') {
    const none = merge([], gitRootOf(dir), path.parse(dir).root);
    explicit = { ...none, errors: [at1(abs, `no such configuration file${store === fsStore ? '' : ` in ${store.label}`}`)] };
    return;
  }
  explicit = merge([{ config: loadConfigFile(abs), errors: [], warnings: [] }], gitRootOf(dir), path.parse(dir).root);
}

/**
 * The configuration for `filePath` (absolute, or relative to the working directory), with the
 * problems of every config file that applies. Never throws. The result is shared by all
 * files of a directory and frozen: do not modify it.
 */
export function resolveConfig(filePath: string): Resolution {
  if (explicit) return explicit;
  const given = path.isAbsolute(filePath) ? path.dirname(filePath) : undefined;
  const known = given === undefined ? undefined : byGivenDir.get(given);
  if (known) return known;
  const r = resolveDirectory(path.dirname(path.resolve(filePath)));
  if (given !== undefined) byGivenDir.set(given, r);
  return r;
}

function resolveDirectory(dir: string): Resolution {
  const gitRoot = gitRootOf(dir);
  const stop = gitRoot ?? startingDirectoryOf(dir);
  const key = `${stop}\0${dir}`;
  let r = resolvedCache.get(key);
  if (!r) {
    r = merge(chain(dir, stop), gitRoot, path.parse(dir).root);
    deepFreeze(r);
    resolvedCache.set(key, r);
  }
  return r;
}

function merge(lookups: DirLookup[], gitRoot: string | undefined, fsRoot: string): Resolution {
  const configs = lookups.flatMap((l) => (l.config ? [l.config] : []));
  const errors = lookups.flatMap((l) => [...l.errors, ...(l.config?.errors ?? [])]);
  const warnings = lookups.flatMap((l) => l.warnings);
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
  return { config: { files: configs.map((c) => c.file), rules, scopes, severity, ignore, gitRoot, names }, errors, warnings };
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
  if (config.ignore.length === 0) return false;
  const abs = path.resolve(filePath);
  return config.ignore.some((i) => globMatches(i.glob, i.base, abs));
}
