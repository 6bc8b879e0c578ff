/** Turning the command line's paths and globs into the list of files to lint. */
import { stat } from 'node:fs/promises';
import fg from 'fast-glob';
import { isIgnored, resolveConfig } from '../config/index.js';
import { InputError } from './read.js';

export interface FileOptions {
  /** Lint files that `ignore` globs (and the default translations ignore) would skip. */
  noIgnore: boolean;
}

/**
 * Directories mean every .rst file below them and globs are expanded; what
 * they find is filtered by each file's `.claimlint.yml` ignores (by default
 * Documentation/translations/). A file named explicitly is linted even when
 * ignored, as ESLint does. Output is sorted, without repeats.
 */
export async function expandPaths(args: string[], opts: FileOptions): Promise<string[]> {
  const found = new Set<string>();
  const add = (matches: string[]) => {
    for (const m of matches) if (opts.noIgnore || !isIgnored(resolveConfig(m).config, m)) found.add(m);
  };
  for (const arg of args) {
    if (fg.isDynamicPattern(arg)) {
      const matches = await fg(arg, { onlyFiles: true, dot: false });
      if (matches.length === 0) throw new InputError(`${arg}: no files match this pattern`);
      add(matches);
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch {
      throw new InputError(`${arg}: no such file or directory`);
    }
    if (info.isDirectory()) {
      const base = fg.convertPathToPattern(arg.replace(/\/+$/, '') || '/');
      add(await fg(`${base}/**/*.rst`, { onlyFiles: true }));
    } else {
      found.add(arg);
    }
  }
  return [...found].sort();
}
