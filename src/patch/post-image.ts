/**
 * The post-image of a file a patch touches, for linting with its context:
 * the hunks applied in memory to the file in the tree (or the tree's file
 * as is, when the patch is already applied); else, the hunks' own lines at
 * their post-image line numbers, with the rest blank (a fragment: scope from
 * outside the hunks is not known, and the findings say so).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import type { FileDiff } from './types.js';

export interface PostImage {
  text: string;
  /** Post-image line numbers (1-based) of the lines the patch adds. */
  added: Set<number>;
  /** Why scope context is limited, when it is. */
  limited?: string;
}

/** A path from a patch, or undefined when it would leave the tree ("../../etc/passwd", "/etc/passwd"). */
export function safePath(p: string): string | undefined {
  if (isAbsolute(p) || p.includes('\0')) return undefined;
  const n = normalize(p);
  if (n === '..' || n.startsWith(`..${sep}`) || n.split(sep).includes('..')) return undefined;
  return n;
}

function readInTree(tree: string, path: string): string | undefined {
  const full = resolve(tree, path);
  if (!existsSync(full)) return undefined;
  // Symlinks must not lead outside the tree either.
  const real = realpathSync(full);
  const root = realpathSync(tree);
  if (relative(root, real).startsWith('..')) return undefined;
  return readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
}

function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Apply the hunks to the pre-image; undefined when a context or removed line does not match. */
function apply(pre: string[], file: FileDiff): string[] | undefined {
  const out: string[] = [];
  let at = 0; // next pre-image line (0-based) not yet copied
  for (const h of file.hunks) {
    const start = h.oldCount === 0 ? h.oldStart : h.oldStart - 1;
    if (start < at || start > pre.length) return undefined;
    out.push(...pre.slice(at, start));
    at = start;
    for (const c of h.changes) {
      if (c.kind === '+') { out.push(c.text); continue; }
      if (pre[at] !== c.text) return undefined;
      if (c.kind === ' ') out.push(c.text);
      at++;
    }
  }
  out.push(...pre.slice(at));
  return out;
}

/** Does the file in the tree already hold the patch's post-image lines? */
function alreadyApplied(post: string[], file: FileDiff): boolean {
  return file.hunks.every((h) => h.changes.every((c) => c.kind === '-' || post[(c.newLine as number) - 1] === c.text));
}

/** Where pre- and post-images come from: a directory, or git objects (for --git). */
export interface Source {
  label: string;
  read(path: string, side: 'old' | 'new'): string | undefined;
  /** A git blob by (abbreviated) id, when the source is a git repository that has it. */
  blob?(id: string): string | undefined;
}

export function treeSource(tree: string): Source {
  return {
    label: tree,
    read: (path) => readInTree(tree, path),
    blob: (id) => {
      try {
        return execFileSync('git', ['-C', tree, 'cat-file', 'blob', id], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The post-image, trying in order: the previous patches' post-image of the
 * same input (a series builds on itself), the post-image blob named by the
 * "index" line, the file as it is when the patch is already applied, and the
 * pre-image (blob or file) with the hunks applied.
 */
export function postImage(file: FileDiff, source: Source | undefined, earlier?: Map<string, string>): PostImage {
  const added = new Set<number>();
  for (const h of file.hunks) for (const c of h.changes) if (c.kind === '+') added.add(c.newLine as number);
  const hunkLines = () => {
    const lines: string[] = [];
    for (const h of file.hunks) for (const c of h.changes) if (c.kind !== '-') lines[(c.newLine as number) - 1] = c.text;
    return Array.from(lines, (l) => l ?? '');
  };
  const fromHunks = (limited?: string): PostImage => ({ text: `${hunkLines().join('\n')}\n`, added, limited });
  if (file.status === 'added') return fromHunks();
  const newPath = file.newPath as string;
  const oldPath = file.oldPath ?? newPath;
  const applied = (pre: string | undefined) => {
    if (pre === undefined) return undefined;
    const post = apply(splitLines(pre), file);
    return post ? `${post.join('\n')}\n` : undefined;
  };
  const fromSeries = applied(earlier?.get(oldPath));
  if (fromSeries) return { text: fromSeries, added };
  if (!source) return fromHunks('no tree (--no-tree): linted from the hunks alone, so scope from outside them is unknown');
  const blob = file.newBlob ? source.blob?.(file.newBlob) : undefined;
  if (blob !== undefined && alreadyApplied(splitLines(blob), file)) return { text: blob, added };
  const current = source.read(newPath, 'new');
  if (current !== undefined && alreadyApplied(splitLines(current), file)) return { text: current, added };
  const post = applied(file.oldBlob ? source.blob?.(file.oldBlob) : undefined) ?? applied(source.read(oldPath, 'old'));
  if (post) return { text: post, added };
  return fromHunks(source.read(oldPath, 'old') === undefined && current === undefined
    ? `${oldPath} is not in ${source.label}: linted from the hunks alone, so scope from outside them is unknown`
    : `the hunks do not apply to ${oldPath} in ${source.label}: linted from the hunks alone, so scope from outside them is unknown`);
}
