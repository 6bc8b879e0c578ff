// Where the kernel corpus is, and whether it is usable: one definition for the scripts and the
// tests (test/helpers/corpus.ts re-exports it; scripts/corpus-fetch.sh checks the same).
//
// The corpus is $CLAIMLINT_CORPUS, else ${XDG_CACHE_HOME:-~/.cache}/claimlint/current (made by
// `npm run corpus:fetch`). It needs a Documentation/ directory. A tree made by corpus:fetch also
// has manifest.json (the Debian package version and its .rst count); any other kernel source
// tree works without one: its version is then "unknown" (as scripts/docutils-units.py says) and
// its .rst files are counted here.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function corpusDir() {
  if (process.env.CLAIMLINT_CORPUS) return resolve(process.env.CLAIMLINT_CORPUS);
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'claimlint', 'current');
}

const isDir = (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/** The number of .rst files below a directory. */
export function countRst(documentation) {
  return readdirSync(documentation, { recursive: true }).filter((f) => String(f).endsWith('.rst')).length;
}

/**
 * The corpus at `dir`, or what is missing there, in a sentence that names the path.
 * `needs`: further paths, relative to the corpus, that the caller reads (e.g. scripts/checkpatch.pl).
 * @returns {{ corpus: import('./corpus-dir.d.mts').Corpus } | { problem: string }}
 */
export function locateCorpus(dir = corpusDir(), needs = []) {
  const fromEnv = process.env.CLAIMLINT_CORPUS && resolve(process.env.CLAIMLINT_CORPUS) === dir;
  const named = fromEnv ? ' (CLAIMLINT_CORPUS)' : '';
  const hint = fromEnv
    ? "point CLAIMLINT_CORPUS at a Linux source tree, or unset it and run 'npm run corpus:fetch'"
    : "run 'npm run corpus:fetch', or set CLAIMLINT_CORPUS to a Linux source tree";
  if (!existsSync(dir)) return { problem: `kernel corpus not found at ${dir}${named}: ${hint}` };
  const documentation = join(dir, 'Documentation');
  if (!isDir(documentation)) return { problem: `the kernel corpus at ${dir}${named} has no Documentation/ directory: ${hint}` };
  const missing = needs.filter((rel) => !existsSync(join(dir, rel)));
  if (missing.length > 0) {
    return { problem: `the kernel corpus at ${dir}${named} has no ${missing.join(', ')}` };
  }
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    return { corpus: { dir, documentation, version: 'unknown', rstFiles: countRst(documentation), manifest: false } };
  }
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return { problem: `${manifestPath}: not a corpus manifest (${error.message}); remove it, or run 'npm run corpus:fetch' again` };
  }
  const version = typeof manifest?.version === 'string' ? manifest.version : 'unknown';
  const rstFiles = Number.isInteger(manifest?.rstFiles) ? manifest.rstFiles : countRst(documentation);
  return { corpus: { dir, documentation, version, rstFiles, manifest: true } };
}

// `node scripts/corpus-dir.mjs`: says which corpus the tests and scripts would use, or what is
// missing (exit status 1). corpus-fetch.sh runs it for a CLAIMLINT_CORPUS of one's own.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const found = locateCorpus();
  if (found.problem) {
    console.error(found.problem);
    process.exitCode = 1;
  } else {
    const { dir, version, rstFiles, manifest } = found.corpus;
    console.log(`${dir}: Linux ${version}, ${rstFiles} .rst files${manifest ? '' : ' (no manifest.json: counted now)'}`);
  }
}
