/** Turning the command line's paths and globs into the list of files to lint. */
import { stat } from 'node:fs/promises';
import fg from 'fast-glob';
import { InputError } from './read.js';

export const DEFAULT_IGNORE = ['**/Documentation/translations/**'];

export interface FileOptions {
  ignore: string[];
}

/**
 * Directories mean every .rst file below them; a glob is expanded; a plain
 * file is taken as given (even when an ignore pattern matches it, as ESLint
 * does when a file is named explicitly). Output is sorted, without repeats.
 */
export async function expandPaths(args: string[], opts: FileOptions): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    if (fg.isDynamicPattern(arg)) {
      const matches = await fg(arg, { ignore: opts.ignore, onlyFiles: true, dot: false });
      if (matches.length === 0) throw new InputError(`${arg}: no files match this pattern`);
      for (const m of matches) found.add(m);
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
      const matches = await fg(`${base}/**/*.rst`, { ignore: opts.ignore, onlyFiles: true });
      for (const m of matches) found.add(m);
    } else {
      found.add(arg);
    }
  }
  return [...found].sort();
}
