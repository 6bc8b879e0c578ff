/**
 * The founding review's material in ../shared/review/ (third-party text: read
 * at test time, never copied into the repository). Tests skip with a message
 * when it is absent, except under CI=true.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REVIEW_DIR = join(process.cwd(), '..', 'shared', 'review');

export function reviewFileOrSkip(name: string, what: string): string | undefined {
  const path = join(REVIEW_DIR, name);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const msg = `${path} not found: the review material is in ../shared/review/ (${what})`;
  if (process.env['CI'] === 'true') throw new Error(msg);
  console.warn(`skipped: ${msg}`);
  return undefined;
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
