/**
 * Turning the command line's paths and globs into the list of files to lint.
 *
 * The tree is someone else's input (a pull request's checkout), so the walk
 * visits each real file once and never leaves the directory it was given:
 * symbolic links to directories are not followed unless asked, and then each
 * real directory (by device and inode) is walked once, so loops end; links
 * that lead out of the starting directory are skipped with a note; entries
 * that cannot be read are reported and the rest is still linted.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import fg from 'fast-glob';
import { isIgnored, resolveConfig } from '../config/index.js';
import { describeFsError } from './read.js';

/** The extensions a directory walk lints by default: reStructuredText and Markdown. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.rst', '.md', '.markdown'];

/** What `--ext` accepts: the syntaxes claimlint reads (src/engine/syntax.ts). */
const KNOWN_EXTENSIONS = new Set(DEFAULT_EXTENSIONS);

/**
 * `--ext LIST` as ESLint reads it: comma separated, each with or without its dot
 * (`rst`, `.md,.rst`); a repeated option adds to the list. An empty value, or an
 * extension claimlint does not read, is a usage error: the message, else the extensions.
 */
export function parseExtensions(values: string[]): string[] | { problem: string } {
  const out: string[] = [];
  for (const value of values) {
    const parts = value.split(',').map((p) => p.trim());
    if (parts.every((p) => p === '')) return { problem: `--ext ${JSON.stringify(value)}: expected a comma-separated list of extensions (${DEFAULT_EXTENSIONS.join(', ')})` };
    for (const part of parts) {
      if (part === '') continue;
      const ext = (part.startsWith('.') ? part : `.${part}`).toLowerCase();
      if (!KNOWN_EXTENSIONS.has(ext)) {
        return { problem: `--ext ${value}: unknown extension '${part}' (claimlint reads ${DEFAULT_EXTENSIONS.join(', ')})` };
      }
      if (!out.includes(ext)) out.push(ext);
    }
  }
  return out;
}

export interface FileOptions {
  /** Lint files that `ignore` globs (and the default translations ignore) would skip. */
  noIgnore: boolean;
  /** The extensions a directory walk lints, lower case with their dot, matched case-sensitively (default: DEFAULT_EXTENSIONS). */
  extensions?: readonly string[];
  /** Follow symbolic links to directories inside the starting directory (each real directory once). */
  followSymlinks?: boolean;
}

export interface FoundFiles {
  /** The files to lint: sorted, each real file once. */
  paths: string[];
  /** Arguments and entries that could not be read, `path: why` (exit status 2). */
  errors: string[];
  /** Links skipped because they lead out of the starting directory, `path: why`. */
  notes: string[];
}

/** How a file was reached; of two paths to one file the lower rank is kept. */
const NAMED = 0;
const WALKED = 1;
const THROUGH_LINK = 2;

interface Candidate { path: string; rank: number }

/** What one expansion collects: files by device and inode, directories walked, and what to report. */
interface Walk {
  opts: FileOptions;
  files: Map<string, Candidate>;
  directoriesSeen: Set<string>;
  errors: string[];
  notes: string[];
}

const fileKey = (st: Stats) => `${st.dev}:${st.ino}`;

/**
 * Directories mean every document below them (hidden entries skipped): by its extension,
 * .rst, .md and .markdown unless `extensions` says otherwise; globs are expanded (a glob
 * picks its own files, whatever their extension) and
 * globs are expanded; what they find is filtered by each file's
 * `.claimlint.yml` ignores (by default Documentation/translations/). A path
 * that exists is a path even when it looks like a glob (`!a.rst`, `[x].rst`),
 * and a file named explicitly is linted even when ignored, as ESLint does.
 */
export async function expandPaths(args: string[], opts: FileOptions): Promise<FoundFiles> {
  const walk: Walk = { opts, files: new Map(), directoriesSeen: new Set(), errors: [], notes: [] };
  for (const arg of args) {
    let st: Stats;
    try {
      st = statSync(arg);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && fg.isDynamicPattern(arg)) expandGlob(arg, walk);
      else walk.errors.push(`${arg}: ${describeFsError(err)}`);
      continue;
    }
    if (st.isDirectory()) walkDirectory(arg.replace(/(?<=.)\/+$/, ''), st, walk);
    // Anything else named is the reader's to accept or refuse (a FIFO or a device is an error naming it).
    else addFile(arg, st, NAMED, walk);
  }
  const paths = [...walk.files.values()].map((c) => c.path).sort();
  return { paths, errors: walk.errors, notes: walk.notes };
}

/** Whether the configuration's ignore globs skip a file found (not named); checked before any stat. */
const ignored = (path: string, walk: Walk) => !walk.opts.noIgnore && isIgnored(resolveConfig(path).config, path);

function addFile(path: string, st: Stats, rank: number, walk: Walk): void {
  const key = fileKey(st);
  const had = walk.files.get(key);
  if (!had || rank < had.rank || (rank === had.rank && path < had.path)) walk.files.set(key, { path, rank });
}

const child = (dir: string, name: string) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Whether `real` (a resolved path) is `startReal` or below it. */
function isInside(real: string, startReal: string): boolean {
  return real === startReal || real.startsWith(startReal.endsWith(sep) ? startReal : startReal + sep);
}

/**
 * Where a symbolic link leads, or undefined when it is not to be used: links
 * out of the starting directory get a note; a broken link that looks like a
 * document is an error; other broken links are not documents.
 */
