/**
 * The trust rules for configuration and rule files (docs/security.md is the user's account).
 *
 * A `.claimlint.yml` in a linted tree is written by whoever wrote the tree, so it may only
 * reach what the tree holds: the rule files it names must be inside its repository (the top
 * of its git work tree; outside git, its own directory): no absolute path, no `..` out of it,
 * no symbolic link that leads out of it, nothing inside `.git`, and only regular files under
 * a size limit. A config in a directory (or a config file) that other users may write is
 * not used at all.
 */
import path from 'node:path';
import { notAFile, type FileStore } from './store.js';

/** Size limits, in bytes. The shipped rule file is about 25 kB; configs are a few lines. */
export const MAX_CONFIG_BYTES = 1 << 20;
export const MAX_RULE_FILE_BYTES = 4 << 20;
export const MAX_BASELINE_BYTES = 64 << 20;

export type Checked = { path: string } | { problem: string };

/** Whether `inner` is `outer` or beneath it (both absolute). */
export function isWithin(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function insideGitDir(root: string, abs: string): boolean {
  return path.relative(root, abs).split(path.sep).includes('.git');
}

/** The nearest directory at or above `dir` that is the top of a git work tree, if any. */
export function gitRootOf(store: FileStore, dir: string): string | undefined {
  for (let d = dir; ; ) {
    if (store.isGitRoot(d)) return d;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

/** Where the rule files of a config in `configDir` must be: its repository, or outside git its directory. */
export function ruleRoot(store: FileStore, configDir: string): { root: string; where: string } {
  const git = gitRootOf(store, configDir);
  return git !== undefined
    ? { root: git, where: `its repository (${git})` }
    : { root: configDir, where: `its directory (${configDir}; it is not in a git work tree)` };
}

/**
 * The rule file a config in `configDir` names as `written`, or why it may not be read.
 * The messages quote only what the config wrote, never anything of the named file.
 */
export function confineRuleFile(store: FileStore, configDir: string, written: string): Checked {
  const { root, where } = ruleRoot(store, configDir);
  const quoted = `rule file '${written}'`;
  if (path.isAbsolute(written)) {
    return { problem: `${quoted} is an absolute path: a configuration names rule files relative to itself, inside ${where}` };
  }
  const abs = path.resolve(configDir, written);
  if (!isWithin(root, abs)) return { problem: `${quoted} is outside ${where}` };
  if (insideGitDir(root, abs)) return { problem: `${quoted} is inside .git, which is not part of the work tree` };
  const entry = store.entry(abs);
  if (entry.kind === 'missing') return { problem: `rule file not found: ${written}` };
  if (entry.kind === 'error') return { problem: `cannot read ${quoted}: ${entry.message}` };
  const leads = followedWithin(store, root, abs);
  if (leads === 'outside') return { problem: `${quoted} is a symbolic link (or under one) that leads outside ${where}` };
  if (leads === 'git') return { problem: `${quoted} leads into .git, which is not part of the work tree` };
  const target = store.target(abs);
  if (target.kind === 'missing') return { problem: `rule file not found: ${written} (a symbolic link that leads nowhere)` };
  if (target.kind === 'error') return { problem: `cannot read ${quoted}: ${target.message}` };
  if (target.kind !== 'file') return { problem: `${quoted} ${notAFile(target)}: a rule file must be a regular file` };
  return { path: abs };
}

/** Where `abs`, with every symbolic link followed, ends up relative to `root`. */
function followedWithin(store: FileStore, root: string, abs: string): 'inside' | 'outside' | 'git' | 'nowhere' {
  const real = store.realpath(abs);
  const realRoot = store.realpath(root) ?? root;
  if (real === undefined) return 'nowhere';
  if (!isWithin(realRoot, real)) return 'outside';
  return insideGitDir(realRoot, real) ? 'git' : 'inside';
}

/**
 * Why a configuration file found by the upward search, in a search that stops at `root`,
 * is not read (an error), or undefined when it may be read.
 */
export function foundConfigProblem(store: FileStore, file: string, root: string): string | undefined {
  const entry = store.entry(file);
  if (entry.kind === 'symlink') {
    const leads = followedWithin(store, root, file);
    if (leads === 'outside') return 'not used: a symbolic link that leads outside the directory tree it configures';
    if (leads === 'git') return 'not used: a symbolic link into .git';
  }
  const target = store.target(file);
  if (target.kind === 'missing') return 'not used: a symbolic link that leads nowhere';
  if (target.kind === 'error') return `cannot read configuration file: ${target.message}`;
  if (target.kind !== 'file') return `not used: ${notAFile(target)}, not a regular file`;
  return undefined;
}

/**
 * Why a configuration file found by the upward search must not be trusted (a warning: it
 * is not used), or undefined. Anyone who can write the file or its directory could have
 * put it there; git refuses repositories in such places for the same reason.
 */
export function writableByOthers(store: FileStore, file: string): string | undefined {
  const dir = store.target(path.dirname(file));
  if (dir.kind === 'dir' && (dir.mode & 0o002) !== 0) {
    return `not used: its directory is writable by other users (chmod o-w ${path.dirname(file)} to use it)`;
  }
  const target = store.target(file);
  if (target.kind === 'file' && (target.mode & 0o002) !== 0) {
    return `not used: it is writable by other users (chmod o-w ${file} to use it)`;
  }
  return undefined;
}
