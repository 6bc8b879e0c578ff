// Where the kernel corpus is: $CLAIMLINT_CORPUS, else ${XDG_CACHE_HOME:-~/.cache}/claimlint/current
// (made by `npm run corpus:fetch`). Shared by the scripts; test/helpers/corpus.ts says the same.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function corpusDir() {
  if (process.env.CLAIMLINT_CORPUS) return resolve(process.env.CLAIMLINT_CORPUS);
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'claimlint', 'current');
}