function followLink(path: string, looksLikeDocument: boolean, start: string, startReal: string, walk: Walk): Stats | undefined {
  let real: string;
  let st: Stats;
  try {
    real = realpathSync.native(path);
    st = statSync(real);
  } catch (err) {
    if (looksLikeDocument) walk.errors.push(`${path}: cannot follow symbolic link: ${describeFsError(err)}`);
    return undefined;
  }
  if (!st.isDirectory() && !looksLikeDocument) return undefined;
  if (!isInside(real, startReal)) {
    walk.notes.push(`${path}: symbolic link out of ${start}; skipped`);
    return undefined;
  }
  return st;
}

/**
 * Every document below `start` (by the walk's extensions), without recursion (depth follows the input).
 * Real directories are walked first, so a file is named by its own path
 * rather than a link's; with followSymlinks the links to directories are
 * walked afterwards, each real directory once.
 */
function walkDirectory(start: string, startStat: Stats, walk: Walk): void {
  const extensions = walk.opts.extensions ?? DEFAULT_EXTENSIONS;
  // As before for .rst, and as ESLint's --ext: the name ends in the extension as written (lower case).
  const isDocumentName = (name: string) => extensions.some((ext) => name.endsWith(ext));
  let startReal: string;
  try {
    startReal = realpathSync.native(start);
  } catch (err) {
    walk.errors.push(`${start}: ${describeFsError(err)}`);
    return;
  }
  const linkedDirectories: Array<{ path: string; st: Stats }> = [];
  const pending: Array<{ path: string; rank: number }> = [];
  // Each real directory once (also across arguments): this is what ends loops.
  const enter = (path: string, st: Stats, rank: number) => {
    const key = fileKey(st);
    if (walk.directoriesSeen.has(key)) return false;
    walk.directoriesSeen.add(key);
    pending.push({ path, rank });
    return true;
  };
  enter(start, startStat, WALKED);
  for (;;) {
    const next = pending.pop() ?? nextLinked();
    if (!next) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(next.path, { withFileTypes: true }).sort(byName);
    } catch (err) {
      walk.errors.push(`${next.path}: cannot read directory: ${describeFsError(err)}`);
      continue;
    }
    const subdirectories: Array<{ path: string; st: Stats }> = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = child(next.path, entry.name);
      const isDocument = isDocumentName(entry.name);
      if (isDocument && !entry.isDirectory() && ignored(path, walk)) continue;
      if (entry.isSymbolicLink()) {
        const st = followLink(path, isDocument, start, startReal, walk);
        if (st?.isDirectory()) linkedDirectories.push({ path, st });
        else if (st) addFile(path, st, THROUGH_LINK, walk);
        continue;
      }
      if (!entry.isDirectory() && !isDocument) continue;
      let st: Stats;
      try {
        st = statSync(path);
      } catch (err) {
        walk.errors.push(`${path}: cannot read: ${describeFsError(err)}`);
        continue;
      }
      if (st.isDirectory()) subdirectories.push({ path, st });
      // A FIFO or device named like a document is passed on: reading refuses it with an error naming it.
      else addFile(path, st, next.rank, walk);
    }
    for (const d of subdirectories.reverse()) enter(d.path, d.st, next.rank);
  }

  /** With followSymlinks, the next linked directory not walked yet. */
  function nextLinked(): { path: string; rank: number } | undefined {
    if (!walk.opts.followSymlinks) return undefined;
    for (let link = linkedDirectories.shift(); link; link = linkedDirectories.shift()) {
      if (enter(link.path, link.st, THROUGH_LINK)) return pending.pop();
    }
    return undefined;
  }
}

/**
 * A glob's matching files. fast-glob does not follow symbolic links here (its
 * default would, into loops); a matching link is used as the walk uses one,
 * relative to the glob's fixed base. Directories that cannot be read are
 * reported instead of ending the expansion.
 */
function expandGlob(pattern: string, walk: Walk): void {
  const base = fg.generateTasks([pattern])[0]?.base ?? '.';
  let baseReal: string;
  try {
    baseReal = realpathSync.native(base);
  } catch {
    walk.errors.push(`${pattern}: no files match this pattern`);
    return;
  }
  const readdirReporting = ((path: string, options: { withFileTypes: true }) => {
    try {
      return readdirSync(path, options);
    } catch (err) {
      // fast-glob reads absolute paths; the error names the directory as the pattern does.
      const shown = isAbsolute(pattern) ? path : relative(process.cwd(), path) || '.';
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') walk.errors.push(`${shown}: cannot read directory: ${describeFsError(err)}`);
      return [];
    }
  }) as typeof readdirSync;
  const matches = fg.sync(pattern, {
    onlyFiles: false, dot: false, followSymbolicLinks: false, objectMode: true, fs: { readdirSync: readdirReporting },
  });
  let files = 0;
  for (const m of matches) {
    if (m.dirent.isDirectory()) continue;
    files++;
    if (ignored(m.path, walk)) continue;
    if (m.dirent.isSymbolicLink()) {
      const st = followLink(m.path, true, base, baseReal, walk);
      if (st && !st.isDirectory()) addFile(m.path, st, THROUGH_LINK, walk);
      continue;
    }
    try {
      addFile(m.path, statSync(m.path), WALKED, walk);
    } catch (err) {
      walk.errors.push(`${m.path}: cannot read: ${describeFsError(err)}`);
    }
  }
  if (files === 0) walk.errors.push(`${pattern}: no files match this pattern`);
}
