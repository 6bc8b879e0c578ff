import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/**
 * A temporary directory tree: each key a relative path, each value the file's text, or null
 * for an (empty) directory. Returns the tree's absolute root.
 */
export function tree(files: Record<string, string | Buffer | null>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'claimlint-config-'));
  made.push(root);
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    if (text === null) {
      mkdirSync(abs, { recursive: true });
    } else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
  return root;
}

/** `git init` in a directory of a tree (a real work tree, not a stand-in `.git`). */
export function gitInit(dir: string): void {
  execFileSync('git', ['init', '-q', dir], { stdio: 'ignore' });
}

/** Remove every tree made so far (call from afterAll). */
export function removeTrees(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
