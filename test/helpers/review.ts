/**
 * The founding review's material in ../shared/review/ (see ./shared.ts). Tests skip with a
 * message when it is absent, except under CI=true.
 */
import { join } from 'node:path';
import { sharedDir, sharedFileOrSkip } from './shared.js';

export const REVIEW_DIR = join(sharedDir(), 'review');

export function reviewFileOrSkip(name: string, what: string): string | undefined {
  return sharedFileOrSkip(join('review', name), what);
}

/** The text of a file the patch creates: its added lines, in order. */
export function newFileFromPatch(mbox: string, path: string): string {
  const start = mbox.indexOf(`diff --git a/${path} b/${path}`);
  if (start < 0) throw new Error(`${path} is not in the patch`);
  const rest = mbox.slice(start);
  const next = rest.indexOf('\ndiff --git ', 1);
  const lines = (next < 0 ? rest : rest.slice(0, next)).split('\n');
  const hunk = lines.findIndex((l) => l.startsWith('@@ '));
  const added: string[] = [];
  for (const l of lines.slice(hunk + 1)) {
    if (l === '-- ') break; // the mail signature
    if (l.startsWith('+')) added.push(l.slice(1));
  }
  return `${added.join('\n')}\n`;
}
