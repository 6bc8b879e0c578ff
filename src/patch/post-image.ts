/**
 * The post-image of a file a patch touches, for linting with its context:
 * the hunks applied in memory to the file in the tree (or the tree's file
 * as is, when the patch is already applied); else, the hunks' own lines at
 * their post-image line numbers, with the rest blank (a fragment: scope from
 * outside the hunks is not known, and the findings say so).
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import { MAX_TREE_FILE_BYTES, mib, readTreeFile, type TreeFile } from './read-input.js';
import { PatchError, type FileDiff } from './types.js';
import { fenceLinesBefore } from './fences.js';
import { syntaxOf } from '../engine/syntax.js';

/** The most blank lines a post-image made from the hunks alone has outside them (the kernel's longest .rst has about 10,000 lines). */
export const MAX_HUNK_GAP_LINES = 1_000_000;

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

function readInTree(tree: string, path: string): TreeFile {
  const full = resolve(tree, path);
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return undefined; // not there (or a dangling link)
  }
  // Symlinks must not lead outside the tree either.
  const rel = relative(realpathSync(tree), real);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return readTreeFile(real);
}

/**
 * A git object's content (`git cat-file blob`, which refuses a tree or a
 * commit), up to the tree-file limit; undefined when git does not have it.
 */
export function gitBlob(object: string, cwd?: string): TreeFile {
  try {
    const text = execFileSync('git', ['cat-file', 'blob', '--end-of-options', object], {
      cwd, encoding: 'utf8', maxBuffer: MAX_TREE_FILE_BYTES, stdio: ['ignore', 'pipe', 'ignore'],
    });
    return { text };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOBUFS') return { refused: `is larger than ${mib(MAX_TREE_FILE_BYTES)}` };
    return undefined;
  }
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
    // One line at a time: spreading an input-sized slice into push() overflows the stack.
    for (; at < start; at++) out.push(pre[at] as string);
    for (const c of h.changes) {
      if (c.kind === '+') { out.push(c.text); continue; }
      if (pre[at] !== c.text) return undefined;
      if (c.kind === ' ') out.push(c.text);
      at++;
    }
  }
  for (; at < pre.length; at++) out.push(pre[at] as string);
  return out;
}

/** Does the file in the tree already hold the patch's post-image lines? */
function alreadyApplied(post: string[], file: FileDiff): boolean {
  return file.hunks.every((h) => h.changes.every((c) => c.kind === '-' || post[(c.newLine as number) - 1] === c.text));
}

/** Where pre- and post-images come from: a directory, or git objects (for --git). */
export interface Source {
  label: string;
  read(path: string, side: 'old' | 'new'): TreeFile;
  /** A git blob by (abbreviated) id, when the source is a git repository that has it. */
  blob?(id: string): TreeFile;
}

export function treeSource(tree: string): Source {
  return {
    label: tree,
    read: (path) => readInTree(tree, path),
    // The id is hex from the patch's "index" line (readDiff keeps nothing else).
    blob: (id) => gitBlob(id, tree),
  };
}

/**
 * The post-image, trying in order: the previous patches' post-image of the
 * same input (a series builds on itself), the post-image blob named by the
 * "index" line, the file as it is when the patch is already applied, and the
 * pre-image (blob or file) with the hunks applied. `name` is the patch's,
 * for an error: a post-image from the hunks alone with more than
 * MAX_HUNK_GAP_LINES blank lines (a hunk header "+100000000,1" would make a
 * hundred million).
 */
export function postImage(file: FileDiff, source: Source | undefined, earlier?: Map<string, string>, name = '-'): PostImage {
  const added = new Set<number>();
  for (const h of file.hunks) for (const c of h.changes) if (c.kind === '+') added.add(c.newLine as number);
  const hunkLines = () => {
    // The lines before and between the hunks are blank: a hunk's header decides how many, so they are bounded.
    let present = 0;
    for (const h of file.hunks) {
      if (h.newStart - 1 - present > MAX_HUNK_GAP_LINES) {
        throw new PatchError(name, h.line, `a hunk at post-image line ${h.newStart}: without the file from the tree, claimlint fills at most ${MAX_HUNK_GAP_LINES} lines before and between the hunks`);
      }
      present += h.newCount;
    }
    const lines: string[] = [];
    for (const h of file.hunks) for (const c of h.changes) if (c.kind !== '-') lines[(c.newLine as number) - 1] = c.text;
    // A Markdown hunk may start inside a fenced block: the blank line before it says so (src/patch/fences.ts).
    if (syntaxOf(file.newPath ?? '') === 'markdown') {
      const fences = fenceLinesBefore(file.hunks.map((h) => h.changes.filter((c) => c.kind !== '-').map((c) => c.text)));
      file.hunks.forEach((h, k) => { if (fences[k] !== undefined && h.newStart > 1 && lines[h.newStart - 2] === undefined) lines[h.newStart - 2] = fences[k] as string; });
    }
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
  const unknown = 'linted from the hunks alone, so scope from outside them is unknown';
  if (!source) return fromHunks(`no tree (--no-tree): ${unknown}`);
  const blob = textOf(file.newBlob ? source.blob?.(file.newBlob) : undefined);
  if (blob !== undefined && alreadyApplied(splitLines(blob), file)) return { text: blob, added };
  const currentFile = source.read(newPath, 'new');
  const current = textOf(currentFile);
  if (current !== undefined && alreadyApplied(splitLines(current), file)) return { text: current, added };
  const oldFile = oldPath === newPath ? currentFile : source.read(oldPath, 'old');
  const post = applied(textOf(file.oldBlob ? source.blob?.(file.oldBlob) : undefined)) ?? applied(textOf(oldFile));
  if (post) return { text: post, added };
  // A directory, a pipe or a device where the patch has a file: the tree does not match the patch
  // (as when the hunks do not apply), and the patch itself can still be linted; so a note, not an error.
  const refused = [oldFile, currentFile].find((f): f is { refused: string } => f !== undefined && 'refused' in f);
  if (refused) return fromHunks(`${oldFile === refused ? oldPath : newPath} in ${source.label} ${refused.refused}: ${unknown}`);
  return fromHunks(oldFile === undefined && currentFile === undefined
    ? `${oldPath} is not in ${source.label}: ${unknown}`
    : `the hunks do not apply to ${oldPath} in ${source.label}: ${unknown}`);
}

function textOf(f: TreeFile): string | undefined {
  return f && 'text' in f ? f.text.replace(/^\uFEFF/, '') : undefined;
}
