/**
 * ../shared, the project's material beside the repository (the founding review, DESIGN.md):
 * third-party text read at test time, never copied into the repository. CLAIMLINT_SHARED names
 * another place; tests skip with a message when a file is absent (CI=true: a failure).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { skipOrFail } from './skip.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

export function sharedDir(): string {
  return resolve(process.env['CLAIMLINT_SHARED'] || join(REPO, '..', 'shared'));
}

/** The text of `rel` below sharedDir(), or undefined after saying why `what` is skipped. */
export function sharedFileOrSkip(rel: string, what: string): string | undefined {
  const path = join(sharedDir(), rel);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const named = process.env['CLAIMLINT_SHARED'] ? ' (CLAIMLINT_SHARED)' : '';
  return skipOrFail(`${path} not found: the shared material is in ${sharedDir()}${named}`, what);
}
