/** The claimlint package's own directory (rules/, package.json), from src/, dist/ or the single-file bundle alike. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'claimlint') return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('claimlint: cannot find its own package.json');
    dir = up;
  }
}
