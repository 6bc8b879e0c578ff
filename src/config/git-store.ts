/**
 * Configuration and rule files read from a git revision instead of the file system
 * (`claimlint --config-rev REV`): the GitHub Action checks a pull request with the
 * configuration of its base commit, so that the pull request cannot change how it is checked.
 *
 * The revision's tree is listed once (`git ls-tree -r -t -l`: every path with its mode, type
 * and size); a file is read with `git cat-file blob` only after its size is known to be under
 * the limit. Symbolic links (mode 120000) are never followed: a path through one does not
 * exist here, and a link itself is not a file. Submodules (mode 160000) are not files either.
 * A path outside the repository's work tree does not exist in the revision.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ReadRefusal, notAFile, tooLarge, type Entry, type FileStore } from './store.js';

export interface GitStore extends FileStore {
  /** The commit's full object name. */
  readonly commit: string;
  /** The top of the work tree of the repository the revision was taken from. */
  readonly top: string;
  /** The paths read so far (relative to `top`, with `/`), for changedInWorkTree. */
  readonly readPaths: Set<string>;
  /** Of `paths` (relative to `top`), those whose working-tree state differs from the revision's. */
  changedInWorkTree(paths: (rel: string) => boolean): string[];
}

interface TreeEntry { mode: string; type: string; oid: string; size: number }

function git(args: string[], cwd: string, maxBuffer = 1 << 26): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer, stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitError(err: unknown): string {
  const e = err as { stderr?: Buffer | string; message?: string };
  const text = String(e.stderr ?? '').trim() || String(e.message ?? err);
  return text.split('\n')[0] ?? text;
}

/** The git store for `rev` of the repository holding `cwd`, or why there is none. */
export function openGitStore(rev: string, cwd: string = process.cwd()): GitStore | string {
  if (rev === '' || rev.startsWith('-')) return `--config-rev ${rev}: expected a git revision`;
  let top: string;
  let commit: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
  } catch (err) {
    return `--config-rev ${rev}: not in a git work tree (${gitError(err)})`;
  }
  if (!top) return `--config-rev ${rev}: not in a git work tree`;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], top).toString('utf8').trim();
  } catch {
    return `--config-rev ${rev}: no such commit in ${top} (a shallow clone may need 'git fetch origin ${rev}')`;
  }
  return gitStore(commit, path.resolve(top));
}

function gitStore(commit: string, top: string): GitStore {
  let tree: Map<string, TreeEntry> | undefined;
  const readPaths = new Set<string>();

  const listing = (): Map<string, TreeEntry> => {
    if (tree) return tree;
    tree = new Map();
    const out = git(['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', commit], top, 1 << 30).toString('utf8');
    for (const record of out.split('\0')) {
      const tab = record.indexOf('\t');
      if (tab < 0) continue;
      const [mode = '', type = '', oid = '', size = '-'] = record.slice(0, tab).split(/ +/);
      tree.set(record.slice(tab + 1), { mode, type, oid, size: size === '-' ? 0 : Number(size) });
    }
    return tree;
  };

  /** `abs` relative to the top with `/`, or undefined when outside it. */
  const relative = (abs: string): string | undefined => {
    const rel = path.relative(top, path.resolve(abs));
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  };

  const entry = (abs: string): Entry => {
    const rel = relative(abs);
    if (rel === undefined) return { kind: 'missing' };
    if (rel === '') return { kind: 'dir', mode: 0o40755 };
    const e = listing().get(rel);
    if (!e) return { kind: 'missing' };
    if (e.mode === '120000') return { kind: 'symlink' };
    if (e.mode === '160000') return { kind: 'other', what: 'a submodule' };
    if (e.type === 'tree') return { kind: 'dir', mode: 0o40755 };
    if (e.type === 'blob') return { kind: 'file', size: e.size, mode: 0o100644 };
    return { kind: 'other', what: `a git ${e.type}` };
  };

  const store: GitStore = {
    label: `git revision ${commit.slice(0, 12)}`,
    commit,
    top,
    readPaths,
    entry,
    target: (abs) => {
      const e = entry(abs);
      return e.kind === 'symlink' ? { kind: 'other', what: 'a symbolic link (not followed in a git revision)' } : e;
    },
    realpath: (abs) => {
      const e = entry(abs);
      return e.kind === 'missing' || e.kind === 'symlink' ? undefined : path.resolve(abs);
    },
    isGitRoot: (dir) => path.resolve(dir) === top,
    read(abs, limit) {
      const rel = relative(abs);
      const e = store.target(abs);
      if (rel === undefined || e.kind !== 'file') throw new ReadRefusal(notAFile(e));
      if (e.size > limit) throw new ReadRefusal(tooLarge(limit));
      const oid = listing().get(rel)?.oid as string;
      try {
        const bytes = git(['cat-file', 'blob', oid], top, limit + 1);
        readPaths.add(rel);
        return bytes;
      } catch (err) {
        throw new ReadRefusal(`cannot read from ${store.label}: ${gitError(err)}`);
      }
    },
    changedInWorkTree(wanted) {
      // The working tree (tracked files) against the revision; names only, no content.
      let out: string;
      try {
        out = git(['-c', 'core.quotepath=off', 'diff', '--no-ext-diff', '--no-renames', '--name-only', '-z', commit, '--'], top, 1 << 28)
          .toString('utf8');
      } catch {
        return [];
      }
      return out.split('\0').filter((p) => p !== '' && wanted(p)).sort();
    },
  };
  return store;
}
