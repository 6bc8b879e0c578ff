/**
 * The post-image of a file a patch touches, for linting with its context:
 * the hunks applied in memory to the file in the tree (or the tree's file
 * as is, when the patch is already applied); else, the hunks' own lines at
 * their post-image line numbers, with the rest blank (a fragment: scope from
 * outside the hunks is not known, and the findings say so).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
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

export function postImage(file: FileDiff, tree: string | undefined): PostImage {
  const added = new Set<number>();
  for (const h of file.hunks) for (const c of h.changes) if (c.kind === '+') added.add(c.newLine as number);
  const hunkLines = () => {
    const lines: string[] = [];
    for (const h of file.hunks) for (const c of h.changes) if (c.kind !== '-') lines[(c.newLine as number) - 1] = c.text;
    return Array.from(lines, (l) => l ?? '');
  };
  if (file.status === 'added') return { text: `${hunkLines().join('\n')}\n`, added };
  const newPath = file.newPath as string;
  const oldPath = file.oldPath ?? newPath;
  if (tree) {
    const pre = readInTree(tree, oldPath);
    if (pre !== undefined) {
      const post = apply(splitLines(pre), file);
      if (post) return { text: `${post.join('\n')}\n`, added };
      const current = readInTree(tree, newPath);
      if (current !== undefined && alreadyApplied(splitLines(current), file)) return { text: current, added };
      return { text: `${hunkLines().join('\n')}\n`, added, limited: `the hunks do not apply to ${join(tree, oldPath)}: linted from the hunks alone, so scope from outside them is unknown` };
    }
    return { text: `${hunkLines().join('\n')}\n`, added, limited: `${oldPath} is not in the tree ${tree}: linted from the hunks alone, so scope from outside them is unknown` };
  }
  return { text: `${hunkLines().join('\n')}\n`, added, limited: 'no tree (--no-tree): linted from the hunks alone, so scope from outside them is unknown' };
}
